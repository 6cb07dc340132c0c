package shell

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// The Exchange benchmarks of issue 3 ("Speed"). Their baselines are the
// bare bbolt benchmarks in storage (BenchmarkBareContacts); run both in
// one go:
//
//	go test -run '^$' -bench 'MailContacts|BareContacts' -benchtime 1x ./shell ./storage
//
// Each iteration handles benchContacts contacts.
const benchContacts = 10000

// benchSession returns a session on a new Contoso database in dir.
func benchSession(b *testing.B, dir string) *Session {
	path := filepath.Join(dir, "org.db")
	open := func() (storage.Store, error) {
		return storage.OpenBolt(path, storage.BoltOptions{Seed: storage.ContosoSeed(model.DefaultEnv())}), nil
	}
	return New(Options{Stdout: io.Discard, Stderr: io.Discard, OpenStore: open})
}

// newContactsScript returns n New-MailContact statements, one per line.
func newContactsScript(n int) string {
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, "New-MailContact -Name \"Contact %05d\" -ExternalEmailAddress contact%05d@fabrikam.com\n", i, i)
	}
	return sb.String()
}

// runScript runs src and fails on any error, so that a benchmark never
// measures error reporting.
func runScript(b *testing.B, s *Session, src string) {
	if _, _, err := s.Run("", src); err != nil || !s.lastOK || len(s.errs) > 0 {
		b.Fatalf("script failed: %v %v", err, s.errs)
	}
}

// BenchmarkNewMailContacts runs a script of benchContacts New-MailContact
// statements; each statement is its own durable bbolt commit, and the
// shell releases the file between statements. Baseline:
// storage's BenchmarkBareContacts/Commit.
func BenchmarkNewMailContacts(b *testing.B) {
	src := newContactsScript(benchContacts)
	for b.Loop() {
		b.StopTimer()
		s := benchSession(b, b.TempDir())
		runScript(b, s, "Get-AcceptedDomain | Out-Null") // create and seed the file
		b.StartTimer()
		runScript(b, s, src)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

// BenchmarkSetMailContacts runs
// Get-MailContact -ResultSize Unlimited | Set-MailContact ... over
// benchContacts contacts: one statement, one read and one durable
// commit. Baseline: storage's BenchmarkBareContacts/ReadWrite.
func BenchmarkSetMailContacts(b *testing.B) {
	s := benchSession(b, b.TempDir())
	defer s.Close()
	runScript(b, s, newContactsScript(benchContacts))
	stmt := [2]string{
		"Get-MailContact -ResultSize Unlimited | Set-MailContact -UseMapiRichTextFormat Always",
		"Get-MailContact -ResultSize Unlimited | Set-MailContact -UseMapiRichTextFormat Never",
	}
	i := 0
	for b.Loop() {
		runScript(b, s, stmt[i%2])
		i++
	}
}

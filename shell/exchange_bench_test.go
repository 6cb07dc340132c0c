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

// BenchmarkNewMailContacts creates benchContacts mail contacts, each in
// its own New-MailContact invocation and durable bbolt commit. Script: a
// script of benchContacts statements, the shell keeping the file across
// statements for its hold lease only (so that other exsh processes can
// use it; see storage.Holder). Loop: the same invocations in one foreach
// statement, which keeps the file open throughout; the difference is the
// cost of the lease's reopenings and of running separate statements.
// Baseline: storage's BenchmarkBareContacts/Commit.
func BenchmarkNewMailContacts(b *testing.B) {
	loop := fmt.Sprintf(`foreach ($i in 0..%d) { New-MailContact -Name ("Contact {0:D5}" -f $i) -ExternalEmailAddress ("contact{0:D5}@fabrikam.com" -f $i) }`, benchContacts-1)
	for _, bc := range []struct{ name, src string }{{"Script", newContactsScript(benchContacts)}, {"Loop", loop}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				s := benchSession(b, b.TempDir())
				runScript(b, s, "Get-AcceptedDomain | Out-Null") // create and seed the file
				b.StartTimer()
				runScript(b, s, bc.src)
				b.StopTimer()
				if n := countContacts(b, s); n != benchContacts {
					b.Fatalf("%d contacts, want %d", n, benchContacts)
				}
				s.Close()
				b.StartTimer()
			}
		})
	}
}

// countContacts returns the number of mail contacts in the session's
// organization.
func countContacts(b *testing.B, s *Session) int {
	st, err := s.Store()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	err = st.View(s.ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err != nil {
			return err
		}
		recs, err := tx.List(orgs[0].Guid, model.KindMailContact)
		n = len(recs)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	s.release()
	return n
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

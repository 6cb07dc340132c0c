package shell

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/storage/storetest"
)

// The Exchange benchmarks of issue 3 ("Speed"), each with its bare bbolt
// baseline as the sub-benchmark Bare, measured in the same process right
// after the shell (-count N interleaves them):
//
//	go test -run '^$' -bench 'MailContacts' -benchtime 1x -count 3 ./shell
//
// Each iteration handles benchContacts contacts.
const benchContacts = 10000

// benchSession returns a session on a new Contoso database in dir.
func benchSession(b *testing.B, dir string) *Session {
	path := filepath.Join(dir, "org.db")
	open := func() (storage.Store, error) {
		return storage.OpenBolt(path, storage.BoltOptions{Seed: storage.ContosoSeed(model.DefaultEnv())}), nil
	}
	return New(Options{Commands: cmdlets.Registry(), Stdout: io.Discard, Stderr: io.Discard, OpenStore: open})
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
// Bare: the baseline, the very records Script stored (read back from its
// file) committed one by one to a bare bbolt file (storetest.Bare).
func BenchmarkNewMailContacts(b *testing.B) {
	loop := fmt.Sprintf(`foreach ($i in 0..%d) { New-MailContact -Name ("Contact {0:D5}" -f $i) -ExternalEmailAddress ("contact{0:D5}@fabrikam.com" -f $i) }`, benchContacts-1)
	var made [][]byte // the records the shell stored, for Bare
	for _, bc := range []struct{ name, src string }{{"Script", newContactsScript(benchContacts)}, {"Loop", loop}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				s := benchSession(b, b.TempDir())
				runScript(b, s, "Get-AcceptedDomain | Out-Null") // create and seed the file
				b.StartTimer()
				runScript(b, s, bc.src)
				b.StopTimer()
				made = storedContacts(b, s)
				if len(made) != benchContacts {
					b.Fatalf("%d contacts, want %d", len(made), benchContacts)
				}
				s.Close()
				b.StartTimer()
			}
		})
	}
	b.Run("Bare", func(b *testing.B) {
		if made == nil {
			b.Fatal("run Script or Loop first: Bare commits the records they stored")
		}
		for b.Loop() {
			b.StopTimer()
			bare, err := storetest.NewBare(filepath.Join(b.TempDir(), "bare.db"))
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if err := bare.Commit(made); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			bare.Close()
			b.StartTimer()
		}
	})
}

// storedContacts returns the records of the mail contacts in the
// session's organization.
func storedContacts(b *testing.B, s *Session) [][]byte {
	st, err := s.Store()
	if err != nil {
		b.Fatal(err)
	}
	var recs [][]byte
	err = st.View(s.ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err != nil {
			return err
		}
		recs, err = tx.List(orgs[0].Guid, model.KindMailContact)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	s.release()
	return recs
}

// BenchmarkSetMailContacts runs
// Get-MailContact -ResultSize Unlimited | Set-MailContact ... over
// benchContacts contacts: one statement, one read and one durable
// commit. Bare: the baseline, the same records in a bare bbolt file
// (filled one commit per record, like the shell's) decoded, changed,
// encoded and written back in one durable commit (storetest.Bare).
func BenchmarkSetMailContacts(b *testing.B) {
	s := benchSession(b, b.TempDir())
	defer s.Close()
	runScript(b, s, newContactsScript(benchContacts))
	made := storedContacts(b, s)
	b.Run("Shell", func(b *testing.B) {
		stmt := [2]string{
			"Get-MailContact -ResultSize Unlimited | Set-MailContact -UseMapiRichTextFormat Always",
			"Get-MailContact -ResultSize Unlimited | Set-MailContact -UseMapiRichTextFormat Never",
		}
		i := 0
		for b.Loop() {
			runScript(b, s, stmt[i%2])
			i++
		}
	})
	b.Run("Bare", func(b *testing.B) {
		bare, err := storetest.NewBare(filepath.Join(b.TempDir(), "bare.db"))
		if err != nil {
			b.Fatal(err)
		}
		defer bare.Close()
		if err := bare.Commit(made); err != nil {
			b.Fatal(err)
		}
		i := 0
		for b.Loop() {
			value := [2]model.UseMapiRichTextFormat{model.UseMapiRichTextFormatAlways, model.UseMapiRichTextFormatNever}[i%2]
			i++
			if err := bare.Rewrite(func(c *model.MailContact) { c.UseMapiRichTextFormat = value }); err != nil {
				b.Fatal(err)
			}
		}
	})
}

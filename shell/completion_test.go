package shell

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/storage/storetest"
)

// contactsSession returns a session over a bbolt database whose Contoso
// organization holds n extra mail contacts named "Contact 00001"….
func contactsSession(tb testing.TB, n int) (*Session, *storage.Bolt) {
	tb.Helper()
	env := model.DefaultEnv()
	db := storage.OpenBolt(filepath.Join(tb.TempDir(), "org.db"), storage.BoltOptions{Seed: storage.ContosoSeed(env)})
	err := db.Update(tb.Context(), func(tx storage.Tx) error {
		org, err := storage.OrgByName(tx, "Contoso")
		if err != nil {
			return err
		}
		for i := 1; i <= n; i++ {
			addr := model.ProxyAddress{Prefix: "SMTP", Address: fmt.Sprintf("contact%05d@fabrikam.com", i)}
			c, err := env.NewMailContact(org, fmt.Sprintf("Contact %05d", i), addr)
			if err != nil {
				return err
			}
			if err := storage.Put(tx, org.Guid, c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	_ = db.Release()
	s := New(Options{Commands: cmdlets.Registry(), Stdout: io.Discard, Stderr: io.Discard, OpenStore: func() (storage.Store, error) { return db, nil }})
	tb.Cleanup(func() { _ = s.Close() })
	return s, db
}

func TestCompletionSource(t *testing.T) {
	s, _ := contactsSession(t, 20)
	e := s.Completer()
	texts := func(text string) []string {
		var out []string
		for _, c := range e.Complete(text, len(text)).Candidates {
			out = append(out, c.Text)
		}
		return out
	}
	if got := texts("Set-MailContact 'Contact 0001"); len(got) != 10 || got[0] != "'Contact 00010'" {
		t.Errorf("contacts = %q, want the ten Contact 0001x quoted", got)
	}
	if got := texts("Set-MailContact -ExternalEmailAddress contact0002"); fmt.Sprint(got) != "[contact00020@fabrikam.com]" {
		t.Errorf("addresses = %q", got)
	}
	if got := texts("Test-TnefConversion contact0002"); len(got) != 1 || got[0] != "contact00020@fabrikam.com" {
		t.Errorf("positional address = %q", got)
	}
	if got := texts("Restart-Service MSExchangeI"); fmt.Sprint(got) != "[MSExchangeIS]" {
		t.Errorf("services = %q", got)
	}
	if got := texts("Start-Lab tnef"); fmt.Sprint(got) != "[tnef-conversion-options]" {
		t.Errorf("labs = %q", got)
	}
	if got := texts("Connect-Organization Con"); fmt.Sprint(got) != "[Contoso]" {
		t.Errorf("organizations = %q", got)
	}
	if got := texts("Set-RemoteDomain Def"); fmt.Sprint(got) != "[Default]" {
		t.Errorf("remote domains = %q", got)
	}
	if _, _, err := s.Run("", "New-RemoteDomain -Name Defcon -DomainName defcon.example"); err != nil {
		t.Fatal(err)
	}
	if got := texts("Set-RemoteDomain Def"); fmt.Sprint(got) != "[Default Defcon]" {
		t.Errorf("after New-RemoteDomain: remote domains = %q, want the cache refreshed", got)
	}
	if _, _, err := s.Run("", "New-Organization -Name Northwind -DomainName northwind.com | Out-Null; Connect-Organization Northwind"); err != nil {
		t.Fatal(err)
	}
	if got := texts("Send-TestMessage -From Administrator -Cc contact0002"); len(got) != 0 {
		t.Errorf("-Cc = %q, want only the connected organization's addresses", got)
	}
	if got := texts("Send-TestMessage -From Administrator -To contact0002"); len(got) != 1 {
		t.Errorf("-To = %q, want the address of Contoso's contact too", got)
	}
	if _, _, err := s.Run("", "$contactList = 1"); err != nil {
		t.Fatal(err)
	}
	if got := texts("$contactL"); fmt.Sprint(got) != "[$contactList]" {
		t.Errorf("variables = %q", got)
	}
}

// TestCompletionOldKeyIndex: a database whose key index holds no names
// (written by an exsh before it did) still completes names, reading the
// records; a change of a name's case shows, and puts the name in the
// index again.
func TestCompletionOldKeyIndex(t *testing.T) {
	s, db := contactsSession(t, 20)
	if held := storetest.ForgetKeyNames(t, db.Path(), model.KindMailContact); len(held) != 20 {
		t.Fatalf("the key entries held %d names, want 20", len(held))
	}
	e := s.Completer()
	texts := func(text string) []string {
		var out []string
		for _, c := range e.Complete(text, len(text)).Candidates {
			out = append(out, c.Text)
		}
		return out
	}
	if got := texts("Set-MailContact 'Contact 0001"); len(got) != 10 || got[0] != "'Contact 00010'" {
		t.Errorf("contacts = %q, want the ten Contact 0001x quoted", got)
	}
	if _, _, err := s.Run("", "Set-MailContact 'Contact 00011' -Name 'CONTACT 00011'"); err != nil || len(s.errs) > 0 {
		t.Fatal(err, s.errs)
	}
	if got := texts("Set-MailContact 'contact 00011"); fmt.Sprint(got) != "['CONTACT 00011']" {
		t.Errorf("after the rename: %q", got)
	}
	s.release()
	if held := storetest.ForgetKeyNames(t, db.Path(), model.KindMailContact); fmt.Sprint(held) != "[CONTACT 00011]" {
		t.Errorf("after the rename the key entries held %q, want the new name only", held)
	}
}

// BenchmarkCompleteContacts10k measures a completion request naming one
// of 10,000 mail contacts at a prompt where Tab was pressed before: the
// database stays open for reading between requests (see
// storage.Lingerer).
func BenchmarkCompleteContacts10k(b *testing.B) {
	s, _ := contactsSession(b, 10000)
	e := s.Completer()
	text := "Set-MailContact 'Contact 0999"
	e.Complete(text, len(text))
	for b.Loop() {
		if r := e.Complete(text, len(text)); len(r.Candidates) != 10 {
			b.Fatalf("%d candidates", len(r.Candidates))
		}
	}
}

// firstTab measures the first completion request at a new prompt: each
// iteration shows the prompt (the database was released), runs the warm-up
// the prompt runs in the background when it is shown (see
// Session.warmCompletion), then times one request of a new engine.
func firstTab(b *testing.B, s *Session, text string) {
	for b.Loop() {
		b.StopTimer()
		s.Prompt() // the entry ended and the prompt is shown
		warm := s.storeWarmer()
		if warm == nil {
			b.Fatal("the store does not warm up")
		}
		warm()
		b.StartTimer()
		if r := s.Completer().Complete(text, len(text)); len(r.Candidates) != 10 {
			b.Fatalf("%d candidates", len(r.Candidates))
		}
	}
	s.release()
}

// BenchmarkCompleteContacts10kCold is the first request at a new prompt
// with 10,000 mail contacts (see firstTab).
func BenchmarkCompleteContacts10kCold(b *testing.B) {
	s, _ := contactsSession(b, 10000)
	firstTab(b, s, "Set-MailContact 'Contact 0999")
}

// BenchmarkCompleteContacts100k is the first request at a new prompt
// (see firstTab) with 100,000 mail contacts: a name (10 candidates) and
// an address (the 10 addresses starting with contact0999).
func BenchmarkCompleteContacts100k(b *testing.B) {
	s, _ := contactsSession(b, 100000)
	for _, bc := range []struct{ name, text string }{
		{"Name", "Set-MailContact 'Contact 0999"},
		{"Address", "Test-TnefConversion contact0999"},
	} {
		b.Run(bc.name, func(b *testing.B) { firstTab(b, s, bc.text) })
	}
}

// BenchmarkCompleteContactsReopen is a request that opens the database
// itself (10,000 mail contacts): Tab pressed before the prompt's warm-up
// ended, or after another process took the file.
func BenchmarkCompleteContactsReopen(b *testing.B) {
	s, _ := contactsSession(b, 10000)
	text := "Set-MailContact 'Contact 0999"
	for b.Loop() {
		b.StopTimer()
		s.release()
		b.StartTimer()
		if r := s.Completer().Complete(text, len(text)); len(r.Candidates) != 10 {
			b.Fatalf("%d candidates", len(r.Candidates))
		}
	}
	s.release()
}

// BenchmarkStoreGetContact is the baseline: one read transaction getting
// one mail contact by GUID (what Get-MailContact <guid> costs at least),
// released after like every statement.
func BenchmarkStoreGetContact(b *testing.B) {
	s, db := contactsSession(b, 10000)
	_ = s
	var org model.Guid
	var id model.Guid
	_ = db.View(b.Context(), func(tx storage.Tx) error {
		o, err := storage.OrgByName(tx, "Contoso")
		if err != nil {
			return err
		}
		org = o.Guid
		c, err := storage.Resolve[model.MailContact](tx, org, "Contact 09990")
		if err == nil {
			id = c.Guid
		}
		return err
	})
	b.ResetTimer()
	for b.Loop() {
		err := db.View(b.Context(), func(tx storage.Tx) error {
			_, err := storage.Get[model.MailContact](tx, org, id)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		_ = db.Release()
	}
}

// TestCompletionWarm: the prompt's warm-up (run in the background while
// the session goes on) and each completion request keep the database
// open for reading; the next entry ends that when it ends.
func TestCompletionWarm(t *testing.T) {
	s, db := contactsSession(t, 20)
	writable := func() bool {
		other := storage.OpenBolt(db.Path(), storage.BoltOptions{LockTimeout: time.Nanosecond})
		defer other.Close()
		err := other.Update(t.Context(), func(storage.Tx) error { return nil })
		if err != nil && !errors.Is(err, storage.ErrLocked) {
			t.Fatal(err)
		}
		return err == nil
	}
	s.Prompt()
	s.warmCompletion()
	// The warm-up runs in the background; on a loaded machine it could
	// otherwise start only after the entry below has ended and keep the
	// file for its lease.
	for deadline := time.Now().Add(5 * time.Second); s.completion().warming.Load(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the warm-up did not end")
		}
	}
	text := "Set-MailContact 'Contact 0001"
	if got := s.Complete(text, len(text)).Candidates; len(got) != 10 {
		t.Fatalf("%d candidates", len(got))
	}
	if writable() {
		t.Fatal("the database was released after a completion request")
	}
	if _, _, err := s.Run("", "New-MailContact -Name 'Contact 00100' -ExternalEmailAddress c100@fabrikam.com | Out-Null"); err != nil {
		t.Fatal(err)
	}
	s.release() // the end of the entry
	if !writable() {
		t.Fatal("the database was kept after the entry")
	}
	s.Prompt()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		s.warmCompletion() // as each key typed does: a warm-up that met the writer below gave up
		time.Sleep(10 * time.Millisecond)
		if !writable() {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the warm-up did not keep the database open")
		}
	}
}

package shell

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/exsh/exsh/model"
)

// TestEntryWarmsCompletion: after an entry that wrote, the names
// completion had used are read again at once, and nothing else is.
func TestEntryWarmsCompletion(t *testing.T) {
	s, _ := contactsSession(t, 5)
	complete := func(text string) []string {
		var out []string
		for _, c := range s.Complete(text, len(text)).Candidates {
			out = append(out, c.Text)
		}
		return out
	}
	if got := complete("Set-MailContact 'Contact 0000"); len(got) != 5 {
		t.Fatalf("contacts = %q", got)
	}
	s.Entry(t.Context(), "New-MailContact -Name Zed -ExternalEmailAddress zed@fabrikam.com | Out-Null")
	src := s.completer.Source.(*completionSource)
	names, ok := src.names[reflect.TypeFor[model.MailContact]()]
	if !ok {
		t.Fatal("the entry did not re-read the mail contacts completion had used")
	}
	if got := fmt.Sprint(names.Prefix("Ze", 10)); got != "[Zed]" {
		t.Errorf("warmed names = %s, want [Zed]", got)
	}
	if _, ok := src.names[reflect.TypeFor[model.RemoteDomain]()]; ok {
		t.Error("the entry read remote domains, which completion never asked for")
	}
}

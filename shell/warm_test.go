package shell

import (
	"fmt"
	"testing"
)

// TestCompletionAfterWrite: completion reads the key index on every
// request, so what an entry just created is offered at once.
func TestCompletionAfterWrite(t *testing.T) {
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
	if got := fmt.Sprint(complete("Set-MailContact Ze")); got != "[Zed]" {
		t.Errorf("after New-MailContact: %s, want [Zed]", got)
	}
	if got := fmt.Sprint(complete("Test-TnefConversion zed@")); got != "[zed@fabrikam.com]" {
		t.Errorf("address after New-MailContact: %s, want [zed@fabrikam.com]", got)
	}
}

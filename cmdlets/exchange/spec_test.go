package exchange

import (
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlet"
)

// TestExchangeSpecs builds the parameter spec of every Exchange cmdlet
// (duplicate names, sets and positions are caught here) and checks the
// help metadata.
func TestExchangeSpecs(t *testing.T) {
	n := 0
	for _, info := range declared().All() {
		n++
		if _, err := info.Spec(); err != nil {
			t.Errorf("%s: %v", info.Name, err)
		}
		if info.Synopsis == "" || info.Description == "" || len(info.Examples) == 0 {
			t.Errorf("%s: missing help", info.Name)
		}
		if strings.HasPrefix(info.Name, "Remove-") && !info.ConfirmByDefault {
			t.Errorf("%s: Remove-* must confirm by default", info.Name)
		}
	}
	if n < 40 {
		t.Errorf("only %d Exchange cmdlets registered", n)
	}
}

// TestNoUseMapiRichTextFormatOnNew checks that New-MailContact and
// New-MailUser don't declare UseMapiRichTextFormat (Set- only), so the
// binder rejects it as an unknown parameter.
func TestNoUseMapiRichTextFormatOnNew(t *testing.T) {
	reg := declared()
	for _, name := range []string{"New-MailContact", "New-MailUser", "New-Mailbox", "Set-Mailbox"} {
		info, _ := reg.Lookup(name)
		spec, err := info.Spec()
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range spec.Params {
			if p.Name == "UseMapiRichTextFormat" {
				t.Errorf("%s declares UseMapiRichTextFormat", name)
			}
		}
	}
	info, _ := reg.Lookup("Set-MailContact")
	spec, _ := info.Spec()
	found := false
	for _, p := range spec.Params {
		found = found || p.Name == "UseMapiRichTextFormat" && strings.Join(p.Values, ",") == "Always,Never,UseDefaultSettings"
	}
	if !found {
		t.Error("Set-MailContact lacks UseMapiRichTextFormat Always|Never|UseDefaultSettings")
	}
}

// declared returns a registry of this package's cmdlets.
func declared() *cmdlet.Registry {
	r := cmdlet.NewRegistry()
	AddTo(r)
	return r
}

package model

import (
	"encoding/json"
	"testing"
)

// TestClone copies every object of an organization set: the copy encodes
// like the original, and changing the copy's pointers, slices and
// nested values leaves the original alone.
func TestClone(t *testing.T) {
	set, err := NewOrganization("Fabrikam", "fabrikam.com", Exchange55, testEnv())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := set.AddMailbox(testEnv(), "Administrator", "Administrator"); err != nil {
		t.Fatal(err)
	}
	check := func(name string, orig, cp any) {
		a, _ := json.Marshal(orig)
		b, _ := json.Marshal(cp)
		if string(a) != string(b) {
			t.Errorf("%s: clone differs:\n%s\n%s", name, a, b)
		}
	}
	org := Clone(set.Organization)
	check("organization", set.Organization, org)
	org.ImsEffective.RemoteDomains[0].Name = "changed"
	if set.Organization.ImsEffective.RemoteDomains[0].Name == "changed" {
		t.Error("organization clone shares its IMS settings")
	}
	rd := Clone(set.RemoteDomains[0])
	check("remote domain", set.RemoteDomains[0], rd)
	*rd.CharacterSet = "utf-8"
	rd.ObjectClass[0] = "changed"
	if *set.RemoteDomains[0].CharacterSet == "utf-8" || set.RemoteDomains[0].ObjectClass[0] == "changed" {
		t.Error("remote domain clone shares a pointer or a slice")
	}
	mb := Clone(set.Mailboxes[0])
	check("mailbox", set.Mailboxes[0], mb)
	mb.EmailAddresses[0].Address = "changed@x"
	if set.Mailboxes[0].EmailAddresses[0].Address == "changed@x" {
		t.Error("mailbox clone shares EmailAddresses")
	}
	check("send connector", set.SendConnectors[0], Clone(set.SendConnectors[0]))
	check("transport config", set.TransportConfig, Clone(set.TransportConfig))
	if Clone[Mailbox](nil) != nil {
		t.Error("Clone(nil) is not nil")
	}
}

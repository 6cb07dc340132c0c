package model

import (
	"errors"
	"testing"
)

func TestResolve(t *testing.T) {
	set, e := contoso(t)
	org := set.Organization
	mk := func(name, addr string) *MailContact {
		c, err := e.NewMailContact(org, name, ProxyAddress{"SMTP", addr})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	contacts := []*MailContact{mk("Ann Lee", "ann@fabrikam.com"), mk("Ann Long", "along@tailspin.com"), mk("Bob", "bob@fabrikam.com")}
	tests := []struct {
		name, id string
		want     string
		wantErr  error
	}{
		{"name", "Bob", "Bob", nil},
		{"name case", "ann lee", "Ann Lee", nil},
		{"alias", "AnnLong", "Ann Long", nil},
		{"smtp", "ann@fabrikam.com", "Ann Lee", nil},
		{"smtp prefix", "SMTP:along@tailspin.com", "Ann Long", nil},
		{"canonical", "contoso.com/Users/Bob", "Bob", nil},
		{"guid", contacts[2].Guid.String(), "Bob", nil},
		{"guid braces", "{" + contacts[0].Guid.String() + "}", "Ann Lee", nil},
		{"wildcard one", "B*", "Bob", nil},
		{"wildcard many", "Ann*", "", ErrAmbiguous},
		{"none", "Carol", "", ErrNotFound},
		{"unknown guid", SequentialGuid(999).String(), "", ErrNotFound},
	}
	for _, tt := range tests {
		got, err := Resolve(contacts, tt.id)
		if tt.wantErr != nil {
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("%s: err = %v, want %v", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got.Name != tt.want {
			t.Errorf("%s: Resolve(%q) = %v, %v; want %s", tt.name, tt.id, got, err, tt.want)
		}
	}
	_, err := Resolve(contacts, "Ann*")
	var ae *AmbiguousError
	if !errors.As(err, &ae) || len(ae.Matches) != 2 || ae.Kind != KindMailContact {
		t.Errorf("AmbiguousError = %+v", ae)
	}
	var nf *NotFoundError
	if _, err := Resolve([]*RemoteDomain{}, "x"); !errors.As(err, &nf) || nf.Kind != KindRemoteDomain {
		t.Errorf("empty list NotFoundError = %v", err)
	}
	if _, err := Resolve([]Recipient{}, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("interface list: %v", err)
	}
}

func TestResolveDomainsAndConnectors(t *testing.T) {
	set, _ := contoso(t)
	if rd, err := Resolve(set.RemoteDomains, "*"); err != nil || rd.Name != "Default" {
		t.Errorf("remote domain by DomainName: %v %v", rd, err)
	}
	if ad, err := Resolve(set.AcceptedDomains, "CONTOSO.COM"); err != nil || !ad.Default {
		t.Errorf("accepted domain: %v %v", ad, err)
	}
	if sc, err := Resolve(set.SendConnectors, `EX01\Internet`); err != nil || sc.Name != "Internet" {
		t.Errorf("connector by Server\\Name: %v %v", sc, err)
	}
	if m, err := Resolve(set.Mailboxes, `CONTOSO\Administrator`); err != nil || m.Name != "Administrator" {
		t.Errorf("mailbox by DOMAIN\\user: %v %v", m, err)
	}
}

func TestWildcard(t *testing.T) {
	tests := []struct {
		p, s string
		want bool
	}{
		{"*", "anything", true}, {"a*", "Abc", true}, {"*c", "abc", true}, {"a*c", "abbbc", true},
		{"a*c", "abd", false}, {"*b*", "abc", true}, {"a*b*c", "acb", false},
	}
	for _, tt := range tests {
		if got := Wildcard(tt.p, tt.s); got != tt.want {
			t.Errorf("Wildcard(%q, %q) = %v", tt.p, tt.s, got)
		}
	}
}

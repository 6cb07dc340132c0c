package model

import (
	"errors"
	"strings"
	"testing"
)

// TestValidateTable runs each noun's Validate on an object broken in one
// way: every case must fail with the sentinel and name the property.
func TestValidateTable(t *testing.T) {
	set, e := contoso(t)
	org := set.Organization
	mailbox := func(f func(*Mailbox)) func() error {
		return func() error {
			m, err := e.NewMailbox(org, "Pat Coleman", "pat", "EX01")
			if err != nil {
				return err
			}
			f(m)
			return m.Validate()
		}
	}
	user := func(f func(*MailUser)) func() error {
		return func() error {
			u, err := e.NewMailUser(org, "Ann Beebe", ProxyAddress{Prefix: "SMTP", Address: "ann@fabrikam.com"}, "")
			if err != nil {
				return err
			}
			f(u)
			return u.Validate()
		}
	}
	contact := func(f func(*MailContact)) func() error {
		return func() error {
			c, err := e.NewMailContact(org, "Kim Akers", ProxyAddress{Prefix: "SMTP", Address: "kim@fabrikam.com"})
			if err != nil {
				return err
			}
			f(c)
			return c.Validate()
		}
	}
	transport := func(f func(*TransportConfig)) func() error {
		return func() error {
			tc := e.NewTransportConfig(org)
			f(tc)
			return tc.Validate()
		}
	}
	tests := []struct {
		name     string
		sentinel error
		what     string
		run      func() error
	}{
		{"mailbox name too long", ErrInvalid, "Name", mailbox(func(m *Mailbox) { m.Name = strings.Repeat("x", 65) })},
		{"mailbox alias with space", ErrInvalid, "Alias", mailbox(func(m *Mailbox) { m.Alias = "pat c" })},
		{"mailbox alias ends with period", ErrInvalid, "Alias", mailbox(func(m *Mailbox) { m.Alias = "pat." })},
		{"mailbox UPN", ErrInvalid, "UserPrincipalName", mailbox(func(m *Mailbox) { m.UserPrincipalName = "pat" })},
		{"mailbox simple display name", ErrInvalid, "SimpleDisplayName", mailbox(func(m *Mailbox) { m.SimpleDisplayName = "Pat <C>" })},
		{"mail user moderation", ErrInvalid, "ModeratedBy", user(func(u *MailUser) { u.ModerationEnabled = true })},
		{"mail user text and html", ErrInvalid, "MessageBodyFormat", user(func(u *MailUser) { u.MessageFormat = "Text" })},
		{"mail user mime and uuencode", ErrInvalid, "MacAttachmentFormat", user(func(u *MailUser) { u.MacAttachmentFormat = "UuEncode" })},
		{"mail user empty name", ErrInvalid, "Name", user(func(u *MailUser) { u.Name = "" })},
		{"contact text and applesingle", ErrInvalid, "MacAttachmentFormat", contact(func(c *MailContact) {
			c.MessageFormat, c.MessageBodyFormat, c.MacAttachmentFormat = "Text", "Text", "AppleSingle"
		})},
		{"contact display name too long", ErrInvalid, "DisplayName", contact(func(c *MailContact) { c.DisplayName = strings.Repeat("x", 257) })},
		{"transport send size", ErrInvalid, "MaxSendSize", transport(func(tc *TransportConfig) { tc.MaxSendSize = Limited[ByteQuantifiedSize](3 << 30) })},
		{"transport DSN code", ErrInvalid, "GenerateCopyOfDSNFor", transport(func(tc *TransportConfig) { tc.GenerateCopyOfDSNFor = []string{"5.4"} })},
		{"transport DSN letters", ErrInvalid, "GenerateCopyOfDSNFor", transport(func(tc *TransportConfig) { tc.GenerateCopyOfDSNFor = []string{"5.1x.1"} })},
		{"transport TLS wildcard", ErrInvalid, "TLSSendDomainSecureList", transport(func(tc *TransportConfig) { tc.TLSSendDomainSecureList = []string{"*.fabrikam.com"} })},
		{"organization domain", ErrInvalid, "DomainName", func() error {
			_, err := NewOrganization("Lab", "lab domain", Exchange2013, e)
			return err
		}},
		{"organization version", ErrInvalid, "ExchangeVersion", func() error {
			_, err := NewOrganization("Lab", "lab.example", "Exchange2000", e)
			return err
		}},
		{"outlook contact address", ErrInvalid, "EmailAddress", func() error {
			_, err := e.NewOutlookContact(org, set.Mailboxes[0], "X", "not an address")
			return err
		}},
		{"remote domain in accepted wildcard", ErrInvalid, "DomainName", func() error {
			a, _ := e.NewAcceptedDomain(org, "Sales", "*.sales.contoso.com", AcceptedDomainTypeAuthoritative)
			r, _ := e.NewRemoteDomain(org, "EU", "eu.sales.contoso.com")
			return CheckNewRemoteDomain(r, set.RemoteDomains, append(set.AcceptedDomains, a))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			if !errors.Is(err, tt.sentinel) {
				t.Fatalf("err = %v, want %v", err, tt.sentinel)
			}
			if !namesProperty(err, tt.what) {
				t.Errorf("err = %v, does not name %s", err, tt.what)
			}
		})
	}
}

// namesProperty reports whether err is about property what: a
// [ValueError] for it, or an error whose text names it.
func namesProperty(err error, what string) bool {
	var ve *ValueError
	if errors.As(err, &ve) {
		return ve.What == what
	}
	return strings.Contains(err.Error(), what)
}

// TestIdentityErrors: identities that match nothing, several objects
// (the error lists each of them) or a duplicate name.
func TestIdentityErrors(t *testing.T) {
	set, e := contoso(t)
	org := set.Organization
	var contacts []*MailContact
	for _, n := range []string{"Ann Lee", "Ann Ray", "Bob Lee"} {
		c, err := e.NewMailContact(org, n, ProxyAddress{Prefix: "SMTP", Address: AliasFromName(n) + "@fabrikam.com"})
		if err != nil {
			t.Fatal(err)
		}
		contacts = append(contacts, c)
	}
	var nf *NotFoundError
	if _, err := Resolve(contacts, "Nobody"); !errors.As(err, &nf) || nf.Identity != "Nobody" || nf.Kind != KindMailContact {
		t.Errorf("not found: %v", err)
	}
	var am *AmbiguousError
	if _, err := Resolve(contacts, "Ann*"); !errors.As(err, &am) || strings.Join(am.Matches, ",") != "Ann Lee,Ann Ray" {
		t.Errorf("ambiguous: %v", err)
	}
	if _, err := Resolve(contacts, "*lee@fabrikam.com"); !errors.As(err, &am) || len(am.Matches) != 2 {
		t.Errorf("ambiguous by address: %v", err)
	}
	if c, err := Resolve(contacts, "SMTP:BOBLEE@fabrikam.com"); err != nil || c.Name != "Bob Lee" {
		t.Errorf("by SMTP address: %v %v", c, err)
	}
	var ex *ExistsError
	if err := CheckUniqueName(contacts, RandomGuid(), "ann lee"); !errors.As(err, &ex) || ex.UsedBy != "Ann Lee" {
		t.Errorf("duplicate name: %v", err)
	}
	if err := CheckUniqueName(contacts, contacts[0].Guid, "Ann Lee"); err != nil {
		t.Errorf("an object collides with itself: %v", err)
	}
	var all []Recipient
	for _, c := range contacts {
		all = append(all, c)
	}
	dup, _ := e.NewMailContact(org, "Other", ProxyAddress{Prefix: "smtp", Address: "AnnRay@fabrikam.com"})
	if err := CheckProxyAddresses(all, dup); !errors.As(err, &ex) || ex.UsedBy != "Ann Ray" || ex.Property != "EmailAddresses" {
		t.Errorf("duplicate address: %v", err)
	}
}

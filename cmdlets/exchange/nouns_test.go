package exchange

import (
	"context"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlet/cmdlettest"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
)

// smtp returns the primary SMTP proxy address a.
func smtp(a string) model.ProxyAddress { return model.ProxyAddress{Prefix: "SMTP", Address: a} }

// newNounLab returns Contoso with two of each recipient kind and of the
// other nouns, so that identities can miss, hit once or hit twice.
func newNounLab(t *testing.T) *lab {
	l := newLab(t)
	l.run("New-AcceptedDomain", &NewAcceptedDomain{Name: "Sales", DomainName: "sales.contoso.com"}).ok(t)
	l.run("New-AcceptedDomain", &NewAcceptedDomain{Name: "Support", DomainName: "support.contoso.com"}).ok(t)
	for _, n := range []string{"Ann Lee", "Ann Ray"} {
		a := strings.ToLower(strings.ReplaceAll(n, " ", "."))
		l.run("New-MailContact", &NewMailContact{Name: n, ExternalEmailAddress: smtp(a + "@fabrikam.com")}).ok(t)
		l.run("New-MailUser", &NewMailUser{Name: n + " (MU)", ExternalEmailAddress: smtp(a + "@tailspin.com")}).ok(t)
		l.run("New-Mailbox", &NewMailbox{Name: n + " (MB)", Shared: true}).ok(t)
	}
	c := &NewSendConnector{Name: "To Fabrikam", AddressSpaces: []model.AddressSpace{{Type: "SMTP", Address: "fabrikam.com", Cost: 1}}, SmartHosts: some([]string{"mail.fabrikam.com"})}
	c.DNSRoutingEnabled = some(false)
	l.run("New-SendConnector", c).ok(t)
	l.run("New-OutlookContact", &NewOutlookContact{Mailbox: "Administrator", EmailAddress: "ann.lee@fabrikam.com", Name: "Ann"}).ok(t)
	l.run("New-OutlookContact", &NewOutlookContact{Mailbox: "Administrator", EmailAddress: "ann.ray@fabrikam.com", Name: "Ann R"}).ok(t)
	return l
}

// TestNounErrors covers, for every noun, identity resolution (not found,
// several matches listing each of them) and the validation and
// duplicate rules of New and Set: each fails with Exchange's exception
// and changes nothing.
func TestNounErrors(t *testing.T) {
	rtf := func(v model.UseMapiRichTextFormat) mailFormatParams {
		return mailFormatParams{UseMapiRichTextFormat: some(v)}
	}
	tests := []struct {
		name, cmd, reason string
		want              []string // substrings of the message
		c                 any
	}{
		// Accepted domains.
		{"accepted: not found", "Set-AcceptedDomain", "ManagementObjectNotFoundException", []string{"'Nope'"}, &SetAcceptedDomain{Identity: "Nope", MakeDefault: some(true)}},
		{"accepted: ambiguous", "Set-AcceptedDomain", "ManagementObjectAmbiguousException", []string{"Sales", "Support"}, &SetAcceptedDomain{Identity: "S*", MakeDefault: some(true)}},
		{"accepted: duplicate name", "New-AcceptedDomain", "ADObjectAlreadyExistsException", []string{"'sales'"}, &NewAcceptedDomain{Name: "sales", DomainName: "sales2.contoso.com"}},
		{"accepted: duplicate domain", "New-AcceptedDomain", "ADObjectAlreadyExistsException", []string{"sales.contoso.com"}, &NewAcceptedDomain{Name: "Sales2", DomainName: "SALES.contoso.com"}},
		{"accepted: embedded wildcard", "New-AcceptedDomain", "DataValidationException", []string{"DomainName"}, &NewAcceptedDomain{Name: "W", DomainName: "a.*.contoso.com"}},
		{"accepted: remove default", "Remove-AcceptedDomain", "InvalidOperationException", []string{"default accepted domain"}, &RemoveAcceptedDomain{Identity: "contoso.com"}},
		// Mail contacts.
		{"contact: not found", "Set-MailContact", "ManagementObjectNotFoundException", []string{"'nobody'"}, &SetMailContact{Identity: "nobody", mailFormatParams: rtf("Never")}},
		{"contact: ambiguous", "Set-MailContact", "ManagementObjectAmbiguousException", []string{"Ann Lee", "Ann Ray"}, &SetMailContact{Identity: "Ann*", mailFormatParams: rtf("Never")}},
		{"contact: duplicate name", "New-MailContact", "ADObjectAlreadyExistsException", []string{"'Ann Lee'"}, &NewMailContact{Name: "Ann Lee", ExternalEmailAddress: smtp("other@fabrikam.com")}},
		{"contact: duplicate address", "New-MailContact", "ProxyAddressExistsException", []string{"SMTP:ANN.LEE@fabrikam.com", "contoso.com/Users/Ann Lee"}, &NewMailContact{Name: "Other", ExternalEmailAddress: smtp("ANN.LEE@fabrikam.com")}},
		{"contact: name of a mail user", "New-MailContact", "ADObjectAlreadyExistsException", []string{"'Ann Lee (MU)'"}, &NewMailContact{Name: "Ann Lee (MU)", ExternalEmailAddress: smtp("x@fabrikam.com")}},
		{"contact: text needs text body", "New-MailContact", "ArgumentException", []string{"MessageFormat Text requires MessageBodyFormat Text"}, &NewMailContact{Name: "T", ExternalEmailAddress: smtp("t@fabrikam.com"), newMailParams: newMailParams{MessageFormat: some(model.MessageFormat("Text"))}}},
		{"contact: moderation", "New-MailContact", "ArgumentException", []string{"ModeratedBy"}, &NewMailContact{Name: "M", ExternalEmailAddress: smtp("m@fabrikam.com"), newMailParams: newMailParams{ModerationEnabled: some(true)}}},
		{"contact: rename clash", "Set-MailContact", "ADObjectAlreadyExistsException", []string{"'Ann Ray'"}, &SetMailContact{Identity: "Ann Lee", recipientParams: recipientParams{Name: some("Ann Ray")}}},
		{"contact: both address params", "Set-MailContact", "ArgumentException", []string{"can't be used together"}, &SetMailContact{Identity: "Ann Lee", recipientParams: recipientParams{PrimarySmtpAddress: some(model.SmtpAddress("a@x.com")), EmailAddresses: multi("b@x.com")}}},
		{"contact: bad alias", "Set-MailContact", "DataValidationException", []string{"Alias"}, &SetMailContact{Identity: "Ann Lee", recipientParams: recipientParams{Alias: some("ann lee")}}},
		// Mail users.
		{"mail user: not found", "Set-MailUser", "ManagementObjectNotFoundException", []string{"'nobody'"}, &SetMailUser{Identity: "nobody", mailFormatParams: rtf("Always")}},
		{"mail user: ambiguous", "Set-MailUser", "ManagementObjectAmbiguousException", []string{"Ann Lee (MU)", "Ann Ray (MU)"}, &SetMailUser{Identity: "*(MU)", mailFormatParams: rtf("Always")}},
		{"mail user: duplicate address", "New-MailUser", "ProxyAddressExistsException", []string{"ann.lee@fabrikam.com"}, &NewMailUser{Name: "X", ExternalEmailAddress: smtp("ann.lee@fabrikam.com")}},
		{"mail user: mime and uuencode", "Set-MailUser", "ArgumentException", []string{"MacAttachmentFormat"}, &SetMailUser{Identity: "Ann Lee (MU)", mailFormatParams: mailFormatParams{MacAttachmentFormat: some(model.MacAttachmentFormat("UuEncode"))}}},
		// Mailboxes.
		{"mailbox: not found", "Set-Mailbox", "ManagementObjectNotFoundException", []string{"'nobody'"}, &SetMailbox{Identity: "nobody", recipientParams: recipientParams{DisplayName: some("x")}}},
		{"mailbox: ambiguous", "Set-Mailbox", "ManagementObjectAmbiguousException", []string{"Ann Lee (MB)", "Ann Ray (MB)"}, &SetMailbox{Identity: "Ann*", recipientParams: recipientParams{DisplayName: some("x")}}},
		{"mailbox: duplicate name", "New-Mailbox", "ADObjectAlreadyExistsException", []string{"'Administrator'"}, &NewMailbox{Name: "Administrator", Shared: true}},
		{"mailbox: password missing", "New-Mailbox", "ParameterBindingException", []string{"Password UserPrincipalName"}, &NewMailbox{Name: "Pat"}},
		{"mailbox: two types", "New-Mailbox", "ArgumentException", []string{"Shared, Room and Equipment"}, &NewMailbox{Name: "Pat", Shared: true, Room: true}},
		// Get-Recipient.
		{"recipient: not found", "Get-Recipient", "ManagementObjectNotFoundException", []string{"'nobody'"}, &GetRecipient{recipientQuery: recipientQuery{Identity: "nobody"}}},
		{"recipient: types exclude details", "Get-Recipient", "ArgumentException", []string{"RecipientTypeDetails"}, &GetRecipient{RecipientType: []model.RecipientType{"MailUser"}, RecipientTypeDetails: []model.RecipientTypeDetails{"MailContact"}}},
		// Send connectors.
		{"connector: not found", "Set-SendConnector", "ManagementObjectNotFoundException", []string{"'Nope'"}, &SetSendConnector{Identity: "Nope", sendConnectorParams: sendConnectorParams{Port: some[int32](26)}}},
		{"connector: ambiguous", "Remove-SendConnector", "ManagementObjectAmbiguousException", []string{"Internet", "To Fabrikam"}, &RemoveSendConnector{Identity: "*"}},
		{"connector: duplicate", "New-SendConnector", "ADObjectAlreadyExistsException", []string{"'Internet'"}, &NewSendConnector{Name: "Internet", AddressSpaces: []model.AddressSpace{{Type: "SMTP", Address: "*", Cost: 1}}}},
		{"connector: smart hosts with DNS", "Set-SendConnector", "ArgumentException", []string{"DNSRoutingEnabled"}, &SetSendConnector{Identity: "To Fabrikam", sendConnectorParams: sendConnectorParams{DNSRoutingEnabled: some(true)}}},
		{"connector: TLS", "Set-SendConnector", "ArgumentException", []string{"IgnoreSTARTTLS"}, &SetSendConnector{Identity: "Internet", sendConnectorParams: sendConnectorParams{RequireTLS: some(true), IgnoreSTARTTLS: some(true)}}},
		// Transport config.
		{"transport: size", "Set-TransportConfig", "DataValidationException", []string{"MaxSendSize"}, &SetTransportConfig{MaxSendSize: some(model.Limited[model.ByteQuantifiedSize](3 << 30))}},
		{"transport: DSN code", "Set-TransportConfig", "DataValidationException", []string{"GenerateCopyOfDSNFor"}, &SetTransportConfig{GenerateCopyOfDSNFor: multi("5.x.1")}},
		// Outlook.
		{"outlook: not found", "Set-OutlookConfiguration", "ManagementObjectNotFoundException", []string{"'nobody'"}, &SetOutlookConfiguration{Identity: "nobody", ComposeFormat: some(model.ComposeFormat("Html"))}},
		{"outlook: ambiguous", "Set-OutlookConfiguration", "ManagementObjectAmbiguousException", []string{"Ann Lee (MB)", "Ann Ray (MB)"}, &SetOutlookConfiguration{Identity: "Ann*", ComposeFormat: some(model.ComposeFormat("Html"))}},
		{"outlook contact: duplicate", "New-OutlookContact", "ADObjectAlreadyExistsException", []string{`Administrator\Ann`}, &NewOutlookContact{Mailbox: "Administrator", EmailAddress: "ann.lee@fabrikam.com", Name: "Other"}},
		{"outlook contact: ambiguous", "Set-OutlookContact", "ManagementObjectAmbiguousException", []string{`Administrator\Ann`, `Administrator\Ann R`}, &SetOutlookContact{Identity: "Ann*", Name: some("X")}},
		{"outlook contact: not found", "Remove-OutlookContact", "ManagementObjectNotFoundException", []string{`Administrator\Nobody`}, &RemoveOutlookContact{Identity: `Administrator\Nobody`}},
		// Organizations and services.
		{"org: duplicate domain", "New-Organization", "ADObjectAlreadyExistsException", []string{"contoso.com", "'Contoso'"}, &NewOrganization{Name: "Other", DomainName: "contoso.com"}},
		{"org: not found", "Connect-Organization", "ManagementObjectNotFoundException", []string{"'Nope'"}, &ConnectOrganization{Identity: "Nope"}},
		{"service: not found", "Get-Service", "ServiceCommandException", []string{"'Nope'"}, &GetService{Name: []string{"Nope"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newNounLab(t)
			before := l.dump()
			e := l.run(tt.cmd, tt.c).failed(t)
			for _, w := range tt.want {
				wantMsg(t, e, w)
			}
			if e.Reason != tt.reason {
				t.Errorf("reason %s, want %s (%s)", e.Reason, tt.reason, e.Message)
			}
			if l.dump() != before {
				t.Error("a failed invocation changed the database")
			}
		})
	}
}

// multi returns a MultiValued parameter that replaces the list with v.
func multi[T any](v ...T) bind.MultiValued[T] { return bind.MultiValued[T]{Set: true, Replace: v} }

// TestSetPipedObject: Set-* given the piped object applies its own
// parameters to the stored record. An unchanged piped object is used as
// is (and left unchanged); one changed in memory is not written back.
func TestSetPipedObject(t *testing.T) {
	l := newLab(t)
	l.run("New-MailContact", &NewMailContact{Name: "Kim Akers", ExternalEmailAddress: smtp("kim@fabrikam.com")}).ok(t)
	get := func() *model.MailContact {
		return l.run("Get-MailContact", &GetMailContact{recipientQuery: recipientQuery{Identity: "Kim Akers"}}).ok(t).Out[0].(*model.MailContact)
	}
	set := func(in *model.MailContact, v model.UseMapiRichTextFormat) {
		sink := &cmdlettest.Sink{}
		ctx := &cmdlet.Context{Context: context.Background(), Host: l.host, Command: "Set-MailContact", Sink: sink, Input: in, HasInput: true}
		c := &SetMailContact{Identity: in.Identity, mailFormatParams: mailFormatParams{UseMapiRichTextFormat: some(v)}}
		if err := cmdlettest.Exec(ctx, c, nil); err != nil || len(sink.Errs) > 0 {
			t.Fatalf("Set-MailContact: %v %v", err, sink.Errs)
		}
	}
	fresh := get()
	set(fresh, "Always")
	if fresh.UseMapiRichTextFormat != "UseDefaultSettings" {
		t.Errorf("the piped object was changed: %s", fresh.UseMapiRichTextFormat)
	}
	if got := get().UseMapiRichTextFormat; got != "Always" {
		t.Errorf("stored UseMapiRichTextFormat = %s, want Always", got)
	}
	stale := get()
	stale.DisplayName = "Changed in memory"
	set(stale, "Never")
	if got := get(); got.UseMapiRichTextFormat != "Never" || got.DisplayName != "Kim Akers" {
		t.Errorf("stored %s / %q; want Never and the stored display name", got.UseMapiRichTextFormat, got.DisplayName)
	}
}

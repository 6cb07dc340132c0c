package convert

import (
	"errors"
	"testing"

	"github.com/exsh/exsh/model"
)

func TestResolveRecipients(t *testing.T) {
	l := newLab(t, model.Exchange2013)
	l.remote("Fabrikam", "fabrikam.com", nil)
	l.contact("Kim Akers", "kim@fabrikam.com", model.UseMapiRichTextFormatAlways)
	u := l.mailUser("Ed Banti", "ed@tailspintoys.com", model.UseMapiRichTextFormatNever)
	u.EmailAddresses = append(u.EmailAddresses, model.ProxyAddress{Prefix: "smtp", Address: "ed@contoso.com"})
	relay, err := l.env.NewAcceptedDomain(l.set.Organization, "Relay", "relay.contoso.com", model.AcceptedDomainTypeInternalRelay)
	if err != nil {
		t.Fatal(err)
	}
	l.set.AcceptedDomains = append(l.set.AcceptedDomains, relay)
	l.outlookContact("Lee Gu", "lee@litware.com", model.ContactInternetFormatOutlookRichText)
	tests := []struct {
		addr, typ, name, delivery, rd, format, source string
	}{
		{"administrator@contoso.com", "UserMailbox", "Administrator", "administrator@contoso.com", "", "LetOutlookDecide", "AddressBookEntry 'Administrator'"},
		{"SMTP:Administrator@Contoso.com", "UserMailbox", "Administrator", "Administrator@Contoso.com", "", "LetOutlookDecide", "AddressBookEntry 'Administrator'"},
		{"kim@fabrikam.com", "MailContact", "Kim Akers", "kim@fabrikam.com", "Fabrikam", "LetOutlookDecide", "AddressBookEntry 'Kim Akers'"},
		{"ed@contoso.com", "MailUser", "Ed Banti", "ed@tailspintoys.com", "Default", "LetOutlookDecide", "AddressBookEntry 'Ed Banti'"},
		{"ed@tailspintoys.com", "MailUser", "Ed Banti", "ed@tailspintoys.com", "Default", "LetOutlookDecide", "AddressBookEntry 'Ed Banti'"},
		{"lee@litware.com", "OneOff", "", "lee@litware.com", "Default", "OutlookRichText", `OutlookContact 'Administrator\Lee Gu'`},
		{"bob@fabrikam.com", "OneOff", "", "bob@fabrikam.com", "Fabrikam", "LetOutlookDecide", "Recipient 'bob@fabrikam.com'"},
		{"x@relay.contoso.com", "OneOff", "", "x@relay.contoso.com", "Default", "LetOutlookDecide", "Recipient 'x@relay.contoso.com'"},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			d := l.decide(tt.addr)
			rd := ""
			if d.RemoteDomain != nil {
				rd = d.RemoteDomain.Name
			}
			got := []string{string(d.RecipientType), d.RecipientName, d.DeliveryAddress, rd, string(d.OutlookFormat), d.OutlookFormatSource}
			want := []string{tt.typ, tt.name, tt.delivery, tt.rd, tt.format, tt.source}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("got %q, want %q", got, want)
					break
				}
			}
		})
	}
	t.Run("one-off flag on the message wins over the contact", func(t *testing.T) {
		l.oneOff = model.ContactInternetFormatPlainTextOnly
		defer func() { l.oneOff = "" }()
		d := l.decide("lee@litware.com")
		if d.OutlookFormat != model.ContactInternetFormatPlainTextOnly || d.OutlookFormatSource != "Recipient 'lee@litware.com'" {
			t.Errorf("got %s from %s", d.OutlookFormat, d.OutlookFormatSource)
		}
	})
	for _, bad := range []struct {
		addr string
		err  error
	}{{"nobody@contoso.com", ErrUnknownRecipient}, {"not an address", ErrBadAddress}, {"", ErrBadAddress}} {
		if _, err := Decide(l.input(bad.addr)); !errors.Is(err, bad.err) {
			t.Errorf("Decide(%q) error = %v, want %v", bad.addr, err, bad.err)
		}
	}
	if _, err := Decide(Input{}); !errors.Is(err, ErrNoSender) {
		t.Errorf("Decide(Input{}) error = %v, want ErrNoSender", err)
	}
}

func TestInternalRecipientIsSTNEF(t *testing.T) {
	l := newLab(t, model.Exchange2013)
	l.set.RemoteDomains[0].TNEFEnabled = ptr(false)
	if _, err := l.set.AddMailbox(l.env, "Kim Akers", "kim"); err != nil {
		t.Fatal(err)
	}
	l.msg.BodyFormat = model.RichText
	d := l.decide("kim@contoso.com")
	if d.Result != STNEF || d.RecipientType != UserMailbox || d.RemoteDomain != nil {
		t.Fatalf("got %s %s rd=%v", d.Result, d.RecipientType, d.RemoteDomain)
	}
	if d.DecidedBy != "Mailbox 'Kim Akers' RecipientType=UserMailbox" {
		t.Errorf("DecidedBy = %q", d.DecidedBy)
	}
	if e := d.Encoding; e.ContentType != "application/ms-tnef" || e.Parts[0].TransferEncoding != "binary" || len(e.Headers) != 0 {
		t.Errorf("encoding = %+v", e)
	}
	for _, s := range d.Trace[1:] {
		if s.Outcome != NotApplicable {
			t.Errorf("internal recipient: %s", s)
		}
	}
}

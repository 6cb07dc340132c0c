package convert

import (
	"strings"

	"github.com/exsh/exsh/model"
)

// mailRecipient holds the settings a mail user and a mail contact share.
type mailRecipient struct {
	kind                   RecipientType
	name                   string
	external               string
	useMapiRichTextFormat  model.UseMapiRichTextFormat
	usePreferMessageFormat bool
	messageFormat          model.MessageFormat
	messageBodyFormat      model.MessageBodyFormat
}

// object names the recipient as the trace shows it ("MailContact 'Kim'").
func (m *mailRecipient) object() string { return string(m.kind) + " '" + m.name + "'" }

// resolution is what recipient resolution found for one address.
type resolution struct {
	typ      RecipientType
	name     string
	address  string
	delivery string
	mail     *mailRecipient // mail user or contact, else nil
	format   model.ContactInternetFormat
	source   string // where format came from
}

// parseAddress validates an SMTP address, ignoring an "smtp:" prefix.
func parseAddress(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) > 5 && strings.EqualFold(s[:5], "smtp:") {
		s = s[5:]
	}
	a, err := model.ParseSmtpAddress(s)
	if err != nil {
		return "", ErrBadAddress
	}
	return string(a), nil
}

// hasAddress reports whether list holds the SMTP address addr.
func hasAddress(list []model.ProxyAddress, addr string) bool {
	for _, p := range list {
		if p.IsSmtp() && strings.EqualFold(p.Address, addr) {
			return true
		}
	}
	return false
}

// resolve finds the recipient addr designates in org and the sender's
// per-recipient Outlook format.
func resolve(in Input, addr string) (resolution, error) {
	r := resolution{typ: OneOff, address: addr, delivery: addr}
	if m := findMailbox(in.Org.Mailboxes, addr); m != nil {
		r.typ, r.name = UserMailbox, m.Name
	} else if mr := findMailRecipient(in.Org, addr); mr != nil {
		r.typ, r.name, r.mail = mr.kind, mr.name, mr
		if mr.external != "" {
			r.delivery = mr.external
		}
	} else if a := model.IsAcceptedDomain(in.Org.AcceptedDomains, domainOf(addr)); a != nil && a.DomainType == model.AcceptedDomainTypeAuthoritative {
		return r, ErrUnknownRecipient
	}
	r.format, r.source = outlookFormat(in, r)
	return r, nil
}

// findMailbox returns the mailbox with address addr.
func findMailbox(list []*model.Mailbox, addr string) *model.Mailbox {
	for _, m := range list {
		if hasAddress(m.EmailAddresses, addr) || strings.EqualFold(string(m.PrimarySmtpAddress), addr) {
			return m
		}
	}
	return nil
}

// findMailRecipient returns the mail user or contact with address addr
// (a proxy address or the external address).
func findMailRecipient(org *Snapshot, addr string) *mailRecipient {
	for _, u := range org.MailUsers {
		if hasAddress(u.EmailAddresses, addr) || hasAddress([]model.ProxyAddress{u.ExternalEmailAddress}, addr) {
			return &mailRecipient{MailUser, u.Name, smtpOf(u.ExternalEmailAddress), u.UseMapiRichTextFormat,
				u.UsePreferMessageFormat, u.MessageFormat, u.MessageBodyFormat}
		}
	}
	for _, c := range org.MailContacts {
		if hasAddress(c.EmailAddresses, addr) || hasAddress([]model.ProxyAddress{c.ExternalEmailAddress}, addr) {
			return &mailRecipient{MailContact, c.Name, smtpOf(c.ExternalEmailAddress), c.UseMapiRichTextFormat,
				c.UsePreferMessageFormat, c.MessageFormat, c.MessageBodyFormat}
		}
	}
	return nil
}

// smtpOf returns the address of an SMTP proxy address, else "".
func smtpOf(p model.ProxyAddress) string {
	if p.IsSmtp() {
		return p.Address
	}
	return ""
}

// domainOf returns the part of addr after the last "@".
func domainOf(addr string) string { return model.SmtpAddress(addr).Domain() }

// outlookFormat returns the per-recipient Internet format the sender's
// Outlook uses for r and where it comes from: the format set on the
// recipient in the message, else the sender's Outlook contact for the
// address, else LetOutlookDecide (a typed address or an address-book
// entry that is not in the sender's Contacts).
func outlookFormat(in Input, r resolution) (model.ContactInternetFormat, string) {
	if f := in.Recipient.InternetFormat; f != "" {
		return f, "Recipient '" + r.address + "'"
	}
	for _, c := range in.Sender.Contacts {
		if strings.EqualFold(string(c.EmailAddress), r.address) || strings.EqualFold(string(c.EmailAddress), r.delivery) {
			return c.InternetFormat, "OutlookContact '" + c.Identity + "'"
		}
	}
	if r.typ == OneOff {
		return model.ContactInternetFormatLetOutlookDecide, "Recipient '" + r.address + "'"
	}
	return model.ContactInternetFormatLetOutlookDecide, "AddressBookEntry '" + r.name + "'"
}

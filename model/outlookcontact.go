package model

import "time"

// OutlookContact is an entry in a mailbox user's Outlook Contacts (or
// personal address book): the per-recipient Internet format option of
// the sender's client. It is exsh-specific; Exchange has no cmdlet for
// it.
type OutlookContact struct {
	// Mailbox is the Name of the owning mailbox.
	Mailbox string
	// MailboxGuid is the Guid of the owning mailbox.
	MailboxGuid  Guid
	Name         string      `valid:"name,len=256"`
	EmailAddress SmtpAddress `valid:"smtp"`
	// InternetFormat is Outlook's per-contact option; in 5.5 terms,
	// OutlookRichText is "Always send to this recipient in Microsoft
	// Exchange rich text format".
	InternetFormat ContactInternetFormat
	Identity       string
	Guid           Guid
	WhenChanged    time.Time
	WhenCreated    time.Time
}

// Kind implements [Object].
func (*OutlookContact) Kind() Kind { return KindOutlookContact }

// TypeName implements [Object].
func (*OutlookContact) TypeName() string { return "Exsh.Model.OutlookContact" }

// DefaultTableColumns implements [Object].
func (*OutlookContact) DefaultTableColumns() []string {
	return []string{"Mailbox", "Name", "EmailAddress", "InternetFormat"}
}

// ObjectGuid implements [Object].
func (c *OutlookContact) ObjectGuid() Guid { return c.Guid }

// ObjectName implements [Object].
func (c *OutlookContact) ObjectName() string { return c.Name }

// IdentityKeys implements [Object]: Identity (Mailbox\Name), Name and
// EmailAddress.
func (c *OutlookContact) IdentityKeys() []string {
	return []string{c.Identity, c.Name, string(c.EmailAddress)}
}

// Refresh implements [Object].
func (c *OutlookContact) Refresh(*Organization) { c.Identity = c.Mailbox + `\` + c.Name }

func (c *OutlookContact) stamps() stampRefs {
	return stampRefs{guid: &c.Guid, created: &c.WhenCreated, changed: &c.WhenChanged}
}

// NewOutlookContact returns a contact of mailbox owner with the default
// Internet format LetOutlookDecide. An empty name defaults to the
// address.
func (e Env) NewOutlookContact(org *Organization, owner *Mailbox, name string, addr SmtpAddress) (*OutlookContact, error) {
	if name == "" {
		name = string(addr)
	}
	c := &OutlookContact{Mailbox: owner.Name, MailboxGuid: owner.Guid, Name: name, EmailAddress: addr,
		InternetFormat: ContactInternetFormatLetOutlookDecide}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	e.Stamp(org, c)
	return c, nil
}

// Validate checks every property constraint: a Name of at most 256
// characters and an SMTP address.
func (c *OutlookContact) Validate() error { return checkProperties(c) }

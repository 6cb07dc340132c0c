package model

// MailContact is a mail-enabled contact: an external address in the
// directory (Set-MailContact; the 5.5 "custom recipient"). Fields are in
// Format-List order.
type MailContact struct {
	ExternalRecipient
	MailRecipient
	MaxRecipientPerMessage UnlimitedInt `valid:"range=0..2147483647"`
	MailRecipientTail
	RecipientHeader
	DirectoryNames `ps:"-"`
}

// Kind implements [Object].
func (*MailContact) Kind() Kind { return KindMailContact }

// TypeName implements [Object].
func (*MailContact) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Management.MailContact"
}

// DefaultTableColumns implements [Object].
func (*MailContact) DefaultTableColumns() []string { return []string{"Name", "Alias", "RecipientType"} }

// RecipientKind implements [Recipient].
func (c *MailContact) RecipientKind() RecipientType { return RecipientTypeMailContact }

// IdentityKeys implements [Object]: Name, Alias, canonical name, DN,
// LegacyExchangeDN and every e-mail address.
func (c *MailContact) IdentityKeys() []string {
	return recipientKeys(c.Name, c.Alias, c.Identity, c.DistinguishedName, c.LegacyExchangeDN, c.EmailAddresses)
}

// IndexKeys implements [Indexed].
func (c *MailContact) IndexKeys() []string {
	return recipientIndexKeys(c.Name, c.Alias, c.Identity, c.EmailAddresses)
}

// Refresh implements [Object].
func (c *MailContact) Refresh(org *Organization) {
	c.Identity, c.DistinguishedName = recipientPlace(org, &c.OrganizationalUnit, c.Name)
	c.LegacyExchangeDN = legacyDN(org, c.Alias)
	c.setSchema(org, "Person", "top", "person", "organizationalPerson", "contact")
	c.ExchangeVersion = "0.10 (14.0.100.0)"
	c.RecipientType, c.RecipientTypeDetails = RecipientTypeMailContact, RecipientTypeDetailsMailContact
	c.IsValid, c.ObjectState = true, "Unchanged"
}

func (c *MailContact) addrs() addrRefs {
	return addrRefs{&c.EmailAddresses, &c.PrimarySmtpAddress, &c.WindowsEmailAddress, &c.EmailAddressPolicyEnabled}
}

// NewMailContact returns a mail contact with New-MailContact defaults:
// Alias from the name, DisplayName = Name, the external address as
// primary SMTP address, MIME/TextAndHtml/BinHex, UseDefaultSettings.
func (e Env) NewMailContact(org *Organization, name string, external ProxyAddress) (*MailContact, error) {
	c := &MailContact{ExternalRecipient: externalDefaults(external)}
	c.Name, c.Alias, c.DisplayName = name, AliasFromName(name), name
	c.EmailAddresses = []ProxyAddress{external}
	c.EmailAddressPolicyEnabled, c.SendModerationNotifications = true, SendModerationNotificationsAlways
	if external.IsSmtp() {
		c.EmailAddresses[0].Prefix = "SMTP"
		c.PrimarySmtpAddress, c.WindowsEmailAddress = SmtpAddress(external.Address), SmtpAddress(external.Address)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	e.Stamp(org, c)
	return c, nil
}

// Validate checks every property constraint, the addresses, moderation
// and the format combination.
func (c *MailContact) Validate() error {
	if err := checkProperties(c); err != nil {
		return err
	}
	if err := validateRecipient(c.Name, c.EmailAddresses, c.ModerationEnabled, c.ModeratedBy); err != nil {
		return err
	}
	return c.validateFormats(c.Name)
}

// SetPrimarySmtpAddress sets PrimarySmtpAddress (see [addrRefs]).
func (c *MailContact) SetPrimarySmtpAddress(a SmtpAddress) { c.addrs().setPrimary(a) }

// SetEmailAddresses replaces EmailAddresses; PrimarySmtpAddress follows.
func (c *MailContact) SetEmailAddresses(list []ProxyAddress) error { return c.addrs().setEmails(list) }

// SetExternalEmailAddress replaces ExternalEmailAddress; the old address
// is not kept as a proxy address.
func (c *MailContact) SetExternalEmailAddress(a ProxyAddress) {
	c.addrs().setExternal(&c.ExternalEmailAddress, a)
}

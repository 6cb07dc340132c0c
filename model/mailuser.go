package model

import "strings"

// MailUser is a mail-enabled user: an account with no mailbox whose mail
// goes to ExternalEmailAddress (Set-MailUser). Fields are in Format-List
// order.
type MailUser struct {
	ExternalRecipient
	RecipientLimits              UnlimitedInt  `valid:"range=0..2147483647"`
	RecoverableItemsQuota        UnlimitedSize `valid:"range=0..2199023254528"`
	RecoverableItemsWarningQuota UnlimitedSize `valid:"range=0..2199023254528"`
	SamAccountName               string        `valid:"sam,len=20"`
	UserPrincipalName            string        `valid:"upn,len=1024"`
	ImmutableId                  string        `valid:"text"`
	MailRecipient
	MailRecipientTail
	RecipientHeader
	DirectoryNames `ps:"-"`
}

// Kind implements [Object].
func (*MailUser) Kind() Kind { return KindMailUser }

// TypeName implements [Object].
func (*MailUser) TypeName() string { return "Microsoft.Exchange.Data.Directory.Management.MailUser" }

// DefaultTableColumns implements [Object].
func (*MailUser) DefaultTableColumns() []string { return []string{"Name", "RecipientType"} }

// RecipientKind implements [Recipient].
func (u *MailUser) RecipientKind() RecipientType { return RecipientTypeMailUser }

// IdentityKeys implements [Object]: Name, Alias, canonical name, DN,
// LegacyExchangeDN, every e-mail address, UserPrincipalName and
// SamAccountName.
func (u *MailUser) IdentityKeys() []string {
	keys := recipientKeys(u.Name, u.Alias, u.Identity, u.DistinguishedName, u.LegacyExchangeDN, u.EmailAddresses)
	return append(keys, u.UserPrincipalName, u.SamAccountName)
}

// IndexKeys implements [Indexed].
func (u *MailUser) IndexKeys() []string {
	return recipientIndexKeys(u.Name, u.Alias, u.Identity, u.EmailAddresses, u.UserPrincipalName)
}

// Refresh implements [Object].
func (u *MailUser) Refresh(org *Organization) {
	u.Identity, u.DistinguishedName = recipientPlace(org, &u.OrganizationalUnit, u.Name)
	u.LegacyExchangeDN = legacyDN(org, u.Alias)
	u.setSchema(org, "Person", "top", "person", "organizationalPerson", "user")
	u.ExchangeVersion = "0.10 (14.0.100.0)"
	u.RecipientType, u.RecipientTypeDetails = RecipientTypeMailUser, RecipientTypeDetailsMailUser
	u.IsValid, u.ObjectState = true, "Unchanged"
}

func (u *MailUser) addrs() addrRefs {
	return addrRefs{&u.EmailAddresses, &u.PrimarySmtpAddress, &u.WindowsEmailAddress, &u.EmailAddressPolicyEnabled}
}

// NewMailUser returns a mail user with New-MailUser defaults (upn may be
// empty for the DisabledUser set): Alias from the left part of upn or
// else from the name, DisplayName = Name, the external address as
// primary SMTP address, MIME/TextAndHtml/BinHex, UseDefaultSettings.
func (e Env) NewMailUser(org *Organization, name string, external ProxyAddress, upn string) (*MailUser, error) {
	u := &MailUser{ExternalRecipient: externalDefaults(external), UserPrincipalName: upn}
	u.Name, u.Alias, u.DisplayName = name, AliasFromName(name), name
	u.EmailAddresses = []ProxyAddress{external}
	u.EmailAddressPolicyEnabled, u.SendModerationNotifications = true, SendModerationNotificationsAlways
	if external.IsSmtp() {
		u.EmailAddresses[0].Prefix = "SMTP"
		u.PrimarySmtpAddress, u.WindowsEmailAddress = SmtpAddress(external.Address), SmtpAddress(external.Address)
	}
	if i := strings.Index(upn, "@"); i > 0 {
		u.Alias = AliasFromName(upn[:i])
	}
	if err := u.Validate(); err != nil {
		return nil, err
	}
	e.Stamp(org, u)
	return u, nil
}

// Validate checks every property constraint, the addresses, moderation
// and the format combination.
func (u *MailUser) Validate() error {
	if err := checkProperties(u); err != nil {
		return err
	}
	if err := validateRecipient(u.Name, u.EmailAddresses, u.ModerationEnabled, u.ModeratedBy); err != nil {
		return err
	}
	return u.validateFormats(u.Name)
}

// SetPrimarySmtpAddress sets PrimarySmtpAddress (see [addrRefs]).
func (u *MailUser) SetPrimarySmtpAddress(a SmtpAddress) { u.addrs().setPrimary(a) }

// SetEmailAddresses replaces EmailAddresses; PrimarySmtpAddress follows.
func (u *MailUser) SetEmailAddresses(list []ProxyAddress) error { return u.addrs().setEmails(list) }

// SetExternalEmailAddress replaces ExternalEmailAddress; the old address
// is not kept as a proxy address.
func (u *MailUser) SetExternalEmailAddress(a ProxyAddress) {
	u.addrs().setExternal(&u.ExternalEmailAddress, a)
}

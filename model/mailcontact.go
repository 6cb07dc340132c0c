package model

import "time"

// MailContact is a mail-enabled contact: an external address in the
// directory (Set-MailContact; the 5.5 "custom recipient"). Fields are in
// Format-List order.
type MailContact struct {
	ExternalEmailAddress                   ProxyAddress
	MacAttachmentFormat                    MacAttachmentFormat
	MessageBodyFormat                      MessageBodyFormat
	MessageFormat                          MessageFormat
	UseMapiRichTextFormat                  UseMapiRichTextFormat
	UsePreferMessageFormat                 bool
	AcceptMessagesOnlyFrom                 []string
	AcceptMessagesOnlyFromDLMembers        []string
	AcceptMessagesOnlyFromSendersOrMembers []string
	AddressListMembership                  []string
	Alias                                  string
	ArbitrationMailbox                     *string
	BypassModerationFromSendersOrMembers   []string
	OrganizationalUnit                     string
	CustomAttribute1                       string
	CustomAttribute2                       string
	CustomAttribute3                       string
	CustomAttribute4                       string
	CustomAttribute5                       string
	CustomAttribute6                       string
	CustomAttribute7                       string
	CustomAttribute8                       string
	CustomAttribute9                       string
	CustomAttribute10                      string
	CustomAttribute11                      string
	CustomAttribute12                      string
	CustomAttribute13                      string
	CustomAttribute14                      string
	CustomAttribute15                      string
	ExtensionCustomAttribute1              []string
	ExtensionCustomAttribute2              []string
	ExtensionCustomAttribute3              []string
	ExtensionCustomAttribute4              []string
	ExtensionCustomAttribute5              []string
	DisplayName                            string
	EmailAddresses                         []ProxyAddress
	GrantSendOnBehalfTo                    []string
	HiddenFromAddressListsEnabled          bool
	LegacyExchangeDN                       string
	MaxSendSize                            UnlimitedSize
	MaxReceiveSize                         UnlimitedSize
	MaxRecipientPerMessage                 UnlimitedInt
	ModeratedBy                            []string
	ModerationEnabled                      bool
	EmailAddressPolicyEnabled              bool
	PrimarySmtpAddress                     SmtpAddress
	RecipientType                          RecipientType
	RecipientTypeDetails                   RecipientTypeDetails
	RejectMessagesFrom                     []string
	RejectMessagesFromDLMembers            []string
	RejectMessagesFromSendersOrMembers     []string
	RequireSenderAuthenticationEnabled     bool
	SimpleDisplayName                      string
	SendModerationNotifications            SendModerationNotifications
	UMDtmfMap                              []string
	WindowsEmailAddress                    SmtpAddress
	MailTip                                *string
	MailTipTranslations                    []string
	Identity                               string
	IsValid                                bool
	ExchangeVersion                        string
	Name                                   string
	DistinguishedName                      string
	Guid                                   Guid
	ObjectCategory                         string
	ObjectClass                            []string
	WhenChanged                            time.Time
	WhenCreated                            time.Time
	WhenChangedUTC                         time.Time
	WhenCreatedUTC                         time.Time
	OriginatingServer                      string
	ObjectState                            string
	DirectoryNames                         `ps:"-"`
}

// Kind implements [Object].
func (*MailContact) Kind() Kind { return KindMailContact }

// TypeName implements [Object].
func (*MailContact) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Management.MailContact"
}

// DefaultTableColumns implements [Object].
func (*MailContact) DefaultTableColumns() []string { return []string{"Name", "Alias", "RecipientType"} }

// ObjectGuid implements [Object].
func (c *MailContact) ObjectGuid() Guid { return c.Guid }

// ObjectName implements [Object].
func (c *MailContact) ObjectName() string { return c.Name }

// ProxyAddresses implements [Recipient].
func (c *MailContact) ProxyAddresses() []ProxyAddress { return c.EmailAddresses }

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
	c.Identity, c.DistinguishedName = userCanonical(org, c.Name), userDN(org, c.Name)
	c.LegacyExchangeDN = legacyDN(org, c.Alias)
	c.ObjectCategory = schemaCategory(org, "Person")
	c.ObjectClass = []string{"top", "person", "organizationalPerson", "contact"}
	c.ExchangeVersion = "0.10 (14.0.100.0)"
	c.RecipientType, c.RecipientTypeDetails = RecipientTypeMailContact, RecipientTypeDetailsMailContact
	c.OriginatingServer = originatingServer(org)
	c.IsValid, c.ObjectState = true, "Unchanged"
}

func (c *MailContact) stamps() stampRefs {
	return stampRefs{&c.Guid, &c.WhenCreated, &c.WhenChanged, &c.WhenCreatedUTC, &c.WhenChangedUTC}
}

func (c *MailContact) addrs() addrRefs {
	return addrRefs{&c.EmailAddresses, &c.PrimarySmtpAddress, &c.WindowsEmailAddress, &c.EmailAddressPolicyEnabled}
}

// NewMailContact returns a mail contact with New-MailContact defaults:
// Alias from the name, DisplayName = Name, the external address as
// primary SMTP address, MIME/TextAndHtml/BinHex, UseDefaultSettings.
func (e Env) NewMailContact(org *Organization, name string, external ProxyAddress) (*MailContact, error) {
	c := &MailContact{Name: name, Alias: AliasFromName(name), DisplayName: name,
		ExternalEmailAddress: external, EmailAddresses: []ProxyAddress{external},
		MacAttachmentFormat: MacAttachmentFormatBinHex, MessageBodyFormat: MessageBodyFormatTextAndHtml,
		MessageFormat: MessageFormatMime, UseMapiRichTextFormat: UseMapiRichTextFormatUseDefaultSettings,
		EmailAddressPolicyEnabled: true, SendModerationNotifications: SendModerationNotificationsAlways}
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

// Validate checks names, alias, addresses and the format combination.
func (c *MailContact) Validate() error {
	if err := validateRecipient(c.Name, c.Alias, c.DisplayName, c.EmailAddresses); err != nil {
		return err
	}
	if err := c.DirectoryNames.validate(); err != nil {
		return err
	}
	if c.ModerationEnabled && len(c.ModeratedBy) == 0 {
		return conflict(c.Name, "ModerationEnabled $true requires ModeratedBy", "ModerationEnabled", "ModeratedBy")
	}
	if err := ValidateSimpleDisplayName(c.SimpleDisplayName); err != nil {
		return err
	}
	return ValidateMessageFormats(c.Name, c.MessageFormat, c.MessageBodyFormat, c.MacAttachmentFormat)
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

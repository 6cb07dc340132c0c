package model

import (
	"strings"
	"time"
)

// MailUser is a mail-enabled user: an account with no mailbox whose mail
// goes to ExternalEmailAddress (Set-MailUser). Fields are in Format-List
// order.
type MailUser struct {
	ExternalEmailAddress                   ProxyAddress
	MacAttachmentFormat                    MacAttachmentFormat
	MessageBodyFormat                      MessageBodyFormat
	MessageFormat                          MessageFormat
	UseMapiRichTextFormat                  UseMapiRichTextFormat
	UsePreferMessageFormat                 bool
	RecipientLimits                        UnlimitedInt
	RecoverableItemsQuota                  UnlimitedSize
	RecoverableItemsWarningQuota           UnlimitedSize
	SamAccountName                         string
	UserPrincipalName                      string
	ImmutableId                            string
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
func (*MailUser) Kind() Kind { return KindMailUser }

// TypeName implements [Object].
func (*MailUser) TypeName() string { return "Microsoft.Exchange.Data.Directory.Management.MailUser" }

// DefaultTableColumns implements [Object].
func (*MailUser) DefaultTableColumns() []string { return []string{"Name", "RecipientType"} }

// ObjectGuid implements [Object].
func (u *MailUser) ObjectGuid() Guid { return u.Guid }

// ObjectName implements [Object].
func (u *MailUser) ObjectName() string { return u.Name }

// ProxyAddresses implements [Recipient].
func (u *MailUser) ProxyAddresses() []ProxyAddress { return u.EmailAddresses }

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
	u.Identity, u.DistinguishedName = userCanonical(org, u.Name), userDN(org, u.Name)
	u.LegacyExchangeDN = legacyDN(org, u.Alias)
	u.ObjectCategory = schemaCategory(org, "Person")
	u.ObjectClass = []string{"top", "person", "organizationalPerson", "user"}
	u.ExchangeVersion = "0.10 (14.0.100.0)"
	u.RecipientType, u.RecipientTypeDetails = RecipientTypeMailUser, RecipientTypeDetailsMailUser
	u.OriginatingServer = originatingServer(org)
	u.IsValid, u.ObjectState = true, "Unchanged"
}

func (u *MailUser) stamps() stampRefs {
	return stampRefs{&u.Guid, &u.WhenCreated, &u.WhenChanged, &u.WhenCreatedUTC, &u.WhenChangedUTC}
}

func (u *MailUser) addrs() addrRefs {
	return addrRefs{&u.EmailAddresses, &u.PrimarySmtpAddress, &u.WindowsEmailAddress, &u.EmailAddressPolicyEnabled}
}

// NewMailUser returns a mail user with New-MailUser defaults (upn may be
// empty for the DisabledUser set): Alias from the left part of upn or
// else from the name, DisplayName = Name, the external address as
// primary SMTP address, MIME/TextAndHtml/BinHex, UseDefaultSettings.
func (e Env) NewMailUser(org *Organization, name string, external ProxyAddress, upn string) (*MailUser, error) {
	u := &MailUser{UserPrincipalName: upn, Name: name, Alias: AliasFromName(name), DisplayName: name,
		ExternalEmailAddress: external, EmailAddresses: []ProxyAddress{external},
		MacAttachmentFormat: MacAttachmentFormatBinHex, MessageBodyFormat: MessageBodyFormatTextAndHtml,
		MessageFormat: MessageFormatMime, UseMapiRichTextFormat: UseMapiRichTextFormatUseDefaultSettings,
		EmailAddressPolicyEnabled: true, SendModerationNotifications: SendModerationNotificationsAlways}
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

// Validate checks names, alias, addresses and the format combination.
func (u *MailUser) Validate() error {
	if err := validateRecipient(u.Name, u.Alias, u.DisplayName, u.EmailAddresses); err != nil {
		return err
	}
	if err := u.DirectoryNames.validate(); err != nil {
		return err
	}
	if u.ModerationEnabled && len(u.ModeratedBy) == 0 {
		return conflict(u.Name, "ModerationEnabled $true requires ModeratedBy", "ModerationEnabled", "ModeratedBy")
	}
	if err := ValidateSimpleDisplayName(u.SimpleDisplayName); err != nil {
		return err
	}
	return ValidateMessageFormats(u.Name, u.MessageFormat, u.MessageBodyFormat, u.MacAttachmentFormat)
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

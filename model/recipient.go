package model

import "strings"

// Recipient is implemented by the mail-enabled object types
// ([*Mailbox], [*MailUser], [*MailContact]); Get-Recipient and the
// proxy-address uniqueness check work on it.
type Recipient interface {
	Object
	// ProxyAddresses returns the recipient's EmailAddresses.
	ProxyAddresses() []ProxyAddress
	// RecipientKind returns the RecipientType property.
	RecipientKind() RecipientType
}

// MailRecipient is the first run of the properties every mail-enabled
// recipient shares ([Mailbox], [MailUser], [MailContact]), from
// AcceptMessagesOnlyFrom to MaxReceiveSize. The rest of them are in
// [MailRecipientTail]: Get-MailContact shows MaxRecipientPerMessage
// between the two.
type MailRecipient struct {
	AcceptMessagesOnlyFrom                 []string
	AcceptMessagesOnlyFromDLMembers        []string
	AcceptMessagesOnlyFromSendersOrMembers []string
	AddressListMembership                  []string
	Alias                                  string `valid:"alias,required,len=64"`
	ArbitrationMailbox                     *string
	BypassModerationFromSendersOrMembers   []string
	OrganizationalUnit                     string
	CustomAttribute1                       string         `valid:"len=1024"`
	CustomAttribute2                       string         `valid:"len=1024"`
	CustomAttribute3                       string         `valid:"len=1024"`
	CustomAttribute4                       string         `valid:"len=1024"`
	CustomAttribute5                       string         `valid:"len=1024"`
	CustomAttribute6                       string         `valid:"len=1024"`
	CustomAttribute7                       string         `valid:"len=1024"`
	CustomAttribute8                       string         `valid:"len=1024"`
	CustomAttribute9                       string         `valid:"len=1024"`
	CustomAttribute10                      string         `valid:"len=1024"`
	CustomAttribute11                      string         `valid:"len=1024"`
	CustomAttribute12                      string         `valid:"len=1024"`
	CustomAttribute13                      string         `valid:"len=1024"`
	CustomAttribute14                      string         `valid:"len=1024"`
	CustomAttribute15                      string         `valid:"len=1024"`
	ExtensionCustomAttribute1              []string       `valid:"len=2048"`
	ExtensionCustomAttribute2              []string       `valid:"len=2048"`
	ExtensionCustomAttribute3              []string       `valid:"len=2048"`
	ExtensionCustomAttribute4              []string       `valid:"len=2048"`
	ExtensionCustomAttribute5              []string       `valid:"len=2048"`
	DisplayName                            string         `valid:"required,len=256"`
	EmailAddresses                         []ProxyAddress `valid:"smtp"`
	GrantSendOnBehalfTo                    []string
	HiddenFromAddressListsEnabled          bool
	LegacyExchangeDN                       string
	MaxSendSize                            UnlimitedSize `valid:"range=0..2147483647"`
	MaxReceiveSize                         UnlimitedSize `valid:"range=0..2147483647"`
}

// ProxyAddresses returns EmailAddresses; promoted, it implements
// [Recipient].
func (r *MailRecipient) ProxyAddresses() []ProxyAddress { return r.EmailAddresses }

// MailRecipientTail is the second run of the properties every
// mail-enabled recipient shares, from ModeratedBy to MailTipTranslations
// (see [MailRecipient]).
type MailRecipientTail struct {
	ModeratedBy                        []string
	ModerationEnabled                  bool
	EmailAddressPolicyEnabled          bool
	PrimarySmtpAddress                 SmtpAddress `valid:"smtp"`
	RecipientType                      RecipientType
	RecipientTypeDetails               RecipientTypeDetails
	RejectMessagesFrom                 []string
	RejectMessagesFromDLMembers        []string
	RejectMessagesFromSendersOrMembers []string
	RequireSenderAuthenticationEnabled bool
	SimpleDisplayName                  string `valid:"simple,len=256"`
	SendModerationNotifications        SendModerationNotifications
	UMDtmfMap                          []string
	WindowsEmailAddress                SmtpAddress `valid:"smtp"`
	MailTip                            *string     `valid:"multiline,len=175"`
	MailTipTranslations                []string
}

// ExternalRecipient is the external address of a mail user or mail
// contact ([MailUser], [MailContact]) and the settings that decide the
// format of the mail Exchange sends it; both types show them first.
type ExternalRecipient struct {
	ExternalEmailAddress   ProxyAddress `valid:"smtp"`
	MacAttachmentFormat    MacAttachmentFormat
	MessageBodyFormat      MessageBodyFormat
	MessageFormat          MessageFormat
	UseMapiRichTextFormat  UseMapiRichTextFormat
	UsePreferMessageFormat bool
}

// externalDefaults are the New-MailUser and New-MailContact defaults:
// the address given, MIME, TextAndHtml, BinHex, UseDefaultSettings.
func externalDefaults(external ProxyAddress) ExternalRecipient {
	return ExternalRecipient{ExternalEmailAddress: external,
		MacAttachmentFormat: MacAttachmentFormatBinHex, MessageBodyFormat: MessageBodyFormatTextAndHtml,
		MessageFormat: MessageFormatMime, UseMapiRichTextFormat: UseMapiRichTextFormatUseDefaultSettings}
}

// validateFormats checks the format combination (see
// [ValidateMessageFormats]) of the recipient named id.
func (x *ExternalRecipient) validateFormats(id string) error {
	return ValidateMessageFormats(id, x.MessageFormat, x.MessageBodyFormat, x.MacAttachmentFormat)
}

// addrRefs points at the address properties of a recipient.
type addrRefs struct {
	emails           *[]ProxyAddress
	primary, windows *SmtpAddress
	eap              *bool
}

// setPrimary implements PrimarySmtpAddress: it becomes the primary SMTP
// address (the old one stays as a secondary), WindowsEmailAddress
// follows, and EmailAddressPolicyEnabled becomes $false.
func (r addrRefs) setPrimary(a SmtpAddress) {
	*r.emails = WithPrimarySmtp(*r.emails, a)
	*r.primary, *r.windows, *r.eap = a, a, false
}

// setEmails implements EmailAddresses: list is validated, normalized and
// replaces the collection; PrimarySmtpAddress follows the new primary.
func (r addrRefs) setEmails(list []ProxyAddress) error {
	if err := ValidateProxyAddresses(list); err != nil {
		return err
	}
	list = NormalizeProxyAddresses(list)
	p, ok := PrimarySmtp(list)
	if !ok {
		return invalid("EmailAddresses", "", "at least one SMTP address")
	}
	*r.emails, *r.primary, *r.windows = list, p, p
	return nil
}

// setExternal implements ExternalEmailAddress on a mail user or contact:
// the old external address is dropped from EmailAddresses and, when it
// was the primary one, the new address becomes primary.
func (r addrRefs) setExternal(ext *ProxyAddress, a ProxyAddress) {
	old := *ext
	*ext = a
	var kept []ProxyAddress
	wasPrimary := false
	for _, p := range *r.emails {
		if p.Equal(old) || strings.EqualFold(p.Address, old.Address) && p.IsSmtp() && old.IsSmtp() {
			wasPrimary = wasPrimary || p.IsPrimary()
			continue
		}
		kept = append(kept, p)
	}
	*r.emails = kept
	if wasPrimary && a.IsSmtp() {
		*r.emails = WithPrimarySmtp(kept, SmtpAddress(a.Address))
		*r.primary, *r.windows = SmtpAddress(a.Address), SmtpAddress(a.Address)
	}
}

// CheckProxyAddresses returns an [ExistsError] when one of r's
// EmailAddresses already belongs to another recipient of all
// (ProxyAddressExistsException in Exchange); UsedBy is that recipient's
// Identity-like name.
func CheckProxyAddresses(all []Recipient, r Recipient) error {
	for _, o := range all {
		if o.ObjectGuid() == r.ObjectGuid() {
			continue
		}
		for _, p := range r.ProxyAddresses() {
			for _, q := range o.ProxyAddresses() {
				if p.Equal(q) {
					return &ExistsError{Kind: r.Kind(), Property: "EmailAddresses", Value: p.String(), UsedBy: o.ObjectName()}
				}
			}
		}
	}
	return nil
}

// ValidateAlias checks an Alias as the Alias property's constraint does:
// 1 to 64 characters of letters, digits and
// ! # $ % & ' * + - / = ? ^ _ ` { | } ~, with periods only between other
// valid characters.
func ValidateAlias(s string) error { return propertyConstraint[MailRecipient]("Alias").checkString(s) }

// AliasFromName derives an Alias from a Name the way New-MailContact
// does: spaces are removed and unsupported characters become "?".
func AliasFromName(name string) string {
	var b strings.Builder
	for _, c := range name {
		switch {
		case c == ' ':
		case isAtext(c) || c == '.':
			b.WriteRune(c)
		default:
			b.WriteByte('?')
		}
	}
	s := strings.Trim(b.String(), ".")
	if max := propertyConstraint[MailRecipient]("Alias").max; len(s) > max {
		s = strings.TrimRight(s[:max], ".")
	}
	return s
}

// ValidateMessageFormats checks the MessageFormat, MessageBodyFormat and
// MacAttachmentFormat combination of a mail user or contact: Text allows
// only MessageBodyFormat Text and BinHex or UuEncode; Mime allows BinHex,
// AppleSingle or AppleDouble.
func ValidateMessageFormats(id string, mf MessageFormat, body MessageBodyFormat, mac MacAttachmentFormat) error {
	if mf == MessageFormatText && body != MessageBodyFormatText {
		return conflict(id, "MessageFormat Text requires MessageBodyFormat Text", "MessageFormat", "MessageBodyFormat")
	}
	if mf == MessageFormatText && (mac == MacAttachmentFormatAppleSingle || mac == MacAttachmentFormatAppleDouble) {
		return conflict(id, "MessageFormat Text allows MacAttachmentFormat BinHex or UuEncode", "MessageFormat", "MacAttachmentFormat")
	}
	if mf == MessageFormatMime && mac == MacAttachmentFormatUuEncode {
		return conflict(id, "MessageFormat Mime allows MacAttachmentFormat BinHex, AppleSingle or AppleDouble", "MessageFormat", "MacAttachmentFormat")
	}
	return nil
}

// validateRecipient checks what the property constraints of a
// recipient (see constraints.go) can't: at most one primary SMTP address
// and no address twice, ModeratedBy for ModerationEnabled.
func validateRecipient(id string, emails []ProxyAddress, moderated bool, moderators []string) error {
	if err := ValidateProxyAddresses(emails); err != nil {
		return err
	}
	if moderated && len(moderators) == 0 {
		return conflict(id, "ModerationEnabled $true requires ModeratedBy", "ModerationEnabled", "ModeratedBy")
	}
	return nil
}

// DirectoryNames are the given name, initials and surname of the Active
// Directory object behind a mail contact or mail user. Exchange shows them
// with Get-Contact and Get-User, not with Get-MailContact or Get-MailUser,
// so exsh stores them (New-MailContact -FirstName ...), searches them with
// -Anr and leaves them out of the output.
type DirectoryNames struct {
	FirstName string `valid:"len=64"`
	Initials  string `valid:"len=6"`
	LastName  string `valid:"len=64"`
}

// ValidateSimpleDisplayName checks the SimpleDisplayName character set:
// a-z, A-Z, 0-9, space and " ' ( ) + , - . / : ?.
func ValidateSimpleDisplayName(s string) error {
	return propertyConstraint[MailRecipientTail]("SimpleDisplayName").checkString(s)
}

// legacyDN returns the simulated LegacyExchangeDN of a recipient.
func legacyDN(org *Organization, alias string) string {
	name := "First Organization"
	if org != nil && org.Name != "" {
		name = org.Name
	}
	return "/o=" + name + "/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=" + strings.ToLower(alias)
}

// recipientKeys returns the identity keys shared by recipients.
func recipientKeys(name, alias, identity, dn, legacy string, emails []ProxyAddress) []string {
	return append([]string{name, alias, identity, dn, legacy}, addressKeys(emails)...)
}

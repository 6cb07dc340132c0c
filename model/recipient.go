package model

import (
	"fmt"
	"strings"
)

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
	PrimarySmtpAddress                 SmtpAddress
	RecipientType                      RecipientType
	RecipientTypeDetails               RecipientTypeDetails
	RejectMessagesFrom                 []string
	RejectMessagesFromDLMembers        []string
	RejectMessagesFromSendersOrMembers []string
	RequireSenderAuthenticationEnabled bool
	SimpleDisplayName                  string
	SendModerationNotifications        SendModerationNotifications
	UMDtmfMap                          []string
	WindowsEmailAddress                SmtpAddress
	MailTip                            *string
	MailTipTranslations                []string
}

// ExternalRecipient is the external address of a mail user or mail
// contact ([MailUser], [MailContact]) and the settings that decide the
// format of the mail Exchange sends it; both types show them first.
type ExternalRecipient struct {
	ExternalEmailAddress   ProxyAddress
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

// ValidateAlias checks an Alias: 1 to 64 characters of letters, digits
// and ! # $ % & ' * + - / = ? ^ _ ` { | } ~, with periods only between
// other valid characters.
func ValidateAlias(s string) error {
	bad := invalid("Alias", s, "1 to 64 letters, digits, periods (not at either end or doubled) and !#$%&'*+-/=?^_`{|}~")
	if s == "" || len(s) > 64 || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") || strings.Contains(s, "..") {
		return bad
	}
	for _, c := range s {
		if !isAliasChar(c) && c != '.' {
			return bad
		}
	}
	return nil
}

func isAliasChar(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		strings.ContainsRune("!#$%&'*+-/=?^_`{|}~", c)
}

// AliasFromName derives an Alias from a Name the way New-MailContact
// does: spaces are removed and unsupported characters become "?".
func AliasFromName(name string) string {
	var b strings.Builder
	for _, c := range name {
		switch {
		case c == ' ':
		case isAliasChar(c) || c == '.':
			b.WriteRune(c)
		default:
			b.WriteByte('?')
		}
	}
	s := strings.Trim(b.String(), ".")
	if len(s) > 64 {
		s = s[:64]
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

// validateRecipient checks the properties shared by every recipient.
func validateRecipient(name, alias, display string, emails []ProxyAddress) error {
	if err := ValidateName("Name", name, 64); err != nil {
		return err
	}
	if err := ValidateAlias(alias); err != nil {
		return err
	}
	if display == "" || len([]rune(display)) > 256 {
		return invalid("DisplayName", display, "1 to 256 characters")
	}
	return ValidateProxyAddresses(emails)
}

// DirectoryNames are the given name, initials and surname of the Active
// Directory object behind a mail contact or mail user. Exchange shows them
// with Get-Contact and Get-User, not with Get-MailContact or Get-MailUser,
// so exsh stores them (New-MailContact -FirstName ...), searches them with
// -Anr and leaves them out of the output.
type DirectoryNames struct {
	FirstName string
	Initials  string
	LastName  string
}

// validate checks the Active Directory lengths: 64 characters for the
// names, 6 for the initials.
func (d DirectoryNames) validate() error {
	for _, f := range []struct {
		name, value string
		max         int
	}{{"FirstName", d.FirstName, 64}, {"Initials", d.Initials, 6}, {"LastName", d.LastName, 64}} {
		if len([]rune(f.value)) > f.max {
			return invalid(f.name, f.value, fmt.Sprintf("at most %d characters", f.max))
		}
	}
	return nil
}

// ValidateSimpleDisplayName checks the SimpleDisplayName character set:
// a-z, A-Z, 0-9, space and " ' ( ) + , - . / : ?.
func ValidateSimpleDisplayName(s string) error {
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune(" \"'()+,-./:?", c)) {
			return invalid("SimpleDisplayName", s, "a-z, A-Z, 0-9, space and \" ' ( ) + , - . / : ?")
		}
	}
	return nil
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

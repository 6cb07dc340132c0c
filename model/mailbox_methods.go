package model

import (
	"strings"
	"time"
)

// ClientDefaults are the out-of-the-box options of one mail client.
type ClientDefaults struct {
	ComposeFormat       ComposeFormat
	InternetFormat      InternetFormat
	ReadReceiptResponse ReadReceiptResponse
}

// clientDefaults: Outlook 97/98/2000 compose Rich Text against Exchange
// and send read receipts automatically (Q257396); Outlook Express asks;
// later Outlook composes HTML and converts RTF to HTML for Internet
// recipients (the 2013 TNEF document). Values not stated by a source are
// inferred.
var clientDefaults = map[OutlookClient]ClientDefaults{
	Outlook2013:          {Html, ConvertToHtml, Ask},
	Outlook2010:          {Html, ConvertToHtml, Ask},
	Outlook2000:          {RichText, ConvertToHtml, AlwaysSend},
	Outlook98:            {RichText, ConvertToPlainText, AlwaysSend},
	OutlookExpress:       {Html, ConvertToHtml, Ask},
	OutlookWebApp:        {Html, ConvertToHtml, Ask},
	ThirdPartyMailClient: {PlainText, ConvertToPlainText, Ask},
}

// DefaultsForClient returns the default options of client c.
func DefaultsForClient(c OutlookClient) ClientDefaults { return clientDefaults[c] }

// DefaultClient returns the client a new mailbox gets in an organization
// of version v: Outlook 2013 for Exchange 2013, Outlook 2000 for
// Exchange 5.5, a third-party client for non-Exchange organizations.
func DefaultClient(v ExchangeVersion) OutlookClient {
	switch v {
	case Exchange55:
		return Outlook2000
	case NonExchange:
		return ThirdPartyMailClient
	}
	return Outlook2013
}

// SetClient sets Client and resets the client options to its defaults.
func (m *Mailbox) SetClient(c OutlookClient) {
	d := DefaultsForClient(c)
	m.Client, m.ComposeFormat, m.InternetFormat, m.ReadReceiptResponse = c, d.ComposeFormat, d.InternetFormat, d.ReadReceiptResponse
}

// Kind implements [Object].
func (*Mailbox) Kind() Kind { return KindMailbox }

// TypeName implements [Object].
func (*Mailbox) TypeName() string { return "Microsoft.Exchange.Data.Directory.Management.Mailbox" }

// DefaultTableColumns implements [Object].
func (*Mailbox) DefaultTableColumns() []string {
	return []string{"Name", "Alias", "ServerName", "ProhibitSendQuota"}
}

// RecipientKind implements [Recipient].
func (m *Mailbox) RecipientKind() RecipientType { return RecipientTypeUserMailbox }

// IdentityKeys implements [Object]: Name, Alias, canonical name, DN,
// LegacyExchangeDN, e-mail addresses, UPN, SamAccountName and
// DOMAIN\SamAccountName.
func (m *Mailbox) IdentityKeys() []string {
	keys := recipientKeys(m.Name, m.Alias, m.Identity, m.DistinguishedName, m.LegacyExchangeDN, m.EmailAddresses)
	return append(keys, m.UserPrincipalName, m.SamAccountName, netbios(m.Identity)+`\`+m.SamAccountName)
}

// IndexKeys implements [Indexed].
func (m *Mailbox) IndexKeys() []string {
	return recipientIndexKeys(m.Name, m.Alias, m.Identity, m.EmailAddresses, m.UserPrincipalName)
}

// netbios returns the first label of the domain of a canonical name.
func netbios(canonical string) string {
	d, _, _ := strings.Cut(canonical, "/")
	l, _, _ := strings.Cut(d, ".")
	return strings.ToUpper(l)
}

// Refresh implements [Object].
func (m *Mailbox) Refresh(org *Organization) {
	m.Identity, m.DistinguishedName = recipientPlace(org, &m.OrganizationalUnit, m.Name)
	m.LegacyExchangeDN = legacyDN(org, m.Alias)
	m.setSchema(org, "Person", "top", "person", "organizationalPerson", "user")
	m.ExchangeVersion = "0.20 (15.0.0.0)"
	m.RecipientType = RecipientTypeUserMailbox
	m.IsValid, m.ObjectState = true, "Unchanged"
}

func (m *Mailbox) addrs() addrRefs {
	return addrRefs{&m.EmailAddresses, &m.PrimarySmtpAddress, &m.WindowsEmailAddress, &m.EmailAddressPolicyEnabled}
}

// SetPrimarySmtpAddress sets PrimarySmtpAddress (the old one stays as a
// secondary address; EmailAddressPolicyEnabled becomes $false).
func (m *Mailbox) SetPrimarySmtpAddress(a SmtpAddress) { m.addrs().setPrimary(a) }

// SetEmailAddresses replaces EmailAddresses; PrimarySmtpAddress follows.
func (m *Mailbox) SetEmailAddresses(list []ProxyAddress) error { return m.addrs().setEmails(list) }

// SetType implements Set-Mailbox -Type: it sets RecipientTypeDetails,
// IsShared, IsResource and ResourceType.
func (m *Mailbox) SetType(t MailboxType) {
	details := map[MailboxType]RecipientTypeDetails{Regular: RecipientTypeDetailsUserMailbox,
		Shared: RecipientTypeDetailsSharedMailbox, Room: RecipientTypeDetailsRoomMailbox,
		Equipment: RecipientTypeDetailsEquipmentMailbox}
	m.RecipientTypeDetails = details[t]
	m.IsShared, m.IsResource, m.ResourceType = t == Shared, t == Room || t == Equipment, nil
	if m.IsResource {
		m.ResourceType = ptr(string(t))
	}
}

// Validate checks every property constraint, the addresses and
// moderation.
func (m *Mailbox) Validate() error {
	if err := checkProperties(m); err != nil {
		return err
	}
	return validateRecipient(m.Name, m.EmailAddresses, m.ModerationEnabled, m.ModeratedBy)
}

// samFromAlias derives the SamAccountName of a new account from its
// alias as Exchange does: characters a SamAccountName can't hold are
// dropped and the result is cut to its maximum length, without a final
// period.
func samFromAlias(alias string) string {
	s := []rune(strings.Map(func(r rune) rune {
		if isSamChar(r) {
			return r
		}
		return -1
	}, alias))
	if max := propertyConstraint[Mailbox]("SamAccountName").max; len(s) > max {
		s = s[:max]
	}
	return strings.TrimRight(string(s), ".")
}

// NewMailbox returns a user mailbox on server with the Exchange 2013
// defaults: Alias = alias (or derived from name), UPN and primary SMTP
// address alias@<org domain>, database quotas, and the client defaults
// of the organization's version ([DefaultClient]).
func (e Env) NewMailbox(org *Organization, name, alias, server string) (*Mailbox, error) {
	if alias == "" {
		alias = AliasFromName(name)
	}
	addr := SmtpAddress(alias + "@" + orgDomain(org))
	m := &Mailbox{SamAccountName: samFromAlias(alias), UserPrincipalName: string(addr), ServerName: strings.ToLower(server),
		IsMailboxEnabled: true}
	m.Name, m.Alias, m.DisplayName = name, alias, name
	m.EmailAddresses = []ProxyAddress{{"SMTP", string(addr)}}
	m.PrimarySmtpAddress, m.WindowsEmailAddress, m.EmailAddressPolicyEnabled = addr, addr, true
	m.SendModerationNotifications, m.RecipientTypeDetails = SendModerationNotificationsAlways, RecipientTypeDetailsUserMailbox
	mailboxQuotas(m, server)
	if org != nil {
		m.SetClient(DefaultClient(org.ExchangeVersion))
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	e.Stamp(org, m)
	m.ExchangeGuid = e.guid()
	return m, nil
}

// mailboxQuotas fills the database-driven defaults.
func mailboxQuotas(m *Mailbox, server string) {
	m.Database = "Mailbox Database 01"
	m.ServerLegacyDN = "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=" + server
	m.UseDatabaseRetentionDefaults, m.UseDatabaseQuotaDefaults = true, ptr(true)
	m.RecoverableItemsQuota, m.RecoverableItemsWarningQuota = Limited(30*GB), Limited(20*GB)
	m.CalendarLoggingQuota, m.RulesQuota = Limited(6*GB), 64*KB
	m.ArchiveQuota, m.ArchiveWarningQuota = Limited(100*GB), Limited(90*GB)
	m.ArchiveStatus, m.RemoteRecipientType = "None", "None"
	m.RetainDeletedItemsFor = EnhancedTimeSpan(14 * 24 * time.Hour)
	m.AuditLogAgeLimit = EnhancedTimeSpan(90 * 24 * time.Hour)
	m.ExternalOofOptions = ExternalOofOptionsExternal
	m.MessageTrackingReadStatusEnabled = true
}

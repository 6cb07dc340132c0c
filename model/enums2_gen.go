// Code generated from an enum list by a shell script; edit with care.

package model

// ProtocolLoggingLevel is protocol logging of a connector.
type ProtocolLoggingLevel string

// Values of [ProtocolLoggingLevel].
const (
	ProtocolLoggingLevelNone    ProtocolLoggingLevel = "None"
	ProtocolLoggingLevelVerbose ProtocolLoggingLevel = "Verbose"
)

var protocolLoggingLevelList = []ProtocolLoggingLevel{ProtocolLoggingLevelNone, ProtocolLoggingLevelVerbose}

// Values returns every [ProtocolLoggingLevel] in Exchange's order.
func (ProtocolLoggingLevel) Values() []ProtocolLoggingLevel {
	return append([]ProtocolLoggingLevel(nil), protocolLoggingLevelList...)
}

// EnumValues implements [Enum].
func (ProtocolLoggingLevel) EnumValues() []string { return enumStrings(protocolLoggingLevelList) }

// Set implements [EnumSetter].
func (v *ProtocolLoggingLevel) Set(s string) error {
	return setEnum(v, "ProtocolLoggingLevel", s, protocolLoggingLevelList)
}

// ParseProtocolLoggingLevel parses s case-insensitively into a [ProtocolLoggingLevel].
func ParseProtocolLoggingLevel(s string) (ProtocolLoggingLevel, error) {
	return parseEnum("ProtocolLoggingLevel", s, protocolLoggingLevelList)
}

// TlsAuthLevel is the TLS authentication level of a send connector.
type TlsAuthLevel string

// Values of [TlsAuthLevel].
const (
	TlsAuthLevelEncryptionOnly        TlsAuthLevel = "EncryptionOnly"
	TlsAuthLevelCertificateValidation TlsAuthLevel = "CertificateValidation"
	TlsAuthLevelDomainValidation      TlsAuthLevel = "DomainValidation"
)

var tlsAuthLevelList = []TlsAuthLevel{TlsAuthLevelEncryptionOnly, TlsAuthLevelCertificateValidation, TlsAuthLevelDomainValidation}

// Values returns every [TlsAuthLevel] in Exchange's order.
func (TlsAuthLevel) Values() []TlsAuthLevel { return append([]TlsAuthLevel(nil), tlsAuthLevelList...) }

// EnumValues implements [Enum].
func (TlsAuthLevel) EnumValues() []string { return enumStrings(tlsAuthLevelList) }

// Set implements [EnumSetter].
func (v *TlsAuthLevel) Set(s string) error { return setEnum(v, "TlsAuthLevel", s, tlsAuthLevelList) }

// ParseTlsAuthLevel parses s case-insensitively into a [TlsAuthLevel].
func ParseTlsAuthLevel(s string) (TlsAuthLevel, error) {
	return parseEnum("TlsAuthLevel", s, tlsAuthLevelList)
}

// TenantConnectorType is the hybrid connector type of a send connector.
type TenantConnectorType string

// Values of [TenantConnectorType].
const (
	TenantConnectorTypeDefault   TenantConnectorType = "Default"
	TenantConnectorTypeXPremises TenantConnectorType = "XPremises"
)

var tenantConnectorTypeList = []TenantConnectorType{TenantConnectorTypeDefault, TenantConnectorTypeXPremises}

// Values returns every [TenantConnectorType] in Exchange's order.
func (TenantConnectorType) Values() []TenantConnectorType {
	return append([]TenantConnectorType(nil), tenantConnectorTypeList...)
}

// EnumValues implements [Enum].
func (TenantConnectorType) EnumValues() []string { return enumStrings(tenantConnectorTypeList) }

// Set implements [EnumSetter].
func (v *TenantConnectorType) Set(s string) error {
	return setEnum(v, "TenantConnectorType", s, tenantConnectorTypeList)
}

// ParseTenantConnectorType parses s case-insensitively into a [TenantConnectorType].
func ParseTenantConnectorType(s string) (TenantConnectorType, error) {
	return parseEnum("TenantConnectorType", s, tenantConnectorTypeList)
}

// DSNConversionMode is how DSNs from other systems are converted (Set-TransportConfig).
type DSNConversionMode string

// Values of [DSNConversionMode].
const (
	DSNConversionModeDoNotConvert    DSNConversionMode = "DoNotConvert"
	DSNConversionModePreserveDSNBody DSNConversionMode = "PreserveDSNBody"
	DSNConversionModeUseExchangeDSNs DSNConversionMode = "UseExchangeDSNs"
)

var dSNConversionModeList = []DSNConversionMode{DSNConversionModeDoNotConvert, DSNConversionModePreserveDSNBody, DSNConversionModeUseExchangeDSNs}

// Values returns every [DSNConversionMode] in Exchange's order.
func (DSNConversionMode) Values() []DSNConversionMode {
	return append([]DSNConversionMode(nil), dSNConversionModeList...)
}

// EnumValues implements [Enum].
func (DSNConversionMode) EnumValues() []string { return enumStrings(dSNConversionModeList) }

// Set implements [EnumSetter].
func (v *DSNConversionMode) Set(s string) error {
	return setEnum(v, "DSNConversionMode", s, dSNConversionModeList)
}

// ParseDSNConversionMode parses s case-insensitively into a [DSNConversionMode].
func ParseDSNConversionMode(s string) (DSNConversionMode, error) {
	return parseEnum("DSNConversionMode", s, dSNConversionModeList)
}

// HeaderPromotionMode is whether named properties are created for X-headers (HeaderPromotionModeSetting).
type HeaderPromotionMode string

// Values of [HeaderPromotionMode].
const (
	HeaderPromotionModeMustCreate HeaderPromotionMode = "MustCreate"
	HeaderPromotionModeMayCreate  HeaderPromotionMode = "MayCreate"
	HeaderPromotionModeNoCreate   HeaderPromotionMode = "NoCreate"
)

var headerPromotionModeList = []HeaderPromotionMode{HeaderPromotionModeMustCreate, HeaderPromotionModeMayCreate, HeaderPromotionModeNoCreate}

// Values returns every [HeaderPromotionMode] in Exchange's order.
func (HeaderPromotionMode) Values() []HeaderPromotionMode {
	return append([]HeaderPromotionMode(nil), headerPromotionModeList...)
}

// EnumValues implements [Enum].
func (HeaderPromotionMode) EnumValues() []string { return enumStrings(headerPromotionModeList) }

// Set implements [EnumSetter].
func (v *HeaderPromotionMode) Set(s string) error {
	return setEnum(v, "HeaderPromotionMode", s, headerPromotionModeList)
}

// ParseHeaderPromotionMode parses s case-insensitively into a [HeaderPromotionMode].
func ParseHeaderPromotionMode(s string) (HeaderPromotionMode, error) {
	return parseEnum("HeaderPromotionMode", s, headerPromotionModeList)
}

// ShadowMessagePreference is where shadow copies are kept (ShadowMessagePreferenceSetting).
type ShadowMessagePreference string

// Values of [ShadowMessagePreference].
const (
	ShadowMessagePreferenceLocalOnly    ShadowMessagePreference = "LocalOnly"
	ShadowMessagePreferenceRemoteOnly   ShadowMessagePreference = "RemoteOnly"
	ShadowMessagePreferencePreferRemote ShadowMessagePreference = "PreferRemote"
)

var shadowMessagePreferenceList = []ShadowMessagePreference{ShadowMessagePreferenceLocalOnly, ShadowMessagePreferenceRemoteOnly, ShadowMessagePreferencePreferRemote}

// Values returns every [ShadowMessagePreference] in Exchange's order.
func (ShadowMessagePreference) Values() []ShadowMessagePreference {
	return append([]ShadowMessagePreference(nil), shadowMessagePreferenceList...)
}

// EnumValues implements [Enum].
func (ShadowMessagePreference) EnumValues() []string { return enumStrings(shadowMessagePreferenceList) }

// Set implements [EnumSetter].
func (v *ShadowMessagePreference) Set(s string) error {
	return setEnum(v, "ShadowMessagePreference", s, shadowMessagePreferenceList)
}

// ParseShadowMessagePreference parses s case-insensitively into a [ShadowMessagePreference].
func ParseShadowMessagePreference(s string) (ShadowMessagePreference, error) {
	return parseEnum("ShadowMessagePreference", s, shadowMessagePreferenceList)
}

// RecipientType is the recipient class shown by Get-Recipient.
type RecipientType string

// Values of [RecipientType].
const (
	RecipientTypeUserMailbox                    RecipientType = "UserMailbox"
	RecipientTypeMailUser                       RecipientType = "MailUser"
	RecipientTypeMailContact                    RecipientType = "MailContact"
	RecipientTypeDynamicDistributionGroup       RecipientType = "DynamicDistributionGroup"
	RecipientTypeMailNonUniversalGroup          RecipientType = "MailNonUniversalGroup"
	RecipientTypeMailUniversalDistributionGroup RecipientType = "MailUniversalDistributionGroup"
	RecipientTypeMailUniversalSecurityGroup     RecipientType = "MailUniversalSecurityGroup"
	RecipientTypePublicFolder                   RecipientType = "PublicFolder"
)

var recipientTypeList = []RecipientType{RecipientTypeUserMailbox, RecipientTypeMailUser, RecipientTypeMailContact, RecipientTypeDynamicDistributionGroup, RecipientTypeMailNonUniversalGroup, RecipientTypeMailUniversalDistributionGroup, RecipientTypeMailUniversalSecurityGroup, RecipientTypePublicFolder}

// Values returns every [RecipientType] in Exchange's order.
func (RecipientType) Values() []RecipientType {
	return append([]RecipientType(nil), recipientTypeList...)
}

// EnumValues implements [Enum].
func (RecipientType) EnumValues() []string { return enumStrings(recipientTypeList) }

// Set implements [EnumSetter].
func (v *RecipientType) Set(s string) error { return setEnum(v, "RecipientType", s, recipientTypeList) }

// ParseRecipientType parses s case-insensitively into a [RecipientType].
func ParseRecipientType(s string) (RecipientType, error) {
	return parseEnum("RecipientType", s, recipientTypeList)
}

// RecipientTypeDetails is the detailed recipient class.
type RecipientTypeDetails string

// Values of [RecipientTypeDetails].
const (
	RecipientTypeDetailsUserMailbox       RecipientTypeDetails = "UserMailbox"
	RecipientTypeDetailsSharedMailbox     RecipientTypeDetails = "SharedMailbox"
	RecipientTypeDetailsRoomMailbox       RecipientTypeDetails = "RoomMailbox"
	RecipientTypeDetailsEquipmentMailbox  RecipientTypeDetails = "EquipmentMailbox"
	RecipientTypeDetailsLinkedMailbox     RecipientTypeDetails = "LinkedMailbox"
	RecipientTypeDetailsMailUser          RecipientTypeDetails = "MailUser"
	RecipientTypeDetailsMailContact       RecipientTypeDetails = "MailContact"
	RecipientTypeDetailsMailForestContact RecipientTypeDetails = "MailForestContact"
	RecipientTypeDetailsRemoteUserMailbox RecipientTypeDetails = "RemoteUserMailbox"
)

var recipientTypeDetailsList = []RecipientTypeDetails{RecipientTypeDetailsUserMailbox, RecipientTypeDetailsSharedMailbox, RecipientTypeDetailsRoomMailbox, RecipientTypeDetailsEquipmentMailbox, RecipientTypeDetailsLinkedMailbox, RecipientTypeDetailsMailUser, RecipientTypeDetailsMailContact, RecipientTypeDetailsMailForestContact, RecipientTypeDetailsRemoteUserMailbox}

// Values returns every [RecipientTypeDetails] in Exchange's order.
func (RecipientTypeDetails) Values() []RecipientTypeDetails {
	return append([]RecipientTypeDetails(nil), recipientTypeDetailsList...)
}

// EnumValues implements [Enum].
func (RecipientTypeDetails) EnumValues() []string { return enumStrings(recipientTypeDetailsList) }

// Set implements [EnumSetter].
func (v *RecipientTypeDetails) Set(s string) error {
	return setEnum(v, "RecipientTypeDetails", s, recipientTypeDetailsList)
}

// ParseRecipientTypeDetails parses s case-insensitively into a [RecipientTypeDetails].
func ParseRecipientTypeDetails(s string) (RecipientTypeDetails, error) {
	return parseEnum("RecipientTypeDetails", s, recipientTypeDetailsList)
}

// MailboxType is the kind of a mailbox (Set-Mailbox -Type).
type MailboxType string

// Values of [MailboxType].
const (
	Regular   MailboxType = "Regular"
	Room      MailboxType = "Room"
	Equipment MailboxType = "Equipment"
	Shared    MailboxType = "Shared"
)

var mailboxTypeList = []MailboxType{Regular, Room, Equipment, Shared}

// Values returns every [MailboxType] in Exchange's order.
func (MailboxType) Values() []MailboxType { return append([]MailboxType(nil), mailboxTypeList...) }

// EnumValues implements [Enum].
func (MailboxType) EnumValues() []string { return enumStrings(mailboxTypeList) }

// Set implements [EnumSetter].
func (v *MailboxType) Set(s string) error { return setEnum(v, "MailboxType", s, mailboxTypeList) }

// ParseMailboxType parses s case-insensitively into a [MailboxType].
func ParseMailboxType(s string) (MailboxType, error) {
	return parseEnum("MailboxType", s, mailboxTypeList)
}

// ExternalOofOptions is which out-of-office message a mailbox sends outside the organization.
type ExternalOofOptions string

// Values of [ExternalOofOptions].
const (
	ExternalOofOptionsExternal     ExternalOofOptions = "External"
	ExternalOofOptionsInternalOnly ExternalOofOptions = "InternalOnly"
)

var externalOofOptionsList = []ExternalOofOptions{ExternalOofOptionsExternal, ExternalOofOptionsInternalOnly}

// Values returns every [ExternalOofOptions] in Exchange's order.
func (ExternalOofOptions) Values() []ExternalOofOptions {
	return append([]ExternalOofOptions(nil), externalOofOptionsList...)
}

// EnumValues implements [Enum].
func (ExternalOofOptions) EnumValues() []string { return enumStrings(externalOofOptionsList) }

// Set implements [EnumSetter].
func (v *ExternalOofOptions) Set(s string) error {
	return setEnum(v, "ExternalOofOptions", s, externalOofOptionsList)
}

// ParseExternalOofOptions parses s case-insensitively into a [ExternalOofOptions].
func ParseExternalOofOptions(s string) (ExternalOofOptions, error) {
	return parseEnum("ExternalOofOptions", s, externalOofOptionsList)
}

// OutlookClient is the mail client a mailbox user runs; it decides the client-side defaults (exsh-specific).
type OutlookClient string

// Values of [OutlookClient].
const (
	Outlook2013          OutlookClient = "Outlook2013"
	Outlook2010          OutlookClient = "Outlook2010"
	Outlook2000          OutlookClient = "Outlook2000"
	Outlook98            OutlookClient = "Outlook98"
	OutlookExpress       OutlookClient = "OutlookExpress"
	OutlookWebApp        OutlookClient = "OutlookWebApp"
	ThirdPartyMailClient OutlookClient = "ThirdPartyMailClient"
)

var outlookClientList = []OutlookClient{Outlook2013, Outlook2010, Outlook2000, Outlook98, OutlookExpress, OutlookWebApp, ThirdPartyMailClient}

// Values returns every [OutlookClient] in Exchange's order.
func (OutlookClient) Values() []OutlookClient {
	return append([]OutlookClient(nil), outlookClientList...)
}

// EnumValues implements [Enum].
func (OutlookClient) EnumValues() []string { return enumStrings(outlookClientList) }

// Set implements [EnumSetter].
func (v *OutlookClient) Set(s string) error { return setEnum(v, "OutlookClient", s, outlookClientList) }

// ParseOutlookClient parses s case-insensitively into a [OutlookClient].
func ParseOutlookClient(s string) (OutlookClient, error) {
	return parseEnum("OutlookClient", s, outlookClientList)
}

// ComposeFormat is the message format a client composes in (Outlook "Compose in this message format").
type ComposeFormat string

// Values of [ComposeFormat].
const (
	Html      ComposeFormat = "Html"
	RichText  ComposeFormat = "RichText"
	PlainText ComposeFormat = "PlainText"
)

var composeFormatList = []ComposeFormat{Html, RichText, PlainText}

// Values returns every [ComposeFormat] in Exchange's order.
func (ComposeFormat) Values() []ComposeFormat {
	return append([]ComposeFormat(nil), composeFormatList...)
}

// EnumValues implements [Enum].
func (ComposeFormat) EnumValues() []string { return enumStrings(composeFormatList) }

// Set implements [EnumSetter].
func (v *ComposeFormat) Set(s string) error { return setEnum(v, "ComposeFormat", s, composeFormatList) }

// ParseComposeFormat parses s case-insensitively into a [ComposeFormat].
func ParseComposeFormat(s string) (ComposeFormat, error) {
	return parseEnum("ComposeFormat", s, composeFormatList)
}

// InternetFormat is Outlook's global "When sending messages in Rich Text format to Internet recipients" option.
type InternetFormat string

// Values of [InternetFormat].
const (
	ConvertToHtml      InternetFormat = "ConvertToHtml"
	ConvertToPlainText InternetFormat = "ConvertToPlainText"
	SendRichText       InternetFormat = "SendRichText"
)

var internetFormatList = []InternetFormat{ConvertToHtml, ConvertToPlainText, SendRichText}

// Values returns every [InternetFormat] in Exchange's order.
func (InternetFormat) Values() []InternetFormat {
	return append([]InternetFormat(nil), internetFormatList...)
}

// EnumValues implements [Enum].
func (InternetFormat) EnumValues() []string { return enumStrings(internetFormatList) }

// Set implements [EnumSetter].
func (v *InternetFormat) Set(s string) error {
	return setEnum(v, "InternetFormat", s, internetFormatList)
}

// ParseInternetFormat parses s case-insensitively into a [InternetFormat].
func ParseInternetFormat(s string) (InternetFormat, error) {
	return parseEnum("InternetFormat", s, internetFormatList)
}

// ReadReceiptResponse is how a client answers read-receipt requests.
type ReadReceiptResponse string

// Values of [ReadReceiptResponse].
const (
	AlwaysSend ReadReceiptResponse = "AlwaysSend"
	NeverSend  ReadReceiptResponse = "NeverSend"
	Ask        ReadReceiptResponse = "Ask"
)

var readReceiptResponseList = []ReadReceiptResponse{AlwaysSend, NeverSend, Ask}

// Values returns every [ReadReceiptResponse] in Exchange's order.
func (ReadReceiptResponse) Values() []ReadReceiptResponse {
	return append([]ReadReceiptResponse(nil), readReceiptResponseList...)
}

// EnumValues implements [Enum].
func (ReadReceiptResponse) EnumValues() []string { return enumStrings(readReceiptResponseList) }

// Set implements [EnumSetter].
func (v *ReadReceiptResponse) Set(s string) error {
	return setEnum(v, "ReadReceiptResponse", s, readReceiptResponseList)
}

// ParseReadReceiptResponse parses s case-insensitively into a [ReadReceiptResponse].
func ParseReadReceiptResponse(s string) (ReadReceiptResponse, error) {
	return parseEnum("ReadReceiptResponse", s, readReceiptResponseList)
}

// ContactInternetFormat is Outlook's per-contact Internet format option.
type ContactInternetFormat string

// Values of [ContactInternetFormat].
const (
	ContactInternetFormatLetOutlookDecide ContactInternetFormat = "LetOutlookDecide"
	ContactInternetFormatPlainTextOnly    ContactInternetFormat = "PlainTextOnly"
	ContactInternetFormatOutlookRichText  ContactInternetFormat = "OutlookRichText"
)

var contactInternetFormatList = []ContactInternetFormat{ContactInternetFormatLetOutlookDecide, ContactInternetFormatPlainTextOnly, ContactInternetFormatOutlookRichText}

// Values returns every [ContactInternetFormat] in Exchange's order.
func (ContactInternetFormat) Values() []ContactInternetFormat {
	return append([]ContactInternetFormat(nil), contactInternetFormatList...)
}

// EnumValues implements [Enum].
func (ContactInternetFormat) EnumValues() []string { return enumStrings(contactInternetFormatList) }

// Set implements [EnumSetter].
func (v *ContactInternetFormat) Set(s string) error {
	return setEnum(v, "ContactInternetFormat", s, contactInternetFormatList)
}

// ParseContactInternetFormat parses s case-insensitively into a [ContactInternetFormat].
func ParseContactInternetFormat(s string) (ContactInternetFormat, error) {
	return parseEnum("ContactInternetFormat", s, contactInternetFormatList)
}

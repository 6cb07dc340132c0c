// Code generated from an enum list by a shell script; edit with care.

package model

// ExchangeVersion is the product generation of an organization (Exchange 2013, Exchange Server 5.5 or a non-Exchange mail system).
type ExchangeVersion string

// Values of [ExchangeVersion].
const (
	Exchange2013 ExchangeVersion = "Exchange2013"
	Exchange55   ExchangeVersion = "Exchange55"
	NonExchange  ExchangeVersion = "NonExchange"
)

var exchangeVersionList = []ExchangeVersion{Exchange2013, Exchange55, NonExchange}

// Values returns every [ExchangeVersion] in Exchange's order.
func (ExchangeVersion) Values() []ExchangeVersion {
	return append([]ExchangeVersion(nil), exchangeVersionList...)
}

// EnumValues implements [Enum].
func (ExchangeVersion) EnumValues() []string { return enumStrings(exchangeVersionList) }

// Set implements [EnumSetter].
func (v *ExchangeVersion) Set(s string) error {
	return setEnum(v, "ExchangeVersion", s, exchangeVersionList)
}

// ParseExchangeVersion parses s case-insensitively into a [ExchangeVersion].
func ParseExchangeVersion(s string) (ExchangeVersion, error) {
	return parseEnum("ExchangeVersion", s, exchangeVersionList)
}

// AllowedOOFType is which out-of-office replies a remote domain receives (Set-RemoteDomain -AllowedOOFType).
type AllowedOOFType string

// Values of [AllowedOOFType].
const (
	AllowedOOFTypeExternal       AllowedOOFType = "External"
	AllowedOOFTypeExternalLegacy AllowedOOFType = "ExternalLegacy"
	AllowedOOFTypeInternalLegacy AllowedOOFType = "InternalLegacy"
	AllowedOOFTypeNone           AllowedOOFType = "None"
)

var allowedOOFTypeList = []AllowedOOFType{AllowedOOFTypeExternal, AllowedOOFTypeExternalLegacy, AllowedOOFTypeInternalLegacy, AllowedOOFTypeNone}

// Values returns every [AllowedOOFType] in Exchange's order.
func (AllowedOOFType) Values() []AllowedOOFType {
	return append([]AllowedOOFType(nil), allowedOOFTypeList...)
}

// EnumValues implements [Enum].
func (AllowedOOFType) EnumValues() []string { return enumStrings(allowedOOFTypeList) }

// Set implements [EnumSetter].
func (v *AllowedOOFType) Set(s string) error {
	return setEnum(v, "AllowedOOFType", s, allowedOOFTypeList)
}

// ParseAllowedOOFType parses s case-insensitively into a [AllowedOOFType].
func ParseAllowedOOFType(s string) (AllowedOOFType, error) {
	return parseEnum("AllowedOOFType", s, allowedOOFTypeList)
}

// ByteEncoderTypeFor7BitCharsets is the transfer encoding for 7-bit character sets (Set-RemoteDomain).
type ByteEncoderTypeFor7BitCharsets string

// Values of [ByteEncoderTypeFor7BitCharsets].
const (
	ByteEncoderTypeFor7BitCharsetsUse7Bit                      ByteEncoderTypeFor7BitCharsets = "Use7Bit"
	ByteEncoderTypeFor7BitCharsetsUseQP                        ByteEncoderTypeFor7BitCharsets = "UseQP"
	ByteEncoderTypeFor7BitCharsetsUseBase64                    ByteEncoderTypeFor7BitCharsets = "UseBase64"
	ByteEncoderTypeFor7BitCharsetsUseQPHtmlDetectTextPlain     ByteEncoderTypeFor7BitCharsets = "UseQPHtmlDetectTextPlain"
	ByteEncoderTypeFor7BitCharsetsUseBase64HtmlDetectTextPlain ByteEncoderTypeFor7BitCharsets = "UseBase64HtmlDetectTextPlain"
	ByteEncoderTypeFor7BitCharsetsUseQPHtml7BitTextPlain       ByteEncoderTypeFor7BitCharsets = "UseQPHtml7BitTextPlain"
	ByteEncoderTypeFor7BitCharsetsUseBase64Html7BitTextPlain   ByteEncoderTypeFor7BitCharsets = "UseBase64Html7BitTextPlain"
	ByteEncoderTypeFor7BitCharsetsUndefined                    ByteEncoderTypeFor7BitCharsets = "Undefined"
)

var byteEncoderTypeFor7BitCharsetsList = []ByteEncoderTypeFor7BitCharsets{ByteEncoderTypeFor7BitCharsetsUse7Bit, ByteEncoderTypeFor7BitCharsetsUseQP, ByteEncoderTypeFor7BitCharsetsUseBase64, ByteEncoderTypeFor7BitCharsetsUseQPHtmlDetectTextPlain, ByteEncoderTypeFor7BitCharsetsUseBase64HtmlDetectTextPlain, ByteEncoderTypeFor7BitCharsetsUseQPHtml7BitTextPlain, ByteEncoderTypeFor7BitCharsetsUseBase64Html7BitTextPlain, ByteEncoderTypeFor7BitCharsetsUndefined}

// Values returns every [ByteEncoderTypeFor7BitCharsets] in Exchange's order.
func (ByteEncoderTypeFor7BitCharsets) Values() []ByteEncoderTypeFor7BitCharsets {
	return append([]ByteEncoderTypeFor7BitCharsets(nil), byteEncoderTypeFor7BitCharsetsList...)
}

// EnumValues implements [Enum].
func (ByteEncoderTypeFor7BitCharsets) EnumValues() []string {
	return enumStrings(byteEncoderTypeFor7BitCharsetsList)
}

// Set implements [EnumSetter].
func (v *ByteEncoderTypeFor7BitCharsets) Set(s string) error {
	return setEnum(v, "ByteEncoderTypeFor7BitCharsets", s, byteEncoderTypeFor7BitCharsetsList)
}

// ParseByteEncoderTypeFor7BitCharsets parses s case-insensitively into a [ByteEncoderTypeFor7BitCharsets].
func ParseByteEncoderTypeFor7BitCharsets(s string) (ByteEncoderTypeFor7BitCharsets, error) {
	return parseEnum("ByteEncoderTypeFor7BitCharsets", s, byteEncoderTypeFor7BitCharsetsList)
}

// ContentType is the MIME body form sent to a remote domain (Set-RemoteDomain -ContentType).
type ContentType string

// Values of [ContentType].
const (
	ContentTypeMimeHtmlText ContentType = "MimeHtmlText"
	ContentTypeMimeText     ContentType = "MimeText"
	ContentTypeMimeHtml     ContentType = "MimeHtml"
)

var contentTypeList = []ContentType{ContentTypeMimeHtmlText, ContentTypeMimeText, ContentTypeMimeHtml}

// Values returns every [ContentType] in Exchange's order.
func (ContentType) Values() []ContentType { return append([]ContentType(nil), contentTypeList...) }

// EnumValues implements [Enum].
func (ContentType) EnumValues() []string { return enumStrings(contentTypeList) }

// Set implements [EnumSetter].
func (v *ContentType) Set(s string) error { return setEnum(v, "ContentType", s, contentTypeList) }

// ParseContentType parses s case-insensitively into a [ContentType].
func ParseContentType(s string) (ContentType, error) {
	return parseEnum("ContentType", s, contentTypeList)
}

// PreferredInternetCodePageForShiftJis is the ISO-2022-JP code page for a remote domain.
type PreferredInternetCodePageForShiftJis string

// Values of [PreferredInternetCodePageForShiftJis].
const (
	PreferredInternetCodePageForShiftJisCodePage50220 PreferredInternetCodePageForShiftJis = "50220"
	PreferredInternetCodePageForShiftJisCodePage50221 PreferredInternetCodePageForShiftJis = "50221"
	PreferredInternetCodePageForShiftJisCodePage50222 PreferredInternetCodePageForShiftJis = "50222"
	PreferredInternetCodePageForShiftJisUndefined     PreferredInternetCodePageForShiftJis = "Undefined"
)

var preferredInternetCodePageForShiftJisList = []PreferredInternetCodePageForShiftJis{PreferredInternetCodePageForShiftJisCodePage50220, PreferredInternetCodePageForShiftJisCodePage50221, PreferredInternetCodePageForShiftJisCodePage50222, PreferredInternetCodePageForShiftJisUndefined}

// Values returns every [PreferredInternetCodePageForShiftJis] in Exchange's order.
func (PreferredInternetCodePageForShiftJis) Values() []PreferredInternetCodePageForShiftJis {
	return append([]PreferredInternetCodePageForShiftJis(nil), preferredInternetCodePageForShiftJisList...)
}

// EnumValues implements [Enum].
func (PreferredInternetCodePageForShiftJis) EnumValues() []string {
	return enumStrings(preferredInternetCodePageForShiftJisList)
}

// Set implements [EnumSetter].
func (v *PreferredInternetCodePageForShiftJis) Set(s string) error {
	return setEnum(v, "PreferredInternetCodePageForShiftJis", s, preferredInternetCodePageForShiftJisList)
}

// ParsePreferredInternetCodePageForShiftJis parses s case-insensitively into a [PreferredInternetCodePageForShiftJis].
func ParsePreferredInternetCodePageForShiftJis(s string) (PreferredInternetCodePageForShiftJis, error) {
	return parseEnum("PreferredInternetCodePageForShiftJis", s, preferredInternetCodePageForShiftJisList)
}

// UseMapiRichTextFormat is the TNEF setting of a mail user or mail contact.
type UseMapiRichTextFormat string

// Values of [UseMapiRichTextFormat].
const (
	UseMapiRichTextFormatAlways             UseMapiRichTextFormat = "Always"
	UseMapiRichTextFormatNever              UseMapiRichTextFormat = "Never"
	UseMapiRichTextFormatUseDefaultSettings UseMapiRichTextFormat = "UseDefaultSettings"
)

var useMapiRichTextFormatList = []UseMapiRichTextFormat{UseMapiRichTextFormatAlways, UseMapiRichTextFormatNever, UseMapiRichTextFormatUseDefaultSettings}

// Values returns every [UseMapiRichTextFormat] in Exchange's order.
func (UseMapiRichTextFormat) Values() []UseMapiRichTextFormat {
	return append([]UseMapiRichTextFormat(nil), useMapiRichTextFormatList...)
}

// EnumValues implements [Enum].
func (UseMapiRichTextFormat) EnumValues() []string { return enumStrings(useMapiRichTextFormatList) }

// Set implements [EnumSetter].
func (v *UseMapiRichTextFormat) Set(s string) error {
	return setEnum(v, "UseMapiRichTextFormat", s, useMapiRichTextFormatList)
}

// ParseUseMapiRichTextFormat parses s case-insensitively into a [UseMapiRichTextFormat].
func ParseUseMapiRichTextFormat(s string) (UseMapiRichTextFormat, error) {
	return parseEnum("UseMapiRichTextFormat", s, useMapiRichTextFormatList)
}

// MessageFormat is MIME or non-MIME text for a mail user or mail contact.
type MessageFormat string

// Values of [MessageFormat].
const (
	MessageFormatText MessageFormat = "Text"
	MessageFormatMime MessageFormat = "Mime"
)

var messageFormatList = []MessageFormat{MessageFormatText, MessageFormatMime}

// Values returns every [MessageFormat] in Exchange's order.
func (MessageFormat) Values() []MessageFormat {
	return append([]MessageFormat(nil), messageFormatList...)
}

// EnumValues implements [Enum].
func (MessageFormat) EnumValues() []string { return enumStrings(messageFormatList) }

// Set implements [EnumSetter].
func (v *MessageFormat) Set(s string) error { return setEnum(v, "MessageFormat", s, messageFormatList) }

// ParseMessageFormat parses s case-insensitively into a [MessageFormat].
func ParseMessageFormat(s string) (MessageFormat, error) {
	return parseEnum("MessageFormat", s, messageFormatList)
}

// MessageBodyFormat is the MIME body parts for a mail user or mail contact.
type MessageBodyFormat string

// Values of [MessageBodyFormat].
const (
	MessageBodyFormatText        MessageBodyFormat = "Text"
	MessageBodyFormatHtml        MessageBodyFormat = "Html"
	MessageBodyFormatTextAndHtml MessageBodyFormat = "TextAndHtml"
)

var messageBodyFormatList = []MessageBodyFormat{MessageBodyFormatText, MessageBodyFormatHtml, MessageBodyFormatTextAndHtml}

// Values returns every [MessageBodyFormat] in Exchange's order.
func (MessageBodyFormat) Values() []MessageBodyFormat {
	return append([]MessageBodyFormat(nil), messageBodyFormatList...)
}

// EnumValues implements [Enum].
func (MessageBodyFormat) EnumValues() []string { return enumStrings(messageBodyFormatList) }

// Set implements [EnumSetter].
func (v *MessageBodyFormat) Set(s string) error {
	return setEnum(v, "MessageBodyFormat", s, messageBodyFormatList)
}

// ParseMessageBodyFormat parses s case-insensitively into a [MessageBodyFormat].
func ParseMessageBodyFormat(s string) (MessageBodyFormat, error) {
	return parseEnum("MessageBodyFormat", s, messageBodyFormatList)
}

// MacAttachmentFormat is the Macintosh attachment encoding for a mail user or mail contact.
type MacAttachmentFormat string

// Values of [MacAttachmentFormat].
const (
	MacAttachmentFormatBinHex      MacAttachmentFormat = "BinHex"
	MacAttachmentFormatUuEncode    MacAttachmentFormat = "UuEncode"
	MacAttachmentFormatAppleSingle MacAttachmentFormat = "AppleSingle"
	MacAttachmentFormatAppleDouble MacAttachmentFormat = "AppleDouble"
)

var macAttachmentFormatList = []MacAttachmentFormat{MacAttachmentFormatBinHex, MacAttachmentFormatUuEncode, MacAttachmentFormatAppleSingle, MacAttachmentFormatAppleDouble}

// Values returns every [MacAttachmentFormat] in Exchange's order.
func (MacAttachmentFormat) Values() []MacAttachmentFormat {
	return append([]MacAttachmentFormat(nil), macAttachmentFormatList...)
}

// EnumValues implements [Enum].
func (MacAttachmentFormat) EnumValues() []string { return enumStrings(macAttachmentFormatList) }

// Set implements [EnumSetter].
func (v *MacAttachmentFormat) Set(s string) error {
	return setEnum(v, "MacAttachmentFormat", s, macAttachmentFormatList)
}

// ParseMacAttachmentFormat parses s case-insensitively into a [MacAttachmentFormat].
func ParseMacAttachmentFormat(s string) (MacAttachmentFormat, error) {
	return parseEnum("MacAttachmentFormat", s, macAttachmentFormatList)
}

// SendModerationNotifications is when moderation notifications are sent (TransportModerationNotificationFlags).
type SendModerationNotifications string

// Values of [SendModerationNotifications].
const (
	SendModerationNotificationsAlways   SendModerationNotifications = "Always"
	SendModerationNotificationsInternal SendModerationNotifications = "Internal"
	SendModerationNotificationsNever    SendModerationNotifications = "Never"
)

var sendModerationNotificationsList = []SendModerationNotifications{SendModerationNotificationsAlways, SendModerationNotificationsInternal, SendModerationNotificationsNever}

// Values returns every [SendModerationNotifications] in Exchange's order.
func (SendModerationNotifications) Values() []SendModerationNotifications {
	return append([]SendModerationNotifications(nil), sendModerationNotificationsList...)
}

// EnumValues implements [Enum].
func (SendModerationNotifications) EnumValues() []string {
	return enumStrings(sendModerationNotificationsList)
}

// Set implements [EnumSetter].
func (v *SendModerationNotifications) Set(s string) error {
	return setEnum(v, "SendModerationNotifications", s, sendModerationNotificationsList)
}

// ParseSendModerationNotifications parses s case-insensitively into a [SendModerationNotifications].
func ParseSendModerationNotifications(s string) (SendModerationNotifications, error) {
	return parseEnum("SendModerationNotifications", s, sendModerationNotificationsList)
}

// AcceptedDomainType is how an accepted domain is handled (Authoritative, InternalRelay, ExternalRelay).
type AcceptedDomainType string

// Values of [AcceptedDomainType].
const (
	AcceptedDomainTypeAuthoritative AcceptedDomainType = "Authoritative"
	AcceptedDomainTypeInternalRelay AcceptedDomainType = "InternalRelay"
	AcceptedDomainTypeExternalRelay AcceptedDomainType = "ExternalRelay"
)

var acceptedDomainTypeList = []AcceptedDomainType{AcceptedDomainTypeAuthoritative, AcceptedDomainTypeInternalRelay, AcceptedDomainTypeExternalRelay}

// Values returns every [AcceptedDomainType] in Exchange's order.
func (AcceptedDomainType) Values() []AcceptedDomainType {
	return append([]AcceptedDomainType(nil), acceptedDomainTypeList...)
}

// EnumValues implements [Enum].
func (AcceptedDomainType) EnumValues() []string { return enumStrings(acceptedDomainTypeList) }

// Set implements [EnumSetter].
func (v *AcceptedDomainType) Set(s string) error {
	return setEnum(v, "AcceptedDomainType", s, acceptedDomainTypeList)
}

// ParseAcceptedDomainType parses s case-insensitively into a [AcceptedDomainType].
func ParseAcceptedDomainType(s string) (AcceptedDomainType, error) {
	return parseEnum("AcceptedDomainType", s, acceptedDomainTypeList)
}

// UsageType is the intended use of a send connector (New-SendConnector -Usage).
type UsageType string

// Values of [UsageType].
const (
	UsageTypeCustom   UsageType = "Custom"
	UsageTypeInternal UsageType = "Internal"
	UsageTypeInternet UsageType = "Internet"
	UsageTypePartner  UsageType = "Partner"
)

var usageTypeList = []UsageType{UsageTypeCustom, UsageTypeInternal, UsageTypeInternet, UsageTypePartner}

// Values returns every [UsageType] in Exchange's order.
func (UsageType) Values() []UsageType { return append([]UsageType(nil), usageTypeList...) }

// EnumValues implements [Enum].
func (UsageType) EnumValues() []string { return enumStrings(usageTypeList) }

// Set implements [EnumSetter].
func (v *UsageType) Set(s string) error { return setEnum(v, "UsageType", s, usageTypeList) }

// ParseUsageType parses s case-insensitively into a [UsageType].
func ParseUsageType(s string) (UsageType, error) { return parseEnum("UsageType", s, usageTypeList) }

// AuthMechanisms is the smart-host authentication of a send connector (SmartHostAuthMechanism).
type AuthMechanisms string

// Values of [AuthMechanisms].
const (
	AuthMechanismsNone                  AuthMechanisms = "None"
	AuthMechanismsBasicAuth             AuthMechanisms = "BasicAuth"
	AuthMechanismsBasicAuthRequireTLS   AuthMechanisms = "BasicAuthRequireTLS"
	AuthMechanismsExchangeServer        AuthMechanisms = "ExchangeServer"
	AuthMechanismsExternalAuthoritative AuthMechanisms = "ExternalAuthoritative"
)

var authMechanismsList = []AuthMechanisms{AuthMechanismsNone, AuthMechanismsBasicAuth, AuthMechanismsBasicAuthRequireTLS, AuthMechanismsExchangeServer, AuthMechanismsExternalAuthoritative}

// Values returns every [AuthMechanisms] in Exchange's order.
func (AuthMechanisms) Values() []AuthMechanisms {
	return append([]AuthMechanisms(nil), authMechanismsList...)
}

// EnumValues implements [Enum].
func (AuthMechanisms) EnumValues() []string { return enumStrings(authMechanismsList) }

// Set implements [EnumSetter].
func (v *AuthMechanisms) Set(s string) error {
	return setEnum(v, "AuthMechanisms", s, authMechanismsList)
}

// ParseAuthMechanisms parses s case-insensitively into a [AuthMechanisms].
func ParseAuthMechanisms(s string) (AuthMechanisms, error) {
	return parseEnum("AuthMechanisms", s, authMechanismsList)
}

// ErrorPolicies is how a send connector handles communication errors.
type ErrorPolicies string

// Values of [ErrorPolicies].
const (
	ErrorPoliciesDefault                 ErrorPolicies = "Default"
	ErrorPoliciesDowngradeDnsFailures    ErrorPolicies = "DowngradeDnsFailures"
	ErrorPoliciesDowngradeCustomFailures ErrorPolicies = "DowngradeCustomFailures"
	ErrorPoliciesUpgradeCustomFailures   ErrorPolicies = "UpgradeCustomFailures"
)

var errorPoliciesList = []ErrorPolicies{ErrorPoliciesDefault, ErrorPoliciesDowngradeDnsFailures, ErrorPoliciesDowngradeCustomFailures, ErrorPoliciesUpgradeCustomFailures}

// Values returns every [ErrorPolicies] in Exchange's order.
func (ErrorPolicies) Values() []ErrorPolicies {
	return append([]ErrorPolicies(nil), errorPoliciesList...)
}

// EnumValues implements [Enum].
func (ErrorPolicies) EnumValues() []string { return enumStrings(errorPoliciesList) }

// Set implements [EnumSetter].
func (v *ErrorPolicies) Set(s string) error { return setEnum(v, "ErrorPolicies", s, errorPoliciesList) }

// ParseErrorPolicies parses s case-insensitively into a [ErrorPolicies].
func ParseErrorPolicies(s string) (ErrorPolicies, error) {
	return parseEnum("ErrorPolicies", s, errorPoliciesList)
}

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

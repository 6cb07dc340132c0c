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

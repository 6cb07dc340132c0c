package model

import (
	"strings"
	"time"
)

// TransportConfig holds the organization-wide transport settings
// (Set-TransportConfig). There is one per organization. Fields are in
// Format-List order.
type TransportConfig struct {
	AddressBookPolicyRoutingEnabled                       bool
	AgentGeneratedMessageLoopDetectionInSmtpEnabled       bool
	AgentGeneratedMessageLoopDetectionInSubmissionEnabled bool
	ClearCategories                                       bool
	ConvertDisclaimerWrapperToEml                         bool
	DiagnosticsAggregationServicePort                     int32 `valid:"range=1..65535"`
	DSNConversionMode                                     DSNConversionMode
	ExternalDelayDsnEnabled                               bool
	ExternalDsnDefaultLanguage                            *string
	ExternalDsnLanguageDetectionEnabled                   bool
	ExternalDsnMaxMessageAttachSize                       ByteQuantifiedSize `valid:"range=0..2147483647"`
	ExternalDsnReportingAuthority                         *string            `valid:"domain"`
	ExternalDsnSendHtml                                   bool
	// ExternalPostmasterAddress empty means postmaster@<default
	// accepted domain>.
	ExternalPostmasterAddress                    SmtpAddress `valid:"smtp"`
	GenerateCopyOfDSNFor                         []string
	HeaderPromotionModeSetting                   HeaderPromotionMode
	InternalDelayDsnEnabled                      bool
	InternalDsnDefaultLanguage                   *string
	InternalDsnLanguageDetectionEnabled          bool
	InternalDsnMaxMessageAttachSize              ByteQuantifiedSize `valid:"range=0..2147483647"`
	InternalDsnReportingAuthority                *string            `valid:"domain"`
	InternalDsnSendHtml                          bool
	InternalSMTPServers                          []string
	JournalingReportNdrTo                        SmtpAddress `valid:"smtp"`
	MaxAllowedAgentGeneratedMessageDepth         uint32
	MaxAllowedAgentGeneratedMessageDepthPerAgent uint32
	MaxDumpsterSizePerDatabase                   ByteQuantifiedSize
	MaxDumpsterTime                              EnhancedTimeSpan `valid:"range=00:00:00.."`
	MaxReceiveSize                               UnlimitedSize    `valid:"range=0..2147482624"`
	MaxRecipientEnvelopeLimit                    UnlimitedInt     `valid:"range=0..2147483647"`
	MaxRetriesForLocalSiteShadow                 int32            `valid:"range=0..255"`
	MaxRetriesForRemoteSiteShadow                int32            `valid:"range=0..255"`
	MaxSendSize                                  UnlimitedSize    `valid:"range=0..2147482624"`
	QueueDiagnosticsAggregationInterval          EnhancedTimeSpan `valid:"range=00:00:00.."`
	RejectMessageOnShadowFailure                 bool
	Rfc2231EncodingEnabled                       bool
	SafetyNetHoldTime                            EnhancedTimeSpan `valid:"range=00:00:00.."`
	ShadowHeartbeatFrequency                     EnhancedTimeSpan `valid:"range=00:00:00.."`
	ShadowHeartbeatRetryCount                    int32            `valid:"range=0.."`
	ShadowHeartbeatTimeoutInterval               EnhancedTimeSpan `valid:"range=00:00:00.."`
	ShadowMessageAutoDiscardInterval             EnhancedTimeSpan `valid:"range=00:00:00.."`
	ShadowMessagePreferenceSetting               ShadowMessagePreference
	ShadowRedundancyEnabled                      bool
	ShadowResubmitTimeSpan                       EnhancedTimeSpan `valid:"range=00:00:00.."`
	SupervisionTags                              []string
	TLSReceiveDomainSecureList                   []string
	TLSSendDomainSecureList                      []string
	TransportRuleAttachmentTextScanLimit         ByteQuantifiedSize
	VerifySecureSubmitEnabled                    bool
	VoicemailJournalingEnabled                   bool
	Xexch50Enabled                               bool
	ConfigHeader
}

// Kind implements [Object].
func (*TransportConfig) Kind() Kind { return KindTransportConfig }

// TypeName implements [Object].
func (*TransportConfig) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.SystemConfiguration.TransportConfigContainer"
}

// DefaultTableColumns implements [Object]: nil, the default view is a
// list.
func (*TransportConfig) DefaultTableColumns() []string { return nil }

// IdentityKeys implements [Object].
func (t *TransportConfig) IdentityKeys() []string { return []string{t.Name, t.DistinguishedName} }

// Refresh implements [Object].
func (t *TransportConfig) Refresh(org *Organization) {
	t.Name, t.Identity = "Transport Settings", "Transport Settings"
	t.DistinguishedName = configDN(org, "Transport Settings")
	t.setSchema(org, "ms-Exch-Transport-Settings", "top", "container", "msExchTransportSettings")
	t.ExchangeVersion = "0.1 (8.0.535.0)"
	t.IsValid, t.ObjectState = true, "Unchanged"
}

// NewTransportConfig returns the on-premises defaults of
// exchange-cmdlets.md §9 (MaxSendSize and MaxReceiveSize 10 MB,
// MaxRecipientEnvelopeLimit 500, UseExchangeDSNs, SafetyNetHoldTime
// 2.00:00:00…).
func (e Env) NewTransportConfig(org *Organization) *TransportConfig {
	day := 24 * time.Hour
	t := &TransportConfig{
		AgentGeneratedMessageLoopDetectionInSmtpEnabled: true, AgentGeneratedMessageLoopDetectionInSubmissionEnabled: true,
		ClearCategories: true, DiagnosticsAggregationServicePort: 9710, DSNConversionMode: DSNConversionModeUseExchangeDSNs,
		ExternalDelayDsnEnabled: true, ExternalDsnLanguageDetectionEnabled: true, ExternalDsnMaxMessageAttachSize: 10 * MB,
		ExternalDsnSendHtml: true, GenerateCopyOfDSNFor: []string{"5.4.8", "5.4.6", "5.4.4", "5.2.4", "5.2.0", "5.1.4"},
		HeaderPromotionModeSetting: HeaderPromotionModeNoCreate, InternalDelayDsnEnabled: true,
		InternalDsnLanguageDetectionEnabled: true, InternalDsnMaxMessageAttachSize: 10 * MB, InternalDsnSendHtml: true,
		MaxAllowedAgentGeneratedMessageDepth: 3, MaxAllowedAgentGeneratedMessageDepthPerAgent: 2,
		MaxDumpsterSizePerDatabase: 18 * MB, MaxDumpsterTime: EnhancedTimeSpan(7 * day),
		MaxReceiveSize: Limited(10 * MB), MaxRecipientEnvelopeLimit: Limited[int32](500), MaxSendSize: Limited(10 * MB),
		MaxRetriesForLocalSiteShadow: 2, MaxRetriesForRemoteSiteShadow: 4,
		QueueDiagnosticsAggregationInterval: EnhancedTimeSpan(time.Minute), SafetyNetHoldTime: EnhancedTimeSpan(2 * day),
		ShadowHeartbeatFrequency: EnhancedTimeSpan(2 * time.Minute), ShadowHeartbeatRetryCount: 12,
		ShadowHeartbeatTimeoutInterval: EnhancedTimeSpan(15 * time.Minute), ShadowMessageAutoDiscardInterval: EnhancedTimeSpan(2 * day),
		ShadowMessagePreferenceSetting: ShadowMessagePreferencePreferRemote, ShadowRedundancyEnabled: true,
		ShadowResubmitTimeSpan: EnhancedTimeSpan(3 * time.Hour), TransportRuleAttachmentTextScanLimit: 150 * KB,
		VoicemailJournalingEnabled: true, Xexch50Enabled: true,
	}
	e.Stamp(org, t)
	return t
}

// Validate checks every property constraint, the DSN codes and the
// domain-secure lists (plain domains, no wildcards).
func (t *TransportConfig) Validate() error {
	if err := checkProperties(t); err != nil {
		return err
	}
	for _, code := range t.GenerateCopyOfDSNFor {
		if !isDSNCode(code) {
			return invalid("GenerateCopyOfDSNFor", code, "DSN codes x.y.z such as 5.4.8")
		}
	}
	for what, list := range map[string][]string{"TLSSendDomainSecureList": t.TLSSendDomainSecureList, "TLSReceiveDomainSecureList": t.TLSReceiveDomainSecureList} {
		for _, d := range list {
			if err := ValidateDomain(what, d, false); err != nil {
				return invalid(what, d, "domains without wildcards, such as contoso.com")
			}
		}
	}
	return nil
}

// isDSNCode reports whether s looks like "5.4.8".
func isDSNCode(s string) bool {
	parts := 0
	for _, p := range splitDots(s) {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789") != "" {
			return false
		}
		parts++
	}
	return parts == 3 && (s[0] == '2' || s[0] == '4' || s[0] == '5')
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

package exchange

import (
	"reflect"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// transportSettings is the Identity of the one transport configuration.
const transportSettings = "Transport Settings"

// GetTransportConfig is Get-TransportConfig.
type GetTransportConfig struct {
	Identity string `ps:"pos=0,name,complete=identity" help:"Reserved for internal use."`
	dcParam
}

// SetTransportConfig is Set-TransportConfig.
type SetTransportConfig struct {
	Identity                                              string `ps:"pos=0,name,complete=identity" help:"Reserved for internal use."`
	AddressBookPolicyRoutingEnabled                       bind.Optional[bool]
	AgentGeneratedMessageLoopDetectionInSubmissionEnabled bind.Optional[bool]
	AgentGeneratedMessageLoopDetectionInSmtpEnabled       bind.Optional[bool]
	ClearCategories                                       bind.Optional[bool]
	ConvertDisclaimerWrapperToEml                         bind.Optional[bool]
	DiagnosticsAggregationServicePort                     bind.Optional[int32]
	DSNConversionMode                                     bind.Optional[model.DSNConversionMode]
	ExternalDelayDsnEnabled                               bind.Optional[bool]
	ExternalDsnDefaultLanguage                            bind.Optional[*string]
	ExternalDsnLanguageDetectionEnabled                   bind.Optional[bool]
	ExternalDsnMaxMessageAttachSize                       bind.Optional[model.ByteQuantifiedSize]
	ExternalDsnReportingAuthority                         bind.Optional[*string]
	ExternalDsnSendHtml                                   bind.Optional[bool]
	ExternalPostmasterAddress                             bind.Optional[*model.SmtpAddress] `ps:"complete=address" help:"$null means postmaster@<default accepted domain>."`
	Force                                                 bind.Switch
	GenerateCopyOfDSNFor                                  bind.MultiValued[string]
	HeaderPromotionModeSetting                            bind.Optional[model.HeaderPromotionMode]
	InternalDelayDsnEnabled                               bind.Optional[bool]
	InternalDsnDefaultLanguage                            bind.Optional[*string]
	InternalDsnLanguageDetectionEnabled                   bind.Optional[bool]
	InternalDsnMaxMessageAttachSize                       bind.Optional[model.ByteQuantifiedSize]
	InternalDsnReportingAuthority                         bind.Optional[*string]
	InternalDsnSendHtml                                   bind.Optional[bool]
	InternalSMTPServers                                   bind.MultiValued[string]
	JournalingReportNdrTo                                 bind.Optional[*model.SmtpAddress]
	MaxAllowedAgentGeneratedMessageDepth                  bind.Optional[uint32]
	MaxAllowedAgentGeneratedMessageDepthPerAgent          bind.Optional[uint32]
	MaxDumpsterSizePerDatabase                            bind.Optional[model.ByteQuantifiedSize]
	MaxDumpsterTime                                       bind.Optional[model.EnhancedTimeSpan]
	MaxReceiveSize                                        bind.Optional[model.UnlimitedSize]
	MaxRecipientEnvelopeLimit                             bind.Optional[model.UnlimitedInt]
	MaxRetriesForLocalSiteShadow                          bind.Optional[int32]
	MaxRetriesForRemoteSiteShadow                         bind.Optional[int32]
	MaxSendSize                                           bind.Optional[model.UnlimitedSize]
	QueueDiagnosticsAggregationInterval                   bind.Optional[model.EnhancedTimeSpan]
	RejectMessageOnShadowFailure                          bind.Optional[bool]
	Rfc2231EncodingEnabled                                bind.Optional[bool]
	SafetyNetHoldTime                                     bind.Optional[model.EnhancedTimeSpan]
	ShadowHeartbeatFrequency                              bind.Optional[model.EnhancedTimeSpan]
	ShadowHeartbeatRetryCount                             bind.Optional[int32]
	ShadowHeartbeatTimeoutInterval                        bind.Optional[model.EnhancedTimeSpan]
	ShadowMessageAutoDiscardInterval                      bind.Optional[model.EnhancedTimeSpan]
	ShadowMessagePreferenceSetting                        bind.Optional[model.ShadowMessagePreference]
	ShadowRedundancyEnabled                               bind.Optional[bool]
	ShadowResubmitTimeSpan                                bind.Optional[model.EnhancedTimeSpan]
	SupervisionTags                                       bind.MultiValued[string]
	TLSReceiveDomainSecureList                            bind.MultiValued[string]
	TLSSendDomainSecureList                               bind.MultiValued[string]
	TransportRuleAttachmentTextScanLimit                  bind.Optional[model.ByteQuantifiedSize]
	VerifySecureSubmitEnabled                             bind.Optional[bool]
	VoicemailJournalingEnabled                            bind.Optional[bool]
	Xexch50Enabled                                        bind.Optional[bool]
	dcParam
	queue
}

func addTransportConfig(r *cmdlet.Registry) {
	cmdlet.Add[GetTransportConfig](r, &cmdlet.Info{OutputType: reflect.TypeFor[model.TransportConfig](), Name: "Get-TransportConfig", Module: moduleName,
		Synopsis:    "Gets the organization-wide transport settings.",
		Description: "Get-TransportConfig returns the one transport configuration of the organization: size limits, DSN settings, shadow redundancy and more. Its default view is a list.",
		Examples:    []cmdlet.Example{{Code: "Get-TransportConfig | Format-List MaxSendSize,MaxReceiveSize", Remarks: "Shows the organization's size limits."}}})
	cmdlet.Add[SetTransportConfig](r, &cmdlet.Info{Name: "Set-TransportConfig", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Changes the organization-wide transport settings.",
		Description: "Set-TransportConfig changes the transport configuration. MaxSendSize and MaxReceiveSize take a size up to 2147482624 bytes or unlimited; GenerateCopyOfDSNFor takes DSN codes such as 5.4.8 and accepts @{Add=...; Remove=...}.",
		Examples:    []cmdlet.Example{{Code: "Set-TransportConfig -MaxSendSize 25MB -MaxReceiveSize 25MB", Remarks: "Raises the organization's size limits."}}})
}

// Process implements [Processor].
func (c *GetTransportConfig) Process(ctx *cmdlet.Context) error {
	return getObject[model.TransportConfig](ctx, c.Identity, nil)
}

// Process implements [Processor].
func (c *SetTransportConfig) Process(ctx *cmdlet.Context) error {
	id := c.Identity
	if id == "" {
		id = transportSettings
	}
	return queueSet(ctx, &c.queue, id, func(_ storage.Tx, _ *model.Organization, t *model.TransportConfig) error {
		if err := apply(t, c); err != nil {
			return err
		}
		return t.Validate()
	})
}

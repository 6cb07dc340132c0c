package exchange

import (
	"reflect"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// sendConnectorParams are the parameters New- and Set-SendConnector
// share; each is applied to the same-named property when given.
type sendConnectorParams struct {
	CloudServicesMailEnabled     bind.Optional[bool]
	Comment                      bind.Optional[*string]
	ConnectionInactivityTimeOut  bind.Optional[model.EnhancedTimeSpan] `help:"00:00:01 to 1.00:00:00; default 00:10:00."`
	DNSRoutingEnabled            bind.Optional[bool]                   `help:"$false requires SmartHosts in the same command."`
	DomainSecureEnabled          bind.Optional[bool]
	Enabled                      bind.Optional[bool]
	ErrorPolicies                bind.Optional[model.ErrorPolicies]
	Force                        bind.Switch
	ForceHELO                    bind.Optional[bool]
	Fqdn                         bind.Optional[*string]
	FrontendProxyEnabled         bind.Optional[bool]
	IgnoreSTARTTLS               bind.Optional[bool]
	IsScopedConnector            bind.Optional[bool]
	MaxMessageSize               bind.Optional[model.UnlimitedSize]
	Port                         bind.Optional[int32]
	ProtocolLoggingLevel         bind.Optional[model.ProtocolLoggingLevel]
	RequireTLS                   bind.Optional[bool]
	SmartHostAuthMechanism       bind.Optional[model.AuthMechanisms]
	SmtpMaxMessagesPerConnection bind.Optional[int32]
	SourceIPAddress              bind.Optional[string]              `ps:"complete=address"`
	TlsAuthLevel                 bind.Optional[*model.TlsAuthLevel] `help:"Needs RequireTLS $true."`
	TlsCertificateName           bind.Optional[*string]
	TlsDomain                    bind.Optional[*string]
	UseExternalDNSServersEnabled bind.Optional[bool]
	dcParam
}

// NewSendConnector is New-SendConnector.
type NewSendConnector struct {
	Name                   string               `ps:"pos=0,mandatory" help:"The unique connector name."`
	AddressSpaces          []model.AddressSpace `ps:"mandatory" help:"Entries \"[Type:]Space[;Cost]\", such as *, *.contoso.com or \"fabrikam.com;2\"."`
	Usage                  model.UsageType      `help:"Custom (default), Internal, Internet or Partner."`
	Custom                 bind.Switch
	Internal               bind.Switch
	Internet               bind.Switch
	Partner                bind.Switch
	SmartHosts             bind.Optional[[]string] `help:"FQDNs or IP addresses; requires -DNSRoutingEnabled $false."`
	SourceTransportServers bind.Optional[[]string]
	sendConnectorParams
	queue
}

// GetSendConnector is Get-SendConnector.
type GetSendConnector struct {
	Identity string `ps:"pos=0,name,complete=identity" help:"The Name, Server\\Name or GUID; all when omitted."`
	dcParam
}

// SetSendConnector is Set-SendConnector.
type SetSendConnector struct {
	Identity               string `ps:"pos=0,mandatory,name,complete=identity" help:"The Name, Server\\Name or GUID of the connector."`
	AddressSpaces          bind.MultiValued[model.AddressSpace]
	Name                   bind.Optional[string]
	SmartHosts             bind.MultiValued[string]
	SourceTransportServers bind.MultiValued[string]
	sendConnectorParams
	queue
}

// RemoveSendConnector is Remove-SendConnector.
type RemoveSendConnector struct {
	Identity string `ps:"pos=0,mandatory,name,complete=identity" help:"The Name, Server\\Name or GUID of the connector."`
	dcParam
	queue
}

func addSendConnector(r *cmdlet.Registry) {
	cmdlet.Add[NewSendConnector](r, &cmdlet.Info{Name: "New-SendConnector", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Creates a Send connector: a route for outbound mail to some address spaces.",
		Description: "New-SendConnector creates a connector for the given address spaces, routed by DNS (the default) or through smart hosts (-DNSRoutingEnabled $false -SmartHosts ...). At most one of -Usage, -Custom, -Internal, -Internet and -Partner may be used. In an Exchange 5.5 organization a connector is the Internet Mail Service's forwarding host (\"Forward all messages to host\" or per e-mail domain) and takes effect after Restart-Service MSExchangeIMC.",
		Examples: []cmdlet.Example{{Code: "New-SendConnector -Name Partner -AddressSpaces fabrikam.com -DNSRoutingEnabled $false -SmartHosts mail.fabrikam.com",
			Remarks: "Sends mail for fabrikam.com straight to mail.fabrikam.com."}}})
	cmdlet.Add[GetSendConnector](r, &cmdlet.Info{OutputType: reflect.TypeFor[model.SendConnector](), Name: "Get-SendConnector", Module: moduleName,
		Synopsis:    "Gets the Send connectors of the organization.",
		Description: "Get-SendConnector returns every Send connector, or the one Identity names.",
		Examples:    []cmdlet.Example{{Code: "Get-SendConnector | Format-List Name,AddressSpaces,SmartHosts,DNSRoutingEnabled", Remarks: "Shows how outbound mail is routed."}}})
	cmdlet.Add[SetSendConnector](r, &cmdlet.Info{Name: "Set-SendConnector", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Changes a Send connector.",
		Description: "Set-SendConnector changes a connector's address spaces, routing, limits and TLS settings. SmartHosts, AddressSpaces and SourceTransportServers accept @{Add=...; Remove=...}. SmartHosts can't be combined with DNSRoutingEnabled $true, RequireTLS $true can't be combined with IgnoreSTARTTLS $true, and TlsAuthLevel needs RequireTLS $true.",
		Examples:    []cmdlet.Example{{Code: "Set-SendConnector Internet -MaxMessageSize 20MB", Remarks: "Raises the connector's size limit."}}})
	cmdlet.Add[RemoveSendConnector](r, &cmdlet.Info{Name: "Remove-SendConnector", Module: moduleName, ShouldProcess: true, ConfirmByDefault: true,
		Synopsis:    "Removes a Send connector.",
		Description: "Remove-SendConnector deletes a connector; mail for its address spaces then uses another matching connector or waits in the Unreachable queue. It asks for confirmation unless -Confirm:$false is given.",
		Examples:    []cmdlet.Example{{Code: "Remove-SendConnector Partner -Confirm:$false", Remarks: "Removes Partner without asking."}}})
}

// Process implements [Processor].
func (c *NewSendConnector) Process(ctx *cmdlet.Context) error {
	usage, err := c.usage(ctx)
	if err != nil {
		return ctx.WriteError(err)
	}
	build := func(tx storage.Tx, org *model.Organization) (*model.SendConnector, error) {
		servers, err := listObjects[model.ExchangeServer](tx, org)
		if err != nil || len(servers) == 0 {
			return nil, err
		}
		s, err := envOf(ctx).NewSendConnector(org, c.Name, c.AddressSpaces, usage, servers[0].Name)
		if err != nil {
			return nil, err
		}
		return s, applyConnector(s, c, &c.sendConnectorParams, org)
	}
	return queueNew(ctx, &c.queue, build, checkConnector)
}

// usage returns the usage type from -Usage or one of the usage switches.
func (c *NewSendConnector) usage(ctx *cmdlet.Context) (model.UsageType, error) {
	u, n := c.Usage, 0
	if u != "" {
		n++
	}
	for t, on := range map[model.UsageType]bind.Switch{model.UsageTypeCustom: c.Custom, model.UsageTypeInternal: c.Internal,
		model.UsageTypeInternet: c.Internet, model.UsageTypePartner: c.Partner} {
		if on {
			u, n = t, n+1
		}
	}
	if n > 1 {
		return "", errArg(ctx, "Only one of the parameters Usage, Custom, Internal, Internet and Partner can be specified.")
	}
	return u, nil
}

// applyConnector applies the parameters of params (the cmdlet) and its
// shared part, then refreshes derived properties and validates.
func applyConnector(s *model.SendConnector, params any, shared *sendConnectorParams, org *model.Organization) error {
	if err := apply(s, params); err != nil {
		return err
	}
	if err := apply(s, shared); err != nil {
		return err
	}
	s.Refresh(org)
	return s.Validate()
}

// checkConnector checks the name is unique and notes the IMS change.
func checkConnector(tx storage.Tx, org *model.Organization, s *model.SendConnector) error {
	all, err := listObjects[model.SendConnector](tx, org)
	if err != nil {
		return err
	}
	if err := model.CheckUniqueName(all, s.Guid, s.Name); err != nil {
		return err
	}
	return noteIms(tx, org, "Send connector "+s.Name+" changed")
}

// Process implements [Processor].
func (c *GetSendConnector) Process(ctx *cmdlet.Context) error {
	return getObject[model.SendConnector](ctx, c.Identity, nil)
}

// Process implements [Processor].
func (c *SetSendConnector) Process(ctx *cmdlet.Context) error {
	return queueSet(ctx, &c.queue, c.Identity, func(tx storage.Tx, org *model.Organization, s *model.SendConnector) error {
		before := model.Clone(s)
		if err := applyConnector(s, c, &c.sendConnectorParams, org); err != nil {
			return err
		}
		if reflect.DeepEqual(s, before) {
			return nil
		}
		return checkConnector(tx, org, s)
	})
}

// Process implements [Processor].
func (c *RemoveSendConnector) Process(ctx *cmdlet.Context) error {
	after := func(tx storage.Tx, org *model.Organization, s *model.SendConnector) error {
		return noteIms(tx, org, "Remove-SendConnector "+s.Name)
	}
	return queueRemove(ctx, &c.queue, c.Identity, nil, after)
}

package model

import (
	"strings"
	"time"
)

// SendConnector routes mail for its address spaces, by DNS or through
// smart hosts (Set-SendConnector). Fields are in Format-List order.
type SendConnector struct {
	AddressSpaces                []AddressSpace
	AuthenticationCredential     *string
	CloudServicesMailEnabled     bool
	Comment                      *string `valid:"multiline"`
	ConnectedDomains             []string
	ConnectionInactivityTimeOut  EnhancedTimeSpan `valid:"range=00:00:01..1.00:00:00"`
	ConnectorType                TenantConnectorType
	DNSRoutingEnabled            bool
	DomainSecureEnabled          bool
	Enabled                      bool
	ErrorPolicies                ErrorPolicies
	ForceHELO                    bool
	FrontendProxyEnabled         bool
	Fqdn                         *string `valid:"domain"`
	HomeMTA                      string
	HomeMtaServerId              string
	Identity                     string
	IgnoreSTARTTLS               bool
	IsScopedConnector            bool
	IsSmtpConnector              bool
	MaxMessageSize               UnlimitedSize `valid:"range=0..2147483647"`
	Name                         string        `valid:"name,len=64"`
	Port                         int32         `valid:"range=0..65535"`
	ProtocolLoggingLevel         ProtocolLoggingLevel
	RequireOorg                  bool
	RequireTLS                   bool
	SmartHostAuthMechanism       AuthMechanisms
	SmartHosts                   []string
	SmartHostsString             string
	SmtpMaxMessagesPerConnection int32  `valid:"range=1..2147483647"`
	SourceIPAddress              string `valid:"ip"`
	SourceRoutingGroup           string
	SourceTransportServers       []string
	TlsAuthLevel                 *TlsAuthLevel
	TlsDomain                    *string `valid:"domain=wildcard"`
	// Usage is set at creation only (New-SendConnector -Usage).
	Usage                        UsageType
	UseExternalDNSServersEnabled bool
	TlsCertificateName           *string
	AdminDisplayName             string
	ExchangeVersion              string
	DistinguishedName            string
	DirectoryMetadata
	IsValid     bool
	ObjectState string
}

// Kind implements [Object].
func (*SendConnector) Kind() Kind { return KindSendConnector }

// TypeName implements [Object].
func (*SendConnector) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig"
}

// DefaultTableColumns implements [Object].
func (*SendConnector) DefaultTableColumns() []string {
	return []string{"Identity", "AddressSpaces", "Enabled"}
}

// ObjectName implements [Object].
func (s *SendConnector) ObjectName() string { return s.Name }

// IdentityKeys implements [Object]: Name, DistinguishedName and
// Server\Name for each source transport server.
func (s *SendConnector) IdentityKeys() []string {
	keys := []string{s.Name, s.DistinguishedName}
	for _, srv := range s.SourceTransportServers {
		keys = append(keys, srv+`\`+s.Name)
	}
	return keys
}

const routingGroup = "Exchange Routing Group (DWBGZMFD01QNBJR)"

// Refresh implements [Object].
func (s *SendConnector) Refresh(org *Organization) {
	s.Identity, s.SmartHostsString = s.Name, strings.Join(s.SmartHosts, ",")
	s.IsSmtpConnector = true
	for _, a := range s.AddressSpaces {
		s.IsSmtpConnector = s.IsSmtpConnector && a.IsSmtp()
	}
	s.DistinguishedName = configDN(org, s.Name, "Connections", routingGroup, "Routing Groups",
		"Exchange Administrative Group (FYDIBOHF23SPDLT)", "Administrative Groups")
	s.setSchema(org, "ms-Exch-Routing-SMTP-Connector", "top", "connector", "mailGateway", "msExchRoutingSMTPConnector")
	s.ExchangeVersion, s.HomeMTA, s.SourceRoutingGroup = "0.1 (8.0.535.0)", "Microsoft MTA", routingGroup
	s.IsValid, s.ObjectState = true, "Unchanged"
}

// NewSendConnector returns a send connector with the New-SendConnector
// defaults: DNS routing, enabled, port 25, 10 MB MaxMessageSize,
// 00:10:00 inactivity timeout, sourced from server. An empty usage means
// Custom.
func (e Env) NewSendConnector(org *Organization, name string, spaces []AddressSpace, usage UsageType, server string) (*SendConnector, error) {
	if usage == "" {
		usage = UsageTypeCustom
	}
	s := &SendConnector{Name: name, AddressSpaces: spaces, Usage: usage, DNSRoutingEnabled: true, Enabled: true,
		ConnectionInactivityTimeOut: EnhancedTimeSpan(10 * time.Minute), ConnectorType: TenantConnectorTypeDefault,
		ErrorPolicies: ErrorPoliciesDefault, MaxMessageSize: Limited(10 * MB), Port: 25,
		ProtocolLoggingLevel: ProtocolLoggingLevelNone, SmartHostAuthMechanism: AuthMechanismsNone,
		SmtpMaxMessagesPerConnection: 20, SourceIPAddress: "0.0.0.0"}
	if server != "" {
		s.SourceTransportServers = []string{server}
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	e.Stamp(org, s)
	return s, nil
}

// Validate checks the rules of exchange-cmdlets.md §8 and §12.
func (s *SendConnector) Validate() error {
	checks := []func() error{s.validateBasics, s.validateRouting, s.validateTLS}
	for _, c := range checks {
		if err := c(); err != nil {
			return err
		}
	}
	return nil
}

func (s *SendConnector) validateBasics() error {
	if err := checkProperties(s); err != nil {
		return err
	}
	if len(s.AddressSpaces) == 0 {
		return invalid("AddressSpaces", "", "at least one address space")
	}
	return nil
}

func (s *SendConnector) validateRouting() error {
	if s.DNSRoutingEnabled && len(s.SmartHosts) > 0 {
		return conflict(s.Name, "smart hosts require DNSRoutingEnabled $false", "SmartHosts", "DNSRoutingEnabled")
	}
	if !s.DNSRoutingEnabled && len(s.SmartHosts) == 0 {
		return conflict(s.Name, "DNSRoutingEnabled $false requires SmartHosts", "DNSRoutingEnabled", "SmartHosts")
	}
	for _, h := range s.SmartHosts {
		if err := ValidateSmartHost(h); err != nil {
			return err
		}
	}
	if !s.IsSmtpOnly() && s.DNSRoutingEnabled {
		return conflict(s.Name, "a non-SMTP address space requires SmartHosts and DNSRoutingEnabled $false", "AddressSpaces", "DNSRoutingEnabled")
	}
	if s.SmartHostAuthMechanism != AuthMechanismsNone && s.SmartHostAuthMechanism != "" && len(s.SmartHosts) == 0 {
		return conflict(s.Name, "SmartHostAuthMechanism applies only with smart hosts", "SmartHostAuthMechanism", "SmartHosts")
	}
	basic := s.SmartHostAuthMechanism == AuthMechanismsBasicAuth || s.SmartHostAuthMechanism == AuthMechanismsBasicAuthRequireTLS
	if basic && s.AuthenticationCredential == nil {
		return conflict(s.Name, "basic authentication requires AuthenticationCredential", "SmartHostAuthMechanism", "AuthenticationCredential")
	}
	return nil
}

func (s *SendConnector) validateTLS() error {
	if s.RequireTLS && s.IgnoreSTARTTLS {
		return conflict(s.Name, "RequireTLS $true cannot be combined with IgnoreSTARTTLS $true", "RequireTLS", "IgnoreSTARTTLS")
	}
	if s.TlsAuthLevel != nil && !s.RequireTLS {
		return conflict(s.Name, "TlsAuthLevel requires RequireTLS $true", "TlsAuthLevel", "RequireTLS")
	}
	if s.TlsAuthLevel != nil && *s.TlsAuthLevel == TlsAuthLevelDomainValidation && s.TlsDomain == nil {
		return conflict(s.Name, "DomainValidation requires TlsDomain", "TlsAuthLevel", "TlsDomain")
	}
	if s.DomainSecureEnabled && (!s.DNSRoutingEnabled || s.IgnoreSTARTTLS) {
		return conflict(s.Name, "DomainSecureEnabled requires DNS routing and IgnoreSTARTTLS $false", "DomainSecureEnabled")
	}
	return nil
}

// IsSmtpOnly reports whether every address space is SMTP.
func (s *SendConnector) IsSmtpOnly() bool {
	for _, a := range s.AddressSpaces {
		if !a.IsSmtp() {
			return false
		}
	}
	return true
}

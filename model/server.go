package model

import "strings"

// ExchangeServer is a mail server of the organization (Get-ExchangeServer).
// In a NonExchange organization it stands for the generic mail server.
// Fields are in Format-List order.
type ExchangeServer struct {
	Name                  string `valid:"name,len=15"`
	DataPath              string
	Domain                string
	Edition               string
	ExchangeLegacyDN      string
	Fqdn                  string
	IsHubTransportServer  bool
	IsClientAccessServer  bool
	IsEdgeServer          bool
	IsMailboxServer       bool
	IsExchange2007OrLater bool
	IsProvisionedServer   bool
	NetworkAddress        []string
	AdminDisplayVersion   string
	// Product is the product generation the server runs.
	Product           ExchangeVersion
	Site              string
	ServerRole        string
	ExchangeVersion   string
	DistinguishedName string
	Identity          string
	DirectoryMetadata
	IsValid     bool
	ObjectState string
}

// Kind implements [Object].
func (*ExchangeServer) Kind() Kind { return KindExchangeServer }

// TypeName implements [Object].
func (*ExchangeServer) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Management.ExchangeServer"
}

// DefaultTableColumns implements [Object].
func (*ExchangeServer) DefaultTableColumns() []string {
	return []string{"Name", "Site", "ServerRole", "Edition", "AdminDisplayVersion"}
}

// ObjectName implements [Object].
func (s *ExchangeServer) ObjectName() string { return s.Name }

// IdentityKeys implements [Object]: Name, Fqdn, DN, legacy DN.
func (s *ExchangeServer) IdentityKeys() []string {
	return []string{s.Name, s.Fqdn, s.DistinguishedName, s.ExchangeLegacyDN}
}

// Refresh implements [Object].
func (s *ExchangeServer) Refresh(org *Organization) {
	s.Identity, s.Domain = s.Name, orgDomain(org)
	s.Fqdn = strings.ToLower(s.Name) + "." + orgDomain(org)
	s.NetworkAddress = []string{"ncacn_ip_tcp:" + s.Fqdn, "netbios:" + s.Name}
	s.DistinguishedName = configDN(org, s.Name, "Servers", "Exchange Administrative Group (FYDIBOHF23SPDLT)", "Administrative Groups")
	s.ExchangeLegacyDN = "/o=" + org.Name + "/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=" + s.Name
	s.setSchema(org, "ms-Exch-Exchange-Server", "top", "server", "msExchExchangeServer")
	s.ExchangeVersion = "0.1 (14.0.100.0)"
	s.IsValid, s.ObjectState = true, "Unchanged"
}

// serverProfile holds the version-specific properties of a server.
type serverProfile struct {
	name, edition, version, role, dataPath string
}

var serverProfiles = map[ExchangeVersion]serverProfile{
	Exchange2013: {"EX01", "Standard", "Version 15.0 (Build 1497.2)", "Mailbox, ClientAccess",
		`C:\Program Files\Microsoft\Exchange Server\V15\Mailbox`},
	Exchange55: {"EXCH55", "Standard", "Version 5.5 (Build 2653.23)", "Mailbox, InternetMailService",
		`C:\exchsrvr`},
	NonExchange: {"MAIL01", "", "", "SMTP", "/var/spool/mail"},
}

// NewExchangeServer returns the server of an organization of version v.
// An empty name picks EX01 (2013), EXCH55 (5.5) or MAIL01 (non-Exchange).
func (e Env) NewExchangeServer(org *Organization, name string, v ExchangeVersion) (*ExchangeServer, error) {
	p, ok := serverProfiles[v]
	if !ok {
		return nil, invalid("ExchangeVersion", string(v), "Exchange2013, Exchange55 or NonExchange")
	}
	if name == "" {
		name = p.name
	}
	s := &ExchangeServer{Name: name, DataPath: p.dataPath, Edition: p.edition, AdminDisplayVersion: p.version,
		Product: v, Site: "Default-First-Site-Name", ServerRole: p.role,
		IsMailboxServer: v != NonExchange, IsClientAccessServer: v == Exchange2013,
		IsHubTransportServer: v == Exchange2013, IsExchange2007OrLater: v == Exchange2013}
	if err := checkProperties(s); err != nil {
		return nil, err
	}
	e.Stamp(org, s)
	return s, nil
}

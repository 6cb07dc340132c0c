package model

import "strings"

// OrgSet is an organization with its objects, as returned by
// [NewOrganization]. Storage saves it with one Put per object.
type OrgSet struct {
	Organization    *Organization
	AcceptedDomains []*AcceptedDomain
	RemoteDomains   []*RemoteDomain
	TransportConfig *TransportConfig
	Servers         []*ExchangeServer
	SendConnectors  []*SendConnector
	Mailboxes       []*Mailbox
	MailUsers       []*MailUser
	MailContacts    []*MailContact
	OutlookContacts []*OutlookContact
}

// Objects returns every object of the set except the organization, kind
// by kind in creation order.
func (s *OrgSet) Objects() []Object {
	var out []Object
	out = appendObjects(out, s.AcceptedDomains)
	out = appendObjects(out, s.RemoteDomains)
	if s.TransportConfig != nil {
		out = append(out, s.TransportConfig)
	}
	out = appendObjects(out, s.Servers)
	out = appendObjects(out, s.SendConnectors)
	out = appendObjects(out, s.Mailboxes)
	out = appendObjects(out, s.MailUsers)
	out = appendObjects(out, s.MailContacts)
	return appendObjects(out, s.OutlookContacts)
}

func appendObjects[T Object](out []Object, list []T) []Object {
	for _, o := range list {
		out = append(out, o)
	}
	return out
}

// OrgOption changes what [NewOrganization] creates.
type OrgOption func(*orgOptions)

type orgOptions struct {
	noSendConnector bool
	serverName      string
}

// NoSendConnector leaves out the default "Internet" send connector.
func NoSendConnector() OrgOption { return func(o *orgOptions) { o.noSendConnector = true } }

// ServerName overrides the default server name (EX01, EXCH55, MAIL01).
func ServerName(name string) OrgOption { return func(o *orgOptions) { o.serverName = name } }

// NewOrganization returns the default object set of a new organization:
// the organization, its authoritative default accepted domain, the
// built-in Default remote domain ("*", on-premises defaults), the
// transport configuration, one server, and an "Internet" send connector
// for "*" using DNS routing (unless [NoSendConnector]). All objects get
// GUIDs and timestamps from env.
func NewOrganization(name, domain string, version ExchangeVersion, env Env, opts ...OrgOption) (*OrgSet, error) {
	var o orgOptions
	for _, f := range opts {
		f(&o)
	}
	org := &Organization{Name: name, DomainName: strings.ToLower(domain), ExchangeVersion: version}
	if err := org.Validate(); err != nil {
		return nil, err
	}
	env.Stamp(org, org)
	set := &OrgSet{Organization: org}
	if err := set.addDefaults(env, o); err != nil {
		return nil, err
	}
	org.StartIms(set.RemoteDomains, set.SendConnectors)
	return set, nil
}

// addDefaults creates the built-in objects of set.
func (s *OrgSet) addDefaults(env Env, o orgOptions) error {
	org := s.Organization
	ad, err := env.NewAcceptedDomain(org, org.DomainName, org.DomainName, AcceptedDomainTypeAuthoritative)
	if err != nil {
		return err
	}
	ad.Default = true
	s.AcceptedDomains = []*AcceptedDomain{ad}
	s.RemoteDomains = []*RemoteDomain{env.newDefaultRemoteDomain(org)}
	s.TransportConfig = env.NewTransportConfig(org)
	srv, err := env.NewExchangeServer(org, o.serverName, org.ExchangeVersion)
	if err != nil {
		return err
	}
	s.Servers = []*ExchangeServer{srv}
	if o.noSendConnector {
		return nil
	}
	sc, err := env.NewSendConnector(org, "Internet", []AddressSpace{{"SMTP", "*", 1}}, UsageTypeInternet, srv.Name)
	if err != nil {
		return err
	}
	s.SendConnectors = []*SendConnector{sc}
	return nil
}

// Effective returns the objects the transport acts on. For an Exchange
// 5.5 organization whose IMS settings changed since MSExchangeIMC last
// started (ImsRestartPending), the remote domains and send connectors
// are copies of those the IMS started with ([Organization.ImsEffective]);
// every other set is returned as it is. Exchange 2013 applies changes at
// once.
func (s *OrgSet) Effective() *OrgSet {
	o := s.Organization
	if o == nil || o.ExchangeVersion != Exchange55 || !o.ImsRestartPending || o.ImsEffective == nil {
		return s
	}
	e := *s
	e.RemoteDomains = cloneAll(o.ImsEffective.RemoteDomains)
	e.SendConnectors = cloneAll(o.ImsEffective.SendConnectors)
	return &e
}

// AddMailbox creates a mailbox on the set's first server and adds it.
func (s *OrgSet) AddMailbox(env Env, name, alias string) (*Mailbox, error) {
	server := ""
	if len(s.Servers) > 0 {
		server = s.Servers[0].Name
	}
	m, err := env.NewMailbox(s.Organization, name, alias, server)
	if err != nil {
		return nil, err
	}
	s.Mailboxes = append(s.Mailboxes, m)
	return m, nil
}

// ContosoSeed returns the content of a brand-new database: organization
// Contoso (contoso.com, Exchange 2013) with an Administrator mailbox.
func ContosoSeed(env Env) (*OrgSet, error) {
	set, err := NewOrganization("Contoso", "contoso.com", Exchange2013, env)
	if err != nil {
		return nil, err
	}
	if _, err := set.AddMailbox(env, "Administrator", "Administrator"); err != nil {
		return nil, err
	}
	return set, nil
}

package transport

import (
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/emersion/go-message"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/tnef"
)

// world is the simulated mail world one trip reads and writes: every
// organization of the database and the relays between them, loaded once.
type world struct {
	tx     storage.Tx
	env    model.Env
	orgs   []*site
	relays []*model.RelayHost
	// tnefs are the TNEF parts of the messages of the trip, decoded once
	// (tnefOf), and headers their top-level headers (headerOf).
	tnefs   map[wireKey]decoded
	headers map[wireKey]message.Header
}

// wireKey identifies the bytes of a message of a trip: they are never
// changed once written, so the same slice holds the same message.
type wireKey struct {
	first *byte
	n     int
}

// decoded is the outcome of unwrapTnef.
type decoded struct {
	msg *tnef.Message
	err error
}

// tnefOf is unwrapTnef once per message of the trip: the receiving
// organization reads what arrived several times (its class, an answer it
// carries, a delivery-report request). The decoded message is shared:
// callers only read it.
func (w *world) tnefOf(raw []byte) (*tnef.Message, error) {
	if len(raw) == 0 {
		return unwrapTnef(raw)
	}
	k := wireKey{&raw[0], len(raw)}
	if d, ok := w.tnefs[k]; ok {
		return d.msg, d.err
	}
	msg, err := unwrapTnef(raw)
	if w.tnefs == nil {
		w.tnefs = map[wireKey]decoded{}
	}
	w.tnefs[k] = decoded{msg, err}
	return msg, err
}

// headerOf is readHeader once per message of the trip, like tnefOf. The
// header is shared: callers only read it.
func (w *world) headerOf(raw []byte) message.Header {
	if len(raw) == 0 {
		return readHeader(raw)
	}
	k := wireKey{&raw[0], len(raw)}
	if h, ok := w.headers[k]; ok {
		return h
	}
	h := readHeader(raw)
	if w.headers == nil {
		w.headers = map[wireKey]message.Header{}
	}
	w.headers[k] = h
	return h
}

// site is one organization as the transport sees it.
type site struct {
	set *model.OrgSet
	// eff is the set the transport routes with: an Exchange 5.5 IMS runs
	// with the settings of its last start.
	eff *model.OrgSet
	// nextID is the next InternalMessageId of its transport log.
	nextID int64
}

// org is the site's organization.
func (s *site) org() *model.Organization { return s.set.Organization }

// host is the FQDN of the site's (first) server, or mail.<domain>.
func (s *site) host() string {
	if len(s.set.Servers) > 0 && s.set.Servers[0].Fqdn != "" {
		return s.set.Servers[0].Fqdn
	}
	return "mail." + s.org().DomainName
}

// load reads every organization and relay of the database: of each
// organization what routing needs (accepted domains, servers, remote
// domains, Send connectors); the sender's organization in full comes
// with full, and mailboxes are looked up by address in the key index.
// The objects are shared between trips (listShared): read only.
func load(tx storage.Tx, env model.Env) (*world, error) {
	orgs, err := listShared[model.Organization](tx, model.NilGuid)
	if err != nil {
		return nil, err
	}
	w := &world{tx: tx, env: env}
	for _, o := range orgs {
		s, err := loadSite(tx, o)
		if err != nil {
			return nil, err
		}
		w.orgs = append(w.orgs, s)
	}
	w.relays, err = listShared[model.RelayHost](tx, model.NilGuid)
	return w, err
}

// loadSite reads the routing objects of organization o and the last
// InternalMessageId of its log.
func loadSite(tx storage.Tx, o *model.Organization) (*site, error) {
	set := &model.OrgSet{Organization: o}
	var err error
	if set.AcceptedDomains, err = listShared[model.AcceptedDomain](tx, o.Guid); err != nil {
		return nil, err
	}
	if set.Servers, err = listShared[model.ExchangeServer](tx, o.Guid); err != nil {
		return nil, err
	}
	if set.RemoteDomains, err = listShared[model.RemoteDomain](tx, o.Guid); err != nil {
		return nil, err
	}
	if set.SendConnectors, err = listShared[model.SendConnector](tx, o.Guid); err != nil {
		return nil, err
	}
	s := &site{set: set, eff: set.Effective()}
	// The log is scanned, not decoded: it grows with every message.
	ids, err := storage.Ints(tx, o.Guid, model.KindTrackingEvent, "InternalMessageId")
	for _, id := range ids {
		s.nextID = max(s.nextID, id)
	}
	s.nextID++
	return s, err
}

// full reads the recipients of s's organization (mailboxes, mail users,
// mail contacts, Outlook contacts), which the categorizer of a sending
// organization needs.
func (w *world) full(s *site) error {
	id, set := s.org().Guid, s.set
	var err error
	if set.Mailboxes, err = listShared[model.Mailbox](w.tx, id); err != nil {
		return err
	}
	if set.MailUsers, err = listShared[model.MailUser](w.tx, id); err != nil {
		return err
	}
	if set.MailContacts, err = listShared[model.MailContact](w.tx, id); err != nil {
		return err
	}
	set.OutlookContacts, err = listShared[model.OutlookContact](w.tx, id)
	s.eff = set.Effective()
	return err
}

// site returns the site of organization id.
func (w *world) site(id model.Guid) *site {
	for _, s := range w.orgs {
		if s.org().Guid == id {
			return s
		}
	}
	return nil
}

// owner returns the organization that accepts mail for domain (DNS
// points its MX at it), preferring an authoritative domain.
func (w *world) owner(domain string) *site {
	var relay *site
	for _, s := range w.orgs {
		for _, a := range s.set.AcceptedDomains {
			if !acceptsDomain(a, domain) {
				continue
			}
			if a.DomainType == model.AcceptedDomainTypeAuthoritative {
				return s
			}
			relay = s
		}
	}
	return relay
}

// acceptsDomain reports whether accepted domain a covers domain.
func acceptsDomain(a *model.AcceptedDomain, domain string) bool {
	d := strings.ToLower(a.DomainName)
	domain = strings.ToLower(domain)
	if rest, ok := strings.CutPrefix(d, "*."); ok {
		return domain == rest || strings.HasSuffix(domain, "."+rest)
	}
	return d == domain || a.MatchSubDomains && strings.HasSuffix(domain, "."+d)
}

// resolveHost finds what a host name (a smart host, a forward-to host)
// designates: a relay, or the server of an organization.
func (w *world) resolveHost(name string) (*model.RelayHost, *site) {
	name = strings.TrimSuffix(strings.ToLower(strings.Trim(name, "[]")), ".")
	for _, r := range w.relays {
		if strings.EqualFold(r.Name, name) {
			return r, nil
		}
	}
	for _, s := range w.orgs {
		if strings.EqualFold(s.host(), name) || strings.EqualFold("mail."+s.org().DomainName, name) {
			return nil, s
		}
		for _, srv := range s.set.Servers {
			if strings.EqualFold(srv.Name, name) || strings.EqualFold(srv.Fqdn, name) {
				return nil, s
			}
		}
	}
	return nil, nil
}

// messageID returns the Message-ID of the n-th message submitted in s,
// Exchange's <GUID@server-fqdn> made from the organization and n, so
// that the same lab gives the same bytes.
func messageID(s *site, n int) string {
	f := fnv.New128a()
	fmt.Fprintf(f, "%s/%d", s.org().Guid, n)
	var g model.Guid
	copy(g[:], f.Sum(nil))
	return "<" + g.String() + "@" + s.host() + ">"
}

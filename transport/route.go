package transport

import (
	"fmt"
	"sort"
	"strings"

	"github.com/exsh/exsh/model"
)

// path is the route of a message from one organization to a domain.
type path struct {
	connector *model.SendConnector
	// via is the smart host or forward-to host the connector names ("":
	// DNS routing).
	via   string
	relay *model.RelayHost
	dest  *site
	// hops describes the trip, one line a hop.
	hops []string
	// fail is the error that keeps the message in a queue ("" when the
	// route is complete), and queue the queue's name: Unreachable, or the
	// next hop (a domain or smart host) of a delivery queue in Retry.
	fail, queue string
}

// host is the name of the next hop after the sending organization.
func (p *path) host() string {
	switch {
	case p.via != "":
		return p.via
	case p.dest != nil:
		return p.dest.host()
	}
	return ""
}

// connectorFor picks the Send connector for domain as Exchange does: an
// enabled connector whose SMTP address space matches, the most specific
// match first, then the lowest cost, then the name (exchange-cmdlets.md
// §8). An Exchange 5.5 IMS routes with the settings of its last start.
func connectorFor(s *site, domain string) *model.SendConnector {
	type cand struct {
		c           *model.SendConnector
		score, cost int
	}
	var cands []cand
	for _, c := range s.eff.SendConnectors {
		if !c.Enabled {
			continue
		}
		best, ok := -1, false
		cost := 0
		for _, a := range c.AddressSpaces {
			if sc, m := a.Match(domain); m && sc > best {
				best, ok, cost = sc, true, a.Cost
			}
		}
		if ok {
			cands = append(cands, cand{c, best, cost})
		}
	}
	if len(cands) == 0 {
		return nil
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.cost != b.cost {
			return a.cost < b.cost
		}
		return strings.ToLower(a.c.Name) < strings.ToLower(b.c.Name)
	})
	return cands[0].c
}

// route finds the way from s to the organization that receives mail for
// domain.
func (w *world) route(s *site, domain string) *path {
	p := &path{}
	c := connectorFor(s, domain)
	if c == nil {
		p.queue, p.fail = "Unreachable", "There is no Send connector whose address space matches '"+domain+"'."
		p.hops = append(p.hops, fmt.Sprintf("%s: no Send connector for %s: the message waits in the Unreachable queue", s.org().Name, domain))
		return p
	}
	p.connector = c
	if !c.DNSRoutingEnabled && len(c.SmartHosts) > 0 {
		return w.viaSmartHost(s, p, domain)
	}
	p.hops = append(p.hops, fmt.Sprintf("%s: %s routes %s by DNS", s.org().Name, connectorName(s, c), domain))
	return w.byDNS(p, domain)
}

// viaSmartHost continues p through the connector's smart host.
func (w *world) viaSmartHost(s *site, p *path, domain string) *path {
	p.via = p.connector.SmartHosts[0]
	p.hops = append(p.hops, fmt.Sprintf("%s: %s forwards to smart host %s", s.org().Name, connectorName(s, p.connector), p.via))
	relay, org := w.resolveHost(p.via)
	switch {
	case relay != nil:
		p.relay = relay
		p.hops = append(p.hops, fmt.Sprintf("relay %s: %s, then routes %s by DNS", relay.Name, behaviours(relay), domain))
		return w.byDNS(p, domain)
	case org != nil:
		p.dest = org
		if !acceptsAny(org, domain) {
			p.queue = p.via
			p.fail = fmt.Sprintf("451 4.4.0 Primary target IP address responded with: \"550 5.7.1 Unable to relay\" (%s does not accept mail for %s)", org.host(), domain)
			p.hops = append(p.hops, fmt.Sprintf("%s: %s refuses to relay for %s", org.org().Name, org.host(), domain))
			p.dest = nil
		}
		return p
	}
	p.queue = p.via
	p.fail = fmt.Sprintf("451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain (%s)", p.via)
	p.hops = append(p.hops, fmt.Sprintf("smart host %s does not resolve: the message waits for a retry", p.via))
	return p
}

// byDNS ends p at the organization DNS names for domain.
func (w *world) byDNS(p *path, domain string) *path {
	p.dest = w.owner(domain)
	if p.dest == nil {
		p.queue = domain
		p.fail = fmt.Sprintf("451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain (%s)", domain)
		p.hops = append(p.hops, fmt.Sprintf("no organization receives mail for %s: the message waits for a retry", domain))
	}
	return p
}

// acceptsAny reports whether s accepts mail for domain.
func acceptsAny(s *site, domain string) bool {
	for _, a := range s.set.AcceptedDomains {
		if acceptsDomain(a, domain) {
			return true
		}
	}
	return false
}

// connectorName names a connector in a trace: the IMS in a 5.5 org.
func connectorName(s *site, c *model.SendConnector) string {
	if s.org().ExchangeVersion == model.Exchange55 {
		return "the Internet Mail Service (connector '" + c.Name + "')"
	}
	return "Send connector '" + c.Name + "'"
}

// behaviours lists what a relay does.
func behaviours(r *model.RelayHost) string {
	if len(r.Behavior) == 0 {
		return string(model.RelayPassThrough)
	}
	s := make([]string, len(r.Behavior))
	for i, b := range r.Behavior {
		s[i] = string(b)
	}
	return strings.Join(s, ", ")
}

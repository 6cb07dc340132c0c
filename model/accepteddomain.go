package model

import "strings"

// AcceptedDomain is an SMTP namespace the organization receives mail for
// (Set-AcceptedDomain). Fields are in Format-List order.
type AcceptedDomain struct {
	DomainName         string `valid:"domain=wildcard"`
	DomainType         AcceptedDomainType
	MatchSubDomains    bool
	AddressBookEnabled bool
	// Default marks the default accepted domain (postmaster address,
	// IMCEA encapsulation); exactly one domain is the default.
	Default           bool
	PendingRemoval    bool
	PendingCompletion bool
	ConfigHeader
}

// Kind implements [Object].
func (*AcceptedDomain) Kind() Kind { return KindAcceptedDomain }

// TypeName implements [Object].
func (*AcceptedDomain) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain"
}

// DefaultTableColumns implements [Object].
func (*AcceptedDomain) DefaultTableColumns() []string {
	return []string{"Name", "DomainName", "DomainType", "Default"}
}

// IdentityKeys implements [Object]: Name, DistinguishedName, DomainName.
func (a *AcceptedDomain) IdentityKeys() []string {
	return []string{a.Name, a.DistinguishedName, a.DomainName}
}

// Refresh implements [Object].
func (a *AcceptedDomain) Refresh(org *Organization) {
	a.Identity = a.Name
	a.DistinguishedName = configDN(org, a.Name, "Accepted Domains", "Transport Settings")
	a.setSchema(org, "ms-Exch-Accepted-Domain", "top", "msExchAcceptedDomain")
	a.ExchangeVersion = "0.1 (8.0.535.0)"
	a.IsValid, a.ObjectState = true, "Unchanged"
}

// NewAcceptedDomain returns an accepted domain (New-AcceptedDomain). An
// empty name defaults to the domain and an empty type to Authoritative;
// AddressBookEnabled is $true for Authoritative only. Check collisions
// with [CheckNewAcceptedDomain]; use [MakeDefaultAcceptedDomain] for
// the first domain.
func (e Env) NewAcceptedDomain(org *Organization, name, domain string, typ AcceptedDomainType) (*AcceptedDomain, error) {
	if name == "" {
		name = domain
	}
	if typ == "" {
		typ = AcceptedDomainTypeAuthoritative
	}
	a := &AcceptedDomain{DomainName: strings.ToLower(domain), DomainType: typ,
		AddressBookEnabled: typ == AcceptedDomainTypeAuthoritative, ConfigHeader: ConfigHeader{Name: name}}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	e.Stamp(org, a)
	return a, nil
}

// Validate checks name, domain and type.
func (a *AcceptedDomain) Validate() error {
	if err := checkProperties(a); err != nil {
		return err
	}
	if a.DomainName == "*" {
		return invalid("DomainName", a.DomainName, "a domain such as contoso.com or *.contoso.com")
	}
	_, err := ParseAcceptedDomainType(string(a.DomainType))
	return err
}

// CheckNewAcceptedDomain checks Name and DomainName are unique among
// existing ([ExistsError]).
func CheckNewAcceptedDomain(a *AcceptedDomain, existing []*AcceptedDomain) error {
	if err := CheckUniqueName(existing, a.Guid, a.Name); err != nil {
		return err
	}
	for _, o := range existing {
		if o.Guid != a.Guid && strings.EqualFold(o.DomainName, a.DomainName) {
			return &ExistsError{Kind: KindAcceptedDomain, Property: "DomainName", Value: a.DomainName, UsedBy: o.Name}
		}
	}
	return nil
}

// CheckRemoveAcceptedDomain refuses to remove the default accepted
// domain ([ProtectedError]).
func CheckRemoveAcceptedDomain(a *AcceptedDomain) error {
	if a.Default {
		return &ProtectedError{Kind: KindAcceptedDomain, Identity: a.Name, Op: "remove",
			Reason: "the default accepted domain cannot be removed; make another domain the default first"}
	}
	return nil
}

// MakeDefaultAcceptedDomain sets Default on target and clears it on
// every other domain of list. It returns the domains whose Default
// changed (target included), so the caller can touch and store them.
func MakeDefaultAcceptedDomain(list []*AcceptedDomain, target *AcceptedDomain) []*AcceptedDomain {
	var changed []*AcceptedDomain
	for _, a := range list {
		want := a.Guid == target.Guid
		if a.Default != want {
			a.Default = want
			changed = append(changed, a)
		}
	}
	if !target.Default {
		target.Default = true
		changed = append(changed, target)
	}
	return changed
}

// DefaultAcceptedDomain returns the default accepted domain of list, or
// nil.
func DefaultAcceptedDomain(list []*AcceptedDomain) *AcceptedDomain {
	for _, a := range list {
		if a.Default {
			return a
		}
	}
	return nil
}

// IsAcceptedDomain returns the accepted domain that covers domain (an
// exact DomainName, or a "*.x" entry or MatchSubDomains for a
// subdomain), or nil.
func IsAcceptedDomain(list []*AcceptedDomain, domain string) *AcceptedDomain {
	var best *AcceptedDomain
	bestScore := -1
	for _, a := range list {
		s, ok := MatchDomain(a.DomainName, domain)
		if !ok && a.MatchSubDomains {
			s, ok = MatchDomain("*."+a.DomainName, domain)
		}
		if ok && s > bestScore {
			best, bestScore = a, s
		}
	}
	return best
}

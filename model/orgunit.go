package model

import (
	"slices"
	"strings"
)

// KindOrganizationalUnit is the kind of an [OrganizationalUnit].
const KindOrganizationalUnit Kind = "OrganizationalUnit"

// OrganizationalUnit is an Active Directory organizational unit, or a
// container such as Users, that recipients can live in: what
// Get-OrganizationalUnit returns.
type OrganizationalUnit struct {
	// Name is the last part of the canonical name ("Sales").
	Name string
	// Identity is the canonical name ("contoso.com/Sales").
	Identity string
	// DistinguishedName is "OU=Sales,DC=contoso,DC=com" (CN= for a
	// container).
	DistinguishedName string
	// IsContainer is true for the built-in containers (Users,
	// Computers...), which are not organizational units.
	IsContainer bool `ps:"-"`
}

// TypeName is the .NET type Exchange returns.
func (*OrganizationalUnit) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Management.ExtendedOrganizationalUnit"
}

// DefaultTableColumns are the columns of its default table view.
func (*OrganizationalUnit) DefaultTableColumns() []string {
	return []string{"Name", "Identity"}
}

// defaultContainers and defaultOUs are the children of the domain root in
// a fresh Exchange 2013 forest: the containers Windows creates and the
// organizational units of Windows and Exchange setup.
var (
	defaultContainers = []string{"Builtin", "Computers", "ForeignSecurityPrincipals",
		"Managed Service Accounts", "Microsoft Exchange System Objects", "Users"}
	defaultOUs = []string{"Domain Controllers", "Microsoft Exchange Security Groups"}
)

// UsersContainer returns the canonical name of the Users container,
// where recipients go when no OrganizationalUnit is given.
func (o *Organization) UsersContainer() string { return orgDomain(o) + "/Users" }

// OrganizationalUnits returns the organization's OU tree, the default
// containers and organizational units first, in canonical name order.
func (o *Organization) OrganizationalUnits() []*OrganizationalUnit {
	var out []*OrganizationalUnit
	for _, c := range defaultContainers {
		out = append(out, o.orgUnit(orgDomain(o)+"/"+c, true))
	}
	for _, c := range defaultOUs {
		out = append(out, o.orgUnit(orgDomain(o)+"/"+c, false))
	}
	for _, c := range o.OrgUnits {
		out = append(out, o.orgUnit(c, false))
	}
	slices.SortStableFunc(out, func(a, b *OrganizationalUnit) int {
		return strings.Compare(strings.ToLower(a.Identity), strings.ToLower(b.Identity))
	})
	return out
}

// orgUnit builds the OU whose canonical name is canonical.
func (o *Organization) orgUnit(canonical string, container bool) *OrganizationalUnit {
	_, path, _ := strings.Cut(canonical, "/")
	parts := strings.Split(path, "/")
	return &OrganizationalUnit{Name: parts[len(parts)-1], Identity: canonical,
		DistinguishedName: o.ouDN(canonical), IsContainer: container}
}

// ouDN returns the DN of the OU or container canonical.
func (o *Organization) ouDN(canonical string) string {
	_, path, _ := strings.Cut(canonical, "/")
	if path == "" {
		return orgDN(o)
	}
	parts := strings.Split(path, "/")
	dn := make([]string, 0, len(parts)+1)
	for i := len(parts) - 1; i >= 0; i-- {
		attr := "OU="
		if i == 0 && slices.Contains(defaultContainers, parts[0]) {
			attr = "CN="
		}
		dn = append(dn, attr+parts[i])
	}
	return strings.Join(append(dn, orgDN(o)), ",")
}

// FindOrganizationalUnit returns the OU or container id names: its
// canonical name, its DN or, when unique, its name (case-insensitive).
func (o *Organization) FindOrganizationalUnit(id string) (*OrganizationalUnit, error) {
	id = strings.TrimSpace(id)
	var byName []*OrganizationalUnit
	for _, u := range o.OrganizationalUnits() {
		if strings.EqualFold(u.Identity, id) || strings.EqualFold(u.DistinguishedName, id) {
			return u, nil
		}
		if strings.EqualFold(u.Name, id) {
			byName = append(byName, u)
		}
	}
	switch len(byName) {
	case 0:
		return nil, &NotFoundError{Kind: KindOrganizationalUnit, Identity: id}
	case 1:
		return byName[0], nil
	}
	matches := make([]string, len(byName))
	for i, u := range byName {
		matches[i] = u.Identity
	}
	return nil, &AmbiguousError{Kind: KindOrganizationalUnit, Identity: id, Matches: matches}
}

// AddOrganizationalUnit adds the organizational unit name under the OU or
// container parent (a canonical name, DN or unique name; the domain
// root when empty or the domain's DN) and returns it.
func (o *Organization) AddOrganizationalUnit(name, parent string) (*OrganizationalUnit, error) {
	if err := checkOUName(name); err != nil {
		return nil, err
	}
	base := orgDomain(o)
	if p := strings.TrimSpace(parent); p != "" && !strings.EqualFold(p, orgDN(o)) && !strings.EqualFold(p, base) {
		u, err := o.FindOrganizationalUnit(p)
		if err != nil {
			return nil, err
		}
		base = u.Identity
	}
	canonical := base + "/" + name
	for _, u := range o.OrganizationalUnits() {
		if strings.EqualFold(u.Identity, canonical) {
			return nil, &ExistsError{Kind: KindOrganizationalUnit, Property: "Name", Value: u.DistinguishedName, UsedBy: u.Identity}
		}
	}
	o.OrgUnits = append(o.OrgUnits, canonical)
	return o.orgUnit(canonical, false), nil
}

// checkOUName rejects an empty name and the characters a canonical name
// or DN cannot carry unescaped.
func checkOUName(name string) error {
	if strings.TrimSpace(name) == "" || len(name) > 64 || strings.ContainsAny(name, "/\\,=+<>#;\"") {
		return &ValueError{What: "Name", Actual: name, Message: "An organizational unit name must have 1 to 64 characters, none of / \\ , = + < > # ; \"."}
	}
	return nil
}

// recipientPlace returns the Identity and DistinguishedName of a
// recipient named name in the OU *ou (a canonical name), which becomes
// the Users container when empty.
func recipientPlace(org *Organization, ou *string, name string) (identity, dn string) {
	if org == nil {
		return userCanonical(org, name), userDN(org, name)
	}
	if *ou == "" {
		*ou = org.UsersContainer()
	}
	return *ou + "/" + name, "CN=" + name + "," + org.ouDN(*ou)
}

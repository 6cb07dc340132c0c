package model

import (
	"strings"
	"time"
)

// Kind names a kind of object; it is also the storage bucket name and the
// noun used in errors ("RemoteDomain").
type Kind string

// Object kinds.
const (
	KindOrganization    Kind = "Organization"
	KindRemoteDomain    Kind = "RemoteDomain"
	KindAcceptedDomain  Kind = "AcceptedDomain"
	KindMailUser        Kind = "MailUser"
	KindMailContact     Kind = "MailContact"
	KindMailbox         Kind = "Mailbox"
	KindOutlookContact  Kind = "OutlookContact"
	KindSendConnector   Kind = "SendConnector"
	KindTransportConfig Kind = "TransportConfig"
	KindExchangeServer  Kind = "ExchangeServer"
)

// OrgKinds lists the kinds stored inside an organization, in a fixed
// order.
func OrgKinds() []Kind {
	return []Kind{KindRemoteDomain, KindAcceptedDomain, KindMailUser, KindMailContact,
		KindMailbox, KindOutlookContact, KindSendConnector, KindTransportConfig, KindExchangeServer}
}

// Object is implemented by pointers to every stored type of this
// package. Methods are named so that they never clash with Exchange
// property names (the exported fields).
type Object interface {
	// Kind returns the object kind; it does not read the receiver, so it
	// may be called on a nil pointer.
	Kind() Kind
	// TypeName returns the .NET type name Exchange uses for the object
	// (Get-Member, Export-Csv "#TYPE").
	TypeName() string
	// DefaultTableColumns returns the properties of the default table
	// view; nil means the default view is a list of every property.
	DefaultTableColumns() []string
	// ObjectGuid returns the object's Guid.
	ObjectGuid() Guid
	// ObjectName returns the object's Name.
	ObjectName() string
	// IdentityKeys returns the strings an identity may match besides the
	// GUID (Name, Identity, DistinguishedName, Alias, addresses…).
	IdentityKeys() []string
	// Refresh recomputes derived properties (Identity,
	// DistinguishedName…) from the object and its organization.
	Refresh(org *Organization)
	// stamps exposes the GUID and timestamps to [Env].
	stamps() stampRefs
}

// stampRefs points at an object's GUID and time fields.
type stampRefs struct {
	guid                               *Guid
	created, changed, createdU, changU *time.Time
}

// Stamp gives obj a new GUID and sets WhenCreated and WhenChanged from
// the Env clock, then refreshes derived properties.
func (e Env) Stamp(org *Organization, obj Object) {
	r, now := obj.stamps(), e.now()
	*r.guid = e.guid()
	*r.created, *r.changed = now, now
	if r.createdU != nil {
		*r.createdU, *r.changU = now.UTC(), now.UTC()
	}
	obj.Refresh(org)
}

// Touch sets WhenChanged from the Env clock and refreshes derived
// properties. Call it after changing an object.
func (e Env) Touch(org *Organization, obj Object) {
	r, now := obj.stamps(), e.now()
	*r.changed = now
	if r.changU != nil {
		*r.changU = now.UTC()
	}
	obj.Refresh(org)
}

// Derived-property helpers shared by the object types.

// orgDN returns "DC=contoso,DC=com" for the organization's domain.
func orgDN(org *Organization) string {
	if org == nil || org.DomainName == "" {
		return ""
	}
	return "DC=" + strings.ReplaceAll(org.DomainName, ".", ",DC=")
}

// configDN returns the DN of a configuration object: cn, then the
// containers (innermost first), then the organization's configuration
// container.
func configDN(org *Organization, cn string, containers ...string) string {
	parts := []string{"CN=" + cn}
	for _, c := range containers {
		parts = append(parts, "CN="+c)
	}
	name := "First Organization"
	if org != nil && org.Name != "" {
		name = org.Name
	}
	parts = append(parts, "CN="+name, "CN=Microsoft Exchange", "CN=Services", "CN=Configuration", orgDN(org))
	return strings.Join(parts, ",")
}

// schemaCategory returns "contoso.com/Configuration/Schema/<class>".
func schemaCategory(org *Organization, class string) string {
	return orgDomain(org) + "/Configuration/Schema/" + class
}

// orgDomain returns the organization's domain or "".
func orgDomain(org *Organization) string {
	if org == nil {
		return ""
	}
	return org.DomainName
}

// originatingServer returns the simulated domain controller FQDN.
func originatingServer(org *Organization) string {
	return "DC01." + orgDomain(org)
}

// userDN returns "CN=<name>,CN=Users,DC=…".
func userDN(org *Organization, name string) string {
	return "CN=" + name + ",CN=Users," + orgDN(org)
}

// userCanonical returns "contoso.com/Users/<name>".
func userCanonical(org *Organization, name string) string {
	return orgDomain(org) + "/Users/" + name
}

// addressKeys returns the addresses of list, without prefixes.
// Indexed is implemented by objects with many identity keys. IndexKeys
// are the ones a store indexes for fast lookups (names, aliases,
// canonical names, e-mail addresses: what is typed and piped most often);
// an identity that matches none of them is found by reading every
// object. Objects without the method have all their IdentityKeys
// indexed.
type Indexed interface {
	IndexKeys() []string
}

// recipientIndexKeys are the IndexKeys of a recipient.
func recipientIndexKeys(name, alias, identity string, emails []ProxyAddress, more ...string) []string {
	keys := append([]string{name, alias, identity}, more...)
	for _, p := range emails {
		keys = append(keys, p.Address)
	}
	return keys
}

func addressKeys(list []ProxyAddress) []string {
	out := make([]string, 0, len(list))
	for _, p := range list {
		out = append(out, p.Address, p.String())
	}
	return out
}

package model

import (
	"encoding/json"
	"time"
)

// Organization is one simulated mail organization (an Exchange forest or
// a non-Exchange mail system). Everything else is stored inside an
// organization.
type Organization struct {
	// Name is the organization name ("Contoso").
	Name string `valid:"name,len=64"`
	// DomainName is the forest-root domain and first accepted domain.
	DomainName string `valid:"domain=dotted"`
	// ExchangeVersion is the product generation the organization runs.
	ExchangeVersion ExchangeVersion

	// OutlookRtfFlagForcesTnef is divergence F1 (message-flow.md §3.4):
	// when true, an Outlook per-contact "Send using Outlook Rich Text
	// format" forces TNEF even for HTML or plain-text bodies. Default
	// false: the documented behaviour (the Outlook settings apply only to
	// RTF bodies).
	OutlookRtfFlagForcesTnef bool
	// GalSendRichInfoForcesTnef is divergence F2: when true, a mail
	// contact resolved from the GAL with every setting at its default
	// leaves as TNEF because Outlook set PR_SEND_RICH_INFO. Default
	// false: documented behaviour (HTML for RTF bodies).
	GalSendRichInfoForcesTnef bool
	// NeverConvertsAllToText is divergence V1: when true,
	// UseMapiRichTextFormat Never converts every message (also HTML) to
	// plain text, as the 2010/2013 cmdlet help says. Default false: only
	// TNEF content becomes plain text.
	NeverConvertsAllToText bool

	// ImsRestartPending marks, for an Exchange55 organization, that the
	// Internet Mail Service settings changed and the IMS must be
	// restarted before the change takes effect (Q257396 step 3).
	ImsRestartPending bool
	// ImsPendingChanges describes the changes waiting for the restart.
	ImsPendingChanges []string
	// ImsEffective holds, for an Exchange55 organization, the settings
	// the Internet Mail Service runs with since it last started: what the
	// transport applies while changes are pending. Hidden from
	// Format-List; read it through [OrgSet.Effective].
	ImsEffective *ImsSettings `ps:"-"`

	// OrgUnits are the canonical names of the organizational units
	// made with New-ADOrganizationalUnit; the default containers and OUs
	// of a fresh forest are not stored (see [Organization.OrganizationalUnits]).
	OrgUnits []string `ps:"-"`

	Guid        Guid
	WhenChanged time.Time
	WhenCreated time.Time
}

// Kind implements [Object].
func (*Organization) Kind() Kind { return KindOrganization }

// TypeName implements [Object].
func (*Organization) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Management.OrganizationConfig"
}

// DefaultTableColumns implements [Object].
func (*Organization) DefaultTableColumns() []string {
	return []string{"Name", "DomainName", "ExchangeVersion"}
}

// ObjectGuid implements [Object].
func (o *Organization) ObjectGuid() Guid { return o.Guid }

// ObjectName implements [Object].
func (o *Organization) ObjectName() string { return o.Name }

// IdentityKeys implements [Object]: the name and the domain.
func (o *Organization) IdentityKeys() []string { return []string{o.Name, o.DomainName} }

// Refresh implements [Object]; an organization has no derived fields.
func (o *Organization) Refresh(*Organization) {}

func (o *Organization) stamps() stampRefs {
	return stampRefs{guid: &o.Guid, created: &o.WhenCreated, changed: &o.WhenChanged}
}

// Validate checks the name, the domain and the version.
func (o *Organization) Validate() error {
	if err := checkProperties(o); err != nil {
		return err
	}
	_, err := ParseExchangeVersion(string(o.ExchangeVersion))
	return err
}

// NoteImsChange records a change that needs an IMS restart. It does
// nothing unless the organization runs Exchange 5.5.
func (o *Organization) NoteImsChange(what string) {
	if o.ExchangeVersion != Exchange55 {
		return
	}
	o.ImsRestartPending = true
	o.ImsPendingChanges = append(o.ImsPendingChanges, what)
}

// RestartIms clears the pending-restart marker, makes the current remote
// domains and send connectors the effective IMS settings and returns the
// changes that take effect now.
func (o *Organization) RestartIms(remote []*RemoteDomain, connectors []*SendConnector) []string {
	done := o.ImsPendingChanges
	o.ImsRestartPending, o.ImsPendingChanges = false, nil
	o.StartIms(remote, connectors)
	return done
}

// ImsSettings are the Internet Mail Service settings of an Exchange 5.5
// server: its e-mail domains and IMS-wide defaults (the remote domains,
// Default being the IMS-wide entry) and its message delivery ("Forward
// all messages to host" and per-domain forwarding: the send connectors).
type ImsSettings struct {
	RemoteDomains  []*RemoteDomain
	SendConnectors []*SendConnector
}

// StartIms records copies of remote and connectors as the settings the
// IMS runs with ([Organization.ImsEffective]). It does nothing unless
// the organization runs Exchange 5.5.
func (o *Organization) StartIms(remote []*RemoteDomain, connectors []*SendConnector) {
	if o.ExchangeVersion != Exchange55 {
		return
	}
	o.ImsEffective = &ImsSettings{RemoteDomains: cloneAll(remote), SendConnectors: cloneAll(connectors)}
}

// cloneAll returns deep copies of objs (through their JSON form, which
// is how they are stored).
func cloneAll[T any](objs []*T) []*T {
	out := make([]*T, 0, len(objs))
	for _, o := range objs {
		data, err := json.Marshal(o)
		c := new(T)
		if err == nil {
			err = json.Unmarshal(data, c)
		}
		if err != nil {
			panic("model: cannot copy " + err.Error())
		}
		out = append(out, c)
	}
	return out
}

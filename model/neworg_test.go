package model

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestContosoSeedDefaults(t *testing.T) {
	set, _ := contoso(t)
	org := set.Organization
	if org.Name != "Contoso" || org.DomainName != "contoso.com" || org.ExchangeVersion != Exchange2013 {
		t.Errorf("org = %+v", org)
	}
	if org.OutlookRtfFlagForcesTnef || org.GalSendRichInfoForcesTnef || org.NeverConvertsAllToText {
		t.Error("divergence switches must default to the documented behaviour")
	}
	rd := set.RemoteDomains[0]
	if rd.Name != "Default" || rd.DomainName != "*" || rd.AutoForwardEnabled || rd.AutoReplyEnabled ||
		*rd.CharacterSet != "iso-8859-1" || *rd.NonMimeCharacterSet != "iso-8859-1" || rd.TNEFEnabled != nil ||
		rd.ContentType != ContentTypeMimeHtmlText || !rd.LineWrapSize.IsUnlimited() || rd.AllowedOOFType != AllowedOOFTypeExternal {
		t.Errorf("Default remote domain = %+v", rd)
	}
	if ad := set.AcceptedDomains[0]; !ad.Default || ad.DomainType != AcceptedDomainTypeAuthoritative || !ad.AddressBookEnabled {
		t.Errorf("accepted domain = %+v", ad)
	}
	sc := set.SendConnectors[0]
	if sc.Name != "Internet" || !sc.DNSRoutingEnabled || sc.AddressSpaces[0].String() != "SMTP:*;1" || sc.Usage != UsageTypeInternet {
		t.Errorf("send connector = %+v", sc)
	}
	if srv := set.Servers[0]; srv.Name != "EX01" || srv.Fqdn != "ex01.contoso.com" {
		t.Errorf("server = %+v", srv)
	}
	m := set.Mailboxes[0]
	if m.Name != "Administrator" || m.PrimarySmtpAddress != "Administrator@contoso.com" || m.Client != Outlook2013 ||
		m.ComposeFormat != Html || m.InternetFormat != ConvertToHtml || m.ServerName != "ex01" {
		t.Errorf("mailbox = %+v", m)
	}
	if tc := set.TransportConfig; tc.MaxSendSize.String() != "10 MB (10,485,760 bytes)" || tc.SafetyNetHoldTime.String() != "2.00:00:00" {
		t.Errorf("transport config: %s %s", tc.MaxSendSize, tc.SafetyNetHoldTime)
	}
}

func TestNewOrganizationVersions(t *testing.T) {
	tests := []struct {
		v      ExchangeVersion
		server string
		client OutlookClient
	}{
		{Exchange2013, "EX01", Outlook2013}, {Exchange55, "EXCH55", Outlook2000}, {NonExchange, "MAIL01", ThirdPartyMailClient},
	}
	for _, tt := range tests {
		set, err := NewOrganization("Org", "org.example", tt.v, testEnv())
		if err != nil {
			t.Fatal(err)
		}
		m, err := set.AddMailbox(testEnv(), "User One", "")
		if err != nil || set.Servers[0].Name != tt.server || m.Client != tt.client {
			t.Errorf("%s: server %s, client %s, %v", tt.v, set.Servers[0].Name, m.Client, err)
		}
	}
	set, _ := NewOrganization("Org", "org.example", Exchange2013, testEnv(), NoSendConnector(), ServerName("MBX1"))
	if len(set.SendConnectors) != 0 || set.Servers[0].Name != "MBX1" {
		t.Errorf("options ignored: %d connectors, server %s", len(set.SendConnectors), set.Servers[0].Name)
	}
	if _, err := NewOrganization("Org", "bad domain", Exchange2013, testEnv()); err == nil {
		t.Error("bad domain accepted")
	}
	if _, err := NewOrganization("Org", "org.example", "Exchange2000", testEnv()); err == nil {
		t.Error("bad version accepted")
	}
}

func TestDeterministicAndRoundTrip(t *testing.T) {
	a, _ := contoso(t)
	b, _ := contoso(t)
	if d := cmp.Diff(a, b); d != "" {
		t.Errorf("two seeds with the same Env differ:\n%s", d)
	}
	seen := map[Guid]bool{}
	for _, o := range append(a.Objects(), a.Organization) {
		if seen[o.ObjectGuid()] || o.ObjectGuid().IsZero() {
			t.Errorf("%s %s: duplicate or zero Guid", o.Kind(), o.ObjectName())
		}
		seen[o.ObjectGuid()] = true
		data, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		back := reflect.New(reflect.TypeOf(o).Elem()).Interface().(Object)
		if err := json.Unmarshal(data, back); err != nil {
			t.Fatalf("%s: %v", o.Kind(), err)
		}
		if d := cmp.Diff(o, back, cmpopts.EquateEmpty()); d != "" {
			t.Errorf("%s JSON round trip (-want +got):\n%s", o.Kind(), d)
		}
	}
}

// TestObjectShape pins the conventions the formatter relies on: every
// object has a TypeName, Guid/WhenCreated/WhenChanged fields, and the
// table columns name real fields.
func TestObjectShape(t *testing.T) {
	set, e := contoso(t)
	oc, _ := e.NewOutlookContact(set.Organization, set.Mailboxes[0], "", "ann@fabrikam.com")
	mu, _ := e.NewMailUser(set.Organization, "Ann", ProxyAddress{"SMTP", "ann@fabrikam.com"}, "")
	mc, _ := e.NewMailContact(set.Organization, "Bob", ProxyAddress{"SMTP", "bob@fabrikam.com"})
	objs := append(set.Objects(), set.Organization, oc, mu, mc)
	for _, o := range objs {
		typ := reflect.TypeOf(o).Elem()
		if o.TypeName() == "" {
			t.Errorf("%s: no TypeName", typ.Name())
		}
		for _, f := range append([]string{"Guid", "WhenCreated", "WhenChanged"}, o.DefaultTableColumns()...) {
			if _, ok := typ.FieldByName(f); !ok {
				t.Errorf("%s has no field %s", typ.Name(), f)
			}
		}
	}
	first := reflect.TypeOf(RemoteDomain{}).Field(0).Name
	if first != "DomainName" {
		t.Errorf("RemoteDomain Format-List starts with %s, want DomainName", first)
	}
}

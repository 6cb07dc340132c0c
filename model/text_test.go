package model

import "testing"

// TestObjectIdentity checks that every stored kind has a text form and
// that it is the Identity EMS prints.
func TestObjectIdentity(t *testing.T) {
	org := &Organization{Name: "Contoso", DomainName: "contoso.com"}
	rd := &RemoteDomain{ConfigHeader: ConfigHeader{Name: "Default"}}
	mb := &Mailbox{RecipientHeader: RecipientHeader{Name: "Kim"}}
	tc := &TransportConfig{}
	tests := []struct {
		obj  Object
		want string
	}{
		{org, "Contoso"},
		{rd, "Default"},
		{mb, "contoso.com/Users/Kim"},
		{tc, "Transport Settings"},
		{&SendConnector{Name: "Internet"}, "Internet"},
	}
	for _, tt := range tests {
		tt.obj.Refresh(org)
		id, ok := tt.obj.(Identified)
		if !ok {
			t.Errorf("%s is not Identified", tt.obj.Kind())
			continue
		}
		if got := id.ObjectIdentity(); got != tt.want {
			t.Errorf("%s: ObjectIdentity = %q, want %q", tt.obj.Kind(), got, tt.want)
		}
	}
	// Every kind stored in an organization converts by its Identity.
	objs := []Object{&RemoteDomain{}, &AcceptedDomain{}, &MailUser{}, &MailContact{}, &Mailbox{},
		&OutlookContact{}, &SendConnector{}, &TransportConfig{}, &ExchangeServer{}, &Organization{},
		&MailboxMessage{}, &RelayHost{}, &QueuedMessage{}}
	kinds := map[Kind]bool{}
	for _, o := range objs {
		kinds[o.Kind()] = true
		if _, ok := o.(Identified); !ok {
			t.Errorf("%T is not Identified", o)
		}
	}
	for _, k := range OrgKinds() {
		if !kinds[k] {
			t.Errorf("kind %s not checked", k)
		}
	}
}

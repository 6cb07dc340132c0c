package model

import (
	"errors"
	"testing"
	"time"
)

func testEnv() Env { return FixedEnv(time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), time.Second) }

func contoso(t *testing.T) (*OrgSet, Env) {
	t.Helper()
	e := testEnv()
	set, err := ContosoSeed(e)
	if err != nil {
		t.Fatal(err)
	}
	return set, e
}

func TestRemoteDomainRules(t *testing.T) {
	set, e := contoso(t)
	org := set.Organization
	def := set.RemoteDomains[0]
	if err := CheckRemoveRemoteDomain(def); !errors.Is(err, ErrProtected) {
		t.Errorf("removing Default: %v, want ErrProtected", err)
	}
	tests := []struct {
		name, rdName, domain string
		want                 error
	}{
		{"ok", "Fabrikam", "fabrikam.com", nil},
		{"wildcard ok", "Subs", "*.fabrikam.com", nil},
		{"accepted namespace", "Own", "contoso.com", ErrInvalid},
		{"duplicate domain", "Star", "*", ErrExists},
		{"duplicate name", "default", "x.com", ErrExists},
	}
	for _, tt := range tests {
		rd, err := e.NewRemoteDomain(org, tt.rdName, tt.domain)
		if err == nil {
			err = CheckNewRemoteDomain(rd, set.RemoteDomains, set.AcceptedDomains)
		}
		if !errors.Is(err, tt.want) && !(tt.want == nil && err == nil) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
	for _, bad := range []struct{ name, domain string }{{"", "x.com"}, {string(make([]byte, 65)), "x.com"}, {"A", "a.*.x.com"}} {
		if _, err := e.NewRemoteDomain(org, bad.name, bad.domain); !errors.Is(err, ErrInvalid) {
			t.Errorf("NewRemoteDomain(%q, %q) err = %v", bad.name, bad.domain, err)
		}
	}
	rd, _ := e.NewRemoteDomain(org, "F", "f.com")
	rd.SetAllowedOOFType(AllowedOOFTypeInternalLegacy)
	if !rd.IsInternal {
		t.Error("InternalLegacy did not set IsInternal")
	}
	rd.SetIsInternal(false)
	if rd.AllowedOOFType != AllowedOOFTypeExternalLegacy {
		t.Errorf("IsInternal $false: AllowedOOFType = %s", rd.AllowedOOFType)
	}
	rd.LineWrapSize = Limited[int32](200)
	if err := rd.Validate(); !errors.Is(err, ErrInvalid) {
		t.Errorf("LineWrapSize 200: %v", err)
	}
	rd.LineWrapSize, rd.CharacterSet = Limited[int32](78), ptr("klingon")
	if err := rd.Validate(); !errors.Is(err, ErrInvalid) {
		t.Errorf("CharacterSet klingon: %v", err)
	}
}

func TestAcceptedDomainRules(t *testing.T) {
	set, e := contoso(t)
	def := set.AcceptedDomains[0]
	if err := CheckRemoveAcceptedDomain(def); !errors.Is(err, ErrProtected) {
		t.Errorf("removing default: %v", err)
	}
	relay, err := e.NewAcceptedDomain(set.Organization, "", "fabrikam.com", AcceptedDomainTypeInternalRelay)
	if err != nil || relay.AddressBookEnabled || relay.Name != "fabrikam.com" {
		t.Fatalf("relay domain: %+v %v", relay, err)
	}
	if err := CheckNewAcceptedDomain(relay, set.AcceptedDomains); err != nil {
		t.Errorf("new domain: %v", err)
	}
	list := append(set.AcceptedDomains, relay)
	if changed := MakeDefaultAcceptedDomain(list, relay); len(changed) != 2 || def.Default || !relay.Default {
		t.Errorf("MakeDefault changed %d", len(changed))
	}
	if err := CheckRemoveAcceptedDomain(def); err != nil {
		t.Errorf("old default now removable: %v", err)
	}
	if _, err := e.NewAcceptedDomain(set.Organization, "", "*", ""); !errors.Is(err, ErrInvalid) {
		t.Errorf("accepted domain *: %v", err)
	}
}

func TestMessageFormatCombinations(t *testing.T) {
	tests := []struct {
		mf   MessageFormat
		body MessageBodyFormat
		mac  MacAttachmentFormat
		ok   bool
	}{
		{MessageFormatMime, MessageBodyFormatTextAndHtml, MacAttachmentFormatBinHex, true},
		{MessageFormatMime, MessageBodyFormatHtml, MacAttachmentFormatAppleDouble, true},
		{MessageFormatMime, MessageBodyFormatText, MacAttachmentFormatUuEncode, false},
		{MessageFormatText, MessageBodyFormatText, MacAttachmentFormatUuEncode, true},
		{MessageFormatText, MessageBodyFormatHtml, MacAttachmentFormatBinHex, false},
		{MessageFormatText, MessageBodyFormatText, MacAttachmentFormatAppleSingle, false},
	}
	for _, tt := range tests {
		err := ValidateMessageFormats("c", tt.mf, tt.body, tt.mac)
		var ce *ConflictError
		if tt.ok != (err == nil) || !tt.ok && !errors.As(err, &ce) {
			t.Errorf("%s/%s/%s: err = %v, want ok=%v", tt.mf, tt.body, tt.mac, err, tt.ok)
		}
	}
}

func TestMailContactAddresses(t *testing.T) {
	set, e := contoso(t)
	c, err := e.NewMailContact(set.Organization, "Ann Beck", ProxyAddress{"SMTP", "ann@fabrikam.com"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Alias != "AnnBeck" || c.PrimarySmtpAddress != "ann@fabrikam.com" || c.Identity != "contoso.com/Users/Ann Beck" {
		t.Errorf("new contact: alias %q primary %q identity %q", c.Alias, c.PrimarySmtpAddress, c.Identity)
	}
	if c.UseMapiRichTextFormat != UseMapiRichTextFormatUseDefaultSettings || c.MessageFormat != MessageFormatMime {
		t.Errorf("format defaults: %s %s", c.UseMapiRichTextFormat, c.MessageFormat)
	}
	c.SetExternalEmailAddress(ProxyAddress{"SMTP", "ann@tailspin.com"})
	if s := fmtList(c.EmailAddresses); s != "[SMTP:ann@tailspin.com]" || c.PrimarySmtpAddress != "ann@tailspin.com" {
		t.Errorf("after external change: %s, primary %s", s, c.PrimarySmtpAddress)
	}
	all := []Recipient{set.Mailboxes[0], c}
	dup, _ := e.NewMailContact(set.Organization, "Admin Copy", ProxyAddress{"SMTP", "administrator@contoso.com"})
	var ee *ExistsError
	if err := CheckProxyAddresses(all, dup); !errors.As(err, &ee) || ee.UsedBy != "Administrator" {
		t.Errorf("duplicate proxy address: %v", err)
	}
	if err := c.SetEmailAddresses([]ProxyAddress{{"SMTP", "a@x.com"}, {"SMTP", "b@x.com"}}); !errors.Is(err, ErrInvalid) {
		t.Errorf("two primaries: %v", err)
	}
	if got := AliasFromName("Ann (Sales) Beck"); got != "Ann?Sales?Beck" {
		t.Errorf("AliasFromName = %q", got)
	}
}

func TestSendConnectorRules(t *testing.T) {
	set, _ := contoso(t)
	base := *set.SendConnectors[0]
	tl := TlsAuthLevelEncryptionOnly
	tests := []struct {
		name   string
		change func(s *SendConnector)
		ok     bool
	}{
		{"default", func(*SendConnector) {}, true},
		{"smart hosts with DNS", func(s *SendConnector) { s.SmartHosts = []string{"relay.contoso.com"} }, false},
		{"no DNS no hosts", func(s *SendConnector) { s.DNSRoutingEnabled = false }, false},
		{"smart host", func(s *SendConnector) { s.DNSRoutingEnabled, s.SmartHosts = false, []string{"10.0.0.5"} }, true},
		{"bad smart host", func(s *SendConnector) { s.DNSRoutingEnabled, s.SmartHosts = false, []string{"bad host"} }, false},
		{"TLS conflict", func(s *SendConnector) { s.RequireTLS, s.IgnoreSTARTTLS = true, true }, false},
		{"TlsAuthLevel without TLS", func(s *SendConnector) { s.TlsAuthLevel = &tl }, false},
		{"port", func(s *SendConnector) { s.Port = 70000 }, false},
		{"X400 with DNS", func(s *SendConnector) { s.AddressSpaces = []AddressSpace{{"X400", "c=US", 1}} }, false},
		{"no spaces", func(s *SendConnector) { s.AddressSpaces = nil }, false},
	}
	for _, tt := range tests {
		s := base
		tt.change(&s)
		if err := s.Validate(); (err == nil) != tt.ok || err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: err = %v, want ok=%v", tt.name, err, tt.ok)
		}
	}
}

func TestImsRestartMarker(t *testing.T) {
	set, err := NewOrganization("Litware", "litware.com", Exchange55, testEnv())
	if err != nil {
		t.Fatal(err)
	}
	org := set.Organization
	org.NoteImsChange("rich text Always for fabrikam.com")
	if !org.ImsRestartPending || len(org.ImsPendingChanges) != 1 {
		t.Errorf("marker not set: %+v", org)
	}
	if done := org.RestartIms(nil, nil); len(done) != 1 || org.ImsRestartPending {
		t.Errorf("restart: %v %+v", done, org)
	}
	c, _ := ContosoSeed(testEnv())
	c.Organization.NoteImsChange("x")
	if c.Organization.ImsRestartPending {
		t.Error("2013 organization got an IMS marker")
	}
}

package model

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// TestSmtpAddress: the SmtpAddress syntax (one @, dot-atom or quoted
// local part, a domain of two labels or more or an address literal, the
// 64/255/320 limits).
func TestSmtpAddress(t *testing.T) {
	local64, label63 := strings.Repeat("a", 64), strings.Repeat("b", 63)
	domain255 := strings.Join([]string{label63, label63, label63, strings.Repeat("c", 61) + ".com"}, ".")[:255]
	tests := []struct {
		in   string
		want bool
	}{
		{"tony.smith@contoso.com", true},
		{"tonysmith@mail.contoso.com", true},
		{"o'neil+lab_1@contoso.com", true},
		{"!#$%&'*+-/=?^_`{|}~@contoso.com", true},
		{`"tony smith"@contoso.com`, true},
		{`"a@b"@contoso.com`, true},
		{`"say \"hi\""@contoso.com`, true},
		{"admin@[10.0.0.1]", true},
		{"admin@[IPv6:2001:db8::1]", true},
		{"x@sub_domain.contoso.com", true},
		{local64 + "@contoso.com", true},
		{"a@" + domain255, len(domain255) == 255},
		{"a@@b.com", false},
		{"a@b@c.com", false},
		{"@contoso.com", false},
		{"tony@", false},
		{"tony", false},
		{"tony@contoso", false},
		{"tony@contoso.com.", false},
		{"tony@.contoso.com", false},
		{"tony@-contoso.com", false},
		{".tony@contoso.com", false},
		{"tony.@contoso.com", false},
		{"to..ny@contoso.com", false},
		{"tony smith@contoso.com", false},
		{"tony(x)@contoso.com", false},
		{"tony\x00@contoso.com", false},
		{"tøny@contoso.com", false},
		{`"unclosed@contoso.com`, false},
		{`"bad"quote"@contoso.com`, false},
		{`"ends with backslash\"@contoso.com`, false},
		{"admin@[10.0.0.999]", false},
		{"admin@[IPv6:10.0.0.1]", false},
		{"a" + local64 + "@contoso.com", false},
		{"a@" + domain255 + "x", false},
		{local64 + "@" + strings.Repeat("d", 250) + ".com", false},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		if seen[tt.in] {
			t.Fatalf("duplicate case %q", tt.in)
		}
		seen[tt.in] = true
		if got := IsSmtpAddress(tt.in); got != tt.want {
			t.Errorf("IsSmtpAddress(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestSmtpAddressMessage: SmtpAddress and SMTP proxy addresses fail with
// Exchange's sentence, the one the binder shows after "Error:".
func TestSmtpAddressMessage(t *testing.T) {
	want := `The email address "a@@b.com" isn't correct. Please use this format: user name, the @ sign, followed by the domain name. For example, tonysmith@contoso.com or tony.smith@contoso.com.`
	var a SmtpAddress
	if err := a.Set("a@@b.com"); err == nil || err.Error() != want || !errors.Is(err, ErrInvalid) {
		t.Errorf("SmtpAddress.Set = %v", err)
	}
	for _, in := range []string{"a@@b.com", "smtp:a@@b.com", "SMTP:a@@b.com"} {
		var p ProxyAddress
		if err := p.Set(in); err == nil || err.Error() != want {
			t.Errorf("ProxyAddress.Set(%q) = %v", in, err)
		}
	}
	if _, err := ParseProxyAddresses([]string{"ok@contoso.com", "a@@b.com"}); err == nil || err.Error() != want {
		t.Errorf("ParseProxyAddresses = %v", err)
	}
	if p, err := ParseProxyAddress("X400:c=US;a= ;p=Contoso;o=Exchange;s=Smith", "smtp"); err != nil || p.Prefix != "X400" {
		t.Errorf("X400 address: %v %v", p, err)
	}
	if err := a.Set("tab\there@contoso.com"); err == nil || !strings.Contains(err.Error(), "\"tab`there@contoso.com\"") {
		t.Errorf("a control character is not shown escaped: %v", err)
	}
}

// TestPropertyConstraints breaks one property of a valid object at a
// time: every case must fail with a ValueError for that property (and
// Exchange's message where it has one); the "ok" cases sit on a limit.
func TestPropertyConstraints(t *testing.T) {
	set, e := contoso(t)
	org := set.Organization
	contact := func(f func(*MailContact)) func() error {
		return func() error {
			c, err := e.NewMailContact(org, "Kim Akers", ProxyAddress{Prefix: "SMTP", Address: "kim@fabrikam.com"})
			if err != nil {
				return err
			}
			f(c)
			return c.Validate()
		}
	}
	user := func(f func(*MailUser)) func() error {
		return func() error {
			u, err := e.NewMailUser(org, "Ann Beebe", ProxyAddress{Prefix: "SMTP", Address: "ann@fabrikam.com"}, "ann@contoso.com")
			if err != nil {
				return err
			}
			f(u)
			return u.Validate()
		}
	}
	mailbox := func(f func(*Mailbox)) func() error {
		return func() error {
			m, err := e.NewMailbox(org, "Pat Coleman", "pat", "EX01")
			if err != nil {
				return err
			}
			f(m)
			return m.Validate()
		}
	}
	remote := func(f func(*RemoteDomain)) func() error {
		return func() error {
			r := Clone(set.RemoteDomains[0])
			f(r)
			return r.Validate()
		}
	}
	connector := func(f func(*SendConnector)) func() error {
		return func() error {
			s := Clone(set.SendConnectors[0])
			f(s)
			return s.Validate()
		}
	}
	transport := func(f func(*TransportConfig)) func() error {
		return func() error {
			tc := Clone(set.TransportConfig)
			f(tc)
			return tc.Validate()
		}
	}
	long := func(n int) string { return strings.Repeat("x", n) }
	tooLong := func(max, n int) string {
		return "The length of the property is too long. The maximum length is " + strconv.Itoa(max) + " and the length of the value provided is " + strconv.Itoa(n) + "."
	}
	smtp := `isn't correct. Please use this format`
	tests := []struct {
		name string
		what string // the property the error names; "" means the value is valid
		msg  string // part of the message
		run  func() error
	}{
		// Class 1: SMTP addresses.
		{"external address", "ExternalEmailAddress", smtp, contact(func(c *MailContact) { c.ExternalEmailAddress.Address = "a@@b.com" })},
		{"primary address", "PrimarySmtpAddress", smtp, contact(func(c *MailContact) { c.PrimarySmtpAddress = "kim@fabrikam" })},
		{"windows address", "WindowsEmailAddress", smtp, user(func(u *MailUser) { u.WindowsEmailAddress = "ann@@fabrikam.com" })},
		{"smtp proxy", "EmailAddresses", smtp, mailbox(func(m *Mailbox) {
			m.EmailAddresses = append(m.EmailAddresses, ProxyAddress{Prefix: "smtp", Address: "pat..c@contoso.com"})
		})},
		{"x400 proxy kept", "", "", mailbox(func(m *Mailbox) {
			m.EmailAddresses = append(m.EmailAddresses, ProxyAddress{Prefix: "X400", Address: "c=US;a= ;p=Contoso;s=Coleman"})
		})},
		{"forwarding address", "ForwardingSmtpAddress", smtp, mailbox(func(m *Mailbox) { m.ForwardingSmtpAddress = &ProxyAddress{Prefix: "smtp", Address: "x@"} })},
		{"user principal name", "UserPrincipalName", "user@domain", user(func(u *MailUser) { u.UserPrincipalName = "ann" })},
		{"postmaster", "ExternalPostmasterAddress", smtp, transport(func(tc *TransportConfig) { tc.ExternalPostmasterAddress = "postmaster" })},
		{"journaling NDR", "JournalingReportNdrTo", smtp, transport(func(tc *TransportConfig) { tc.JournalingReportNdrTo = "j @contoso.com" })},
		{"DSN authority", "ExternalDsnReportingAuthority", "a domain", transport(func(tc *TransportConfig) { tc.ExternalDsnReportingAuthority = ptr("bad domain") })},
		{"connector fqdn", "Fqdn", "a domain", connector(func(s *SendConnector) { s.Fqdn = ptr("mail..contoso.com") })},
		{"connector TLS domain", "TlsDomain", "a domain", connector(func(s *SendConnector) { s.TlsDomain = ptr("a.*.com") })},
		{"connector source IP", "SourceIPAddress", "an IP address", connector(func(s *SendConnector) { s.SourceIPAddress = "10.0.0" })},
		// Class 2: control characters; each kind of name has its rule.
		{"name NUL", "Name", "text without control characters", contact(func(c *MailContact) { c.Name = "Kim\x00Akers" })},
		{"name leading space", "Name", "without leading or trailing spaces", contact(func(c *MailContact) { c.Name = " Kim" })},
		{"display name newline", "DisplayName", "text without control characters", contact(func(c *MailContact) { c.DisplayName = "Kim\nAkers" })},
		{"display name empty", "DisplayName", "1 to 256 characters", contact(func(c *MailContact) { c.DisplayName = "" })},
		{"custom attribute DEL", "CustomAttribute7", "text without control characters", contact(func(c *MailContact) { c.CustomAttribute7 = "a\x7fb" })},
		{"custom attribute C1 control", "CustomAttribute8", "text without control characters", contact(func(c *MailContact) { c.CustomAttribute8 = "a\u0085b" })},
		{"extension attribute tab", "ExtensionCustomAttribute2", "text without control characters", user(func(u *MailUser) { u.ExtensionCustomAttribute2 = []string{"ok", "a\tb"} })},
		{"alias NUL", "Alias", "letters, digits", contact(func(c *MailContact) { c.Alias = "kim\x00" })},
		{"simple display name control", "SimpleDisplayName", "a-z, A-Z", contact(func(c *MailContact) { c.SimpleDisplayName = "Kim\rAkers" })},
		{"sam account name", "SamAccountName", "letters, digits, spaces", user(func(u *MailUser) { u.SamAccountName = "ann/beebe" })},
		{"sam ends with period", "SamAccountName", "not ending with a period", mailbox(func(m *Mailbox) { m.SamAccountName = "pat." })},
		{"mail tip multiline", "", "", contact(func(c *MailContact) { c.MailTip = ptr("Out until Monday.\r\nCall me.") })},
		{"mail tip NUL", "MailTip", "control characters", contact(func(c *MailContact) { c.MailTip = ptr("a\x00") })},
		{"connector name bell", "Name", "text without control characters", connector(func(s *SendConnector) { s.Name = "Internet\a" })},
		{"remote domain name", "Name", "text without control characters", remote(func(r *RemoteDomain) { r.Name = "Def\x1bault" })},
		// Class 3: lengths, counted in UTF-16 code units.
		{"custom attribute at limit", "", "", contact(func(c *MailContact) { c.CustomAttribute1 = long(1024) })},
		{"custom attribute too long", "CustomAttribute1", tooLong(1024, 10000), contact(func(c *MailContact) { c.CustomAttribute1 = long(10000) })},
		{"custom attribute 15", "CustomAttribute15", tooLong(1024, 1025), mailbox(func(m *Mailbox) { m.CustomAttribute15 = long(1025) })},
		{"custom attribute astral", "CustomAttribute3", tooLong(1024, 1026), user(func(u *MailUser) { u.CustomAttribute3 = strings.Repeat("😀", 513) })},
		{"extension attribute at limit", "", "", contact(func(c *MailContact) { c.ExtensionCustomAttribute5 = []string{long(2048)} })},
		{"extension attribute too long", "ExtensionCustomAttribute5", tooLong(2048, 2049), contact(func(c *MailContact) { c.ExtensionCustomAttribute5 = []string{"a", long(2049)} })},
		{"name at limit", "", "", mailbox(func(m *Mailbox) { m.Name = long(64) })},
		{"name too long", "Name", tooLong(64, 65), mailbox(func(m *Mailbox) { m.Name = long(65) })},
		{"display name too long", "DisplayName", tooLong(256, 257), contact(func(c *MailContact) { c.DisplayName = long(257) })},
		{"alias too long", "Alias", tooLong(64, 65), contact(func(c *MailContact) { c.Alias = long(65) })},
		{"simple display name too long", "SimpleDisplayName", tooLong(256, 257), user(func(u *MailUser) { u.SimpleDisplayName = long(257) })},
		{"first name", "FirstName", tooLong(64, 65), contact(func(c *MailContact) { c.FirstName = long(65) })},
		{"initials", "Initials", tooLong(6, 7), user(func(u *MailUser) { u.Initials = long(7) })},
		{"sam too long", "SamAccountName", tooLong(20, 21), user(func(u *MailUser) { u.SamAccountName = long(21) })},
		{"office", "Office", tooLong(128, 129), mailbox(func(m *Mailbox) { m.Office = long(129) })},
		{"mail tip", "MailTip", tooLong(175, 176), mailbox(func(m *Mailbox) { m.MailTip = ptr(long(176)) })},
		{"remote domain name too long", "Name", tooLong(64, 65), remote(func(r *RemoteDomain) { r.Name = long(65) })},
		// Class 4: numbers, sizes and time spans; Unlimited where Exchange allows it.
		{"recipients per message", "MaxRecipientPerMessage", "0 to 2147483647 or unlimited", contact(func(c *MailContact) { c.MaxRecipientPerMessage = Limited[int32](-1) })},
		{"recipients per message zero", "", "", contact(func(c *MailContact) { c.MaxRecipientPerMessage = Limited[int32](0) })},
		{"recipient limits", "RecipientLimits", "0 to 2147483647 or unlimited", user(func(u *MailUser) { u.RecipientLimits = Limited[int32](-5) })},
		{"max send size", "MaxSendSize", "0 to 2147483647 bytes or unlimited", mailbox(func(m *Mailbox) { m.MaxSendSize = Limited(2 * GB) })},
		{"prohibit send quota", "ProhibitSendQuota", "0 to 2199023254528 bytes or unlimited", mailbox(func(m *Mailbox) { m.ProhibitSendQuota = Limited(2 * TB) })},
		{"recoverable items quota", "RecoverableItemsQuota", "2199023254528 bytes", user(func(u *MailUser) { u.RecoverableItemsQuota = Limited(3 * TB) })},
		{"rules quota", "RulesQuota", "32768 to 262144 bytes", mailbox(func(m *Mailbox) { m.RulesQuota = 16 * KB })},
		{"retain deleted items", "RetainDeletedItemsFor", "00:00:00 to 24855.03:14:07", mailbox(func(m *Mailbox) { m.RetainDeletedItemsFor = -1 })},
		{"SCL threshold", "SCLJunkThreshold", "0 to 9", mailbox(func(m *Mailbox) { m.SCLJunkThreshold = ptr[int32](10) })},
		{"line wrap", "LineWrapSize", "0 to 132 or unlimited", remote(func(r *RemoteDomain) { r.LineWrapSize = Limited[int32](133) })},
		{"line wrap unlimited", "", "", remote(func(r *RemoteDomain) { r.LineWrapSize = UnlimitedInt{} })},
		{"charset coverage", "RequiredCharsetCoverage", "0 to 100", remote(func(r *RemoteDomain) { r.RequiredCharsetCoverage = ptr[int32](101) })},
		{"message count threshold", "MessageCountThreshold", "0 to 2147483647", remote(func(r *RemoteDomain) { r.MessageCountThreshold = -1 })},
		{"port", "Port", "0 to 65535", connector(func(s *SendConnector) { s.Port = 65536 })},
		{"messages per connection", "SmtpMaxMessagesPerConnection", "1 to 2147483647", connector(func(s *SendConnector) { s.SmtpMaxMessagesPerConnection = 0 })},
		{"connector size", "MaxMessageSize", "0 to 2147483647 bytes or unlimited", connector(func(s *SendConnector) { s.MaxMessageSize = Limited(2 * GB) })},
		{"inactivity timeout", "ConnectionInactivityTimeOut", "00:00:01 to 1.00:00:00", connector(func(s *SendConnector) { s.ConnectionInactivityTimeOut = 0 })},
		{"envelope limit", "MaxRecipientEnvelopeLimit", "0 to 2147483647 or unlimited", transport(func(tc *TransportConfig) { tc.MaxRecipientEnvelopeLimit = Limited[int32](-1) })},
		{"transport receive size", "MaxReceiveSize", "0 to 2147482624 bytes or unlimited", transport(func(tc *TransportConfig) { tc.MaxReceiveSize = Limited[ByteQuantifiedSize](2147482625) })},
		{"transport receive size limit", "", "", transport(func(tc *TransportConfig) { tc.MaxReceiveSize = Limited[ByteQuantifiedSize](2147482624) })},
		{"DSN attachment size", "InternalDsnMaxMessageAttachSize", "0 to 2147483647 bytes", transport(func(tc *TransportConfig) { tc.InternalDsnMaxMessageAttachSize = 2 * GB })},
		{"shadow retries", "MaxRetriesForRemoteSiteShadow", "0 to 255", transport(func(tc *TransportConfig) { tc.MaxRetriesForRemoteSiteShadow = 256 })},
		{"heartbeat retries", "ShadowHeartbeatRetryCount", "at least 0", transport(func(tc *TransportConfig) { tc.ShadowHeartbeatRetryCount = -1 })},
		{"diagnostics port", "DiagnosticsAggregationServicePort", "1 to 65535", transport(func(tc *TransportConfig) { tc.DiagnosticsAggregationServicePort = 0 })},
		{"safety net", "SafetyNetHoldTime", "at least 00:00:00", transport(func(tc *TransportConfig) { tc.SafetyNetHoldTime = -1 })},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		if seen[tt.name] {
			t.Fatalf("duplicate case %q", tt.name)
		}
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			if tt.what == "" {
				if err != nil {
					t.Fatalf("err = %v, want none", err)
				}
				return
			}
			var ve *ValueError
			if !errors.As(err, &ve) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %v, want a ValueError", err)
			}
			if ve.What != tt.what || !strings.Contains(ve.Error()+" "+ve.Valid, tt.msg) {
				t.Errorf("err = %s %q (%s), want %s and %q", ve.What, ve.Error(), ve.Valid, tt.what, tt.msg)
			}
		})
	}
}

// TestConstraintTags compiles the `valid` tags of every object type, so
// that a malformed tag fails here rather than in a cmdlet, and checks
// that malformed tags are refused.
func TestConstraintTags(t *testing.T) {
	types := []any{Organization{}, RemoteDomain{}, AcceptedDomain{}, MailUser{}, MailContact{}, Mailbox{},
		OutlookContact{}, SendConnector{}, TransportConfig{}, ExchangeServer{}}
	total := 0
	for _, v := range types {
		total += len(constraintsOf(reflect.TypeOf(v)))
	}
	if total < 100 {
		t.Errorf("only %d constraints compiled", total)
	}
	if c := constraintsOf(reflect.TypeFor[MailContact]()); c[0].prop != "Name" {
		t.Errorf("MailContact checks %s first, want Name", c[0].prop)
	}
	bad := []struct {
		name string
		v    any
	}{
		{"unknown item", struct {
			A string `valid:"lenght=5"`
		}{}},
		{"two kinds", struct {
			A string `valid:"name,alias"`
		}{}},
		{"range on text", struct {
			A string `valid:"range=0..5"`
		}{}},
		{"text rule on a number", struct {
			A int32 `valid:"len=5"`
		}{}},
		{"range without bounds", struct {
			A int32 `valid:"range=.."`
		}{}},
		{"bad bound", struct {
			A EnhancedTimeSpan `valid:"range=soon.."`
		}{}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			constraintsOf(reflect.TypeOf(tt.v))
		})
	}
}

// TestUnlimitedUInt: -ResultSize is an Unlimited<UInt32>; bad values fail
// with .NET's conversion messages.
func TestUnlimitedUInt(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"1000", "1000", ""},
		{" 7 ", "7", ""},
		{"+7", "7", ""},
		{"-0", "0", ""},
		{"0", "0", ""},
		{"4294967295", "4294967295", ""},
		{"unlimited", "Unlimited", ""},
		{"-1", "", "Value was either too large or too small for a UInt32."},
		{"4294967296", "", "Value was either too large or too small for a UInt32."},
		{"1000000000000", "", "Value was either too large or too small for a UInt32."},
		{"abc", "", "Input string was not in a correct format."},
		{"1.5", "", "Input string was not in a correct format."},
		{"--1", "", "Input string was not in a correct format."},
		{"", "", "Input string was not in a correct format."},
	}
	for _, tt := range tests {
		var u UnlimitedUInt
		err := u.Set(tt.in)
		switch {
		case tt.err == "" && (err != nil || u.String() != tt.want):
			t.Errorf("Set(%q) = %v, %v; want %s", tt.in, u, err, tt.want)
		case tt.err != "" && (err == nil || err.Error() != tt.err || !errors.Is(err, ErrInvalid)):
			t.Errorf("Set(%q) err = %v, want %q", tt.in, err, tt.err)
		}
	}
	if n := (UnlimitedUInt{}).TypeName(); n != "Microsoft.Exchange.Data.Unlimited`1[System.UInt32]" {
		t.Errorf("TypeName = %s", n)
	}
	var i UnlimitedInt
	if err := i.Set("2147483648"); err == nil || err.Error() != "Value was either too large or too small for an Int32." {
		t.Errorf("Int32 overflow: %v", err)
	}
}

// TestPrintable: control characters are shown as PowerShell escapes.
func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"plain": "plain", "a\x00b": "a`0b", "tab\t": "tab`t", "\r\n": "`r`n", "\x1b[0m": "`e[0m", "\x7f\u0085": "`u{7F}`u{85}",
	} {
		if got := Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
}

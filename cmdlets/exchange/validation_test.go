package exchange

import (
	"context"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlet/cmdlettest"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
)

// TestValueValidation runs, for each class of value the model validates
// (SMTP addresses, control characters, lengths, numbers), cmdlets given
// a bad value: each fails with a DataValidationException in Exchange's
// words and leaves the database as it was.
func TestValueValidation(t *testing.T) {
	smtp := `The email address "a@@b.com" isn't correct. Please use this format: user name, the @ sign, followed by the domain name. For example, tonysmith@contoso.com or tony.smith@contoso.com.`
	tests := []struct {
		name, cmd, want string
		c               any
	}{
		{"proxy address", "Set-MailContact", smtp, &SetMailContact{Identity: "Kim", recipientParams: recipientParams{
			EmailAddresses: bind.MultiValued[string]{Set: true, Replace: []string{"kim@fabrikam.com", "a@@b.com"}}}}},
		{"added proxy address", "Set-Mailbox", smtp, &SetMailbox{Identity: "Administrator", recipientParams: recipientParams{
			EmailAddresses: bind.MultiValued[string]{Set: true, IsEdit: true, Add: []string{"smtp:a@@b.com"}}}}},
		{"postmaster", "Set-TransportConfig", `The email address "postmaster" isn't correct.`,
			&SetTransportConfig{ExternalPostmasterAddress: some(ptr(model.SmtpAddress("postmaster")))}},
		{"name NUL", "New-MailContact", "The value \"Lee`0Gu\" isn't valid for Name. Valid values: text without control characters.",
			&NewMailContact{Name: "Lee\x00Gu", ExternalEmailAddress: model.ProxyAddress{Prefix: "SMTP", Address: "lee@fabrikam.com"}}},
		{"display name newline", "Set-MailContact", "isn't valid for DisplayName", &SetMailContact{Identity: "Kim", recipientParams: recipientParams{DisplayName: some("Kim\nAkers")}}},
		{"connector name", "New-SendConnector", "isn't valid for Name", &NewSendConnector{Name: "Out\tbound", AddressSpaces: []model.AddressSpace{{Type: "SMTP", Address: "*", Cost: 1}}}},
		{"custom attribute", "Set-MailContact", "The length of the property is too long. The maximum length is 1024 and the length of the value provided is 10000.",
			&SetMailContact{Identity: "Kim", recipientParams: recipientParams{CustomAttribute1: some(strings.Repeat("a", 10000))}}},
		{"extension attribute", "Set-MailUser", "The maximum length is 2048 and the length of the value provided is 2049.",
			&SetMailUser{Identity: "Ann", recipientParams: recipientParams{ExtensionCustomAttribute1: bind.MultiValued[string]{Set: true, Replace: []string{strings.Repeat("b", 2049)}}}}},
		{"sam account name", "New-MailUser", "The maximum length is 20 and the length of the value provided is 21.",
			&NewMailUser{Name: "Ed", ExternalEmailAddress: model.ProxyAddress{Prefix: "SMTP", Address: "ed@fabrikam.com"}, SamAccountName: some(strings.Repeat("e", 21))}},
		{"recipients per message", "Set-MailContact", `The value "-1" isn't valid for MaxRecipientPerMessage. Valid values: 0 to 2147483647 or unlimited.`,
			&SetMailContact{Identity: "Kim", MaxRecipientPerMessage: some(model.Limited[int32](-1))}},
		{"recipient limits", "Set-Mailbox", "isn't valid for RecipientLimits", &SetMailbox{Identity: "Administrator", RecipientLimits: some(model.Limited[int32](-1))}},
		{"quota", "Set-Mailbox", "Valid values: 0 to 2199023254528 bytes or unlimited.", &SetMailbox{Identity: "Administrator", ProhibitSendQuota: some(model.Limited(3 * model.TB))}},
		{"retention", "Set-Mailbox", "isn't valid for RetainDeletedItemsFor", &SetMailbox{Identity: "Administrator", RetainDeletedItemsFor: some(model.EnhancedTimeSpan(-1))}},
		{"message count", "Set-RemoteDomain", "isn't valid for MessageCountThreshold", &SetRemoteDomain{Identity: "Default", MessageCountThreshold: some[int32](-5)}},
		{"messages per connection", "Set-SendConnector", "Valid values: 1 to 2147483647.", &SetSendConnector{Identity: "Internet",
			sendConnectorParams: sendConnectorParams{SmtpMaxMessagesPerConnection: some[int32](0)}}},
		{"shadow retries", "Set-TransportConfig", "Valid values: 0 to 255.", &SetTransportConfig{MaxRetriesForLocalSiteShadow: some[int32](300)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLab(t)
			l.run("New-MailContact", &NewMailContact{Name: "Kim", ExternalEmailAddress: model.ProxyAddress{Prefix: "SMTP", Address: "kim@fabrikam.com"}}).ok(t)
			l.run("New-MailUser", &NewMailUser{Name: "Ann", ExternalEmailAddress: model.ProxyAddress{Prefix: "SMTP", Address: "ann@fabrikam.com"}}).ok(t)
			before := l.dump()
			e := l.run(tt.cmd, tt.c).failed(t)
			wantMsg(t, e, tt.want)
			if e.Reason != "DataValidationException" || e.Category != "InvalidData" {
				t.Errorf("reason %s, category %s", e.Reason, e.Category)
			}
			if l.dump() != before {
				t.Fatal("a failed invocation changed the database")
			}
		})
	}
}

// TestResultSize: a ResultSize the user gives cuts the output with
// Exchange's "more results" warning (0 returns nothing); the default of
// 1000 has its own warning; Unlimited returns everything.
func TestResultSize(t *testing.T) {
	l := newLab(t)
	for _, n := range []string{"Kim", "Lee", "Max"} {
		l.run("New-MailContact", &NewMailContact{Name: n, ExternalEmailAddress: model.ProxyAddress{Prefix: "SMTP", Address: strings.ToLower(n) + "@fabrikam.com"}}).ok(t)
	}
	tests := []struct {
		name    string
		rs      bind.Optional[model.UnlimitedUInt]
		out     int
		warning string
	}{
		{"zero", some(model.Limited[uint32](0)), 0, moreWarning},
		{"two", some(model.Limited[uint32](2)), 2, moreWarning},
		{"exactly all", some(model.Limited[uint32](3)), 3, ""},
		{"unlimited", some(model.UnlimitedUInt{}), 3, ""},
		{"default", bind.Optional[model.UnlimitedUInt]{}, 3, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range []any{&GetMailContact{recipientQuery: recipientQuery{ResultSize: tt.rs}},
				&GetRecipient{RecipientType: []model.RecipientType{model.RecipientTypeMailContact}, recipientQuery: recipientQuery{ResultSize: tt.rs}}} {
				r := l.run("Get-Recipient", c).ok(t)
				if len(r.Out) != tt.out || strings.Join(r.Warnings, "") != tt.warning {
					t.Errorf("%T: %d objects, warnings %q; want %d, %q", c, len(r.Out), r.Warnings, tt.out, tt.warning)
				}
			}
		})
	}
	sink := &cmdlettest.Sink{}
	ctx := &cmdlet.Context{Context: context.Background(), Host: l.host, Command: "Get-MessageTrackingLog", Sink: sink}
	if err := EmitLimited(ctx, make([]int, 1001), bind.Optional[model.UnlimitedInt]{}); err != nil ||
		len(sink.Out) != 1000 || strings.Join(sink.Warnings, "") != resultWarning {
		t.Errorf("default limit: %v, %d objects, warnings %q", err, len(sink.Out), sink.Warnings)
	}
}

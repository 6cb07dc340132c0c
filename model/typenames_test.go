package model

import (
	"fmt"
	"strings"
	"testing"
)

// exshOnlyEnums are the enumerations Exchange does not have.
var exshOnlyEnums = map[string]bool{
	"*model.ExchangeVersion": true, "*model.OutlookClient": true, "*model.ComposeFormat": true,
	"*model.InternetFormat": true, "*model.ReadReceiptResponse": true, "*model.ContactInternetFormat": true,
}

// Every Exchange enumeration has a .NET name under Microsoft.Exchange.;
// the exsh-only ones have none.
func TestEnumTypeNames(t *testing.T) {
	for _, e := range allEnums {
		kind := fmt.Sprintf("%T", e)
		n, ok := e.(interface{ TypeName() string })
		switch {
		case exshOnlyEnums[kind] && ok:
			t.Errorf("%s has .NET name %q but is exsh-only", kind, n.TypeName())
		case exshOnlyEnums[kind]:
		case !ok:
			t.Errorf("%s has no TypeName", kind)
		case !strings.HasPrefix(n.TypeName(), "Microsoft.Exchange."):
			t.Errorf("%s.TypeName() = %q", kind, n.TypeName())
		}
	}
}

func TestValueTypeNames(t *testing.T) {
	tests := []struct {
		v    interface{ TypeName() string }
		want string
	}{
		{UseMapiRichTextFormatNever, "Microsoft.Exchange.Data.Directory.Recipient.UseMapiRichTextFormat"},
		{SendModerationNotifications(""), "Microsoft.Exchange.Data.Directory.Recipient.TransportModerationNotificationFlags"},
		{AuthMechanisms(""), "Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig+AuthMechanisms"},
		{SmtpAddress("a@b.c"), "Microsoft.Exchange.Data.SmtpAddress"},
		{ProxyAddress{Prefix: "SMTP", Address: "a@b.c"}, "Microsoft.Exchange.Data.ProxyAddress"},
		{ByteQuantifiedSize(1), "Microsoft.Exchange.Data.ByteQuantifiedSize"},
		{EnhancedTimeSpan(0), "Microsoft.Exchange.Data.EnhancedTimeSpan"},
		{UnlimitedSize{}, "Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data.ByteQuantifiedSize]"},
		{Limited[int32](5), "Microsoft.Exchange.Data.Unlimited`1[System.Int32]"},
		{Unlimited[EnhancedTimeSpan]{}, "Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data.EnhancedTimeSpan]"},
	}
	for _, tt := range tests {
		if got := tt.v.TypeName(); got != tt.want {
			t.Errorf("%T.TypeName() = %q, want %q", tt.v, got, tt.want)
		}
	}
}

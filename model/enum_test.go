package model

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// Every enumeration implements Enum and its pointer EnumSetter.
var allEnums = []EnumSetter{
	new(ExchangeVersion), new(AllowedOOFType), new(ByteEncoderTypeFor7BitCharsets), new(ContentType),
	new(PreferredInternetCodePageForShiftJis), new(UseMapiRichTextFormat), new(MessageFormat),
	new(MessageBodyFormat), new(MacAttachmentFormat), new(SendModerationNotifications),
	new(AcceptedDomainType), new(UsageType), new(AuthMechanisms), new(ErrorPolicies),
	new(ProtocolLoggingLevel), new(TlsAuthLevel), new(TenantConnectorType), new(DSNConversionMode),
	new(HeaderPromotionMode), new(ShadowMessagePreference), new(RecipientType), new(RecipientTypeDetails),
	new(MailboxType), new(ExternalOofOptions), new(OutlookClient), new(ComposeFormat),
	new(InternetFormat), new(ReadReceiptResponse), new(ContactInternetFormat),
}

func TestEnumsSetCaseInsensitive(t *testing.T) {
	for _, e := range allEnums {
		vals := e.EnumValues()
		if len(vals) == 0 {
			t.Errorf("%T has no values", e)
		}
		for _, v := range vals {
			// Set trims and matches case-insensitively, storing
			// Exchange's spelling.
			in := " " + strings.ToLower(v) + " "
			if err := e.Set(in); err != nil {
				t.Errorf("%T.Set(%q): %v", e, in, err)
			} else if got := reflect.ValueOf(e).Elem().String(); got != v {
				t.Errorf("%T.Set(%q) stored %q, want %q", e, in, got, v)
			}
		}
		err := e.Set("NoSuchValue")
		var ve *ValueError
		if !errors.Is(err, ErrInvalid) || !errors.As(err, &ve) || !strings.Contains(ve.Valid, vals[0]) {
			t.Errorf("%T.Set(bad) = %v, want a ValueError listing the values", e, err)
		}
	}
}

// EnumValues lists the values as strings in Exchange's order.
func TestEnumValuesOrder(t *testing.T) {
	want := []string{string(ContentTypeMimeHtmlText), string(ContentTypeMimeText), string(ContentTypeMimeHtml)}
	if got := ContentType("").EnumValues(); !reflect.DeepEqual(got, want) {
		t.Errorf("ContentType.EnumValues = %v, want %v", got, want)
	}
}

// The generated Parse functions (only where enums.txt asks for them).
func TestParseEnum(t *testing.T) {
	if v, err := ParseExchangeVersion(" exchange55"); err != nil || v != Exchange55 {
		t.Errorf("ParseExchangeVersion = %q, %v", v, err)
	}
	if v, err := ParseAcceptedDomainType("INTERNALRELAY"); err != nil || v != AcceptedDomainTypeInternalRelay {
		t.Errorf("ParseAcceptedDomainType = %q, %v", v, err)
	}
	for _, bad := range []string{"", "Exchange2010"} {
		var ve *ValueError
		if v, err := ParseExchangeVersion(bad); v != "" || !errors.As(err, &ve) || !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseExchangeVersion(%q) = %q, %v; want a ValueError", bad, v, err)
		}
	}
}

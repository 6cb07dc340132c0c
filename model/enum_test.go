package model

import (
	"errors"
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
			if err := e.Set(strings.ToLower(v)); err != nil {
				t.Errorf("%T.Set(%q): %v", e, strings.ToLower(v), err)
			}
		}
		err := e.Set("NoSuchValue")
		var ve *ValueError
		if !errors.Is(err, ErrInvalid) || !errors.As(err, &ve) || !strings.Contains(ve.Valid, vals[0]) {
			t.Errorf("%T.Set(bad) = %v, want a ValueError listing the values", e, err)
		}
	}
}

func TestParseEnum(t *testing.T) {
	v, err := ParseUseMapiRichTextFormat("usedefaultsettings")
	if err != nil || v != UseMapiRichTextFormatUseDefaultSettings {
		t.Errorf("ParseUseMapiRichTextFormat = %q, %v", v, err)
	}
	if got := ContentType("").Values(); len(got) != 3 || got[0] != ContentTypeMimeHtmlText {
		t.Errorf("ContentType.Values = %v", got)
	}
	if cp, err := ParsePreferredInternetCodePageForShiftJis("50221"); err != nil || cp != PreferredInternetCodePageForShiftJisCodePage50221 {
		t.Errorf("code page: %v %v", cp, err)
	}
}

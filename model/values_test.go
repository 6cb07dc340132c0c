package model

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
)

func TestByteQuantifiedSize(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"35MB", "35 MB (36,700,160 bytes)"},
		{"20 mb", "20 MB (20,971,520 bytes)"},
		{"1024", "1 KB (1,024 bytes)"},
		{"0", "0 B (0 bytes)"},
		{"1.5GB", "1.5 GB (1,610,612,736 bytes)"},
		{"35 MB (36,700,160 bytes)", "35 MB (36,700,160 bytes)"},
		{"2147482624", "2 GB (2,147,482,624 bytes)"},
		{"100KB", "100 KB (102,400 bytes)"},
		{"1TB", "1 TB (1,099,511,627,776 bytes)"},
	}
	for _, tt := range tests {
		got, err := ParseByteQuantifiedSize(tt.in)
		if err != nil || got.String() != tt.want {
			t.Errorf("ParseByteQuantifiedSize(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "MB", "-1", "ten MB", "1XB"} {
		if _, err := ParseByteQuantifiedSize(bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseByteQuantifiedSize(%q) err = %v, want ErrInvalid", bad, err)
		}
	}
}

func TestUnlimited(t *testing.T) {
	u, err := ParseUnlimitedSize("Unlimited")
	if err != nil || !u.IsUnlimited() || u.String() != "Unlimited" {
		t.Errorf("unlimited: %v %v", u, err)
	}
	u, err = ParseUnlimitedSize("10MB")
	if v, ok := u.Value(); err != nil || !ok || v != 10*MB || u.String() != "10 MB (10,485,760 bytes)" {
		t.Errorf("10MB: %v %v", u, err)
	}
	n, err := ParseUnlimitedInt("78")
	if v, _ := n.Value(); err != nil || v != 78 {
		t.Errorf("78: %v %v", n, err)
	}
	if _, err := ParseUnlimitedInt("lots"); !errors.Is(err, ErrInvalid) {
		t.Errorf("lots: err = %v", err)
	}
	var zero UnlimitedSize
	if !zero.IsUnlimited() {
		t.Error("zero value is not Unlimited")
	}
	for _, v := range []UnlimitedSize{{}, Limited(5 * MB)} {
		b, _ := json.Marshal(v)
		var back UnlimitedSize
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(v) {
			t.Errorf("JSON round trip of %v via %s = %v, %v", v, b, back, err)
		}
	}
}

func TestEnhancedTimeSpan(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		out  string
	}{
		{"00:15:00", 15 * time.Minute, "00:15:00"},
		{"2.00:00:00", 48 * time.Hour, "2.00:00:00"},
		{"1.02:03:04", 26*time.Hour + 3*time.Minute + 4*time.Second, "1.02:03:04"},
		{"00:00:01.5", 1500 * time.Millisecond, "00:00:01.5000000"},
		{"7", 7 * 24 * time.Hour, "7.00:00:00"},
		{"12:30", 12*time.Hour + 30*time.Minute, "12:30:00"},
	}
	for _, tt := range tests {
		got, err := ParseEnhancedTimeSpan(tt.in)
		if err != nil || got.Duration() != tt.want || got.String() != tt.out {
			t.Errorf("ParseEnhancedTimeSpan(%q) = %v (%s), %v; want %v %s", tt.in, got.Duration(), got, err, tt.want, tt.out)
		}
	}
	for _, bad := range []string{"", "x", "25:00:00", "00:61:00", "1:2:3:4", "00:00:1e3"} {
		if _, err := ParseEnhancedTimeSpan(bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseEnhancedTimeSpan(%q) err = %v, want ErrInvalid", bad, err)
		}
	}
}

func TestProxyAddresses(t *testing.T) {
	p, err := ParseProxyAddress("user@fabrikam.com", "SMTP")
	if err != nil || p.String() != "SMTP:user@fabrikam.com" || !p.IsPrimary() {
		t.Errorf("bare external address: %v %v", p, err)
	}
	x, err := ParseProxyAddress("X500:/o=Org/ou=Site/cn=Recipients/cn=ann", "smtp")
	if err != nil || x.Prefix != "X500" {
		t.Errorf("X500: %v %v", x, err)
	}
	tests := []struct {
		name    string
		in      []string
		want    string
		wantErr error
	}{
		{"first becomes primary", []string{"a@x.com", "smtp:b@x.com"}, "[SMTP:a@x.com smtp:b@x.com]", nil},
		{"explicit primary kept", []string{"a@x.com", "SMTP:b@x.com", "X400:c=US;a= ;p=Org;o=Site;s=Ann;"}, "[smtp:a@x.com SMTP:b@x.com X400:c=US;a= ;p=Org;o=Site;s=Ann;]", nil},
		{"two primaries", []string{"SMTP:a@x.com", "SMTP:b@x.com"}, "", ErrInvalid},
		{"duplicate", []string{"a@x.com", "smtp:A@X.com"}, "", ErrInvalid},
		{"bad smtp", []string{"smtp:not-an-address"}, "", ErrInvalid},
	}
	for _, tt := range tests {
		got, err := ParseProxyAddresses(tt.in)
		if tt.wantErr != nil {
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("%s: err = %v, want %v", tt.name, err, tt.wantErr)
			}
			continue
		}
		if s := fmtList(got); err != nil || s != tt.want {
			t.Errorf("%s: got %s, %v; want %s", tt.name, s, err, tt.want)
		}
	}
	list := WithPrimarySmtp([]ProxyAddress{{"SMTP", "a@x.com"}, {"smtp", "b@x.com"}}, "b@x.com")
	if s := fmtList(list); s != "[smtp:a@x.com SMTP:b@x.com]" {
		t.Errorf("WithPrimarySmtp = %s", s)
	}
}

func fmtList[T interface{ String() string }](l []T) string {
	s := "["
	for i, v := range l {
		if i > 0 {
			s += " "
		}
		s += v.String()
	}
	return s + "]"
}

func TestAddressSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"*", "SMTP:*;1"},
		{"contoso.com;2", "SMTP:contoso.com;2"},
		{"smtp:*.Contoso.com;10", "SMTP:*.contoso.com;10"},
		{"X400:c=US;a=;p=Org;5", "X400:c=US;a=;p=Org;5"},
	}
	for _, tt := range tests {
		a, err := ParseAddressSpace(tt.in)
		if err != nil || a.String() != tt.want {
			t.Errorf("ParseAddressSpace(%q) = %v, %v; want %s", tt.in, a, err, tt.want)
		}
	}
	for _, bad := range []string{"*contoso.com", "a.*.contoso.com", "contoso.com;0", "contoso.com;101", ""} {
		if _, err := ParseAddressSpace(bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseAddressSpace(%q) err = %v, want ErrInvalid", bad, err)
		}
	}
}

func TestDomains(t *testing.T) {
	for _, ok := range []string{"*", "*.contoso.com", "contoso.com", "a-b.co.uk"} {
		if err := ValidateDomain("DomainName", ok, true); err != nil {
			t.Errorf("ValidateDomain(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"", "a.*.contoso.com", "*contoso.com", "-a.com", "a..com", "contoso.com*"} {
		if err := ValidateDomain("DomainName", bad, true); !errors.Is(err, ErrInvalid) {
			t.Errorf("ValidateDomain(%q) = %v, want ErrInvalid", bad, err)
		}
	}
	rd := func(name, domain string) *RemoteDomain {
		return &RemoteDomain{DomainName: domain, ConfigHeader: ConfigHeader{Name: name}}
	}
	rds := []*RemoteDomain{rd("Default", "*"), rd("Wild", "*.contoso.com"), rd("Mkt", "marketing.contoso.com")}
	for dom, want := range map[string]string{"marketing.contoso.com": "Mkt", "sales.contoso.com": "Wild",
		"fabrikam.com": "Default", "MARKETING.contoso.com": "Mkt"} {
		if got := BestRemoteDomain(rds, dom); got.Name != want {
			t.Errorf("BestRemoteDomain(%s) = %s, want %s", dom, got.Name, want)
		}
	}
}

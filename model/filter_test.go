package model

import (
	"errors"
	"reflect"
	"testing"
)

// filterObj stands for a recipient: text, enum-like, boolean, nullable
// and multi-valued properties.
type filterObj struct {
	Name           string
	RecipientType  string
	Hidden         bool
	TNEFEnabled    *bool
	EmailAddresses []ProxyAddress
	Count          int
}

func TestFilterMatch(t *testing.T) {
	yes := true
	kim := &filterObj{Name: "Kim Akers", RecipientType: "MailContact", TNEFEnabled: &yes, Count: 12,
		EmailAddresses: []ProxyAddress{{Prefix: "SMTP", Address: "kim@fabrikam.com"}, {Prefix: "smtp", Address: "k@fabrikam.net"}}}
	tests := []struct {
		filter string
		want   bool
	}{
		{"Name -eq 'kim akers'", true},
		{`Name -like "Kim*"`, true},
		{"Name -notlike 'Ann*'", true},
		{"Name -ne 'Kim Akers'", false},
		{"RecipientType -eq 'MailContact' -and Hidden -eq $false", true},
		{"RecipientType -eq 'MailUser' -or Name -like '*akers'", true},
		{"-not (Name -like 'K*')", false},
		{"(Name -like 'A*' -or Name -like 'K*') -and TNEFEnabled -eq $true", true},
		{"TNEFEnabled -eq $null", false},
		{"EmailAddresses -like 'smtp:*@fabrikam.net'", true},
		{"EmailAddresses -eq 'SMTP:nobody@fabrikam.com'", false},
		{"Count -gt 9", true},
		{"Count -lt 9", false},
		{"name -EQ 'Kim Akers'", true},
	}
	for _, tc := range tests {
		f, err := ParseFilter(tc.filter, reflect.TypeOf(kim))
		if err != nil {
			t.Errorf("ParseFilter(%q): %v", tc.filter, err)
			continue
		}
		if got := f.Match(kim); got != tc.want {
			t.Errorf("%q on Kim = %v, want %v", tc.filter, got, tc.want)
		}
	}
	f, _ := ParseFilter("TNEFEnabled -eq $null -and EmailAddresses -eq $null", reflect.TypeOf(kim))
	if !f.Match(&filterObj{}) {
		t.Error("$null should match unset and empty properties")
	}
}

func TestFilterErrors(t *testing.T) {
	tests := []struct {
		filter, reason string
		pos            int
	}{
		{"Name -foo 'x'", filterSyntaxReason, 6},
		{"Nope -eq 'x'", `"Nope" is not a recognized filterable property. For a list of filterable properties see the command help.`, 1},
		{"Name -eq 'x' -and", filterSyntaxReason, 18},
		{"(Name -eq 'x'", filterSyntaxReason, 14},
		{"Name -eq 'x", filterSyntaxReason, 10},
		{"Name -eq $x", filterSyntaxReason, 10},
		{"", filterSyntaxReason, 1},
	}
	for _, tc := range tests {
		_, err := ParseFilter(tc.filter, reflect.TypeOf(filterObj{}))
		var fe *FilterError
		if !errors.As(err, &fe) || fe.Reason != tc.reason || fe.Pos != tc.pos {
			t.Errorf("ParseFilter(%q) = %v, want %q at %d", tc.filter, err, tc.reason, tc.pos)
		}
	}
}

func FuzzFilter(f *testing.F) {
	for _, s := range []string{"Name -eq 'x'", "-not (Count -gt 1 -or Hidden -eq $true)", "EmailAddresses -like '*'", "((", "Name -eq"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if flt, err := ParseFilter(s, reflect.TypeOf(filterObj{})); err == nil {
			flt.Match(&filterObj{Name: "x", EmailAddresses: []ProxyAddress{{Prefix: "SMTP", Address: "a@b.c"}}})
		}
	})
}

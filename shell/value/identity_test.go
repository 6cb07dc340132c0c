package value

import "testing"

// fakeExchange is an Exchange-like object: a .NET type name and an
// Identity.
type fakeExchange struct{ Identity, Name string }

func (*fakeExchange) TypeName() string         { return "Deserialized.Fake" }
func (f *fakeExchange) ObjectIdentity() string { return f.Identity }

// TestIdentityText checks that identified values convert to their
// Identity everywhere ToString is used, and that a nil one is "".
func TestIdentityText(t *testing.T) {
	kim := &fakeExchange{Identity: "contoso.com/Users/Kim", Name: "Kim"}
	def := &fakeExchange{Identity: "Default", Name: "Default"}
	var none *fakeExchange
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"scalar", def, "Default"},
		{"canonical", kim, "contoso.com/Users/Kim"},
		{"list", []any{def, kim}, "Default contoso.com/Users/Kim"},
		{"nil pointer", none, ""},
		{"list with nil", []any{def, none}, "Default "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ToString(tt.in); got != tt.want {
				t.Errorf("ToString = %q, want %q", got, tt.want)
			}
		})
	}
	// An identified object is not a string: it equals a string only with
	// the string on the left (which converts the object).
	if Equal(def, "Default") {
		t.Error(`object -eq "Default" is true`)
	}
}

package bind

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBindGetThing(t *testing.T) {
	spec := mustSpec(t, "Get-Thing", &getThing{}, false, "")
	type test struct {
		name       string
		in         []Item
		want       getThing
		wantCommon Common
		wantErr    string
		errAt      int
	}
	tests := []test{
		{name: "ver means verb", in: items(p("Ver"), a("Get")), want: getThing{Verb: "Get"}},
		{name: "verbose exact", in: items(p("Verbose")), wantCommon: Common{Verbose: Optional[bool]{true, true}}},
		{name: "verbose alias false", in: items(pc("vb", false)), wantCommon: Common{Verbose: Optional[bool]{Set: true}}},
		{name: "error action alias", in: items(p("ea"), a("silentlycontinue")),
			wantCommon: Common{ErrorAction: "SilentlyContinue"}},
		{name: "error action number", in: items(p("ErrorAction"), a(1)), wantCommon: Common{ErrorAction: "Stop"}},
		{name: "warning action", in: items(p("wa"), a("Ignore")), wantCommon: Common{WarningAction: "Ignore"}},
		{name: "error action out of range", in: items(p("ea"), a(9)), wantErr: "CannotConvertArgumentNoMessage", errAt: 2},
		{name: "variables", in: items(p("ev"), a("e"), p("ov"), a("o"), p("OutBuffer"), a("5")),
			wantCommon: Common{ErrorVariable: "e", OutVariable: "o", OutBuffer: 5}},
		{name: "whatif needs shouldprocess", in: items(p("WhatIf")), wantErr: "NamedParameterNotFound", errAt: 1},
		{name: "common prefix ambiguous", in: items(p("W"), a("x")), wantErr: "AmbiguousParameter", errAt: 1},
		{name: "two positionals", in: items(a("n"), a("m")), want: getThing{Name: "n", Noun: "m"}},
		{name: "no args", in: items()},
	}
	uniqueNames(t, tests, func(tt test) string { return tt.name })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got getThing
			b, err := Bind(spec, &got, tt.in, Options{})
			if checkErr(t, err, tt.wantErr, tt.errAt) {
				return
			}
			tt.want.Common = tt.wantCommon
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("bound struct (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.wantCommon, b.Common()); d != "" {
				t.Errorf("Common() (-want +got):\n%s", d)
			}
		})
	}
}

func TestShouldProcessParams(t *testing.T) {
	spec := mustSpec(t, "Set-Thing", &setThing{}, true, "")
	var got setThing
	b, err := Bind(spec, &got, items(a("x"), p("wi"), pc("cf", false)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := Common{WhatIf: Optional[bool]{true, true}, Confirm: Optional[bool]{Set: true}}
	if d := cmp.Diff(want, b.Common()); d != "" {
		t.Errorf("Common() (-want +got):\n%s", d)
	}
	if !b.Given("whatif") || !b.Given("Identity") || b.Given("Force") || b.Given("nosuch") {
		t.Errorf("Given is wrong")
	}
	if b.Set() != AllSets {
		t.Errorf("Set() = %q, want %q", b.Set(), AllSets)
	}
}

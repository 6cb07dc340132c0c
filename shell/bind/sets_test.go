package bind

import (
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParameterSets(t *testing.T) {
	sets := mustSpec(t, "Get-Sets", &setsThing{}, false, "ById")
	amb := mustSpec(t, "Get-Amb", &ambThing{}, false, "")
	type test struct {
		name    string
		spec    *Spec
		in      []Item
		want    any
		wantSet string
		wantErr string
	}
	tests := []test{
		{name: "default set positional", spec: sets, in: items(a("x")), want: &setsThing{Identity: "x"}, wantSet: "ById"},
		{name: "named narrows", spec: sets, in: items(p("Name"), a("n")), want: &setsThing{Name: "n"}, wantSet: "ByName"},
		{name: "filter set", spec: sets, in: items(p("Filter"), a("f"), p("Server"), a("s")),
			want: &setsThing{Filter: "f", Server: "s"}, wantSet: "ByFilter"},
		{name: "narrowed positional", spec: sets, in: items(p("Anr"), a("a"), a("n")),
			want: &setsThing{Anr: "a", Name: "n"}, wantSet: "ByName"},
		{name: "narrowed missing mandatory", spec: sets, in: items(p("Anr"), a("a")), wantErr: "AmbiguousParameterSet"},
		{name: "conflicting sets", spec: sets, in: items(p("Identity"), a("x"), p("Filter"), a("f")), wantErr: "AmbiguousParameterSet"},
		{name: "default set mandatory", spec: sets, in: items(p("Server"), a("s")), wantErr: "MissingMandatoryParameter"},
		{name: "no default ambiguous", spec: amb, in: items(p("Z"), a("z")), wantErr: "AmbiguousParameterSet"},
		{name: "no default resolved", spec: amb, in: items(p("Y"), a("y")), want: &ambThing{Y: "y"}, wantSet: "B"},
	}
	uniqueNames(t, tests, func(tt test) string { return tt.name })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var target any = &setsThing{}
			if tt.spec == amb {
				target = &ambThing{}
			}
			b, err := Bind(tt.spec, target, tt.in, Options{})
			if checkErr(t, err, tt.wantErr, 0) {
				return
			}
			if d := cmp.Diff(tt.want, target); d != "" {
				t.Errorf("bound struct (-want +got):\n%s", d)
			}
			if b.Set() != tt.wantSet {
				t.Errorf("Set() = %q, want %q", b.Set(), tt.wantSet)
			}
		})
	}
}

func TestNewSpecErrors(t *testing.T) {
	type dupAlias struct {
		A string `ps:"alias=x"`
		B string `ps:"alias=X"`
	}
	type commonClash struct {
		Extra string `ps:"alias=ea"`
	}
	type nameClash struct {
		WhatIf Switch
	}
	type badTag struct {
		A string `ps:"bogus"`
	}
	type badPos struct {
		A string `ps:"pos=x"`
	}
	type samePos struct {
		A string `ps:"pos=0"`
		B string `ps:"pos=0"`
	}
	type unreachable struct {
		X string `ps:"set=A"`
		Y string `ps:"set=A|B"`
	}
	tests := []struct {
		name  string
		proto any
		sp    bool
		def   string
		want  string
	}{
		{"duplicate alias", &dupAlias{}, false, "", "already used"},
		{"clash with common alias", &commonClash{}, false, "", "already used"},
		{"clash with whatif", &nameClash{}, true, "", "already used"},
		{"whatif allowed without shouldprocess", &nameClash{}, false, "", ""},
		{"bad tag", &badTag{}, false, "", "unknown tag option"},
		{"bad position", &badPos{}, false, "", "bad position"},
		{"same position", &samePos{}, false, "", "both have position"},
		{"unknown default", &unreachable{}, false, "C", "is not a parameter set"},
		{"unreachable set", &unreachable{}, false, "A", "cannot be selected"},
		{"not a pointer", unreachable{}, false, "", "pointer to a struct"},
	}
	uniqueNames(t, tests, func(tt struct {
		name  string
		proto any
		sp    bool
		def   string
		want  string
	}) string {
		return tt.name
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewSpec("Test-It", tt.proto, tt.sp, tt.def)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestSpecParams(t *testing.T) {
	spec := mustSpec(t, "Set-Thing", &setThing{}, true, "")
	id := spec.Params[0]
	want := &Param{Name: "Identity", Aliases: []string{"id"}, Type: id.Type, TypeName: "String", Position: 0,
		Mandatory: true, ByValue: true, ByPropertyName: true, Help: "The object.", Index: []int{0}}
	if d := cmp.Diff(want, id, cmp.AllowUnexported(Param{}), cmp.Comparer(func(a, b reflect.Type) bool { return a == b })); d != "" {
		t.Errorf("Identity param (-want +got):\n%s", d)
	}
	types := map[string]string{}
	for _, p := range spec.Params {
		types[p.Name] = p.TypeName
	}
	wantTypes := map[string]string{
		"Identity": "String", "TNEFEnabled": "Boolean", "TargetDeliveryDomain": "Boolean", "Color": "color",
		"Count": "Int32", "Names": "String[]", "EmailAddresses": "String[]", "Force": "SwitchParameter",
		"Filter": "String", "Timeout": "TimeSpan", "Size": "size", "Props": "Hashtable", "Script": "ScriptBlock",
		"Anything": "Object", "Ptr": "String", "Verbose": "SwitchParameter", "Debug": "SwitchParameter",
		"ErrorAction": "ActionPreference", "WarningAction": "ActionPreference", "InformationAction": "ActionPreference",
		"ErrorVariable": "String", "WarningVariable": "String", "InformationVariable": "String",
		"OutVariable": "String", "OutBuffer": "Int32", "PipelineVariable": "String",
		"WhatIf": "SwitchParameter", "Confirm": "SwitchParameter",
	}
	if d := cmp.Diff(wantTypes, types); d != "" {
		t.Errorf("type names (-want +got):\n%s", d)
	}
	if c := spec.param("Color"); strings.Join(c.Values, ",") != "Red,Green,Blue" {
		t.Errorf("Color values = %v", c.Values)
	}
	if spec.param("state") != nil || spec.param("Skipped") != nil {
		t.Errorf("unexported or excluded field became a parameter")
	}
	var s setThing
	_ = s.state
}

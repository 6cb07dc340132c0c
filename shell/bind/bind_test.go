package bind

import (
	"testing"
	"time"

	"github.com/exsh/exsh/shell/value"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestBindSetThing(t *testing.T) {
	spec := mustSpec(t, "Set-Thing", &setThing{}, true, "")
	h := ht("Add", []any{"x", "y"}, "remove", "z")
	tests := []struct {
		name    string
		in      []Item
		opts    Options
		want    setThing
		wantErr string
		errAt   int
	}{
		{name: "positional identity", in: items(a("x")), want: setThing{Identity: "x"}},
		{name: "named identity", in: items(p("Identity"), a("x")), want: setThing{Identity: "x"}},
		{name: "case-insensitive name", in: items(p("iDeNtItY"), a("x")), want: setThing{Identity: "x"}},
		{name: "alias", in: items(p("id"), a("x")), want: setThing{Identity: "x"}},
		{name: "colon form", in: items(pc("Identity", "x")), want: setThing{Identity: "x"}},
		{name: "prefix", in: items(a("x"), p("TNEFEnable"), a(false)),
			want: setThing{Identity: "x", TNEFEnabled: Optional[*bool]{true, ptr(false)}}},
		{name: "ambiguous prefix", in: items(a("x"), p("T"), a(true)), wantErr: "AmbiguousParameter", errAt: 2},
		{name: "not found", in: items(a("x"), p("domainame"), a(true)), wantErr: "NamedParameterNotFound", errAt: 2},
		{name: "tristate true", in: items(a("x"), p("TNEFEnabled"), a(true)),
			want: setThing{Identity: "x", TNEFEnabled: Optional[*bool]{true, ptr(true)}}},
		{name: "tristate null", in: items(a("x"), pc("TNEFEnabled", nil)),
			want: setThing{Identity: "x", TNEFEnabled: Optional[*bool]{Set: true}}},
		{name: "tristate number", in: items(a("x"), pc("TNEFEnabled", 0)),
			want: setThing{Identity: "x", TNEFEnabled: Optional[*bool]{true, ptr(false)}}},
		{name: "tristate string rejected", in: items(a("x"), p("TNEFEnabled"), a("false")),
			wantErr: "ParameterArgumentTransformationError", errAt: 3},
		{name: "plain bool null rejected", in: items(a("x"), p("TargetDeliveryDomain"), a(nil)),
			wantErr: "ParameterArgumentTransformationError", errAt: 3},
		{name: "switch alone", in: items(a("x"), p("Force")), want: setThing{Identity: "x", Force: true}},
		{name: "switch colon false", in: items(a("x"), pc("Force", false)), want: setThing{Identity: "x"}},
		{name: "switch string rejected", in: items(a("x"), pc("Force", "no")),
			wantErr: "ParameterArgumentTransformationError", errAt: 2},
		{name: "switch does not consume", in: items(p("Force"), a("x")), want: setThing{Identity: "x", Force: true}},
		{name: "confirm false is positional", in: items(a("x"), p("Confirm"), a(false)),
			wantErr: "CannotConvertArgumentNoMessage", errAt: 3},
		{name: "missing argument at end", in: items(a("x"), p("Count")), wantErr: "MissingArgument", errAt: 2},
		{name: "missing argument before param", in: items(p("Count"), p("Identity"), a("x")),
			wantErr: "MissingArgument", errAt: 1},
		{name: "bool needs argument", in: items(a("x"), p("TargetDeliveryDomain")), wantErr: "MissingArgument", errAt: 2},
		{name: "duplicate parameter", in: items(p("Identity"), a("x"), p("id"), a("y")),
			wantErr: "ParameterAlreadyBound", errAt: 3},
		{name: "positional order", in: items(a("x"), a("blue")), want: setThing{Identity: "x", Color: "Blue"}},
		{name: "positional after named", in: items(p("Identity"), a("x"), a("green")),
			want: setThing{Identity: "x", Color: "Green"}},
		{name: "positional leftover", in: items(a("x"), a("red"), a("extra")),
			wantErr: "PositionalParameterNotFound", errAt: 3},
		{name: "enum by index", in: items(a("x"), pc("Color", 2)), want: setThing{Identity: "x", Color: "Blue"}},
		{name: "enum invalid", in: items(a("x"), p("Color"), a("pink")), wantErr: "CannotConvertArgumentNoMessage", errAt: 3},
		{name: "string to int", in: items(a("x"), p("Count"), a("42")), want: setThing{Identity: "x", Count: 42}},
		{name: "bad int", in: items(a("x"), p("Count"), a("many")), wantErr: "CannotConvertArgumentNoMessage", errAt: 3},
		{name: "number to string", in: items(a(7)), want: setThing{Identity: "7"}},
		{name: "array to scalar", in: items(p("Identity"), a([]any{"a", "b"})), wantErr: "CannotConvertArgument", errAt: 2},
		{name: "one-element array to scalar", in: items(p("Identity"), a([]any{"a"})), want: setThing{Identity: "a"}},
		{name: "scalar to slice", in: items(a("x"), p("Names"), a("n")), want: setThing{Identity: "x", Names: []string{"n"}}},
		{name: "array to slice", in: items(a("x"), p("Names"), a([]any{"n", 1})),
			want: setThing{Identity: "x", Names: []string{"n", "1"}}},
		{name: "null to mandatory", in: items(p("Identity"), a(nil)), wantErr: "NullNotAllowed", errAt: 2},
		{name: "empty to mandatory", in: items(a("")), wantErr: "EmptyStringNotAllowed", errAt: 1},
		{name: "missing mandatory", in: items(p("Count"), a(1)), wantErr: "MissingMandatoryParameter"},
		{name: "multivalued replace", in: items(a("x"), p("EmailAddresses"), a([]any{"a", "b"})),
			want: setThing{Identity: "x", EmailAddresses: MultiValued[string]{Set: true, Replace: []string{"a", "b"}}}},
		{name: "multivalued edit", in: items(a("x"), p("EmailAddresses"), a(h)),
			want: setThing{Identity: "x", EmailAddresses: MultiValued[string]{Set: true, IsEdit: true, Add: []string{"x", "y"}, Remove: []string{"z"}}}},
		{name: "multivalued null", in: items(a("x"), pc("EmailAddresses", nil)),
			want: setThing{Identity: "x", EmailAddresses: MultiValued[string]{Set: true, Replace: []string{}}}},
		{name: "multivalued bad key", in: items(a("x"), p("EmailAddresses"), a(ht("Put", "a"))),
			wantErr: "ParameterArgumentTransformationError", errAt: 3},
		{name: "timespan", in: items(a("x"), p("Timeout"), a("2.00:00:00")), want: setThing{Identity: "x", Timeout: 48 * time.Hour}},
		{name: "text unmarshaler", in: items(a("x"), p("Size"), a("10kb")), want: setThing{Identity: "x", Size: 10}},
		{name: "text unmarshaler error", in: items(a("x"), p("Size"), a("big")), wantErr: "ParameterArgumentTransformationError", errAt: 3},
		{name: "hashtable", in: items(a("x"), p("Props"), a(h)), want: setThing{Identity: "x", Props: h}},
		{name: "hashtable rejects string", in: items(a("x"), p("Props"), a("s")), wantErr: "CannotConvertArgumentNoMessage", errAt: 3},
		{name: "script block param", in: items(a("x"), p("Script"), a(sb("1"))), want: setThing{Identity: "x", Script: sb("1")}},
		{name: "script block param rejects string", in: items(a("x"), p("Script"), a("1")), wantErr: "CannotConvertArgumentNoMessage", errAt: 3},
		{name: "filter script block is text", in: items(a("x"), p("Filter"), a(sb("Name -like 'a*'"))),
			want: setThing{Identity: "x", Filter: "Name -like 'a*'"}},
		{name: "any takes array", in: items(a("x"), p("Anything"), a([]any{1, 2})), want: setThing{Identity: "x", Anything: []any{1, 2}}},
		{name: "pointer null", in: items(a("x"), pc("Ptr", nil)), want: setThing{Identity: "x"}},
		{name: "pointer value", in: items(a("x"), p("Ptr"), a("v")), want: setThing{Identity: "x", Ptr: ptr("v")}},
		{name: "excluded field", in: items(a("x"), p("Skipped"), a("v")), wantErr: "NamedParameterNotFound", errAt: 2},
		{name: "delay bind needs input", in: items(p("Identity"), a(sb("$_.Name"))), wantErr: "ScriptBlockArgumentNoInput", errAt: 2},
		{name: "delay bind kept", in: items(p("Identity"), a(sb("$_.Name"))), opts: Options{ExpectInput: true}},
		{name: "splatting", in: items(sp("Identity", "x"), sp("Confirm", false), sp("Force", true)),
			want: setThing{Identity: "x", Force: true}},
		{name: "splat with normal args", in: items(a("x"), sp("Count", "3")), want: setThing{Identity: "x", Count: 3}},
		{name: "stop parsing", in: items(p("--"), p("x")), want: setThing{Identity: "-x"}},
		{name: "stop parsing colon", in: items(p("--"), a("x"), pc("red", 1)), wantErr: "CannotConvertArgumentNoMessage", errAt: 3},
		{name: "common parameter", in: items(a("x"), p("ea"), a("stop")), want: setThing{Identity: "x"}},
		{name: "common bad action", in: items(a("x"), p("ErrorAction"), a("Maybe")), wantErr: "CannotConvertArgumentNoMessage", errAt: 3},
		{name: "pipeline mandatory deferred", in: items(p("Count"), a(1)), opts: Options{ExpectInput: true}, want: setThing{Count: 1}},
	}
	uniqueNames(t, tests, func(tt struct {
		name    string
		in      []Item
		opts    Options
		want    setThing
		wantErr string
		errAt   int
	}) string {
		return tt.name
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got setThing
			_, err := Bind(spec, &got, tt.in, tt.opts)
			if checkErr(t, err, tt.wantErr, tt.errAt) {
				return
			}
			if d := cmp.Diff(tt.want, got, cmpopts.IgnoreUnexported(setThing{}), cmp.AllowUnexported(value.Hashtable{})); d != "" {
				t.Errorf("bound struct (-want +got):\n%s", d)
			}
		})
	}
}

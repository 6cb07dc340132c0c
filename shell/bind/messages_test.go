package bind

import (
	"strings"
	"testing"
)

// TestMessages pins the literal PowerShell wording of every binding error.
func TestMessages(t *testing.T) {
	set := mustSpec(t, "Set-Thing", &setThing{}, true, "")
	sets := mustSpec(t, "Get-Sets", &setsThing{}, false, "ById")
	only := mustSpec(t, "Get-NameOnly", &nameOnly{}, false, "")
	type test struct {
		name string
		spec *Spec
		in   []Item
		want string
	}
	tests := []test{
		{"not found", set, items(a("x"), p("domainame")),
			"A parameter cannot be found that matches parameter name 'domainame'."},
		{"ambiguous", set, items(a("x"), p("t"), a(1)),
			"Parameter cannot be processed because the parameter name 't' is ambiguous. Possible matches include: -TNEFEnabled -TargetDeliveryDomain -Timeout."},
		{"positional", set, items(a("x"), a("red"), a([]any{1, 2})),
			"A positional parameter cannot be found that accepts argument 'System.Object[]'."},
		{"missing argument", set, items(a("x"), p("TNEFEnabled")),
			"Missing an argument for parameter 'TNEFEnabled'. Specify a parameter of type 'System.Boolean' and try again."},
		{"already bound", set, items(a("x"), p("Count"), a(1), p("count"), a(2)),
			`Cannot bind parameter because parameter 'Count' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`},
		{"bool string", set, items(a("x"), p("TNEFEnabled"), a("false")),
			`Cannot process argument transformation on parameter 'TNEFEnabled'. Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`},
		{"enum", set, items(a("x"), p("Color"), a("pink")),
			`Cannot bind parameter 'Color'. Cannot convert value "pink" to type "color". Error: "Unable to match the identifier name pink to a valid enumerator name. Specify one of the following enumerator names and try again:` + "\n" + `Red, Green, Blue"`},
		{"array to scalar", set, items(a([]any{"a", "b"})),
			"Cannot convert 'System.Object[]' to the type 'System.String' required by parameter 'Identity'. Specified method is not supported."},
		{"int", set, items(a("x"), p("Count"), a("many")),
			`Cannot bind parameter 'Count'. Cannot convert value "many" to type "System.Int32". Error: "Input string was not in a correct format."`},
		{"null", set, items(p("Identity"), a(nil)), "Cannot bind argument to parameter 'Identity' because it is null."},
		{"empty", set, items(p("Identity"), a("")), "Cannot bind argument to parameter 'Identity' because it is an empty string."},
		{"mandatory", only, items(), "Cannot process command because of one or more missing mandatory parameters: Name."},
		{"mandatory list", sets, items(p("Anr"), a("a"), p("Server"), a("s"), p("Filter"), a("f"), p("Name"), a("n")),
			"Parameter set cannot be resolved using the specified named parameters."},
		{"action", set, items(a("x"), p("ea"), a("Maybe")),
			`Cannot bind parameter 'ErrorAction'. Cannot convert value "Maybe" to type "System.Management.Automation.ActionPreference". Error: "Unable to match the identifier name Maybe to a valid enumerator name. Specify one of the following enumerator names and try again:` + "\n" + `SilentlyContinue, Stop, Continue, Inquire, Ignore"`},
	}
	uniqueNames(t, tests, func(tt test) string { return tt.name })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target := func() any {
				switch tt.spec {
				case sets:
					return &setsThing{}
				case only:
					return &nameOnly{}
				}
				return &setThing{}
			}()
			_, err := Bind(tt.spec, target, tt.in, Options{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("error =\n%v\nwant\n%s", err, tt.want)
			}
		})
	}
}

func TestMissingMandatoryLists(t *testing.T) {
	type two struct {
		A string `ps:"mandatory"`
		B int    `ps:"mandatory"`
		C string
	}
	spec := mustSpec(t, "New-Two", &two{}, false, "")
	_, err := Bind(spec, &two{}, items(p("C"), a("c")), Options{})
	want := "Cannot process command because of one or more missing mandatory parameters: A B."
	if err == nil || err.Error() != want || err.(*Error).Category != "InvalidArgument" {
		t.Fatalf("error = %v, want %s", err, want)
	}
	if !strings.Contains(err.(*Error).Param, "A B") {
		t.Errorf("Param = %q", err.(*Error).Param)
	}
}

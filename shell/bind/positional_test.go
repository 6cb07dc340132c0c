package bind

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// restThing collects leftover positional arguments, like Write-Output.
type restThing struct {
	First string `ps:"pos=0"`
	Rest  []any  `ps:"pos=1,rest"`
}

// filterThing has a default set whose positional parameter is a string
// and a second set whose positional parameter is a script block, like
// Where-Object.
type filterThing struct {
	Property     string      `ps:"pos=0,mandatory,set=Equal"`
	Value        any         `ps:"pos=1,set=Equal"`
	FilterScript ScriptBlock `ps:"pos=0,mandatory,set=Script"`
}

func TestRemainingArguments(t *testing.T) {
	spec := mustSpec(t, "Write-Rest", &restThing{}, false, "")
	type test struct {
		name    string
		in      []Item
		want    *restThing
		wantErr string
	}
	tests := []test{
		{name: "one", in: items(a("a")), want: &restThing{First: "a"}},
		{name: "two", in: items(a("a"), a("b")), want: &restThing{First: "a", Rest: []any{"b"}}},
		{name: "many", in: items(a("a"), a("b"), a(3), a("d")), want: &restThing{First: "a", Rest: []any{"b", 3, "d"}}},
		{name: "named first", in: items(p("First"), a("x"), a("b"), a("c")), want: &restThing{First: "x", Rest: []any{"b", "c"}}},
	}
	uniqueNames(t, tests, func(tt test) string { return tt.name })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := &restThing{}
			_, err := Bind(spec, got, tt.in, Options{})
			if checkErr(t, err, tt.wantErr, 0) {
				return
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("bound struct (-want +got):\n%s", d)
			}
		})
	}
}

func TestPositionalSetWithoutConversion(t *testing.T) {
	spec := mustSpec(t, "Where-Thing", &filterThing{}, false, "Equal")
	type test struct {
		name    string
		in      []Item
		want    *filterThing
		wantSet string
	}
	tests := []test{
		{name: "script block goes to the script set", in: items(a(sb("$_"))), want: &filterThing{FilterScript: sb("$_")}, wantSet: "Script"},
		{name: "string stays in the default set", in: items(a("Name"), a("x")), want: &filterThing{Property: "Name", Value: "x"}, wantSet: "Equal"},
		{name: "number is converted in the default set", in: items(a(5)), want: &filterThing{Property: "5"}, wantSet: "Equal"},
	}
	uniqueNames(t, tests, func(tt test) string { return tt.name })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := &filterThing{}
			b, err := Bind(spec, got, tt.in, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("bound struct (-want +got):\n%s", d)
			}
			if b.Set() != tt.wantSet {
				t.Errorf("Set() = %q, want %q", b.Set(), tt.wantSet)
			}
		})
	}
}

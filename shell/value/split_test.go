package value

import (
	"strings"
	"testing"
)

func TestSplitOptions(t *testing.T) {
	tests := []struct {
		name string
		l    any
		r    any
		cs   bool
		want string
	}{
		{"regex dot", "a.b", ".", false, "|||"},
		{"simple match", "a.b", []any{".", 0, "SimpleMatch"}, false, "a|b"},
		{"simple ignore case", "aXbxc", []any{"x", 0, "SimpleMatch, IgnoreCase"}, true, "a|b|c"},
		{"regex match option", "a1b", []any{`\d`, 0, "RegexMatch"}, false, "a|b"},
		{"max 2", "a,b,c,d", []any{",", 2}, false, "a|b,c,d"},
		{"max 1", "a,b", []any{",", 1}, false, "a,b"},
		{"max 0", "a,b,c", []any{",", 0}, false, "a|b|c"},
		{"max negative is all", "a,b,c", []any{",", -2}, false, "a|b|c"},
		{"csplit", "aXbxc", "x", true, "aXb|c"},
		{"csplit IgnoreCase", "aXbxc", []any{"x", 0, "IgnoreCase"}, true, "a|b|c"},
		{"isplit", "aXbxc", "x", false, "a|b|c"},
		{"captures", "a1b2c", `(\d)`, false, "a|1|b|2|c"},
		{"captures limited", "a1b2c", []any{`(\d)`, 2}, false, "a|1|b2c"},
		{"explicit capture", "a1b2c", []any{`(\d)`, 0, "ExplicitCapture"}, false, "a|b|c"},
		{"named group kept with explicit capture", "a1b", []any{`(?P<n>\d)`, 0, "ExplicitCapture"}, false, "a|1|b"},
		{"ignore pattern whitespace", "a1b", []any{`\d # digit`, 0, "IgnorePatternWhitespace"}, false, "a|b"},
		{"multiline", "a\nb\nc", []any{"^b$", 0, "Multiline"}, false, "a\n|\nc"},
		{"singleline", "a\nb", []any{"a.b", 0, "Singleline"}, false, "|"},
		{"culture invariant", "a b", []any{" ", 0, "CultureInvariant"}, false, "a|b"},
		{"numeric options", "a.b", []any{".", 0, 1}, false, "a|b"},
		{"array input", []any{"a b", "c"}, " ", false, "a|b|c"},
		{"empty pattern", "abc", "", false, "|a|b|c|"},
	}
	for _, tt := range tests {
		got, err := Split(tt.l, tt.r, tt.cs, nil)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if s := joinValues(got, "|"); s != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, s, tt.want)
		}
	}
}

func TestSplitOptionErrors(t *testing.T) {
	for _, opts := range []string{"SimpleMatch,RegexMatch", "SimpleMatch,Multiline", "SimpleMatch,CultureInvariant", "Multiline,Singleline"} {
		_, err := Split("a", []any{"a", 0, opts}, false, nil)
		e, ok := err.(*Error)
		if !ok || e.FQID != "InvalidSplitOptionCombination" || e.ExceptionType() != "System.Management.Automation.ParseException" {
			t.Errorf("%s: %#v", opts, err)
		}
	}
	_, err := Split("a", []any{"a", 0, "Bogus"}, false, nil)
	if err == nil || !strings.HasPrefix(err.Error(), `Cannot convert value "Bogus" to type "System.Management.Automation.SplitOptions".`) {
		t.Errorf("bad option: %v", err)
	}
}

// block is a stand-in script block for the predicate tests.
type block struct{}

func (block) TypeName() string { return scriptBlockType }

func TestSplitPredicate(t *testing.T) {
	comma := func(_ any, ch, _ string, _ int) (bool, error) { return ch == "," || ch == ";", nil }
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"a,b;c", 0, "a|b|c"}, {"a,b;c", 2, "a|b;c"}, {"a,b,", 0, "a|b|"}, {",a", 0, "|a"},
		{"a,b", 1, "a,b"}, {"abc", 0, "abc"}, {"a,", 2, "a|"},
	}
	for _, tt := range tests {
		got, err := Split(tt.in, []any{block{}, tt.limit}, false, comma)
		if err != nil || joinValues(got, "|") != tt.want {
			t.Errorf("%q -split {...}, %d = %q, %v; want %q", tt.in, tt.limit, joinValues(got, "|"), err, tt.want)
		}
	}
	if _, err := Split("a", []any{block{}, 0, "SimpleMatch"}, false, comma); err == nil {
		t.Error("options with a predicate: no error")
	}
}

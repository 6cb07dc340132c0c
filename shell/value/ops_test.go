package value

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestBinary(t *testing.T) {
	h1, h2 := NewHashtable(), NewHashtable()
	h1.Set("a", 1)
	h2.Set("b", 2)
	tests := []struct {
		name string
		op   string
		l, r any
		want any
	}{
		{"add ints", "+", 2, 2, 4},
		{"add widen", "+", 2147483647, 1, 2147483648},
		{"add int64 overflow", "+", 9223372036854775807, 1, 9.223372036854776e18},
		{"add double", "+", 1, 2.5, 3.5},
		{"add numeric string", "+", 1, "2", 3},
		{"add real string", "+", 1, "2.5", 3.5},
		{"concat", "+", "a", 1, "a1"},
		{"concat null", "+", "a", nil, "a"},
		{"null left", "+", nil, 5, 5},
		{"array append", "+", []any{1, 2}, 3, []any{1, 2, 3}},
		{"array concat", "+", []any{1}, []any{2, 3}, []any{1, 2, 3}},
		{"bool plus int", "+", true, 1, 2},
		{"sub", "-", 10, 3, 7},
		{"string sub", "-", "5", 2, 3},
		{"mul", "*", 6, 7, 42},
		{"repeat", "*", "-", 3, "---"},
		{"array repeat", "*", []any{1, 2}, 2, []any{1, 2, 1, 2}},
		{"div", "/", 7, 2, 3.5},
		{"div exact", "/", 6, 2, 3},
		{"mod", "%", 7, 3, 1},
		{"mod double", "%", 7.5, 2, 1.5},
		{"eq", "eq", 1, 1, true},
		{"eq string ci", "eq", "ABC", "abc", true},
		{"ceq", "ceq", "ABC", "abc", false},
		{"ieq", "ieq", "ABC", "abc", true},
		{"eq convert right", "eq", 1, "1.0", true},
		{"eq string left", "eq", "1.0", 1, false},
		{"eq null", "eq", nil, nil, true},
		{"eq null right", "eq", 0, nil, false},
		{"eq bool", "eq", false, "false", false},
		{"eq bad conv", "eq", 5, "abc", false},
		{"ne", "ne", 1, 2, true},
		{"gt", "gt", 3, 2, true},
		{"gt string", "gt", "b", "A", true},
		{"cgt string", "cgt", "a", "A", false},
		{"string num compare", "gt", "10", 9, false},
		{"le", "le", 2, 2, true},
		{"filter gt", "gt", []any{1, 2, 3}, 1, []any{2, 3}},
		{"filter ne null", "ne", []any{1, nil, 2}, nil, []any{1, 2}},
		{"filter empty", "eq", []any{1, 2}, 5, []any{}},
		{"like", "like", "Hybrid Domain", "hybrid*", true},
		{"like set", "like", "b1", "[a-c]?", true},
		{"like whole", "like", "xabc", "abc", false},
		{"like escape", "like", "a*", "a`*", true},
		{"like escape literal", "like", "ab", "a`*", false},
		{"clike", "clike", "ABC", "abc", false},
		{"notlike", "notlike", "abc", "x*", true},
		{"like filter", "like", []any{"a1", "b1", "a2"}, "a*", []any{"a1", "a2"}},
		{"match", "match", "user@contoso.com", "@contoso", true},
		{"cmatch", "cmatch", "ABC", "abc", false},
		{"notmatch", "notmatch", "abc", "x", true},
		{"match filter", "match", []any{"ab", "cd"}, "^a", []any{"ab"}},
		{"contains", "contains", []any{"a", "B"}, "b", true},
		{"ccontains", "ccontains", []any{"a", "B"}, "b", false},
		{"contains scalar", "contains", "abc", "abc", true},
		{"notcontains", "notcontains", []any{1, 2}, 3, true},
		{"in", "in", 2, []any{1, 2}, true},
		{"notin", "notin", "x", []any{"a"}, true},
		{"is", "is", 5, "int", true},
		{"is long", "is", 5, "long", false},
		{"is long big", "is", 5368709120, "long", true},
		{"is bracket array type", "is", 5, "[int[]]", false},
		{"as int array", "as", []any{"1"}, "[int[]]", typedArray("int", 1)},
		{"is int array", "is", typedArray("int", 1), "[int[]]", true},
		{"is not string array", "is", typedArray("int", 1), "[string[]]", false},
		{"int array is array", "is", typedArray("int", 1), "[array]", true},
		{"is valuetype", "is", 5, "ValueType", true},
		{"is own type", "is", named{}, "Named", true},
		{"is string", "is", "x", "[string]", true},
		{"is array", "is", []any{1}, "array", true},
		{"isnot", "isnot", 5, "string", true},
		{"as", "as", "12", "int", 12},
		{"as fail", "as", "x", "int", nil},
		{"replace", "replace", "Hello World", []any{"o", "0"}, "Hell0 W0rld"},
		{"replace ci", "replace", "ABC", []any{"b", "x"}, "AxC"},
		{"creplace", "creplace", "ABC", []any{"b", "x"}, "ABC"},
		{"replace delete", "replace", "a-b", "-", "ab"},
		{"replace groups", "replace", "john.smith", []any{`(\w+)\.(\w+)`, "$2, $1"}, "smith, john"},
		{"replace $1a", "replace", "ab", []any{"(a)", "$1x"}, "axb"},
		{"replace named", "replace", "ab", []any{"(?<x>a)", "[${x}]"}, "[a]b"},
		{"replace $$", "replace", "a", []any{"a", "$$"}, "$"},
		{"replace $0", "replace", "ab", []any{"b", "<$0>"}, "a<b>"},
		{"replace $&", "replace", "ab", []any{"b", "<$&>"}, "a<b>"},
		{"replace bad group literal", "replace", "ab", []any{"b", "$5"}, "a$5"},
		{"replace array", "replace", []any{"a1", "a2"}, []any{"a", "b"}, []any{"b1", "b2"}},
		{"split", "split", "a,b,c", ",", []any{"a", "b", "c"}},
		{"split max", "split", "a,b,c", []any{",", 2}, []any{"a", "b,c"}},
		{"split regex", "split", "a1b22c", `\d+`, []any{"a", "b", "c"}},
		{"split captures", "split", "a1b", `(\d)`, []any{"a", "1", "b"}},
		{"split simplematch", "split", "a.b", []any{".", 0, "SimpleMatch"}, []any{"a", "b"}},
		{"split ci", "split", "aXbxc", "x", []any{"a", "b", "c"}},
		{"csplit", "csplit", "aXbxc", "x", []any{"aXb", "c"}},
		{"join", "join", []any{"a", "b"}, ";", "a;b"},
		{"join scalar", "join", 5, ",", "5"},
		{"format", "f", "{0}-{1}", []any{"a", 1}, "a-1"},
		{"format scalar", "f", "[{0}]", 5, "[5]"},
		{"band", "band", 6, 3, 2},
		{"bor", "bor", 4, 1, 5},
		{"bxor", "bxor", 6, 3, 5},
		{"shl", "shl", 1, 4, 16},
		{"shr", "shr", 16, 2, 4},
		{"xor", "xor", true, false, true},
		{"date minus date", "-", time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 24 * time.Hour},
		{"date plus span", "+", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Hour, time.Date(2026, 1, 1, 1, 0, 0, 0, time.UTC)},
		{"date compare", "lt", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), "1/2/2026", true},
		{"char eq", "eq", Char('a'), "A", true},
		{"named string enum", "eq", testEnum("External"), "external", true},
	}
	for _, tt := range tests {
		got, err := Binary(tt.op, tt.l, tt.r)
		if err != nil {
			t.Errorf("%s: error %v", tt.name, err)
			continue
		}
		if !cmp.Equal(got, tt.want, arrayContents) {
			t.Errorf("%s: %#v -%s %#v = %#v, want %#v", tt.name, tt.l, tt.op, tt.r, got, tt.want)
		}
	}
	m, err := Binary("+", h1, h2)
	if err != nil || ToString(Enumerate(m.(*Hashtable).Keys())) != "a b" {
		t.Errorf("hashtable merge = %v, %v", m, err)
	}
}

// testEnum is a named string kind, like model enumerations.
type testEnum string

func TestBinaryErrors(t *testing.T) {
	h := NewHashtable()
	h.Set("a", 1)
	tests := []struct {
		op        string
		l, r      any
		msg, fqid string
	}{
		{"+", 1, "abc", `Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."`, "InvalidCastFromStringToInteger"},
		{"+", 1.5, "abc", `Cannot convert value "abc" to type "System.Double". Error: "Input string was not in a correct format."`, "InvalidCastFromStringToDoubleOrSingle"},
		{"/", 1, 0, "Attempted to divide by zero.", "RuntimeException"},
		{"%", 1, 0, "Attempted to divide by zero.", "RuntimeException"},
		{"-", []any{1}, 1, "Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'.", "MethodNotFound"},
		{"-", "abc", 1, "Method invocation failed because [System.String] does not contain a method named 'op_Subtraction'.", "MethodNotFound"},
		{"+", h, h, "Item has already been added. Key in dictionary: 'a'  Key being added: 'a'", "System.ArgumentException"},
		{"+", h, 1, "A hash table can only be added to another hash table.", "AddHashTableToNonHashTable"},
		{"+", NewObject(), 1, "Method invocation failed because [System.Management.Automation.PSCustomObject] does not contain a method named 'op_Addition'.", "MethodNotFound"},
		{"is", 1, "Foo", "Unable to find type [Foo].", "TypeNotFound"},
		{"as", 1, "Foo", "Unable to find type [Foo].", "TypeNotFound"},
		{"match", "a", "(", `parsing "(" - Not enough )'s.`, "System.ArgumentException"},
		{"match", "a", "(?=a)", `parsing "(?=a)" - Unrecognized grouping construct (not supported by this shell's regular expression engine).`, ""},
		{"like", "a", "[a", "The specified wildcard character pattern is not valid: [a", ""},
		{"f", "{1}", []any{1}, "Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..", "FormatError"},
		{"f", "{0", []any{1}, "Error formatting a string: Input string was not in a correct format..", "FormatError"},
		{"gt", 5, "abc", `Could not compare "5" to "abc". Error: "Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format.""`, "ComparisonFailure"},
		{"replace", "a", []any{1, 2, 3}, "The -replace operator allows only two elements to follow it, not 3.", ""},
		{"foo", 1, 2, "The operator '-foo' is not supported.", ""},
	}
	for _, tt := range tests {
		_, err := Binary(tt.op, tt.l, tt.r)
		wantErr(t, err, tt.msg, tt.fqid)
	}
}

func TestUnary(t *testing.T) {
	tests := []struct {
		op   string
		in   any
		want any
	}{
		{"not", 0, true}, {"!", "x", false}, {"-", 5, -5}, {"-", "2.5", -2.5}, {"+", "3", 3},
		{"bnot", 0, -1}, {"split", " a  b ", []any{"a", "b"}}, {"join", []any{"a", 1}, "a1"},
		{",", 1, []any{1}},
	}
	for _, tt := range tests {
		got, err := Unary(tt.op, tt.in)
		if err != nil || !cmp.Equal(got, tt.want) {
			t.Errorf("Unary(%q, %#v) = %#v, %v; want %#v", tt.op, tt.in, got, err, tt.want)
		}
	}
	if _, err := Unary("?", 1); err == nil {
		t.Error("unknown unary operator: no error")
	}
}

func TestMatch(t *testing.T) {
	res, m, err := Match("John Smith", `(?<first>\w+) (?<last>\w+)`, false)
	if err != nil || res != true {
		t.Fatalf("Match = %v, %v", res, err)
	}
	if got := m.Keys(); !cmp.Equal(got, []any{"last", "first", 0}) {
		t.Errorf("keys = %#v", got)
	}
	if v, _ := m.Get("FIRST"); v != "John" {
		t.Errorf("first = %v", v)
	}
	_, m, _ = Match("ab", "(a)(x)?(b)", false)
	if got := m.Keys(); !cmp.Equal(got, []any{3, 1, 0}) {
		t.Errorf("keys with missing group = %#v", got)
	}
	_, m, _ = Match("ab", "(?<n>a)(b)", false)
	if v, _ := m.Get(1); v != "b" {
		t.Errorf(".NET numbering: group 1 = %v, want b", v)
	}
	res, m, _ = Match([]any{"a", "b"}, "a", false)
	if !cmp.Equal(res, []any{"a"}) || m != nil {
		t.Errorf("collection match = %v, %v", res, m)
	}
	res, m, _ = Match("abc", "x", false)
	if res != false || m != nil {
		t.Errorf("no match = %v, %v", res, m)
	}
}

func TestWildcard(t *testing.T) {
	tests := []struct {
		pattern, s string
		cs, want   bool
	}{
		{"*", "", false, true}, {"a?c", "abc", false, true}, {"a?c", "ac", false, false},
		{"*.contoso.com", "mail.CONTOSO.com", false, true}, {"*.contoso.com", "mail.CONTOSO.com", true, false},
		{"[abc]*", "beta", false, true}, {"[a-c]x", "dx", false, false}, {"a`[b", "a[b", false, true},
		{"a.b", "axb", false, false}, {"(x)", "(x)", false, true}, {"[a", "a", false, false},
	}
	for _, tt := range tests {
		if got := MatchWildcard(tt.pattern, tt.s, tt.cs); got != tt.want {
			t.Errorf("MatchWildcard(%q, %q, %v) = %v", tt.pattern, tt.s, tt.cs, got)
		}
	}
	for s, want := range map[string]bool{"abc": false, "a*": true, "a?": true, "[a]": true, "a`*": false} {
		if HasWildcard(s) != want {
			t.Errorf("HasWildcard(%q) = %v", s, !want)
		}
	}
}

func TestEqualCompare(t *testing.T) {
	if !Equal("a", "A") || EqualCase("a", "A") || Equal(1, "x") || !Equal(nil, nil) || Equal(nil, 0) {
		t.Error("Equal basics")
	}
	tests := []struct {
		a, b any
		want int
	}{
		{1, 2, -1}, {2, 1.5, 1}, {"apple", "Banana", -1}, {"a", "A", 0}, {nil, 1, -1}, {1, nil, 1},
		{nil, nil, 0}, {false, true, -1}, {"10", 9, -1},
	}
	for _, tt := range tests {
		got, err := Compare(tt.a, tt.b)
		if err != nil || got != tt.want {
			t.Errorf("Compare(%#v, %#v) = %d, %v; want %d", tt.a, tt.b, got, err, tt.want)
		}
	}
	if _, err := Compare(named{}, 1); err == nil {
		t.Error("Compare(object) should fail")
	}
}

func BenchmarkBinaryEq(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Binary("eq", "Contoso", "contoso"); err != nil {
			b.Fatal(err)
		}
	}
}

package value

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// wantErr asserts err is an *Error with the given message (and FQID when
// fqid is not empty).
func wantErr(t *testing.T, err error, msg, fqid string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %v, want *Error %q", err, msg)
	}
	if e.Message != msg {
		t.Errorf("message = %q, want %q", e.Message, msg)
	}
	if fqid != "" && e.FQID != fqid {
		t.Errorf("FQID = %q, want %q", e.FQID, fqid)
	}
}

func TestToString(t *testing.T) {
	o := NewObject()
	o.Add("A", 1)
	o.Add("B", "x")
	h := NewHashtable()
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"null", nil, ""},
		{"true", true, "True"},
		{"false", false, "False"},
		{"int", 42, "42"},
		{"double", 3.5, "3.5"},
		{"double integral", 2.0, "2"},
		{"double big", 1e20, "1E+20"},
		{"double 1e15", 1e15, "1E+15"},
		{"double 15 digits", 123456789012345.0, "123456789012345"},
		{"double small", 0.00001, "1E-05"},
		{"double 0.0001", 0.0001, "0.0001"},
		{"double 0.1+0.2", 0.1 + 0.2, "0.3"},
		{"double third", 1.0 / 3, "0.333333333333333"},
		{"negative", -2.5, "-2.5"},
		{"nan", math.NaN(), "NaN"},
		{"array", []any{1, "a", true}, "1 a True"},
		{"nested array", []any{1, []any{2, 3}}, "1 System.Object[]"},
		{"typed slice", []string{"a", "b"}, "a b"},
		{"hashtable", h, "System.Collections.Hashtable"},
		{"object", o, "@{A=1; B=x}"},
		{"date", time.Date(2026, 8, 21, 15, 4, 5, 0, time.UTC), "8/21/2026 3:04:05 PM"},
		{"date midnight", time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), "1/2/2026 12:00:00 AM"},
		{"timespan", 15 * time.Minute, "00:15:00"},
		{"timespan days", 48 * time.Hour, "2.00:00:00"},
		{"timespan frac", 1500 * time.Millisecond, "00:00:01.5000000"},
		{"char", Char('x'), "x"},
	}
	for _, tt := range tests {
		if got := ToString(tt.in); got != tt.want {
			t.Errorf("%s: ToString(%v) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestTruthy(t *testing.T) {
	tests := []struct {
		in   any
		want bool
	}{
		{nil, false}, {false, false}, {true, true}, {0, false}, {1, true}, {0.0, false},
		{"", false}, {"False", true}, {"0", true}, {[]any{}, false}, {[]any{0}, false},
		{[]any{1}, true}, {[]any{0, 0}, true}, {NewHashtable(), true}, {NewObject(), true},
	}
	for _, tt := range tests {
		if got := Truthy(tt.in); got != tt.want {
			t.Errorf("Truthy(%#v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want any
		ok   bool
	}{
		{"30", 30, true}, {"-1", -1, true}, {"0x10", 16, true}, {"0xFFFFFFFF", -1, true},
		{"0x100000000", 4294967296, true}, {"1e3", 1000.0, true}, {"1.5", 1.5, true},
		{".5", 0.5, true}, {"2.5e-3", 0.0025, true}, {"10MB", 10485760, true},
		{"1kb", 1024, true}, {"5GB", 5368709120, true}, {"1.5GB", 1610612736.0, true},
		{"10l", 10, true}, {"1KB", 1024, true}, {"+7", 7, true},
		{"1.2.3.4", nil, false}, {"12abc", nil, false}, {"abc", nil, false}, {"", nil, false},
		{"-", nil, false}, {"0x", nil, false}, {"1e", nil, false}, {"mb", nil, false},
		{"99999999999999999999", 1e20, true},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		if ok != tt.ok || !cmp.Equal(got, tt.want) {
			t.Errorf("ParseNumber(%q) = %#v, %v; want %#v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestConvert(t *testing.T) {
	tests := []struct {
		in   any
		typ  string
		want any
	}{
		{"12", "int", 12}, {"0x10", "[int]", 16}, {" 7 ", "System.Int32", 7}, {2.5, "int", 2},
		{3.5, "int", 4}, {-2.5, "int", -2}, {true, "int", 1}, {nil, "int", 0},
		{"1.5", "double", 1.5}, {5, "string", "5"}, {nil, "string", ""},
		{"false", "bool", true}, {"", "bool", false}, {0, "bool", false},
		{"a", "char", Char('a')}, {65, "char", Char('A')}, {"12", "long", 12},
		{"1/2/2026", "datetime", time.Date(2026, 1, 2, 0, 0, 0, 0, time.Local)},
		{"01:30:00", "timespan", 90 * time.Minute}, {"1.02:00:00", "TimeSpan", 26 * time.Hour},
		{1, "array", []any{1}}, {[]any{1, "2"}, "int[]", typedArray("int", 1, 2)},
		{[]any{1, 2}, "string[]", typedArray("string", "1", "2")}, {"5", "long[]", typedArray("long", 5)},
		{[]any{"1", 2}, "int[][]", typedArray("int[]", typedArray("int", 1), typedArray("int", 2))}, {"x", "object", "x"}, {5, "void", nil},
		{"10MB", "int", 10485760}, {200, "byte", 200},
	}
	for _, tt := range tests {
		got, err := Convert(tt.in, tt.typ)
		if err != nil || !cmp.Equal(got, tt.want, arrayContents) {
			t.Errorf("Convert(%#v, %q) = %#v, %v; want %#v", tt.in, tt.typ, got, err, tt.want)
		}
	}
}

func TestConvertErrors(t *testing.T) {
	tests := []struct {
		in        any
		typ       string
		msg, fqid string
	}{
		{"abc", "int", `Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."`, "InvalidCastFromStringToInteger"},
		{"abc", "double", `Cannot convert value "abc" to type "System.Double". Error: "Input string was not in a correct format."`, "InvalidCastFromStringToDoubleOrSingle"},
		{3e9, "int", `Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."`, "InvalidCastIConvertible"},
		{"x", "Foo", "Unable to find type [Foo].", "TypeNotFound"},
		{"ab", "char", `Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."`, ""},
		{"nope", "datetime", `Cannot convert value "nope" to type "System.DateTime". Error: "String was not recognized as a valid DateTime."`, ""},
		{300, "byte", `Cannot convert value "300" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."`, ""},
	}
	for _, tt := range tests {
		_, err := Convert(tt.in, tt.typ)
		wantErr(t, err, tt.msg, tt.fqid)
	}
}

func TestConvertObjects(t *testing.T) {
	h := NewHashtable()
	h.Set("B", 2)
	h.Set("A", 1)
	o, err := Convert(h, "pscustomobject")
	if err != nil {
		t.Fatal(err)
	}
	if got := ToString(o); got != "@{B=2; A=1}" {
		t.Errorf("pscustomobject = %q", got)
	}
	od, _ := Convert(h, "ordered")
	if TypeName(od) != "System.Collections.Specialized.OrderedDictionary" {
		t.Errorf("ordered type = %s", TypeName(od))
	}
	g, err := Convert("{6f9619ff-8b86-d011-b42d-00cf4fc964ff}", "guid")
	if err != nil || ToString(g) != "6f9619ff-8b86-d011-b42d-00cf4fc964ff" {
		t.Errorf("guid = %v, %v", g, err)
	}
	if r, err := Convert("a+", "regex"); err != nil || ToString(r) != "a+" {
		t.Errorf("regex = %v, %v", r, err)
	}
}

func TestTypeName(t *testing.T) {
	h := NewOrdered()
	tests := []struct {
		in   any
		want string
	}{
		{"s", "System.String"}, {1, "System.Int32"}, {5368709120, "System.Int64"},
		{1.5, "System.Double"}, {true, "System.Boolean"}, {[]any{}, "System.Object[]"},
		{NewHashtable(), "System.Collections.Hashtable"}, {h, "System.Collections.Specialized.OrderedDictionary"},
		{NewObject(), "System.Management.Automation.PSCustomObject"}, {time.Time{}, "System.DateTime"},
		{time.Second, "System.TimeSpan"}, {Char('a'), "System.Char"}, {[]string{"a"}, "System.String[]"},
		{named{}, "Test.Named"}, {nil, ""},
	}
	for _, tt := range tests {
		if got := TypeName(tt.in); got != tt.want {
			t.Errorf("TypeName(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
	ty := TypeOf(1)
	if ty.Name != "Int32" || ty.FullName != "System.Int32" || ToString(ty) != "System.Int32" {
		t.Errorf("TypeOf(1) = %+v", ty)
	}
}

// named is a struct with its own .NET type name.
type named struct{ X int }

func (named) TypeName() string { return "Test.Named" }

func TestEnumerate(t *testing.T) {
	if IsEnumerable(nil) || IsEnumerable("abc") || IsEnumerable(NewHashtable()) || !IsEnumerable([]int{1}) {
		t.Error("IsEnumerable wrong")
	}
	if got := Enumerate([]int32{1, 2}); !cmp.Equal(got, []any{1, 2}) {
		t.Errorf("Enumerate typed slice = %#v", got)
	}
	if got := Enumerate("x"); !cmp.Equal(got, []any{"x"}) {
		t.Errorf("Enumerate scalar = %#v", got)
	}
	if got := Enumerate(nil); got != nil {
		t.Errorf("Enumerate(nil) = %#v", got)
	}
}

// typedArray is the array of the named element type holding items.
func typedArray(elem string, items ...any) *Array {
	c, ok := lookupType(elem)
	if !ok {
		panic("unknown type " + elem)
	}
	return &Array{elem: c, items: items}
}

// arrayContents compares typed arrays by type name and elements.
var arrayContents = cmp.Transformer("arrayContents", func(a *Array) []any {
	return append([]any{a.TypeName()}, a.items...)
})

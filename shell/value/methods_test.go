package value

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestCallMethod(t *testing.T) {
	h := NewHashtable()
	h.Set("a", 1)
	day := time.Date(2026, 1, 31, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		v      any
		method string
		args   []any
		want   any
	}{
		{"AbC", "ToLower", nil, "abc"},
		{"AbC", "toupper", nil, "ABC"},
		{"  x  ", "Trim", nil, "x"},
		{"xxaxx", "Trim", []any{"x"}, "a"},
		{"xxa", "TrimStart", []any{"x"}, "a"},
		{"a  ", "TrimEnd", nil, "a"},
		{"user@contoso.com", "Split", []any{"@"}, []any{"user", "contoso.com"}},
		{"a--b", "Split", []any{"--"}, []any{"a", "", "b"}},
		{"a,b;c", "Split", []any{",;"}, []any{"a", "b", "c"}},
		{"a b", "Split", nil, []any{"a", "b"}},
		{"aAa", "Replace", []any{"a", "x"}, "xAx"},
		{"abc", "Contains", []any{"B"}, false},
		{"abc", "Contains", []any{"b"}, true},
		{"abc", "StartsWith", []any{"ab"}, true},
		{"abc", "EndsWith", []any{"C"}, false},
		{"abcdef", "Substring", []any{2}, "cdef"},
		{"abcdef", "Substring", []any{1, 3}, "bcd"},
		{"abcabc", "IndexOf", []any{"c"}, 2},
		{"abcabc", "IndexOf", []any{"c", 3}, 5},
		{"abcabc", "LastIndexOf", []any{"a"}, 3},
		{"abc", "IndexOf", []any{"z"}, -1},
		{"7", "PadLeft", []any{3, "0"}, "007"},
		{"ab", "PadRight", []any{4}, "ab  "},
		{"ac", "Insert", []any{1, "b"}, "abc"},
		{"abcd", "Remove", []any{1, 2}, "ad"},
		{"a", "Equals", []any{"A"}, false},
		{"a", "CompareTo", []any{"b"}, -1},
		{"ab", "ToCharArray", nil, []any{Char('a'), Char('b')}},
		{5, "ToString", nil, "5"},
		{5, "ToString", []any{"D3"}, "005"},
		{1.5, "ToString", nil, "1.5"},
		{[]any{1, 2}, "Contains", []any{2}, true},
		{[]any{"a"}, "Contains", []any{"A"}, false},
		{[]any{"a", "b"}, "IndexOf", []any{"b"}, 1},
		{[]any{1}, "ToString", nil, "System.Object[]"},
		{h, "ContainsKey", []any{"A"}, true},
		{h, "ContainsValue", []any{1}, true},
		{h, "GetEnumerator", nil, []any{DictionaryEntry{Key: "a", Value: 1}}},
		{day, "AddDays", []any{1}, time.Date(2026, 2, 1, 10, 0, 0, 0, time.UTC)},
		{day, "AddMonths", []any{1}, time.Date(2026, 2, 28, 10, 0, 0, 0, time.UTC)},
		{day, "AddHours", []any{-1.5}, time.Date(2026, 1, 31, 8, 30, 0, 0, time.UTC)},
		{day, "ToString", []any{"yyyy-MM-dd"}, "2026-01-31"},
		{day, "ToShortDateString", nil, "1/31/2026"},
		{time.Hour, "ToString", nil, "01:00:00"},
		{1, "Equals", []any{1.0}, false},
	}
	for _, tt := range tests {
		got, err := CallMethod(tt.v, tt.method, tt.args)
		if err != nil || !cmp.Equal(got, tt.want) {
			t.Errorf("%#v.%s(%v) = %#v, %v; want %#v", tt.v, tt.method, tt.args, got, err, tt.want)
		}
	}
	typ, _ := CallMethod(5, "GetType", nil)
	if n, _ := GetMember(typ, "FullName"); n != "System.Int32" {
		t.Errorf("GetType().FullName = %v", n)
	}
}

func TestCallMethodErrors(t *testing.T) {
	h := NewHashtable()
	h.Set("a", 1)
	tests := []struct {
		v         any
		method    string
		args      []any
		msg, fqid string
	}{
		{"x", "Foo", nil, "Method invocation failed because [System.String] does not contain a method named 'Foo'.", "MethodNotFound"},
		{nil, "Trim", nil, "You cannot call a method on a null-valued expression.", "InvokeMethodOnNull"},
		{"abc", "Substring", []any{5}, "Exception calling \"Substring\" with \"1\" argument(s): \"startIndex cannot be larger than length of string.\nParameter name: startIndex\"", "ArgumentOutOfRangeException"},
		{"abc", "Substring", []any{1, 5}, "Exception calling \"Substring\" with \"2\" argument(s): \"Index and length must refer to a location within the string.\nParameter name: length\"", ""},
		{"abc", "Substring", []any{1, 2, 3}, "Cannot find an overload for \"Substring\" and the argument count: \"3\".", "MethodCountCouldNotFindBest"},
		{h, "Add", []any{"A", 2}, "Exception calling \"Add\" with \"2\" argument(s): \"Item has already been added. Key in dictionary: 'a'  Key being added: 'A'\"", "ArgumentException"},
		{[]any{1}, "Add", []any{2}, "Exception calling \"Add\" with \"1\" argument(s): \"Collection was of a fixed size.\"", "NotSupportedException"},
		{5, "Trim", nil, "Method invocation failed because [System.Int32] does not contain a method named 'Trim'.", ""},
	}
	for _, tt := range tests {
		_, err := CallMethod(tt.v, tt.method, tt.args)
		wantErr(t, err, tt.msg, tt.fqid)
	}
}

// smtpLike stands for an Exchange value of string form (SmtpAddress).
type smtpLike string

func TestStringMethodsOnStringForms(t *testing.T) {
	got, err := CallMethod(smtpLike("kim@fabrikam.com"), "Split", []any{"@"})
	if err != nil {
		t.Fatal(err)
	}
	if parts, ok := got.([]any); !ok || len(parts) != 2 || parts[1] != "fabrikam.com" {
		t.Errorf("Split = %#v, want [kim fabrikam.com]", got)
	}
	if _, err := CallMethod(smtpLike("x"), "Nope", nil); err == nil {
		t.Error("Nope: want MethodNotFound")
	}
}

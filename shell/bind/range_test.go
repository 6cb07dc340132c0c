package bind

import (
	"errors"
	"testing"
)

// rangeThing has ValidateRange parameters of the kinds cmdlets use.
type rangeThing struct {
	Count   int     `ps:"range=0..10"`
	Ids     []int64 `ps:"range=1..5"`
	Seconds float64 `ps:"range=0..2147483"`
}

func TestBindRange(t *testing.T) {
	spec := mustSpec(t, "Get-Range", &rangeThing{}, false, "")
	tests := []struct {
		name string
		in   []Item
		want string // the error message, "" for none
	}{
		{"lowest", items(p("Count"), a(0)), ""},
		{"highest", items(p("Count"), a(10)), ""},
		{"below", items(p("Count"), a(-1)), "Cannot validate argument on parameter 'Count'. The -1 argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again."},
		{"above", items(p("Count"), a("11")), "Cannot validate argument on parameter 'Count'. The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again."},
		{"every element", items(p("Ids"), a([]any{1, 6})), "Cannot validate argument on parameter 'Ids'. The 6 argument is greater than the maximum allowed range of 5. Supply an argument that is less than or equal to 5 and then try the command again."},
		{"fraction", items(p("Seconds"), a(0.5)), ""},
		{"negative fraction", items(p("Seconds"), a(-0.5)), "Cannot validate argument on parameter 'Seconds'. The -0.5 argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again."},
	}
	for _, tc := range tests {
		_, err := Bind(spec, &rangeThing{}, tc.in, Options{})
		var e *Error
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (!errors.As(err, &e) || e.ID != IDValidation || e.Message != tc.want || e.Pos.Column != 2):
			t.Errorf("%s: got %#v, want %q at the argument", tc.name, err, tc.want)
		}
	}
}

func TestRangeTagErrors(t *testing.T) {
	type bad struct {
		N int `ps:"range=5..1"`
	}
	type word struct {
		N int `ps:"range=low..high"`
	}
	for _, proto := range []any{&bad{}, &word{}} {
		if _, err := NewSpec("Get-Bad", proto, false, ""); err == nil {
			t.Errorf("%T: no error for a bad range tag", proto)
		}
	}
}

package syntax

import (
	"errors"
	"strings"
	"testing"
)

// TestNesting parses every kind of nesting exactly at MaxNesting and one
// level beyond it, and a hostile 100,000 levels: the first parses, the
// others are the same parse error, never a stack overflow.
func TestNesting(t *testing.T) {
	kinds := []struct {
		name        string
		open, close string
	}{
		{"parentheses", "(", ")"},
		{"array subexpressions", "@(", ")"},
		{"subexpressions", "$(", ")"},
		{"script blocks", "{ ", "}"},
		{"hash tables", "@{a=", "}"},
		{"if blocks", "if (1) {", "}"},
		{"string subexpressions", `"$(`, `)"`},
		{"not", "-not ", ""},
		{"negation", "!", ""},
		{"casts", "[int]", ""},
		{"unary commas", ",", ""},
	}
	build := func(open, close string, n int) string {
		return "$x = " + strings.Repeat(open, n) + "1" + strings.Repeat(close, n)
	}
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			// The assignment's own expression is one level.
			if _, err := Parse(build(k.open, k.close, MaxNesting-1)); err != nil {
				t.Fatalf("%d levels: %v", MaxNesting-1, err)
			}
			for _, n := range []int{MaxNesting + 1, 100_000} {
				_, err := Parse(build(k.open, k.close, n))
				var pe *Error
				if !errors.As(err, &pe) || pe.ID != "ScriptTooComplicated" {
					t.Fatalf("%d levels: got %v, want a ScriptTooComplicated parse error", n, err)
				}
			}
		})
	}
}

// TestStatementTooLong refuses one statement of more tokens than
// MaxStatementTokens before the grammar sees it, and parses as many
// tokens spread over statements.
func TestStatementTooLong(t *testing.T) {
	long := "$a = " + strings.Repeat("1,", MaxStatementTokens/2) + "1"
	_, err := Parse("'first'\n" + long)
	var pe *Error
	if !errors.As(err, &pe) || pe.ID != "StatementTooLong" || pe.Line != 2 || pe.Column != 1 {
		t.Fatalf("got %v, want StatementTooLong at 2:1", err)
	}
	many := strings.Repeat("$a = 1,2,3,4,5,6,7,8,9\n", MaxStatementTokens/15)
	if _, err := Parse(many); err != nil {
		t.Fatal(err)
	}
}

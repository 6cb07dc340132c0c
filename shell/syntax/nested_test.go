package syntax

import (
	"fmt"
	"testing"
)

// inners are compound statements (and keyword statements) to nest.
var inners = []string{
	"if ($a) { 1 }",
	"if ($a) { 1 } elseif ($b) { 2 } else { 3 }",
	"if ($a) { 1 }\nelse { 3 }",
	"try { 1 } catch { 2 }",
	"try { 1 } catch [System.Exception] { 2 } finally { 3 }",
	"try { 1 }\nfinally { 3 }",
	"foreach ($x in 1..2) { $x }",
	"for ($i = 0; $i -lt 2; $i++) { $i }",
	"for (;;) { break }",
	"while ($false) { 1 }",
	"do { 1 } while ($false)",
	"do { 1 }\nuntil ($true)",
	"switch ($a) { 1 { 'one' } default { 'other' } }",
	"function f { param($p) $p }",
	"trap { continue }",
	"trap [System.Exception] { break }",
	":lbl foreach ($x in 1) { break lbl }",
	"throw 'x'",
	"return",
	"Write-Output 1",
}

// outers wrap a body (%s) and continue it with a keyword after a
// separator (%[2]s): the continuation must stay with the outer statement.
var outers = []string{
	"if ($c) { %s }%selse { 0 }",
	"if ($c) { %s }%selseif ($d) { 0 }",
	"if ($c) { 0 } elseif ($d) { %s }%selse { 0 }",
	"try { %s }%scatch { 0 }",
	"try { %s }%sfinally { 0 }",
	"try { 0 } catch { %s }%sfinally { 0 }",
	"try { 0 } catch [System.IO.IOException] { %s }%scatch { 0 }",
	"do { %s }%swhile ($false)",
	"do { %s }%suntil ($true)",
}

// wrappers put a body in a statement with no continuation.
var wrappers = []string{
	"foreach ($y in 1) { %s }",
	"for ($j = 0; $j -lt 1; $j++) { %s }",
	"while ($false) { %s }",
	"switch (1) { 1 { %s } }",
	"function g { %s }",
	"function g { begin { %s } process { 0 } end { 0 } }",
	"trap { %s }",
	"$sb = { %s }",
}

var separators = []string{" ", "\n", "\n\n", "\n# comment\n", "\n\n  # comment one\n# comment two\n\n", "\n<# block\n comment #>\n", " # same line\n"}

// TestNestedContinuations nests every compound statement in every other
// and checks that else, elseif, catch, finally, while and until after the
// outer block still belong to the outer statement.
func TestNestedContinuations(t *testing.T) {
	n := 0
	for _, outer := range outers {
		for _, inner := range inners {
			for _, sep := range separators {
				for _, innerSep := range []string{" ", "\n"} {
					body := innerSep + inner + innerSep
					src := fmt.Sprintf(outer, body, sep) + "\n'next'"
					checkStatements(t, src, 2)
					n++
					if innerSep != "\n" || (sep != "\n" && sep != " ") {
						continue
					}
					for _, w := range wrappers {
						src := fmt.Sprintf(w, fmt.Sprintf(outer, body, sep)) + "\n'next'"
						checkStatements(t, src, 2)
						n++
					}
				}
			}
		}
	}
	if n < 500 {
		t.Fatalf("only %d cases", n)
	}
}

// TestNestedWrappers nests every statement in every wrapper, two deep.
func TestNestedWrappers(t *testing.T) {
	for _, w1 := range wrappers {
		for _, w2 := range wrappers {
			for _, inner := range inners {
				src := fmt.Sprintf(w1, "\n"+fmt.Sprintf(w2, inner)+"\n") + "\n'next'"
				checkStatements(t, src, 2)
			}
		}
	}
}

func checkStatements(t *testing.T, src string, want int) {
	t.Helper()
	s, err := Parse(src)
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	stmts := s.Body.Statements
	if len(stmts) == 1 && stmts[0].Block != nil { // a top-level trap
		stmts = stmts[0].Block.Statements
	}
	if got := len(stmts); got != want {
		t.Fatalf("Parse(%q): %d statements, want %d", src, got, want)
	}
}

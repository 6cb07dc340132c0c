package syntax

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestParseValid(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		stmts int
	}{
		{"assign and join", `$a = 1,2,3; ($a | ForEach-Object { $_ * 2 }) -join ","`, 2},
		{"format operator", `'{0}-{1}' -f 'a','b'`, 1},
		{"size suffix", `10MB`, 1},
		{"pipeline with where", `Get-RemoteDomain | Where {$_.TNEFEnabled -eq $false} | Set-RemoteDomain -TNEFEnabled $null`, 1},
		{"expandable string", `"a $($x.Name) b $y"`, 1},
		{"foreach if else", "foreach ($i in 1..3) { if ($i -gt 1) { $i } else { 'small' } }", 1},
		{"try catch finally on lines", "try { throw 'x' } catch { $_ }\nfinally { 1 }", 1},
		{"function with params", `function f { param([string]$A, [switch]$B) "$A" }`, 1},
		{"hashtable", `$h = @{ Add = 'a','b'; Remove = 'c' }`, 1},
		{"switch wildcard", `switch -wildcard ($x) { 'a*' { 1 } default { 2 } }`, 1},
		{"do while", `do { $i++ } while ($i -lt 3)`, 1},
		{"pscustomobject", `[pscustomobject]@{A=1}`, 1},
		{"method chain", `$s.Split('@')[1].ToUpper()`, 1},
		{"static method", `[math]::Round(2.5, 1)`, 1},
		{"colon params splat stop", `Set-X -Identity:Default -Confirm:$false @p -- -x`, 1},
		{"redirect", `Get-X > out.txt`, 1},
		{"for loop", `for ($i=0; $i -lt 3; $i++) { $i }`, 1},
		{"if as value", `$x = if ($true) { 1 }`, 1},
		{"else on next line", "if ($a) { 1 }\nelse { 2 }", 1},
		{"trailing pipe continues", "Get-A |\n Get-B", 1},
		{"backtick continuation", "Get-A -X 1 `\n -Y 2", 1},
		{"en dash parameter", "Set-Mailbox x \u2013SendFromAliasEnabled $true", 1},
		{"curly quotes", "Write-Output \u201chello\u201d", 1},
		{"here string", "@\"\nline $x\n\"@", 1},
		{"block comment", "<# note #> Get-A # trailing", 1},
		{"empty statements", ";;\n\n;", 0},
		{"do until on next line", "do { 1 }\nuntil ($true)", 1},
		{"bare word args", `New-MailContact -Name "Bob Smith" -ExternalEmailAddress bob@fabrikam.com`, 1},
		{"cmdletbinding same line", "function f { [CmdletBinding()] param($a) $a }", 1},
		{"attributes before param in script", "[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')][OutputType([string])]param([Parameter(Mandatory)][string]$Name)\n$Name", 1},
		{"named blocks with attributes", "function f { [CmdletBinding()]\n param([Parameter(ValueFromPipeline = $true)]$In) begin { 'b' } process { $_ } end { 'e' } }", 1},
		{"script block named blocks", "$sb = { param($x) begin { } process { $_ } end { } }", 1},
		{"typed trap", "trap [System.DivideByZeroException] { 'x'; continue }", 1},
		{"untyped trap", "trap\n{\n break\n}", 1},
		{"labelled loops", ":outer foreach ($a in 1..3) { :inner while ($true) { break outer } }", 1},
		{"labelled do and for and switch", ":d do { continue d } while ($false); :f for (;;) { break f }; :s switch (1) { 1 { break s } }", 3},
		{"empty for", "for (;;) { break }", 1},
		{"for with only a condition", "for (; $i -lt 3;) { $i++ }", 1},
		{"increment in parens", "($i++); (++$i); $i--", 3},
		{"decimal literals", "1.5d; 1dkb; 2.5DMB; 1e2d", 4},
		{"catch after nested foreach", "try { foreach ($a in 1) { throw 'x' } }\n# comment\n\ncatch { 1 }", 1},
		{"scope qualified variable", "\"$env:Path $script:x ${a}: $a::b\"", 1},
		{"colon after variable in single quotes", "'$a:'", 1},
	}
	seen := map[string]bool{}
	for _, tc := range tests {
		if seen[tc.in] {
			t.Fatalf("duplicate input %q", tc.in)
		}
		seen[tc.in] = true
		t.Run(tc.name, func(t *testing.T) {
			s, err := Parse(tc.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			if got := len(s.Body.Statements); got != tc.stmts {
				t.Errorf("statements = %d, want %d", got, tc.stmts)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		wantErr    string // substring of the message
		line, col  int
		incomplete bool
	}{
		{"open if", "Write-Output 1\nif (\n", "Missing closing ')'", 2, 4, true},
		{"unterminated string", `'abc`, "missing the terminator: '.", 1, 1, true},
		{"missing brace", "if ($x) {\n 1\n", "Missing closing '}'", 1, 9, true},
		{"two values", "1 2\n", "Unexpected token '2'", 1, 3, false},
		{"empty pipe element", "Get-A | | Get-B", "An empty pipe element is not allowed.", 1, 9, false},
		{"stray paren", ")\n", "Unexpected token ')'", 1, 1, false},
		{"expression after pipe", "Get-A | 1\n", "Expressions are only allowed as the first element of a pipeline.", 1, 9, false},
		{"unknown operator", "$a -foo 1\n", "Unexpected token '-foo'", 1, 4, false},
		{"tier C class", "class Foo {}\n", "not supported in exsh", 1, 1, false},
		{"missing block", "if ($x) Get-A\n", "Missing statement block", 1, 9, false},
		{"trailing operator", "1 +", "value expression following the '+' operator", 1, 4, true},
		{"splat in expression", "1 + @a\n", "splatting operator", 1, 5, false},
		{"duplicate hash key", "$h = @{ a = 1\n A = 2 }", "Duplicate keys 'A' are not allowed in hash literals.", 2, 2, false},
		{"duplicate quoted key", "@{ 'x y' = 1; \"X Y\" = 2 }", "Duplicate keys 'X Y' are not allowed", 1, 15, false},
		{"duplicate number key", "@{ 1 = 'a'; 1 = 'b' }", "Duplicate keys '1' are not allowed", 1, 13, false},
		{"try without catch", "try { 1 }; 'x'", "The Try statement is missing its Catch or Finally block.", 1, 10, false},
		{"try without catch at end", "try { 1 }\n", "The Try statement is missing its Catch or Finally block.", 1, 10, true},
		{"dangling colon in string", "\"$var: x\"", "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.", 1, 2, false},
		{"dangling colon in expression", "$env: + 1", "Variable reference is not valid.", 1, 1, false},
		{"dangling colon in argument", "Write-Output $a: x", "Variable reference is not valid.", 1, 14, false},
		{"two defaults", "switch ($x) { default { 1 }\n default { 2 } }", "A switch statement can have only one default clause.", 2, 2, false},
		{"duplicate parameter", "function f { param($a, [int]$A) }", "Duplicate parameter $A in parameter list.", 1, 24, false},
		{"duplicate function parameter", "function f($b, $b) { }", "Duplicate parameter $b in parameter list.", 1, 16, false},
		{"compound assignment to list", "$a, $b += 1", "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.", 1, 1, false},
		{"assignment to literal", "'x' = 1", "The assignment expression is not valid.", 1, 1, false},
		{"return in finally", "try { 1 } finally {\n return }", "Flow of control cannot leave a Finally block.", 2, 2, false},
		{"break in finally", "foreach ($i in 1) { try { } finally { break } }", "Flow of control cannot leave a Finally block.", 1, 39, false},
		{"labelled continue out of finally", ":o foreach ($i in 1) { try { } finally { foreach ($j in 1) { continue o } } }", "Flow of control cannot leave a Finally block.", 1, 62, false},
		{"splat as statement", "@a\n", "The splatting operator '@' cannot be used to reference variables in an expression. '@a' can be used only as an argument to a command. To reference variables in an expression use '$a'.", 1, 1, false},
		{"splat after assignment", "$x = @a\n", "'@a' can be used only as an argument to a command.", 1, 6, false},
		{"label before command", ":l Get-Date", "A loop label can only be placed before a loop or switch statement.", 1, 1, false},
		{"attribute then garbage", "[CmdletBinding()] 1 2\n", "Unexpected token '2'", 1, 21, false},
		// A parse error anywhere comes before an error that post-processing
		// (a duplicate key) or a check (a try with no catch) finds earlier.
		{"parse error after check error", "try { }\n1 +", "value expression following the '+' operator", 2, 4, true},
		{"parse error after hash error", "@{a=1; a=2}\n1 +", "value expression following the '+' operator", 2, 4, true},
		{"hash error after check error", "try { }\n@{a=1; a=2}", "Duplicate keys 'a' are not allowed in hash literals.", 2, 8, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.in)
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("Parse(%q) error = %v, want *Error", tc.in, err)
			}
			if !strings.Contains(e.Message, tc.wantErr) || e.Line != tc.line || e.Column != tc.col || e.Incomplete != tc.incomplete {
				t.Errorf("got %d:%d %q incomplete=%v, want %d:%d %q incomplete=%v",
					e.Line, e.Column, e.Message, e.Incomplete, tc.line, tc.col, tc.wantErr, tc.incomplete)
			}
		})
	}
}

func TestTokenizeModes(t *testing.T) {
	tests := []struct {
		in   string
		want string // token types, space separated
	}{
		{"Write-Output 2+2", "CmdName Word EOF"},
		{"2+2", "Number BinOp Number EOF"},
		{"Write-Output (2+2)", "CmdName LParen Number BinOp Number RParen EOF"},
		{"-not $x", "Prefix Var EOF"},
		{"$i++", "Var PostOp EOF"},
		{"++$i", "Prefix Var EOF"},
		{",1", "Prefix Number EOF"},
		{"1,2", "Number Comma Number EOF"},
		{"Write-Output $a+2", "CmdName Word EOF"},
		{"Write-Output a$a", "CmdName Word EOF"},
		{"Get-X -Name:v -Force", "CmdName ParamColon Word Param EOF"},
		{"Where-Object Name -eq Default", "CmdName Word Param Word EOF"},
		{"$x.Name", "Var Dot Member EOF"},
		{"Write-Output $x.Name", "CmdName Var Dot Member EOF"},
		{"$x -eq 1 -and $y", "Var BinOp Number BinOp Var EOF"},
		{"'{0}' -f 1..3", "SQString BinOp Number BinOp Number EOF"},
		{"[int]'5'", "Cast SQString EOF"},
		{"$s.Trim()", "Var Dot Member Call RParen EOF"},
		{"Get-X -Y a,b", "CmdName Param Word Comma Word EOF"},
	}
	names := map[int]string{}
	for k, v := range symbols {
		names[int(v)] = k
	}
	for _, tc := range tests {
		toks, err := Tokenize(tc.in)
		if err != nil {
			t.Fatalf("Tokenize(%q): %v", tc.in, err)
		}
		var got []string
		for _, tk := range toks {
			got = append(got, names[int(tk.Type)])
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tc.in, g, tc.want)
		}
	}
}

func TestExpandableParts(t *testing.T) {
	s, err := Parse("\"a `t$x and $($y) ${z}.\"")
	if err != nil {
		t.Fatal(err)
	}
	parts := s.Body.Statements[0].Pipeline.Head.Expr.Left.Left.Left.Left.Left.Left.Left.Items[0].Postfix.Primary.Expand.Parts
	if len(parts) != 7 || parts[0].Text != "a \t" || parts[1].Var != "x" || parts[3].Sub == nil || parts[5].Var != "z" || parts[6].Text != "." {
		t.Fatalf("parts = %+v", parts)
	}
}

func TestGrammarGolden(t *testing.T) {
	path := filepath.Join("testdata", "grammar.ebnf")
	got := Grammar() + "\n"
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != got {
		t.Errorf("grammar changed; run go test ./shell/syntax -run TestGrammarGolden -update and review the diff")
	}
}

// FuzzParse checks that no input panics and that every prefix of a valid
// input fails, if at all, only as incomplete. One prefix is invalid in its
// own right: one that ends in "$name:", the drive of a variable with no
// name yet ("$env:" of "$env:Path"), which 5.1 rejects too.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`$a = 1,2,3; ($a | ForEach-Object { $_ * 2 }) -join ","`, `'{0}-{1}' -f 'a','b'`,
		"if ($x) { 1 } else { 2 }", `Set-RemoteDomain Default -TNEFEnabled:$false`, "@\"\nx $y\n\"@", `"a $($b.c) d"`,
		"try { throw 'x' } catch { $_ } finally { }", `$h = @{Add='a'; Remove='b'}`, "function f($a) { $a * 2 }",
		"function f { [CmdletBinding()] param([Parameter(Mandatory)][string]$N) begin { } process { $_ } end { } }",
		"trap [System.Exception] { 'x'; continue }\n1/$z", ":outer foreach ($a in 1..3) { foreach ($b in 1..3) { continue outer } }",
		"for (;;) { break }", "($i++); (++$i)", "1.5d + 2dkb", "try { if ($a) { throw 1 } }\n# c\ncatch { } finally { }",
		"switch ($x) { default { 1 } }"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		_, err := Parse(in)
		if err != nil {
			return
		}
		for i := range in {
			_, perr := Parse(in[:i])
			if perr != nil && !IsIncomplete(perr) && !danglingDrive(perr, in[:i]) {
				t.Fatalf("prefix %q of valid %q: %v (not incomplete)", in[:i], in, perr)
			}
		}
	})
}

// danglingDrive reports whether err is the "$name:" error at the end of
// prefix.
func danglingDrive(err error, prefix string) bool {
	e, ok := err.(*Error)
	return ok && e.ID == "InvalidVariableReferenceWithDrive" && e.Offset+e.Length == len(prefix)
}

// TestLookaheadGuards parses a command argument and an operand suffix
// starting with each token the guards in ahead.go admit: a token left out
// of a guard would end the command or operand before it. (A type literal
// never starts an argument: in argument mode "[int]" is a word.)
func TestLookaheadGuards(t *testing.T) {
	args := []string{"$a", "1", "'a'", "@'\na\n'@", `"a"`, "@\"\na\n\"@", "a", "(1)", "$(1)", "@(1)", "@{}", "{ 1 }",
		"-A", "-A:1", "@a", "--", "> x"}
	for _, arg := range args {
		s, err := Parse("Write-Output " + arg)
		if err != nil {
			t.Errorf("%q: %v", arg, err)
			continue
		}
		if n := len(s.Body.Statements[0].Pipeline.Head.Command.Args); n != 1 {
			t.Errorf("%q: %d arguments, want 1", arg, n)
		}
	}
	s, err := Parse("param($a) begin { } process { } end { $a > x }")
	if err != nil {
		t.Fatal(err)
	}
	if s.Body.Params == nil || len(s.Body.Named) != 3 || len(s.Body.Named[2].Body.Body.Statements[0].Pipeline.Head.Redirects) != 1 {
		t.Errorf("param block, named blocks or redirection of an expression not parsed: %+v", s.Body)
	}
	for _, operand := range []string{"$a.b", "[int]::b", "$a[0]", "$a++"} {
		s, err := Parse(operand)
		if err != nil {
			t.Errorf("%q: %v", operand, err)
			continue
		}
		u, ok := onlyOperand(s.Body.Statements[0].Pipeline.Head.Expr)
		if !ok || u.Postfix == nil || len(u.Postfix.Suffixes) != 1 {
			t.Errorf("%q: not one operand with one suffix", operand)
		}
	}
}

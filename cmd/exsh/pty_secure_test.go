//go:build unix

package main

import (
	"strings"
	"testing"
)

// TestREPLReadHostMasked: Read-Host -AsSecureString at the console shows
// an asterisk for each character typed, never the text; Backspace takes
// one back, and the SecureString holds what was typed.
func TestREPLReadHostMasked(t *testing.T) {
	term := startTerminal(t)
	term.waitFor(0, "[PS] Contoso>")

	m := term.mark()
	term.keys("$p = Read-Host -AsSecureString 'Password'", "\r")
	m = term.waitFor(m, "Password: ")
	term.keys("s3cretx", "\x7f", "\r")
	m = term.waitFor(m, "*******\b \b\r\n")
	term.waitFor(m, "[PS] Contoso>")
	if out := term.output(0); strings.Contains(out, "s3cret") {
		t.Fatalf("the password was shown: %q", out)
	}

	m = term.mark()
	term.keys("\"$($p.Length) $p\"", "\r")
	term.done(m, "6 System.Security.SecureString")
}

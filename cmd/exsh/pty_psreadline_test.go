//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestREPLPrompting: a missing mandatory parameter is asked for, as the
// 5.1 console host does: !? shows its help, an array reads one element
// per line until an empty one, a command after the head of the pipeline
// is asked with its position, and Ctrl+C abandons the command.
func TestREPLPrompting(t *testing.T) {
	term := startTerminal(t)
	term.waitFor(0, "[PS] Contoso>")

	m := term.mark()
	term.keys("New-MailContact", "\r")
	m = term.waitFor(m, "cmdlet New-MailContact at command pipeline position 1\r\nSupply values for the following parameters:\r\n(Type !? for Help.)\r\nName: ")
	term.keys("!?", "\r")
	m = term.waitFor(m, "Name: ")
	term.keys("Kim Akers", "\r")
	m = term.waitFor(m, "ExternalEmailAddress: ")
	term.keys("kim@fabrikam.com", "\r")
	term.done(m, "Kim Akers")

	m = term.mark()
	term.keys("Test-TnefConversion -BodyFormat RichText | % Recipient", "\r")
	m = term.waitFor(m, "Recipient[0]: ")
	term.keys("kim@fabrikam.com", "\r")
	m = term.waitFor(m, "Recipient[1]: ")
	term.keys("\r")
	term.done(m, "kim@fabrikam.com")

	// A command after the head of the pipeline is asked too, with its
	// position, for what pipeline input cannot supply.
	file := filepath.Join(t.TempDir(), "out.txt")
	m = term.mark()
	term.keys("'hello' | Out-File", "\r")
	m = term.waitFor(m, "cmdlet Out-File at command pipeline position 2\r\nSupply values for the following parameters:\r\n(Type !? for Help.)\r\nFilePath: ")
	term.keys(file, "\r")
	m = term.waitFor(m, "[PS] Contoso>")
	term.keys("Get-Content '"+file+"'", "\r")
	term.done(m, "hello")

	m = term.mark()
	term.keys("New-MailContact", "\r")
	term.waitFor(m, "Name: ")
	term.keys("\x03")
	m = term.mark()
	term.keys("(Get-MailContact).Count", "\r")
	term.done(m, "1")
}

// TestREPLEditing drives PSReadLine's keys: Tab cycling and Shift+Tab,
// no menu while typing, the menu on Ctrl+Space, address completion,
// whole-entry recall of a multi-line block, duplicates folded on Up, and
// Ctrl+R search.
func TestREPLEditing(t *testing.T) {
	term := startTerminal(t)
	term.waitFor(0, "[PS] Contoso>")

	m := term.mark()
	term.keys("$abc1 = 'one'; $abc2 = 'two'", "\r")
	term.waitFor(m, "[PS] Contoso>")
	m = term.mark()
	term.keys("$ab", "\t", "\t", "\r")
	term.done(m, "two")
	m = term.mark()
	term.keys("$ab", "\x1b[Z", "\r")
	term.done(m, "two")

	// Typing shows no menu; Ctrl+Space does.
	m = term.mark()
	term.keys("Get-RemoteDo")
	if out := term.output(m); strings.Contains(out, "Gets the remote domains") {
		t.Errorf("a completion menu appeared while typing: %q", out)
	}
	term.keys("\x00")
	term.waitFor(m, "Gets the remote domains")
	term.keys("\x15", "\r") // Ctrl+U clears the line

	// An address completes where the parameter is typed as one.
	m = term.mark()
	term.keys("Test-TnefConversion administrator@", "\t", " | % Recipient", "\r")
	term.done(m, "administrator@contoso.com")

	// A block comes back whole and runs again.
	m = term.mark()
	term.keys("foreach ($i in 1..2) {", "\r", `"blk=$i"`, "\r", "}", "\r")
	term.done(m, "blk=2")
	m = term.mark()
	term.keys("'x' + 1", "\r", "'x' + 1", "\r")
	term.done(term.waitFor(m, "x1"), "x1")
	m = term.mark()
	term.keys("\x1b[A", "\x1b[A", "\r") // 'x' + 1 once, then the block
	term.done(m, "blk=2")

	// Ctrl+R finds the newest entry containing the text; Enter runs it.
	m = term.mark()
	term.keys("\x12", "blk")
	term.waitFor(m, "bck-i-search: blk_")
	term.keys("\r")
	term.done(m, "blk=2")
}

// TestREPLKeys: Alt+. inserts the last argument of the previous entry,
// Ctrl+Left moves back a word, Ctrl+Backspace deletes the word before the
// cursor, Esc clears the line, and Emacs mode completes the common part
// on Tab and lists the candidates on a second Tab.
func TestREPLKeys(t *testing.T) {
	term := startTerminal(t)
	term.waitFor(0, "[PS] Contoso>")

	m := term.mark()
	term.keys("Write-Output 'alt-dot'", "\r")
	term.done(m, "alt-dot")
	m = term.mark()
	term.keys("Write-Output ", "\x1b.", "\r")
	term.done(m, "alt-dot")

	m = term.mark()
	term.keys("Write-Output one two three", "\x1b[1;5D", "\x08", "\r") // before "three", delete "two "
	term.done(m, "one\r\nthree")
	if strings.Contains(term.output(m), "\ntwo") {
		t.Error("Ctrl+Backspace did not delete the word before the cursor")
	}

	m = term.mark()
	term.keys("'wrong'", "\x1b", "'esc' + 'aped'", "\r")
	term.done(m, "escaped")
	if strings.Contains(term.output(m), "wrongescaped") {
		t.Error("Esc did not clear the line")
	}

	m = term.mark()
	term.keys("Set-PSReadLineOption -EditMode Emacs; $abc1 = 1; $abc2 = 2", "\r")
	term.waitFor(m, "[PS] Contoso>")
	m = term.mark()
	term.keys("$ab", "\t")
	m = term.waitFor(m, "$abc")
	if strings.Contains(term.output(m), "$abc1") {
		t.Error("Emacs mode Tab inserted a whole candidate, want the common part")
	}
	term.keys("\t")
	term.waitFor(term.waitFor(m, "$abc1"), "$abc2")
}

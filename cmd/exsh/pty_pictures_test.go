//go:build unix

package main

import (
	"strings"
	"testing"
)

// TestPicturesOnTerminal: at the interactive prompt, Trace-Message draws
// the route with box drawing and colours, Test-TnefConversion -Explain
// highlights the step that decided, Write-Progress draws its pane and
// erases it before the next output, and captured output stays plain.
func TestPicturesOnTerminal(t *testing.T) {
	term := startTerminal(t)
	term.waitFor(term.waitFor(0, "Organization database: "), "[PS] Contoso>")

	m := term.mark()
	term.keys("New-Organization -Name Fabrikam -DomainName fabrikam.com | Out-Null; Connect-Organization Fabrikam; "+
		"New-Mailbox -Name 'Bob Baker' -Alias bob -UserPrincipalName bob@fabrikam.com -Password x | Out-Null; Connect-Organization Contoso; "+
		"New-MailContact -Name Bob -ExternalEmailAddress bob@fabrikam.com | Out-Null; "+
		"$m = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject Hi -BodyFormat RichText; 'sent'", "\r")
	term.done(m, "sent")

	m = term.mark()
	term.keys("Trace-Message $m.MessageId", "\r")
	term.done(term.waitFor(term.waitFor(m, "\x1b[2m ┌── \x1b[0m\x1b[1mContoso\x1b[0m"), "\x1b[2m ├─▶ \x1b[0m\x1b[1mFabrikam\x1b[0m"),
		"\x1b[2m └── \x1b[0m\x1b[32mdelivered to Bob Baker\x1b[0m")

	m = term.mark()
	term.keys("Set-RemoteDomain Default -TNEFEnabled $false; Test-TnefConversion bob@fabrikam.com -BodyFormat RichText -Explain", "\r")
	term.done(term.waitFor(term.waitFor(m, "\x1b[1mAdministrator\x1b[0m ─▶ \x1b[1mbob@fabrikam.com\x1b[0m  \x1b[1;36mMimeHtml\x1b[0m"),
		"\x1b[1;32m2. Decided       RemoteDomain 'Default' TNEFEnabled=False"), "\x1b[2m5. Overruled ")

	m = term.mark()
	term.keys("foreach ($i in 1..20) { Write-Progress -Activity Copying -Status \"$i of 20\" -PercentComplete ($i * 5); Start-Sleep -Milliseconds 30 }; 'copied'", "\r")
	end := term.waitFor(term.waitFor(term.waitFor(m, "\x1b[33;46m Copying "), "    [oooo"), "\x1b[Jcopied")
	term.done(end, "")

	m = term.mark()
	term.keys("$t = Trace-Message $m.MessageId; $t[0]", "\r")
	term.done(m, "to Bob Baker, arrived as MimeHtml:")
	if out := term.output(m); strings.Contains(out, "┌──") || strings.Contains(out, "\x1b[1mHi") {
		t.Errorf("captured output was painted: %q", out)
	}
}

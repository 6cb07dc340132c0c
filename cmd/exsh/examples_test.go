package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/cmdlets/utility"
	"github.com/exsh/exsh/shell"
	"github.com/exsh/exsh/storage"
)

// The project's rule: every example in the README and in help must run.
// TestHelpExamples and TestReadmeExamples run each one in exsh, in a
// directory of its own holding a copy of the org database and the files a
// fixture prepared, and expect no error: nothing on stderr, exit code 0.

// fixtureFiles are the files the examples read; they are written before
// the fixture script runs, which attaches some of them.
var fixtureFiles = map[string]string{
	"users.csv":     "Name,Email\r\nLee Gu,lee@fabrikam.com\r\nAmy Rusko,amy@fabrikam.com\r\n",
	"users.txt":     "lee@fabrikam.com\namy@fabrikam.com\n",
	"data.txt":      "Name;Email\nLee Gu;lee@fabrikam.com\n",
	"report.csv":    "\"Name\",\"Email\"\r\n\"Amy Rusko\",\"amy@fabrikam.com\"\r\n",
	"log.txt":       "one\ntwo\nthree\nfour\nfive\nsix\nseven\n",
	"notes.txt":     "Check the TNEF setting of each remote domain.\nThen send a test message.\n",
	"body.txt":      "Hello from the lab.\n",
	"data.csv":      "Name,Value\r\nx,1\r\n",
	"report.pdf":    "%PDF-1.4\n% a lab attachment\n",
	"a.pdf":         "%PDF-1.4\n% a lab attachment\n",
	"labs/lab1.ps1": "Get-RemoteDomain\n",
	// Outside Windows, the drive paths of the examples (dir C:\scripts,
	// Start-Transcript -Path C:\logs\session.txt) are relative folders.
	"C:/scripts/lab.ps1":      "Get-RemoteDomain\n",
	"C:/scripts/old/lab0.ps1": "Get-Mailbox\n",
	"C:/logs/.keep":           "",
}

// fixtureScript builds what the examples name. Contoso, the seeded
// organization and the one connected at the end, has the objects the Set-,
// Remove- and Get- examples look for (a New- example whose object exists
// removes it first: see exampleSetups); Fabrikam has Bob's mailbox, the
// recipient of the messages; Litware is an Exchange 5.5 organization, with
// the Internet Mail Service. Bob's Inbox keeps a TNEF message as it crossed
// (message.eml); winmail.dat is ConvertTo-Tnef's second example.
const fixtureScript = `
New-Organization -Name Fabrikam -DomainName fabrikam.com | Out-Null
New-Organization -Name Litware -DomainName litwareinc.com -ExchangeVersion Exchange55 | Out-Null
Connect-Organization Fabrikam
New-Mailbox -Name 'Bob Baker' -Alias bob -UserPrincipalName bob@fabrikam.com -Password x | Out-Null
Connect-Organization Contoso
New-RemoteDomain -Name Fabrikam -DomainName fabrikam.com | Out-Null
New-MailContact -Name 'Kim Akers' -Alias kim -ExternalEmailAddress kim@fabrikam.com | Out-Null
New-MailUser -Name 'Ed Banti' -Alias ed -ExternalEmailAddress ed@fabrikam.com | Out-Null
New-Mailbox -Name 'Pat Coleman' -Alias pat -UserPrincipalName pat@contoso.com -Password x | Out-Null
New-AcceptedDomain -Name Sales -DomainName sales.contoso.com -DomainType InternalRelay | Out-Null
New-OutlookContact -Mailbox Administrator -EmailAddress kim@fabrikam.com -Name Kim | Out-Null
New-RelayHost relay.isp.example -Behavior FlattenToFirstTextPart | Out-Null
Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Numbers' -Body 'Hello' -BodyFormat RichText | Out-Null
Set-RemoteDomain Fabrikam -TNEFEnabled $true
$t = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Wire' -Body 'Rich text' -BodyFormat RichText
Set-RemoteDomain Fabrikam -TNEFEnabled $null
Connect-Organization Fabrikam
Export-MailboxMessage -Mailbox bob -MessageId $t.MessageId -Path message.eml -Stage Wire
Connect-Organization Contoso
ConvertTo-Tnef -Subject Report -Body '<p>See <b>attached</b></p>' -BodyFormat Html -Attachment report.pdf, data.csv -RequestReadReceipt -Path winmail.dat | Out-Null
`

// exampleVariables are the variables help examples use without setting
// them: an example that names one runs its assignment first.
var exampleVariables = []struct{ name, assign string }{
	{"m", "$m = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Numbers' -Body 'Hello' -BodyFormat RichText"},
	{"id", "$id = (Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Numbers' -Body 'Hello').MessageId"},
	{"row", "$row = [pscustomobject]@{Name = 'Lee Gu'; Email = 'lee@fabrikam.com'}"},
	{"old", "$old = 'a', 'b', 'c'"},
	{"new", "$new = 'b', 'c', 'd'"},
}

// exampleSetup is what an example needs beyond the fixture.
type exampleSetup struct {
	// before runs first, in the same session.
	before string
	// console runs before and the example as lines typed at the console
	// (standard input): the session keeps a history of them.
	console bool
	// answer is typed at the prompts of an interactive console.
	answer string
}

// exampleSetups are the help examples, by subtest name, that need more
// than the fixture.
var exampleSetups = map[string]exampleSetup{
	// The fixture has the objects the New- examples create.
	"New-AcceptedDomain/0": {before: "Remove-AcceptedDomain Sales -Confirm:$false"},
	"New-MailContact/0":    {before: "Remove-MailContact kim -Confirm:$false"},
	"New-MailUser/0":       {before: "Remove-MailUser ed -Confirm:$false"},
	"New-Mailbox/0":        {before: "Remove-Mailbox pat -Confirm:$false"},
	"New-Organization/0":   {before: "Remove-Organization Fabrikam -Confirm:$false"},
	"New-OutlookContact/0": {before: "Remove-OutlookContact Kim -Mailbox Administrator -Confirm:$false"},
	"New-RelayHost/0":      {before: "Remove-RelayHost relay.isp.example -Confirm:$false"},
	"New-RemoteDomain/0":   {before: "Remove-RemoteDomain Fabrikam -Confirm:$false"},
	// The fixture has no Partner connector: its smart host does not
	// resolve, so with it mail to fabrikam.com would wait in a queue.
	"Remove-SendConnector/0": {before: "New-SendConnector -Name Partner -AddressSpaces fabrikam.com -DNSRoutingEnabled $false -SmartHosts mail.fabrikam.com | Out-Null"},
	// The Internet Mail Service runs in Exchange 5.5 organizations.
	"Get-Service/0":     {before: "Connect-Organization Litware"},
	"Restart-Service/0": {before: "Connect-Organization Litware"},
	"Stop-Transcript/0": {before: "Start-Transcript -Path transcript.txt | Out-Null"},
	// The answers need the request they answer.
	"Send-MeetingResponse/0": {before: "$m = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject Review -MeetingRequest -Start '2026-03-15 14:00' -End '2026-03-15 15:00'"},
	"Send-TaskResponse/0":    {before: "Get-RemoteDomain | Set-RemoteDomain -TNEFEnabled $true; $m = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject Report -TaskRequest -DueDate '2026-03-20'"},
	"Send-VotingResponse/0":  {before: "Get-RemoteDomain | Set-RemoteDomain -TNEFEnabled $true; $m = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject Lunch -VotingButtons 'Yes;No'"},
	"Open-MailboxMessage/0":  {before: "$m = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject Numbers -RequestReadReceipt"},
	// r 3 runs the third entry of the history.
	"Invoke-History/0": {console: true, before: "Write-Output one\nWrite-Output two"},
	// Read-Host reads from an interactive console only.
	"Read-Host/0": {answer: "Pat Coleman\n"},
}

// expectedErrors are the help examples that show an error on purpose, as
// their Remarks say, with a text the error must contain.
var expectedErrors = map[string]string{
	"Write-Error/0": "Mailbox not found",
	"Write-Error/1": "Bad row",
}

// notSupported is the Remarks of the example of each tier-C command,
// which shows the "not supported in exsh" error.
const notSupported = `Fails with a "not supported in exsh" error.`

// TestHelpExamples runs the examples of every cmdlet's help.
// helpExamples returns the examples of every cmdlet's help and of every
// about_ topic, by the command or topic name.
func helpExamples() (names []string, examples [][]cmdlet.Example) {
	for _, info := range cmdlets.Registry().All() {
		names, examples = append(names, info.Name), append(examples, info.Examples)
	}
	topics := utility.TopicExamples()
	for _, name := range slices.Sorted(maps.Keys(topics)) {
		names, examples = append(names, name), append(examples, topics[name])
	}
	return names, examples
}

// TestExampleTables keeps the setup and expected-error tables of
// TestHelpExamples pointing at examples that exist.
func TestExampleTables(t *testing.T) {
	exists := map[string]bool{}
	names, examples := helpExamples()
	for k, exs := range examples {
		for i := range exs {
			exists[fmt.Sprintf("%s/%d", names[k], i)] = true
		}
	}
	for _, name := range slices.Sorted(maps.Keys(exampleSetups)) {
		if !exists[name] {
			t.Errorf("exampleSetups has %s, which is no help example", name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(expectedErrors)) {
		if !exists[name] {
			t.Errorf("expectedErrors has %s, which is no help example", name)
		}
	}
}

func TestHelpExamples(t *testing.T) {
	fixture := prepareFixture(t)
	names, examples := helpExamples()
	for k, exs := range examples {
		for i, ex := range exs {
			name := fmt.Sprintf("%s/%d", names[k], i)
			setup := exampleSetups[name]
			var before []string
			for _, v := range exampleVariables {
				if regexp.MustCompile(`(?i)\$` + v.name + `\b`).MatchString(ex.Code) {
					before = append(before, v.assign)
				}
			}
			if setup.before != "" {
				before = append(before, setup.before)
			}
			setup.before = strings.Join(before, "\n")
			want, wantErr := expectedErrors[name]
			if ex.Remarks == notSupported {
				want, wantErr = "not supported in exsh", true
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				code, stdout, stderr := runExample(t, fixture, setup, ex.Code)
				switch {
				case wantErr && (code != 1 || !strings.Contains(stderr, want)):
					t.Errorf("%s\nexit %d, want 1 and an error with %q\nstdout:\n%s\nstderr:\n%s", ex.Code, code, want, stdout, stderr)
				case !wantErr && (code != 0 || stderr != ""):
					t.Errorf("%s\nexit %d\nstdout:\n%s\nstderr:\n%s", ex.Code, code, stdout, stderr)
				}
			})
		}
	}
}

// TestReadmeExamples runs each line of the code block of README.md's
// "What to try" section on its own.
func TestReadmeExamples(t *testing.T) {
	lines := readmeExamples(t)
	if len(lines) == 0 {
		t.Fatal(`no indented code lines in README.md's "What to try" section`)
	}
	fixture := prepareFixture(t)
	for i, line := range lines {
		t.Run(fmt.Sprint(i+1), func(t *testing.T) {
			t.Parallel()
			if code, stdout, stderr := runExample(t, fixture, exampleSetup{}, line); code != 0 || stderr != "" {
				t.Errorf("%s\nexit %d\nstdout:\n%s\nstderr:\n%s", line, code, stdout, stderr)
			}
		})
	}
}

// readmeExamples returns the indented code lines of README.md's "What to
// try" section.
func readmeExamples(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"):
			in = strings.TrimSpace(strings.TrimLeft(line, "#")) == "What to try"
		case in && strings.HasPrefix(line, "    ") && strings.TrimSpace(line) != "":
			lines = append(lines, strings.TrimSpace(line))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

// prepareFixture writes the fixture files in a new directory, runs the
// fixture script there and returns the directory.
func prepareFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range fixtureFiles {
		if runtime.GOOS == "windows" && strings.HasPrefix(name, "C:/") {
			continue
		}
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := exshIn(dir, "", "-Command", setLocation(dir)+"\n"+fixtureScript)
	if code != 0 || stderr != "" {
		t.Fatalf("the fixture failed: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	return dir
}

// runExample runs code after setup in a copy of the fixture directory,
// the current location: with -Command, or as console lines or in an
// interactive session when setup says so. The fixture's statements come
// first, one a line, so an error in the example is at its last line.
func runExample(t *testing.T, fixture string, setup exampleSetup, code string) (int, string, string) {
	t.Helper()
	if runtime.GOOS == "windows" && strings.Contains(code, `C:\`) {
		t.Skip(`the example names a folder of drive C:`)
	}
	dir := t.TempDir()
	copyDir(t, fixture, dir)
	text := setLocation(dir) + "\n"
	if setup.before != "" {
		text += setup.before + "\n"
	}
	text += code
	switch {
	case setup.answer != "":
		return consoleSession(dir, setup.answer, text)
	case setup.console:
		return exshIn(dir, text+"\n")
	}
	return exshIn(dir, "", "-Command", text)
}

// exshIn runs exsh in-process on the org database of dir, with stdin as
// its standard input.
func exshIn(dir, stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	args = append([]string{"-Database", filepath.Join(dir, "org.db")}, args...)
	code := shell.Main(cmdlets.Registry(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// consoleSession runs text in a session on the org database of dir with
// an interactive console, where answer is typed (shell.Main makes one on
// a terminal only). The exit code is 1 when text failed.
func consoleSession(dir, answer, text string) (int, string, string) {
	var out, errOut bytes.Buffer
	db := filepath.Join(dir, "org.db")
	s := shell.New(shell.Options{Commands: cmdlets.Registry(), Stdout: &out, Stderr: &errOut,
		Stdin: strings.NewReader(answer), Interactive: true,
		OpenStore: func() (storage.Store, error) {
			return storage.OpenBolt(db, storage.BoltOptions{Seed: storage.ContosoSeed(shell.EnvFromEnvironment())}), nil
		}})
	defer s.Close()
	code := 0
	if _, _, err := s.Run("", text); err != nil {
		code = 1
	}
	return code, out.String(), errOut.String()
}

// setLocation is the statement that makes dir the current location.
func setLocation(dir string) string {
	return "Set-Location '" + strings.ReplaceAll(dir, "'", "''") + "'"
}

// copyDir copies the files under src to dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

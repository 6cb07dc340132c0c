package shell

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

var updatePictures = flag.Bool("update-pictures", false, "rewrite testdata/pictures_*.golden")

// pictureLab is a session over a new Contoso database, its console a
// colour terminal when color is set, with Bob at Fabrikam as a mail
// contact of Contoso and $m a message sent to him and to a domain no
// one receives mail for.
func pictureLab(t *testing.T, color bool) (*Session, *bytes.Buffer) {
	t.Helper()
	t.Setenv("EXSH_NOW", "2026-03-12T09:15:00Z")
	t.Setenv("EXSH_GUID_SEED", "1")
	st, err := storage.NewMemory(storage.ContosoSeed(model.DefaultEnv()))
	if err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	s := New(Options{Commands: cmdlets.Registry(), Stdout: &out, Stderr: &errs, Color: color, Width: 100,
		OpenStore: func() (storage.Store, error) { return st, nil }})
	setup := `New-Organization -Name Fabrikam -DomainName fabrikam.com | Out-Null
Connect-Organization Fabrikam
New-Mailbox -Name 'Bob Baker' -Alias bob -UserPrincipalName bob@fabrikam.com -Password x | Out-Null
Connect-Organization Contoso
New-MailContact -Name Bob -ExternalEmailAddress bob@fabrikam.com | Out-Null
$m = Send-TestMessage -From Administrator -To bob@fabrikam.com,nobody@nowhere.example -Subject Hi -Body 'Hello' -BodyFormat RichText`
	run(t, s, setup)
	if out.Len() > 0 || errs.Len() > 0 {
		t.Fatalf("setup printed %q %q", out.String(), errs.String())
	}
	return s, &out
}

func run(t *testing.T, s *Session, text string) {
	t.Helper()
	if _, _, err := s.Run("", text); err != nil {
		t.Fatalf("%s: %v", text, err)
	}
}

// golden compares got with testdata/name, or rewrites it with
// -update-pictures.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *updatePictures {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test ./shell -run %s -update-pictures rewrites it):\ngot:\n%s\nwant:\n%s", path, t.Name(), got, want)
	}
}

// TestPictures draws Trace-Message's route and Test-TnefConversion's
// ladders on a colour terminal: box drawing, the winning step in bold
// green, overruled and inapplicable steps dim, the forms coloured.
func TestPictures(t *testing.T) {
	s, out := pictureLab(t, true)
	run(t, s, "Trace-Message $m.MessageId")
	golden(t, "pictures_trace.golden", regexp.MustCompile(`<[0-9a-f-]+@`).ReplaceAllString(out.String(), "<id@"))
	out.Reset()
	run(t, s, "Set-RemoteDomain Default -TNEFEnabled $false; Test-TnefConversion bob@fabrikam.com,kim@example.com -BodyFormat RichText -Explain")
	golden(t, "pictures_explain.golden", out.String())
	for _, want := range []string{
		"\x1b[2m ├─▶ \x1b[0m\x1b[1mFabrikam\x1b[0m",                                // the message crosses to Fabrikam
		"\x1b[2m └── \x1b[0m\x1b[32mdelivered to Bob Baker\x1b[0m",                 // delivered in green
		"\x1b[1;32m2. Decided       RemoteDomain 'Default' TNEFEnabled=False: no ", // the winner
		"\x1b[2m5. Overruled ",      // overruled: dim
		"\x1b[2m3. NotApplicable ",  // not applicable: dim
		"\x1b[1;35mTNEF\x1b[0m",     // TNEF in magenta
		"\x1b[1;36mMimeHtml\x1b[0m", // MIME in cyan
	} {
		if !strings.Contains(out.String(), want) && !strings.Contains(readGolden(t, "pictures_trace.golden"), want) {
			t.Errorf("the pictures lack %q", want)
		}
	}
}

func readGolden(t *testing.T, name string) string {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestPicturesOnlyOnTheConsole: output captured, piped, redirected, kept
// in -OutVariable, transcribed or under NO_COLOR is today's plain text,
// the same as on a console that is not a terminal.
func TestPicturesOnlyOnTheConsole(t *testing.T) {
	plain, plainOut := pictureLab(t, false)
	run(t, plain, "Trace-Message $m.MessageId; Test-TnefConversion bob@fabrikam.com -Explain")
	want := plainOut.String()
	if strings.Contains(want, "\x1b") || !strings.Contains(want, "to Bob Baker, arrived as MimeHtml:\n  Contoso: categorized as MimeHtml") {
		t.Fatalf("plain output %q", want)
	}
	dir := t.TempDir()
	ids := regexp.MustCompile(`<[0-9a-f-]+@`)
	want = ids.ReplaceAllString(want, "<id@")
	for _, c := range []struct{ name, text string }{
		{"captured", "$x = Trace-Message $m.MessageId; $y = Test-TnefConversion bob@fabrikam.com -Explain; $x; $y"},
		{"piped", "Trace-Message $m.MessageId | Write-Output; Test-TnefConversion bob@fabrikam.com -Explain | ForEach-Object { $_ }"},
		{"out variable", "Trace-Message $m.MessageId -OutVariable a | Out-Null; Test-TnefConversion bob@fabrikam.com -Explain -OutVariable b | Out-Null; $a; $b"},
		{"redirected", fmt.Sprintf("Trace-Message $m.MessageId > '%[1]s/t.txt'; Test-TnefConversion bob@fabrikam.com -Explain >> '%[1]s/t.txt'; Get-Content '%[1]s/t.txt'", dir)},
		{"in a function", "function f { Trace-Message $m.MessageId; Test-TnefConversion bob@fabrikam.com -Explain }; f"},
		{"transcribed", fmt.Sprintf("Start-Transcript '%s/tr.txt' | Out-Null; Trace-Message $m.MessageId; Test-TnefConversion bob@fabrikam.com -Explain; Stop-Transcript | Out-Null", dir)},
		{"NO_COLOR", "Trace-Message $m.MessageId; Test-TnefConversion bob@fabrikam.com -Explain"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.name == "NO_COLOR" {
				t.Setenv("NO_COLOR", "1")
			}
			s, out := pictureLab(t, true)
			run(t, s, c.text)
			// the output of the last statement ends with its empty line
			got := strings.TrimRight(ids.ReplaceAllString(out.String(), "<id@"), "\n")
			if want := strings.TrimRight(want, "\n"); got != want {
				t.Errorf("got\n%q\nwant\n%q", got, want)
			}
		})
	}
}

// progressSession is a session whose console is a colour terminal width
// 40 columns wide (color) or a file.
func progressSession(color bool) (*Session, *bytes.Buffer) {
	var out bytes.Buffer
	return New(Options{Commands: cmdlets.Registry(), Stdout: &out, Stderr: &out, Color: color, Width: 40}), &out
}

// TestProgressPane: Write-Progress draws the pane below the output, other
// output erases it first, -Completed removes it, and so does the end of
// the run.
func TestProgressPane(t *testing.T) {
	s, out := progressSession(true)
	run(t, s, "Write-Progress -Activity 'Creating contacts' -Status '1 of 2' -PercentComplete 50 -SecondsRemaining 65 -CurrentOperation kim; 'between'; "+
		"Write-Progress -Activity 'Creating contacts' -Status '2 of 2' -PercentComplete 100; Write-Progress -Activity 'Creating contacts' -Completed; 'after'")
	pane := func(lines ...string) string {
		for i, l := range lines {
			lines[i] = paneColor + l + strings.Repeat(" ", 39-len(l)) + colorReset
		}
		return strings.Join(lines, "\n")
	}
	want := pane(" Creating contacts ", "    1 of 2 ", "    ["+strings.Repeat("o", 16)+strings.Repeat(" ", 17)+"]", "    00:01:05 remaining ", "    kim ") +
		"\r\x1b[4A\x1b[J" + "between\n" +
		pane(" Creating contacts ", "    2 of 2 ", "    [ooooooooooooooooooooooooooooooooo]") +
		"\r\x1b[2A\x1b[J" + "after\n"
	if out.String() != want {
		t.Errorf("got\n%q\nwant\n%q", out.String(), want)
	}
	if _, wrapped := s.opts.Stdout.(paneWriter); wrapped {
		t.Error("stdout is still wrapped after the statement")
	}

	out.Reset()
	run(t, s, "foreach ($i in 1..3) { Write-Progress -Activity Loop -Status $i }")
	run(t, s, "'next'")
	if got := out.String(); !strings.HasSuffix(got, "\r\x1b[1A\x1b[Jnext\n") || strings.Count(got, "\x1b[J") != 1 {
		t.Errorf("the pane is not cleared once at the end of the statement: %q", got)
	}

	// The pane stays between the statements of a run (a bar stays up
	// during Start-Sleep) and goes when the run ends.
	out.Reset()
	run(t, s, "Write-Progress -Activity Wait -Status one; $null = 1; Write-Progress -Activity Wait -Status one")
	if got := out.String(); strings.Count(got, "\x1b[J") != 1 || !strings.HasSuffix(got, "\x1b[J") {
		t.Errorf("the pane is not kept for the whole run: %q", got)
	}
}

// TestProgressNested: an activity with -ParentId is drawn under its
// parent; completing the parent removes both.
func TestProgressNested(t *testing.T) {
	recs := []*cmdlet.ProgressRecord{
		{ActivityId: 2, ParentActivityId: 1, Activity: "Child", StatusDescription: "c", PercentComplete: -1, SecondsRemaining: -1},
		{ActivityId: 1, ParentActivityId: -1, Activity: "Parent", StatusDescription: "p", PercentComplete: 0, SecondsRemaining: -1},
	}
	got := strings.Join(renderProgress(recs, 30, false), "\n")
	want := " Parent \n    p \n    [                       ]\n     Child \n        c "
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	p := &progressPane{records: recs}
	p.update(&cmdlet.ProgressRecord{ActivityId: 1, Completed: true})
	if len(p.records) != 0 {
		t.Errorf("completing the parent left %d records", len(p.records))
	}
}

// TestProgressSilent: no pane on a console that is not a terminal, nor
// with $ProgressPreference = 'SilentlyContinue'.
func TestProgressSilent(t *testing.T) {
	for _, c := range []struct {
		color bool
		text  string
	}{
		{false, "Write-Progress -Activity A -PercentComplete 10; 'x'"},
		{true, "$ProgressPreference = 'SilentlyContinue'; Write-Progress -Activity A -PercentComplete 10; 'x'"},
	} {
		s, out := progressSession(c.color)
		run(t, s, c.text)
		if out.String() != "x\n" {
			t.Errorf("%s: %q", c.text, out.String())
		}
	}
}

// TestProgressRateLimited: a loop of 2,000 Write-Progress calls redraws
// the pane only when 100 ms have passed (or an activity came or went).
func TestProgressRateLimited(t *testing.T) {
	s, out := progressSession(true)
	run(t, s, "foreach ($i in 1..2000) { Write-Progress -Activity A -Status $i -PercentComplete ($i % 100) }")
	if draws := strings.Count(out.String(), "[J"); draws > 100 {
		t.Errorf("%d redraws for 2000 calls", draws)
	}
}

// TestSendProgress: a statement that sends more than 50 messages shows
// how many it sent on the progress pane.
func TestSendProgress(t *testing.T) {
	s, out := pictureLab(t, true)
	run(t, s, "foreach ($i in 1..51) { $null = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject \"n$i\" }")
	got := out.String()
	if !strings.Contains(got, " Sending test messages ") || !strings.Contains(got, "    51 messages sent ") || !strings.Contains(got, "    'n51' to bob@fabrikam.com ") {
		t.Errorf("no progress pane for 51 messages: %q", got)
	}
	out.Reset()
	run(t, s, "foreach ($i in 1..50) { $null = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject \"n$i\" }")
	if out.Len() != 0 {
		t.Errorf("a pane for 50 messages: %q", out.String())
	}
}

// noProgress is Write-Progress's parameters on a cmdlet that does
// nothing: the baseline of BenchmarkWriteProgress.
type noProgress struct {
	Activity         string `ps:"pos=0,mandatory"`
	Status           string `ps:"pos=1"`
	Id               int    `ps:"pos=2,range=0..2147483647"`
	PercentComplete  int    `ps:"range=-1..100"`
	SecondsRemaining int
	CurrentOperation string
	ParentId         int `ps:"range=-1..2147483647"`
	Completed        bool
	SourceId         int
}

// Process does nothing.
func (*noProgress) Process(*cmdlet.Context) error { return nil }

// benchProgress runs a loop of 10,000 calls of command per iteration on
// a colour terminal that discards what it is sent.
func benchProgress(b *testing.B, command string) {
	r := cmdlets.Registry()
	cmdlet.Add[noProgress](r, &cmdlet.Info{Name: "Write-Nothing"})
	s := New(Options{Commands: r, Stdout: io.Discard, Stderr: io.Discard, Color: true})
	text := "foreach ($i in 1..10000) { " + command + " -Activity A -Status 'Sending' -PercentComplete ($i % 100) }"
	b.ResetTimer()
	for range b.N {
		if _, _, err := s.Run("", text); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*10000), "ns/call")
}

// BenchmarkEmptyCmdletCall is the baseline: a cmdlet with the same
// parameters that does nothing.
func BenchmarkEmptyCmdletCall(b *testing.B) { benchProgress(b, "Write-Nothing") }

// BenchmarkWriteProgress is Write-Progress on a terminal: its redraws
// are rate-limited, so a call costs about as much as an empty one.
func BenchmarkWriteProgress(b *testing.B) { benchProgress(b, "Write-Progress") }

// BenchmarkProgressUpdate is the pane's own cost of one update between
// two redraws, without the interpreter and the binder.
func BenchmarkProgressUpdate(b *testing.B) {
	s := New(Options{Stdout: io.Discard, Stderr: io.Discard, Color: true})
	rec := &cmdlet.ProgressRecord{Activity: "A", StatusDescription: "Sending", ParentActivityId: -1, SecondsRemaining: -1}
	for i := range b.N {
		rec.PercentComplete = i % 100
		s.Progress(rec)
	}
}

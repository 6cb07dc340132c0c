//go:build linux

package main

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCrashPrefix kills exsh (SIGKILL) at a random moment while it runs
// a script whose statements each create one contact, c0001, c0002, …,
// and print its name, then checks that the database opens, holds exactly
// the contacts of the statements before some point (c0001 to c000k, no
// gap, nothing after), including every one whose name was printed, and
// takes a new write.
//
// Most kills fall in the first span after the first name is printed (the
// parsing of the script before it takes a while, more so on a busy
// machine); one in five falls in the first 300 ms, while exsh starts and
// creates the database.
//
// A short run kills 15 times; EXSH_CRASH_LONG=1 kills 300 times over a
// longer span. The seed is logged; EXSH_CRASH_SEED=<seed> repeats a run.
func TestCrashPrefix(t *testing.T) {
	bin := exshPath(t)
	// The script has more statements than a span lets run, even on a
	// fast disk.
	kills, span, statements := 15, 800*time.Millisecond, 1000
	if os.Getenv("EXSH_CRASH_LONG") != "" {
		kills, span, statements = 300, 4*time.Second, 5000
	}
	seed := time.Now().UnixNano()
	if s := os.Getenv("EXSH_CRASH_SEED"); s != "" {
		var err error
		if seed, err = strconv.ParseInt(s, 10, 64); err != nil {
			t.Fatalf("EXSH_CRASH_SEED: %v", err)
		}
	}
	t.Logf("seed %d (EXSH_CRASH_SEED=%d repeats this run)", seed, seed)
	rng := rand.New(rand.NewPCG(uint64(seed), 0))

	var script strings.Builder
	for i := 1; i <= statements; i++ {
		fmt.Fprintf(&script, "New-MailContact -Name %s -ExternalEmailAddress %s@fabrikam.com | %% Name\n", contactName(i), contactName(i))
	}
	for i := range kills {
		early := rng.IntN(5) == 0
		delay := time.Duration(rng.Int64N(int64(span)))
		if early {
			delay = time.Duration(rng.Int64N(int64(300 * time.Millisecond)))
		}
		dir := t.TempDir()
		writeFile(t, dir, "script.ps1", []byte(script.String()))
		printed := runAndKill(t, bin, dir, early, delay)
		k := checkPrefix(t, bin, dir)
		t.Logf("kill %d after %v (%s): %d printed, %d kept", i+1, delay.Round(time.Millisecond), map[bool]string{true: "from the start", false: "from the first name"}[early], printed, k)
		if k < printed {
			t.Errorf("c%04d was printed, so its statement had ended, but the database holds only %d contacts", printed, k)
		}
		if t.Failed() {
			t.Fatalf("kill %d after %v (seed %d) left a database that is not the script's prefix", i+1, delay, seed)
		}
	}
}

// contactName is the name statement i creates.
func contactName(i int) string { return fmt.Sprintf("c%04d", i) }

// runAndKill starts the script in dir against dir/org.db and kills exsh
// after delay: from the start when early, else from the first name it
// prints (unless it ended before). It returns how many names it printed.
func runAndKill(t *testing.T, bin, dir string, early bool, delay time.Duration) int {
	t.Helper()
	cmd := exec.Command(bin, "-NonInteractive", "-File", "script.ps1")
	cmd.Dir = dir
	cmd.Env = append(withoutNoColor(os.Environ()), "NO_COLOR=1", "EXSH_DB="+filepath.Join(dir, "org.db"), "HOME="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	first, eof := make(chan struct{}), make(chan struct{})
	var printed int
	go func() {
		defer close(eof)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if sc.Text() == contactName(printed+1) {
				printed++
				if printed == 1 {
					close(first)
				}
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
	}()
	start := first
	if early {
		start = make(chan struct{})
		close(start)
	}
	select {
	case <-start:
		select {
		case <-time.After(delay):
		case <-eof:
		}
	case <-eof:
	}
	_ = cmd.Process.Signal(syscall.SIGKILL)
	<-eof
	_ = cmd.Wait()
	return printed
}

// checkPrefix opens the database with exsh, checks that it holds c0001
// to c000k and nothing else, that it takes a new contact, and returns k.
func checkPrefix(t *testing.T, bin, dir string) int {
	t.Helper()
	r := runBounded(t, bin, dir, []string{"-NonInteractive", "-Command",
		"Get-MailContact -ResultSize Unlimited | % Name; New-MailContact -Name after -ExternalEmailAddress after@fabrikam.com | % Name"},
		defaultTimeout, defaultMaxRSS<<20)
	if r.killed != "" || r.exit != 0 || r.stderr.String() != "" {
		t.Errorf("opening the database after the kill: exit %d %s; stderr %q", r.exit, r.killed, r.stderr.head(500))
		return 0
	}
	names := strings.Fields(r.stdout.String())
	if len(names) == 0 || names[len(names)-1] != "after" {
		t.Errorf("the new contact was not created: output %q", r.stdout.head(300))
		return 0
	}
	names = names[:len(names)-1]
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			t.Errorf("%s twice", n)
		}
		seen[n] = true
	}
	k := len(names)
	for i := 1; i <= k; i++ {
		if !seen[contactName(i)] {
			t.Errorf("%d contacts but %s is missing (a gap): %q", k, contactName(i), names)
			break
		}
	}
	return k
}

// exshPath is the exsh command that TestMain (testscript) puts on $PATH:
// this test binary, which runs exsh when called by that name.
func exshPath(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("exsh")
	if err != nil {
		t.Fatalf("exsh is not on $PATH: %v", err)
	}
	return bin
}

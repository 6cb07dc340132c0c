//go:build unix

package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// terminal is exsh running in a pseudo-terminal, with everything it
// printed so far.
type terminal struct {
	t      *testing.T
	ptmx   *os.File
	tty    *os.File
	cmd    *exec.Cmd
	mu     sync.Mutex
	out    bytes.Buffer
	exited chan error
	// history is the EXSH_HISTORY file.
	history string
}

// startTerminal builds exsh and starts it on a new pseudo-terminal.
func startTerminal(t *testing.T) *terminal { return startOn(t, nil, "") }

// startOn starts exsh with the pseudo-terminal as stdin and stderr, and
// as stdout unless stdout is given; history is the history file's
// content from earlier sessions.
func startOn(t *testing.T, stdout io.Writer, history string) *terminal {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "history.txt"), []byte(history), 0o600); err != nil {
		t.Fatal(err)
	}
	// TestMain (testscript) puts this test binary on $PATH as exsh.
	bin, err := exec.LookPath("exsh")
	if err != nil {
		t.Fatalf("exsh is not on $PATH: %v", err)
	}
	ptmx, tty := openTerminal(t)
	cmd := exec.Command(bin)
	cmd.Env = append(withoutNoColor(os.Environ()), "EXSH_DB="+filepath.Join(dir, "org.db"), "EXSH_HISTORY="+filepath.Join(dir, "history.txt"), "TERM=xterm")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	if stdout != nil {
		cmd.Stdout = stdout
	}
	// The pseudo-terminal is the controlling terminal: go-prompt opens /dev/tty.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	term := &terminal{t: t, ptmx: ptmx, tty: tty, cmd: cmd, exited: make(chan error, 1), history: filepath.Join(dir, "history.txt")}
	go term.read()
	go func() { term.exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = ptmx.Close()
		_ = tty.Close()
	})
	return term
}

func (term *terminal) read() {
	buf := make([]byte, 4096)
	for {
		n, err := term.ptmx.Read(buf)
		term.mu.Lock()
		term.out.Write(buf[:n])
		term.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// mark returns the current length of the output, for waitFor.
func (term *terminal) mark() int {
	term.mu.Lock()
	defer term.mu.Unlock()
	return term.out.Len()
}

// output returns what was printed after offset from.
func (term *terminal) output(from int) string {
	term.mu.Lock()
	defer term.mu.Unlock()
	return term.out.String()[from:]
}

// waitFor waits until text appears in the output after offset from and
// returns the offset after it.
func (term *terminal) waitFor(from int, text string) int {
	term.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		term.mu.Lock()
		i := strings.Index(term.out.String()[from:], text)
		term.mu.Unlock()
		if i >= 0 {
			return from + i + len(text)
		}
		time.Sleep(20 * time.Millisecond)
	}
	term.mu.Lock()
	defer term.mu.Unlock()
	term.t.Fatalf("%q did not appear; output after %d:\n%q", text, from, term.out.String()[from:])
	return 0
}

// done waits for an entry's output, then for the next prompt (keys typed
// while an entry runs would reach go-prompt as one burst).
func (term *terminal) done(from int, output string) {
	term.t.Helper()
	term.waitFor(term.waitFor(from, output), "[PS] Contoso>")
}

// keys writes each of s to the terminal as one burst, pausing between
// them as a typist would.
func (term *terminal) keys(s ...string) {
	term.t.Helper()
	for _, k := range s {
		if _, err := term.ptmx.Write([]byte(k)); err != nil {
			term.t.Fatal(err)
		}
		time.Sleep(150 * time.Millisecond)
	}
}

// TestREPL drives the interactive shell in a pseudo-terminal: completion,
// a multi-line block, Ctrl+C of a running loop, Ctrl+D, and the terminal
// left in cooked mode with echo.
func TestREPL(t *testing.T) {
	term := startTerminal(t)
	term.waitFor(term.waitFor(0, "Organization database: "), "[PS] Contoso>")

	m := term.mark()
	term.keys("Get-RemoteD", "\t", "\r")
	term.done(m, "Default *")

	// Keys that arrive together (tmux send-keys, a paste) act as typed:
	// the Tab completes, each Enter ends its line, no line is lost.
	m = term.mark()
	term.keys("Get-AcceptedD\t | % DomainName\r")
	term.done(m, "contoso.com")
	m = term.mark()
	term.keys("foreach ($i in 1..2) {\r\"b=$i\"\r}\r")
	term.done(m, "b=2")

	m = term.mark()
	term.keys("Set-RemoteDomain Default -TN", "\t", " $false; 'set' + 'done'", "\r")
	term.done(m, "setdone")
	m = term.mark()
	term.keys("'tnef=' + (Get-RemoteDomain Default).TNEFEnabled", "\r")
	term.done(m, "tnef=False")

	m = term.mark()
	term.keys("foreach ($i in 1..2) {", "\r")
	term.waitFor(m, ">> ")
	term.keys(`"n=$i"`, "\r", "}", "\r")
	term.done(m, "n=2")

	m = term.mark()
	term.keys("foreach ($i in 1..2) {", "\r")
	term.waitFor(m, ">> ")
	m = term.mark()
	term.keys("\x03", "'x' + 'z'", "\r")
	term.done(m, "xz")
	if strings.Contains(term.output(m), "n=") {
		t.Error("Ctrl+C at >> ran the abandoned block")
	}

	m = term.mark()
	term.keys("Write-Warning 'low disk'; Write-Error 'bad'", "\r")
	term.done(term.waitFor(m, "\x1b[93mWARNING: low disk\x1b[0m"), "\x1b[91m")

	term.keys("while ($true) { $n++ }", "\r")
	time.Sleep(500 * time.Millisecond)
	m = term.mark()
	term.keys("\x03")
	term.waitFor(m, "[PS] Contoso>")
	term.keys(`"af" + "ter"`, "\r")
	term.done(m, "after")

	term.keys("\x04")
	select {
	case err := <-term.exited:
		if err != nil {
			t.Fatalf("exsh exited with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("exsh did not exit on Ctrl+D")
	}
	term.checkSane()
	hist, err := os.ReadFile(term.history)
	if err != nil || !strings.Contains(string(hist), "Get-RemoteDomain\n") || !strings.Contains(string(hist), "foreach ($i in 1..2) {\\n") {
		t.Errorf("history file = %q (%v), want the entries", hist, err)
	}
}

// TestREPLSigterm checks that SIGTERM at the prompt (raw mode) restores
// the terminal before exsh exits.
func TestREPLSigterm(t *testing.T) {
	term := startTerminal(t)
	term.waitFor(0, "[PS] Contoso>")
	term.keys("Get-Rem")
	if err := term.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-term.exited:
	case <-time.After(10 * time.Second):
		t.Fatal("exsh did not exit on SIGTERM")
	}
	term.checkSane()
}

// checkSane fails unless the terminal is back in cooked mode with echo.
func (term *terminal) checkSane() {
	t := term.t
	t.Helper()
	tio, err := unix.IoctlGetTermios(int(term.tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name string
		flag uint32
	}{{"echo", unix.ECHO}, {"icanon", unix.ICANON}, {"isig", unix.ISIG}} {
		if tio.Lflag&f.flag == 0 {
			t.Errorf("after exit the terminal has -%s; want it restored", f.name)
		}
	}
	if tio.Iflag&unix.ICRNL == 0 {
		t.Error("after exit the terminal has -icrnl; want it restored")
	}
}

// TestREPLExit checks exit N: the code is exsh's and the terminal is
// restored.
func TestREPLExit(t *testing.T) {
	term := startTerminal(t)
	term.waitFor(0, "[PS] Contoso>")
	term.keys("exit 3", "\r")
	select {
	case err := <-term.exited:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 3 {
			t.Fatalf("exit 3: exsh ended with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("exsh did not exit")
	}
	term.checkSane()
}

// TestNoREPLWhenStdoutIsNotATerminal checks that exsh reads plain lines,
// without go-prompt, when only stdin is a terminal.
func TestNoREPLWhenStdoutIsNotATerminal(t *testing.T) {
	var out syncBuffer
	term := startOn(t, &out, "")
	term.keys("'x' + 'y'\r", "exit\r")
	select {
	case <-term.exited:
	case <-time.After(10 * time.Second):
		t.Fatal("exsh did not exit")
	}
	if got := out.String(); got != "[PS] Contoso> xy\n[PS] Contoso> " {
		t.Errorf("stdout = %q, want the plain prompt and no escape sequences", got)
	}
}

// syncBuffer is a bytes.Buffer safe for the copying goroutine of exec.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestREPLHistory recalls entries of an earlier session with Up.
func TestREPLHistory(t *testing.T) {
	term := startOn(t, nil, "'from' + 'older'\n'from' + 'file'\n")
	term.waitFor(0, "[PS] Contoso>")
	m := term.mark()
	term.keys("\x1b[A", "\x1b[A", "\r")
	term.done(m, "fromolder")
	m = term.mark()
	term.keys("\x1b[A", "\r")
	term.done(m, "fromolder")
	term.keys("\x04")
	select {
	case <-term.exited:
	case <-time.After(10 * time.Second):
		t.Fatal("exsh did not exit on Ctrl+D")
	}
	hist, _ := os.ReadFile(term.history)
	if string(hist) != "'from' + 'older'\n'from' + 'file'\n'from' + 'older'\n'from' + 'older'\n" {
		t.Errorf("history file = %q, want every entry kept, as PSReadLine keeps them", hist)
	}
}

// withoutNoColor drops NO_COLOR so that the session shows colors.
func withoutNoColor(env []string) []string {
	var out []string
	for _, e := range env {
		if !strings.HasPrefix(e, "NO_COLOR=") {
			out = append(out, e)
		}
	}
	return out
}

// openTerminal opens a 120x40 pseudo-terminal: its controlling side and
// the terminal a child runs on. Without one the test is skipped, or
// fails when CI is set.
func openTerminal(t *testing.T) (ptmx, tty *os.File) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no pseudo-terminal: %v", err)
		}
		t.Skipf("no pseudo-terminal on this machine: %v", err)
	}
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 40, Cols: 120}); err != nil {
		t.Fatal(err)
	}
	return ptmx, tty
}

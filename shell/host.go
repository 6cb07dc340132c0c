package shell

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// The Session is the cmdlets' host.
var _ cmdlet.Host = (*Session)(nil)

// Invoke implements [cmdlet.Host].
func (s *Session) Invoke(sb bind.ScriptBlock, input any, args ...any) ([]any, error) {
	b, ok := sb.(*ScriptBlock)
	if !ok {
		return nil, errors.New("not a script block")
	}
	return s.invoke(b, pipelineInput(input), args)
}

// DotInvoke implements [cmdlet.Host].
func (s *Session) DotInvoke(sb bind.ScriptBlock, input any) ([]any, error) {
	b, ok := sb.(*ScriptBlock)
	if !ok {
		return nil, errors.New("not a script block")
	}
	return s.dotInvoke(b, pipelineInput(input))
}

// InvokeMember implements [cmdlet.Host].
func (s *Session) InvokeMember(sb bind.ScriptBlock, this any, args ...any) ([]any, error) {
	b, ok := sb.(*ScriptBlock)
	if !ok {
		return nil, errors.New("not a script block")
	}
	defer s.pushScope()()
	s.setLocal("this", this)
	return s.runBlock(b, nil, args)
}

// Variable implements [cmdlet.Host].
func (s *Session) Variable(name string) (any, bool) {
	if v, ok := s.lookup(name); ok {
		return v.value, true
	}
	return nil, false
}

// SetVariable implements [cmdlet.Host].
func (s *Session) SetVariable(name string, v any) error { return s.setVar(name, v) }

// Console implements [cmdlet.Host]: Write-Host output, never captured.
func (s *Session) Console() io.Writer { return consoleWriter{s} }

type consoleWriter struct{ s *Session }

func (c consoleWriter) Write(p []byte) (int, error) {
	c.s.flushOutput()
	c.s.transcribe(string(p))
	if col := colorLine(p); col != "" && c.s.opts.Color {
		return colorWriter{w: c.s.opts.Stdout, color: col}.Write(p)
	}
	return c.s.opts.Stdout.Write(p)
}

// hostLine writes one line to the console.
func (s *Session) hostLine(line string) { fmt.Fprintln(s.Console(), line) }

// ReadLine implements [cmdlet.Host].
func (s *Session) ReadLine(prompt string) (string, error) { return s.readLine(prompt, false) }

// ReadSecureLine reads a line as ReadLine does, for Read-Host
// -AsSecureString: on a terminal what is typed shows as asterisks (see
// [Session.readMasked]); input read from a file is echoed as asterisks.
func (s *Session) ReadSecureLine(prompt string) (string, error) { return s.readLine(prompt, true) }

func (s *Session) readLine(prompt string, secure bool) (string, error) {
	rs, redirected := s.opts.Stdin.(*redirectedStdin)
	if redirected && !s.opts.Interactive {
		// empty redirected input (/dev/null, no stdin) is no console
		if _, err := s.in.Peek(1); err != nil && s.in.Buffered() == 0 && !rs.used {
			redirected = false
		}
	}
	if !s.opts.Interactive && !redirected {
		return "", cmdlet.NewError("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
			"InvalidOperation", "PSInvalidOperationException", "InvalidOperation")
	}
	s.Idle()
	if f, isFile := s.opts.Stdin.(*os.File); secure && !redirected && isFile {
		if line, ok, err := s.readMasked(f, prompt); ok {
			return line, err
		}
	}
	if prompt != "" {
		fmt.Fprint(s.Console(), prompt+": ")
	}
	line, err := s.in.ReadString('\n')
	if err != nil && line == "" {
		return "", err // io.EOF at the end of redirected input: Read-Host outputs $null
	}
	line = strings.TrimRight(line, "\r\n")
	if redirected {
		rs.used = true
		echo := line // the console echoes input read from a file
		if secure {
			echo = strings.Repeat("*", len([]rune(line)))
		}
		fmt.Fprintln(s.Console(), echo)
	}
	return line, nil
}

// Interactive implements [cmdlet.Host].
func (s *Session) Interactive() bool { return s.opts.Interactive }

// storeLease is how long the database file may stay open across the
// statements of one run (see [storage.Holder]): long enough to spare a
// script's statements a reopen each, short enough for another exsh
// process to get the file well within its lock timeout.
const storeLease = 100 * time.Millisecond

// Store implements [cmdlet.Host]; the database opens on first use. The
// running statement holds it (see [storage.Holder]) until it ends.
func (s *Session) Store() (storage.Store, error) {
	if s.store != nil {
		s.hold()
		return s.store, nil
	}
	if s.opts.OpenStore == nil {
		return nil, errors.New("no organization database is configured")
	}
	st, err := s.opts.OpenStore()
	if err != nil {
		return nil, err
	}
	if s.org == "" {
		if err := s.defaultOrg(st); err != nil {
			return nil, err
		}
	}
	s.store = st
	s.hold()
	return st, nil
}

// hold marks the store as used by the running statement.
func (s *Session) hold() {
	if h, ok := s.store.(storage.Holder); ok {
		h.Hold()
	}
}

// unhold ends a top-level statement: a store with a hold lease keeps
// its file until the lease is over, any other is released.
func (s *Session) unhold() {
	if h, ok := s.store.(storage.Holder); ok {
		h.Unhold(storeLease)
		return
	}
	s.releaseStore()
}

// Idle tells the session that a cmdlet is about to wait (Start-Sleep;
// Read-Host and confirmation prompts go through ReadLine, which calls
// it): the database is released now, or at the end of the statement
// when the statement uses it, so that other processes get it meanwhile.
func (s *Session) Idle() {
	s.flushOutput()
	if h, ok := s.store.(storage.Holder); ok {
		h.Idle()
		return
	}
	s.releaseStore()
}

// release ends a run (a script, -Command text, one interactive entry):
// its output stream ends (see [Session.endOutput]) and other processes
// may use the database. The prompt and completion call it too.
func (s *Session) release() {
	s.clearProgress()
	s.endOutput()
	s.releaseStore()
}

// releaseStore lets other processes use the database.
func (s *Session) releaseStore() {
	if s.store != nil {
		_ = s.store.Release()
	}
}

// Org implements [cmdlet.Host]: the connected organization, by default
// the first one in the database. It never opens a transaction of its own
// once the store is open, so cmdlets may call it inside one.
func (s *Session) Org() string {
	if s.org == "" {
		_, _ = s.Store()
	}
	return s.org
}

// defaultOrg connects to the first organization of a newly opened store.
func (s *Session) defaultOrg(st storage.Store) error {
	return st.View(s.ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err == nil && len(orgs) > 0 {
			s.org = orgs[0].Name
		}
		return err
	})
}

// Connect implements [cmdlet.Host].
func (s *Session) Connect(org string) { s.org = org }

// Path implements [cmdlet.Host].
func (s *Session) Path(p string) string {
	p = strings.ReplaceAll(p, `\`, string(filepath.Separator))
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(s.cwd, p)
}

// Commands implements [cmdlet.Host].
func (s *Session) Commands() *cmdlet.Registry { return s.opts.Commands }

// Width implements [cmdlet.Host].
func (s *Session) Width() int { return s.opts.Width }

// ClearScreen implements [cmdlet.Host].
func (s *Session) ClearScreen() {
	if s.opts.Interactive {
		fmt.Fprint(s.opts.Stdout, "\x1b[H\x1b[2J")
	}
}

// transcript records the console to a file (Start-Transcript).
type transcript struct {
	path string
	f    *os.File
}

// StartTranscript implements [cmdlet.Host].
func (s *Session) StartTranscript(path string, appendTo bool) (string, error) {
	if path == "" {
		path = filepath.Join(s.cwd, "PowerShell_transcript.exsh."+time.Now().Format("20060102150405")+".txt")
	}
	path = s.Path(path)
	flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if appendTo {
		flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(path, flag, 0o644)
	if err != nil {
		return "", err
	}
	s.transcript = &transcript{path: path, f: f}
	fmt.Fprintf(f, "**********************\nWindows PowerShell transcript start\nStart time: %s\nHost Application: exsh\nPSVersion: 5.1\n**********************\n", time.Now().Format("20060102150405"))
	return path, nil
}

// StopTranscript implements [cmdlet.Host].
func (s *Session) StopTranscript() (string, error) {
	if s.transcript == nil {
		return "", cmdlet.NewError("An error occurred stopping transcription: The host is not currently transcribing.",
			"InvalidOperation", "PSInvalidOperationException", "InvalidOperation")
	}
	t := s.transcript
	s.transcript = nil
	fmt.Fprintf(t.f, "**********************\nWindows PowerShell transcript end\nEnd time: %s\n**********************\n", time.Now().Format("20060102150405"))
	return t.path, t.f.Close()
}

func (s *Session) transcribe(text string) {
	if s.transcript != nil {
		_, _ = io.WriteString(s.transcript.f, text)
	}
}

func renderString(rec *ErrorRecord) string {
	var b strings.Builder
	render(&b, rec)
	return b.String()
}

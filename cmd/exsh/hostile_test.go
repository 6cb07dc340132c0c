//go:build linux

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
)

// TestHostile runs exsh as a separate process on input meant to break it:
// runaway recursion, deep nesting, huge values, odd bytes, hostile TNEF
// files and damaged databases. The harness, not the shell, bounds each
// run: it is killed when it outlives its time limit ("hung") or when its
// resident memory passes its bound, and its address space is limited
// (ulimit -v) so that a runaway cannot take the machine. Every run must
// end with the expected exit code and PowerShell-style error text, and
// never with a Go panic or stack dump.
//
// The peak RSS is exsh's own high-water mark (VmHWM), polled from /proc:
// getrusage's ru_maxrss can't be used, because os/exec starts the child
// with CLONE_VM, so that it inherits the peak of the whole test process.
//
// The expectations are those of PowerShell 5.1 and Exchange: the key
// phrases of the messages they print, not whole outputs.
func TestHostile(t *testing.T) {
	bin := exshPath(t)
	template := filepath.Join(t.TempDir(), "template.db")
	if code, _, stderr := runExsh(t, "-Database", template, "-Command",
		"1..20 | % { New-MailContact -Name ('t{0:d2}' -f $_) -ExternalEmailAddress ('t{0}@fabrikam.com' -f $_) } | Out-Null"); code != 0 {
		t.Fatalf("creating the template database: exit %d\n%s", code, stderr)
	}
	for _, tc := range hostileCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			runHostile(t, bin, template, tc)
		})
	}
}

// hostileCase is one run of exsh.
type hostileCase struct {
	name string
	// command is the -Command text; when script is set instead, it is
	// written byte for byte to script.ps1 and run with -File; file runs
	// a script that files wrote.
	command string
	script  []byte
	file    string
	// files prepares the case's folder (the current location of the run).
	files func(t *testing.T, dir string)
	// db damages the case's copy of the database before the run.
	db func(t *testing.T, path string)
	// exit is the expected exit code; stdout and stderr list text each
	// must contain.
	exit           int
	stdout, stderr []string
	// unchanged asks that the database file keep its bytes.
	unchanged bool
	// maxRSS is the bound on resident memory in MiB (default 512);
	// timeout the time limit (default 10 s).
	maxRSS  int64
	timeout time.Duration
	// anyExit leaves the exit code to check.
	anyExit bool
	// check makes more assertions after the run.
	check func(t *testing.T, dir string, r *runResult)
}

const (
	defaultMaxRSS  = 512 // MiB
	defaultTimeout = 10 * time.Second
	// The bound of runaway recursion and nesting, which PowerShell stops
	// long before it needs much memory, and the time limit of the cases
	// that do much work.
	recursionRSS = 256
	longTimeout  = 20 * time.Second
	// addressLimit is the ulimit -v of every run: far above any bound, so
	// that it only stops a runaway that the RSS watchdog misses.
	addressLimit = 3 << 30
)

// Text that must never appear in the output: a Go panic, a runtime
// crash, or a panic that reached exsh's last-resort handler.
var crashMarks = []string{"goroutine ", "panic:", "fatal error:", "runtime error", "internal error"}

// Errors PowerShell prints for the runaway cases.
const (
	callDepth   = "The script failed due to call depth overflow."
	tooComplex  = "The script is nested too deeply: more than 1000 levels"
	outOfMemory = "OutOfMemoryException"
	notACmdlet  = "is not recognized as the name of a cmdlet"
	corruptDB   = "Database file is corrupt or not a database"
	dataSource  = "DataSourceOperationException"
)

// hostileCases is the table of TestHostile.
func hostileCases(t *testing.T) []hostileCase {
	const deep = 100000
	lineOps := (1 << 18) / len("$x++;")
	cases := []hostileCase{
		// Runaway recursion: PowerShell stops at its call depth limit
		// with a catchable error.
		{name: "recursion/function", command: "function f { f }; f", exit: 1, stderr: []string{callDepth, "CallDepthOverflow"}, maxRSS: recursionRSS},
		{name: "recursion/caught", command: "try { function f { f }; f } catch { 'caught' }", exit: 0, stdout: []string{"caught"}, maxRSS: recursionRSS},
		{name: "recursion/mutual", command: "function a { b }; function b { a }; a", exit: 1, stderr: []string{callDepth}, maxRSS: recursionRSS},
		{name: "recursion/scriptblock", command: "$s = { & $s }; & $s", exit: 1, stderr: []string{callDepth}, maxRSS: recursionRSS},
		{name: "recursion/pipeline", command: "function f { 1 | f }; f", exit: 1, stderr: []string{callDepth}, maxRSS: recursionRSS},

		// Deep nesting: the parser gives up with ScriptTooComplicated
		// instead of overflowing its stack; reasonable nesting still works.
		{name: "nesting/parentheses", script: nested("(", "1", ")", deep), exit: 1, stderr: []string{tooComplex, "ScriptTooComplicated"}, maxRSS: recursionRSS},
		{name: "nesting/braces", script: nested("{", "", "}", deep), exit: 1, stderr: []string{tooComplex}, maxRSS: recursionRSS},
		{name: "nesting/subexpressions", script: nested("$(", "1", ")", deep), exit: 1, stderr: []string{tooComplex}, maxRSS: recursionRSS},
		{name: "nesting/arrays", script: nested("@(", "1", ")", deep), exit: 1, stderr: []string{tooComplex}, maxRSS: recursionRSS},
		{name: "nesting/hashtables", script: nested("@{a=", "1", "}", deep), exit: 1, stderr: []string{tooComplex}, maxRSS: recursionRSS},
		{name: "nesting/scriptblocks", script: nested("& { ", "1", " }", deep), exit: 1, stderr: []string{tooComplex}, maxRSS: recursionRSS},
		{name: "nesting/ordinary", script: nested("(", "1", ")", 500), exit: 0, stdout: []string{"1"}},

		// Huge values: a big literal works; a collection or string larger
		// than .NET allows is a catchable OutOfMemoryException, not a
		// crash of the process.
		{name: "huge/string-literal", files: bigLiteral, file: "big.ps1", exit: 0, stdout: []string{"52428800"}, timeout: longTimeout},
		{name: "huge/array-multiply", command: ",0 * 1e9", exit: 1, stderr: []string{outOfMemory}},
		{name: "huge/array-multiply-caught", command: "try { $a = ,0 * 1e9; 'not caught' } catch { 'caught' }", exit: 0, stdout: []string{"caught"}},
		{name: "huge/string-multiply-1e10", command: "'x' * 1e10", exit: 1, stderr: []string{`Cannot convert value "10000000000" to type "System.Int32"`}},
		{name: "huge/string-multiply-2e9", command: "'x' * 2e9", exit: 1, stderr: []string{outOfMemory}},
		{name: "huge/string-multiply-2e9-caught", command: "try { $s = 'x' * 2e9; 'not caught' } catch { 'caught' }", exit: 0, stdout: []string{"caught"}},
		// A range streams through the pipeline: memory stays flat, and
		// the range is longer than the largest array exsh builds. (1..1e8
		// would take minutes at the current speed.)
		{name: "huge/range-stream", command: "(1..9000000 | Measure-Object).Count", exit: 0, stdout: []string{"9000000"},
			maxRSS: 64, timeout: 60 * time.Second},
		{name: "huge/range-stream-last", command: "1..9000000 | Select-Object -Last 1", exit: 0, stdout: []string{"9000000"},
			maxRSS: 64, timeout: 60 * time.Second},

		// Long lines.
		{name: "long/pipeline-30000-stages", script: []byte("1" + strings.Repeat(" | Where-Object {$true}", 30000) + "\n"),
			exit: 0, stdout: []string{"1"}, timeout: longTimeout},
		{name: "long/256KB-line", script: []byte("$x = 0;" + strings.Repeat("$x++;", lineOps) + "$x\n"),
			exit: 0, stdout: []string{strconv.Itoa(lineOps)}, timeout: longTimeout},

		// Odd bytes in script files. A file without a byte order mark is
		// read as Windows-1252, as PowerShell 5.1 reads it: every byte is
		// a character.
		{name: "bytes/invalid-utf8", script: []byte("'a\xff\xfeb'.Length\n'ok'\n"), exit: 0, stdout: []string{"4", "ok"}},
		{name: "bytes/nul", script: []byte("'a\x00b'.Length\n'ok'\n"), exit: 0, stdout: []string{"3", "ok"}},
		// Outside a string NUL is a character of a token, as PowerShell's
		// tokenizer takes it.
		{name: "bytes/nul-outside-string", script: []byte("'x'\x00\n'ok'\n"), exit: 1, stderr: []string{"Unexpected token", "UnexpectedToken"}},
		{name: "bytes/bom-in-middle", script: []byte("'x'\n\xef\xbb\xbf'y'\n'ok'\n"), exit: 0, stdout: []string{"x", "ok"}, stderr: []string{notACmdlet}},
		{name: "bytes/bom-then-invalid-utf8", script: []byte("\xef\xbb\xbf'a\xff\xfeb'\n'ok'\n"), exit: 0, stdout: []string{"ok"}},
		{name: "bytes/lone-surrogate-cesu8", script: []byte("'a\xed\xa0\x80b'.Length\n'ok'\n"), exit: 0, stdout: []string{"5", "ok"}},
		// In UTF-16 a lone surrogate decodes as U+FFFD.
		{name: "bytes/lone-surrogate-utf16", script: utf16LE("'a\uFFFDb'.Length\n'ok'\n"), exit: 0, stdout: []string{"3", "ok"}},

		// Parameter values out of range or malformed.
		{name: "param/resultsize-negative", command: "Get-MailContact -ResultSize -1", exit: 1,
			stderr: []string{"Cannot process argument transformation on parameter 'ResultSize'", `"-1"`}},
		{name: "param/resultsize-huge", command: "Get-MailContact -ResultSize 99999999999", exit: 1,
			stderr: []string{"Cannot process argument transformation on parameter 'ResultSize'", `"99999999999"`}},
		{name: "param/envelope-limit-negative", command: "Set-TransportConfig -MaxRecipientEnvelopeLimit -1", exit: 1,
			stderr: []string{"MaxRecipientEnvelopeLimit", "-1"}},
		{name: "param/envelope-limit-huge", command: "Set-TransportConfig -MaxRecipientEnvelopeLimit 99999999999", exit: 1,
			stderr: []string{"MaxRecipientEnvelopeLimit", "99999999999"}},
		{name: "param/double-at-address", command: "New-MailContact -Name x -ExternalEmailAddress a@@b.com", exit: 1,
			stderr: []string{"Cannot process argument transformation on parameter 'ExternalEmailAddress'", "a@@b.com"}},
		{name: "param/custom-attribute-10000", command: "Set-MailContact t01 -CustomAttribute1 ('a' * 10000)", exit: 1,
			stderr: []string{"The length of the property is too long. The maximum length is 1024 and the length of the value provided is 10000."}},
		{name: "param/nul-in-name", command: "New-MailContact -Name \"a`0b\" -ExternalEmailAddress z@fabrikam.com", exit: 1,
			stderr: []string{"isn't valid for Name", "DataValidationException"}},
	}
	cases = append(cases, tnefCases(t)...)
	cases = append(cases, databaseCases()...)
	return cases
}

// tnefCases are hostile TNEF files read by Get-TnefContent and expanded
// by Expand-TnefAttachment.
func tnefCases(t *testing.T) []hostileCase {
	file := func(name string, data []byte) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) { writeFile(t, dir, name, data) }
	}
	huge, count := hugeLengthTnef(), hugeCountTnef(t)
	deep, bomb := deepTnef(t, 1000), rtfBombTnef(t)
	same := sameNameTnef(t, 5000, "same.txt")
	corrupt := []string{"is corrupt", "InvalidTnefStream"}
	// expanded checks that the files landed in the destination, deep/er/out
	// (deep enough that ../../ stays in the case's folder), and nowhere
	// else.
	const dest = "deep/er/out"
	expanded := func(want int) func(t *testing.T, dir string, r *runResult) {
		return func(t *testing.T, dir string, r *runResult) {
			if out := filesOutside(t, dir, dest, "x.tnef"); len(out) > 0 {
				t.Errorf("files written outside -Destination: %q", out)
			}
			entries, _ := os.ReadDir(filepath.Join(dir, dest))
			if len(entries) != want {
				t.Errorf("%d files in %s, want %d", len(entries), dest, want)
			}
			for _, e := range entries {
				if strings.ContainsAny(e.Name(), "\u202E\x00\n") || strings.Contains(e.Name(), "..") {
					t.Errorf("unsafe name written: %q", e.Name())
				}
			}
		}
	}
	return []hostileCase{
		{name: "tnef/huge-length/content", files: file("x.tnef", huge), command: "Get-TnefContent x.tnef", exit: 1, stderr: corrupt, maxRSS: 128},
		{name: "tnef/huge-length/expand", files: file("x.tnef", huge), command: "Expand-TnefAttachment x.tnef -Destination out", exit: 1, stderr: corrupt, maxRSS: 128},
		{name: "tnef/huge-count/content", files: file("x.tnef", count), command: "Get-TnefContent x.tnef", exit: 1, stderr: corrupt, maxRSS: 128},
		{name: "tnef/huge-count/expand", files: file("x.tnef", count), command: "Expand-TnefAttachment x.tnef -Destination out", exit: 1, stderr: corrupt, maxRSS: 128},
		{name: "tnef/deep-embedding/content", files: file("x.tnef", deep), command: "Get-TnefContent x.tnef", exit: 1, stderr: []string{"nested too deep"}},
		{name: "tnef/deep-embedding/expand", files: file("x.tnef", deep), command: "Expand-TnefAttachment x.tnef -Destination out", exit: 1, stderr: []string{"nested too deep"}},
		{name: "tnef/rtf-bomb/content", files: file("x.tnef", bomb), command: "(Get-TnefContent x.tnef).Subject", exit: 0, stdout: []string{"Bomb"}},
		{name: "tnef/rtf-bomb/expand", files: file("x.tnef", bomb), command: "Expand-TnefAttachment x.tnef -Destination out -IncludeBody | Out-Null; 'done'",
			exit: 0, stdout: []string{"done"}},
		{name: "tnef/hostile-names/expand",
			files: func(t *testing.T, dir string) {
				writeFile(t, dir, "x.tnef", namesTnef(t, hostileNames(filepath.Join(dir, "escape3.txt"))))
			},
			command: "Expand-TnefAttachment x.tnef -Destination " + dest + " | Out-Null; 'done'", exit: 0, stdout: []string{"done"},
			check: expanded(len(hostileNames("")))},
		{name: "tnef/hostile-names/content",
			files:   func(t *testing.T, dir string) { writeFile(t, dir, "x.tnef", namesTnef(t, hostileNames("/etc/passwd"))) },
			command: "(Get-TnefContent x.tnef).Attachments.Count", exit: 0, stdout: []string{strconv.Itoa(len(hostileNames("")))}},
		{name: "tnef/5000-same-names/expand", files: file("x.tnef", same), timeout: longTimeout,
			command: "Expand-TnefAttachment x.tnef -Destination " + dest + " | Out-Null; 'done'", exit: 0, stdout: []string{"done"},
			check: expanded(5000)},
		{name: "tnef/destination-is-a-file",
			files: func(t *testing.T, dir string) {
				writeFile(t, dir, "x.tnef", plainTnef(t))
				writeFile(t, dir, "afile.txt", []byte("keep me\n"))
			},
			command: "Expand-TnefAttachment x.tnef -Destination afile.txt", exit: 1, stderr: []string{"afile.txt"},
			check: func(t *testing.T, dir string, r *runResult) {
				if got := readFile(t, filepath.Join(dir, "afile.txt")); string(got) != "keep me\n" {
					t.Errorf("afile.txt changed: %q", got)
				}
			}},
	}
}

// databaseCases open damaged databases with a read and a write; each
// fails with a clear DataSourceOperationException and leaves the file as
// it was.
func databaseCases() []hostileCase {
	const read, write = "Get-RemoteDomain", "New-MailContact -Name n -ExternalEmailAddress n@fabrikam.com"
	damages := []struct {
		name   string
		damage func(t *testing.T, path string)
		stderr []string
	}{
		{"truncated-8k", truncateDB(8 << 10), []string{corruptDB, dataSource}},
		{"truncated-half", truncateDB(64 << 10), []string{corruptDB, dataSource}},
		{"truncated-odd", truncateDB(12345), []string{corruptDB, dataSource}},
		{"bit-flipped-meta", flipMeta, []string{corruptDB, dataSource}},
		{"bit-flipped-page-ids", flipPageIDs, []string{corruptDB, dataSource}},
		{"foreign-file", foreignFile, []string{corruptDB, dataSource}},
		{"directory", directoryDB, []string{dataSource, "org.db"}},
	}
	var cases []hostileCase
	for _, d := range damages {
		for _, cmd := range []string{read, write} {
			cases = append(cases, hostileCase{name: "database/" + d.name + "/" + strings.Fields(cmd)[0], db: d.damage,
				command: cmd, exit: 1, stderr: d.stderr, unchanged: true})
		}
	}
	// An empty file is a database that was never written (exsh killed
	// between creating the file and writing its first pages): it is
	// used as a new one.
	cases = append(cases,
		hostileCase{name: "database/empty/Get-RemoteDomain", db: emptyFile, command: read, exit: 0, stdout: []string{"Default"}},
		hostileCase{name: "database/empty/New-MailContact", db: emptyFile, command: write, exit: 0, stdout: []string{"MailContact"}})
	// A read-only file and a file without permissions can't be made as
	// root (root reads and writes them anyway), so these cases run only
	// for other users.
	if os.Geteuid() != 0 {
		cases = append(cases,
			hostileCase{name: "database/read-only/Get-RemoteDomain", db: chmodDB(0o444), command: read, unchanged: true,
				anyExit: true, check: readOrRefuse},
			hostileCase{name: "database/read-only/New-MailContact", db: chmodDB(0o444), command: write, exit: 1,
				stderr: []string{dataSource}, unchanged: true},
			hostileCase{name: "database/no-permission/Get-RemoteDomain", db: chmodDB(0), command: read, exit: 1,
				stderr: []string{dataSource}, unchanged: true},
			hostileCase{name: "database/no-permission/New-MailContact", db: chmodDB(0), command: write, exit: 1,
				stderr: []string{dataSource}, unchanged: true})
	}
	return cases
}

// readOrRefuse accepts a read of a read-only database that works or that
// fails with a clear error.
func readOrRefuse(t *testing.T, _ string, r *runResult) {
	ok := r.exit == 0 && strings.Contains(r.stdout.String(), "Default")
	refused := r.exit == 1 && strings.Contains(r.stderr.String(), dataSource)
	if !ok && !refused {
		t.Errorf("reading a read-only database: exit %d, stdout %q, stderr %q; want the remote domains or a %s",
			r.exit, r.stdout.head(200), r.stderr.head(300), dataSource)
	}
}

// utf16LE returns s as UTF-16LE with a byte order mark, each U+FFFD of s
// written as a lone surrogate (which Go strings can't hold).
func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		if u == 0xFFFD {
			u = 0xD800
		}
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// runHostile prepares the case's folder, runs exsh and checks the result.
func runHostile(t *testing.T, bin, template string, tc hostileCase) {
	dir := t.TempDir()
	db := filepath.Join(dir, "org.db")
	writeBytes(t, db, readFile(t, template))
	if tc.files != nil {
		tc.files(t, dir)
	}
	if tc.db != nil {
		tc.db(t, db)
	}
	var before []byte
	if tc.unchanged {
		before = dbBytes(t, db)
	}
	args := []string{"-NonInteractive", "-Command", tc.command}
	if tc.script != nil {
		writeFile(t, dir, "script.ps1", tc.script)
		tc.file = "script.ps1"
	}
	if tc.file != "" {
		args = []string{"-NonInteractive", "-File", tc.file}
	}
	limit := tc.maxRSS
	if limit == 0 {
		limit = defaultMaxRSS
	}
	timeout := tc.timeout
	if timeout == 0 {
		timeout = defaultTimeout
	}
	r := runBounded(t, bin, dir, args, timeout, limit<<20)
	t.Logf("exit %d, peak RSS %d MiB, %v", r.exit, r.maxRSS>>20, r.elapsed.Round(time.Millisecond))
	if r.killed != "" {
		t.Errorf("killed: %s after %v (peak RSS %d MiB); stderr %q", r.killed, r.elapsed.Round(time.Millisecond), r.maxRSS>>20, r.stderr.head(300))
		return
	}
	out := r.stdout.String() + r.stderr.String()
	for _, mark := range crashMarks {
		if strings.Contains(out, mark) {
			t.Errorf("crashed (%q in the output): exit %d; stderr %q", mark, r.exit, r.stderr.head(300))
			return
		}
	}
	if r.exit != tc.exit && !tc.anyExit {
		t.Errorf("exit %d, want %d; stdout %q; stderr %q", r.exit, tc.exit, r.stdout.head(200), r.stderr.head(300))
	}
	if r.maxRSS > limit<<20 {
		t.Errorf("peak RSS %d MiB, bound %d MiB", r.maxRSS>>20, limit)
	}
	for _, want := range tc.stdout {
		if !strings.Contains(r.stdout.String(), want) {
			t.Errorf("stdout lacks %q; stdout %q; stderr %q", want, r.stdout.head(200), r.stderr.head(300))
		}
	}
	for _, want := range tc.stderr {
		if !strings.Contains(r.stderr.String(), want) {
			t.Errorf("stderr lacks %q; stderr %q", want, r.stderr.head(300))
		}
	}
	if tc.unchanged && !bytes.Equal(dbBytes(t, db), before) {
		t.Errorf("the database file changed")
	}
	if tc.check != nil {
		tc.check(t, dir, &r)
	}
}

// dbBytes reads the database file, or a marker for a directory; it lends
// itself read permission for a file that has none.
func dbBytes(t *testing.T, path string) []byte {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.IsDir() {
		return []byte("directory")
	}
	if st.Mode().Perm()&0o400 == 0 {
		if err := os.Chmod(path, st.Mode().Perm()|0o400); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(path, st.Mode().Perm())
	}
	return readFile(t, path)
}

// runResult is how a bounded run ended.
type runResult struct {
	exit           int
	stdout, stderr *cappedBuffer
	maxRSS         int64  // peak resident memory in bytes
	killed         string // why the harness killed the process, or ""
	elapsed        time.Duration
}

// runBounded runs exsh with args in dir, with its own database
// (dir/org.db), under the time limit, the RSS bound (bytes) and the
// address-space limit.
func runBounded(t *testing.T, bin, dir string, args []string, timeout time.Duration, maxRSS int64) runResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	// sh sets the address-space limit and replaces itself with exsh, so
	// the limit, the process and its resource usage are exsh's. The race
	// detector reserves terabytes of address space: no limit then.
	limit := fmt.Sprintf("ulimit -v %d && ", addressLimit>>10)
	if raceEnabled {
		limit = ""
	}
	cmd := exec.CommandContext(ctx, "/bin/sh", append([]string{"-c", limit + `exec "$0" "$@"`, bin}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(withoutNoColor(os.Environ()), "NO_COLOR=1", "EXSH_DB="+filepath.Join(dir, "org.db"),
		"HOME="+dir, "EXSH_HISTORY="+filepath.Join(dir, "history.txt"))
	r := runResult{stdout: &cappedBuffer{}, stderr: &cappedBuffer{}}
	cmd.Stdout, cmd.Stderr = r.stdout, r.stderr
	cmd.WaitDelay = 5 * time.Second
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	watch := startWatchdog(cmd.Process, maxRSS)
	err := cmd.Wait()
	r.elapsed = time.Since(start)
	r.maxRSS = watch.stop()
	if watch.killed {
		r.killed = fmt.Sprintf("resident memory over the %d MiB bound", maxRSS>>20)
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		r.killed = fmt.Sprintf("hung (no exit within %v)", timeout)
	}
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		t.Fatalf("running exsh: %v", err)
	}
	r.exit = cmd.ProcessState.ExitCode()
	return r
}

// watchdog polls a process's memory: it records the peak and kills the
// process when its resident memory passes the bound.
type watchdog struct {
	done   chan struct{}
	wg     sync.WaitGroup
	peak   int64
	killed bool
}

func startWatchdog(p *os.Process, maxRSS int64) *watchdog {
	w := &watchdog{done: make(chan struct{})}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-w.done:
				return
			case <-tick.C:
			}
			rss, hwm, ok := memoryOf(p.Pid)
			if !ok {
				continue
			}
			w.peak = max(w.peak, hwm)
			if rss > maxRSS {
				w.killed = true
				_ = p.Kill()
				return
			}
		}
	}()
	return w
}

// stop ends the polling and returns the peak resident memory seen.
func (w *watchdog) stop() int64 {
	close(w.done)
	w.wg.Wait()
	return w.peak
}

// memoryOf reads the resident memory (VmRSS) and its high-water mark
// (VmHWM) of a process, in bytes, from /proc/<pid>/status.
func memoryOf(pid int) (rss, hwm int64, ok bool) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, false
	}
	for _, line := range strings.Split(string(data), "\n") {
		name, value, _ := strings.Cut(line, ":")
		f := strings.Fields(value)
		if len(f) == 0 || name != "VmRSS" && name != "VmHWM" {
			continue
		}
		kb, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return 0, 0, false
		}
		if name == "VmRSS" {
			rss = kb << 10
		} else {
			hwm = kb << 10
		}
	}
	return rss, hwm, rss > 0
}

// cappedBuffer keeps the first 1 MiB written to it and counts the rest, so
// that a run printing without end can't fill the test's memory.
type cappedBuffer struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	total int64
}

const captureLimit = 1 << 20

func (b *cappedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.total += int64(len(p))
	if room := captureLimit - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

// String returns what was kept.
func (b *cappedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// head returns the first n bytes kept, for messages.
func (b *cappedBuffer) head(n int) string {
	s := b.String()
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

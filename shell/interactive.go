package shell

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/exsh/exsh/internal/resident"
	"github.com/exsh/exsh/shell/repl"
	"golang.org/x/sys/unix"
)

// HistoryFile is the persistent history of the interactive shell:
// $EXSH_HISTORY, else exsh/history.txt in the user's data directory, next
// to the default org database.
func HistoryFile() string {
	if p := os.Getenv("EXSH_HISTORY"); p != "" {
		return p
	}
	return filepath.Join(dataDir(), "exsh", "history.txt")
}

// interactive runs the go-prompt REPL on the terminal in; when go-prompt
// can't start it falls back to reading lines with a plain prompt.
func (s *Session) interactive(in *os.File, database string) int {
	banner := fmt.Sprintf("exsh %s - Exchange Management Shell for training labs\nOrganization database: %s\nGet-Help <cmdlet> or Get-Command for help; Tab completes; exit or Ctrl+D leaves.\n\n", Version, database)
	code, err := repl.Run(repl.Config{Host: s, In: in, Out: s.opts.Stdout, Banner: banner, History: repl.LoadHistory(HistoryFile()),
		Options: s.replOptions, Warm: s.warmCompletion, Rest: resident.Shrink})
	if errors.Is(err, repl.ErrNoTerminal) {
		return s.runLines(in, true)
	}
	return code
}

// useREPL reports whether exsh talks to a person: stdin and stdout are
// both terminals.
func useREPL(stdin, stdout any) (*os.File, bool) {
	in, ok := stdin.(*os.File)
	return in, ok && isTerminalWriter(in) && isTerminalWriter(stdout)
}

// isTerminalWriter reports whether w is a terminal (a character device
// such as /dev/null is not).
func isTerminalWriter(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}

// terminalWidth is the column count of terminal w (0 when unknown).
func terminalWidth(w any) int {
	f, ok := w.(*os.File)
	if !ok {
		return 0
	}
	ws, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ)
	if err != nil || ws.Col == 0 {
		return 0
	}
	return int(ws.Col)
}

//go:build unix

package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/exsh/exsh/storage"
)

// TestREPLPromptKeepsDatabase: while the prompt waits, exsh keeps the
// database open for reading so that Tab completion finds it open, and
// gives it up at once to another exsh process that wants to write.
func TestREPLPromptKeepsDatabase(t *testing.T) {
	term := startTerminal(t)
	term.waitFor(0, "[PS] Contoso>")
	path := filepath.Join(filepath.Dir(term.history), "org.db")
	term.keys("Get-MailContact ", "\t")

	// A writer that tries the lock once is refused: the file is kept.
	kept := false
	for deadline := time.Now().Add(5 * time.Second); !kept && time.Now().Before(deadline); {
		other := storage.OpenBolt(path, storage.BoltOptions{LockTimeout: time.Nanosecond})
		err := other.Update(t.Context(), func(storage.Tx) error { return nil })
		other.Close()
		if err != nil && !errors.Is(err, storage.ErrLocked) {
			t.Fatal(err)
		}
		kept = err != nil
		time.Sleep(20 * time.Millisecond)
	}
	if !kept {
		t.Fatal("the database was not kept open at the prompt")
	}

	// Another process that waits gets it well within its lock timeout.
	bin, err := exec.LookPath("exsh")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-Command", "New-MailContact -Name Writer -ExternalEmailAddress writer@fabrikam.com | Out-Null")
	cmd.Env = append(os.Environ(), "EXSH_DB="+path)
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the other process: %v\n%s", err, out)
	}
	if d := time.Since(start); d > 1500*time.Millisecond {
		t.Errorf("the other process took %v", d)
	}
	m := term.mark()
	term.keys("\x15", "(Get-MailContact Writer).ExternalEmailAddress", "\r")
	term.done(m, "SMTP   writer@fabrikam.com")
}

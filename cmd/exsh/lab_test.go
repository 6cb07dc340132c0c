//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// TestLabProcess is not a test: it is exsh's main, run with the
// arguments after "--", for the tests of -Lab (the test binary that
// testscript puts on $PATH as exsh runs shell.Main, not main).
func TestLabProcess(t *testing.T) {
	if os.Getenv("EXSH_LAB_PROCESS") == "" {
		t.Skip("helper process only")
	}
	args := os.Args[slices.Index(os.Args, "--")+1:]
	os.Exit(run(args, os.Stdin, os.Stdout, os.Stderr))
}

// labCommand returns exsh's main as a process with args, over the
// database db.
func labCommand(db string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^TestLabProcess$", "--"}, args...)...)
	cmd.Env = append(withoutNoColor(os.Environ()), "EXSH_LAB_PROCESS=1", "EXSH_DB="+db,
		"EXSH_HISTORY="+filepath.Join(filepath.Dir(db), "history.txt"), "TERM=xterm")
	return cmd
}

// TestLabFlag: exsh -Lab <name> starts the interactive shell inside a
// fresh lab: the guide, the banner, the prompt of the organization the
// lab starts in, and the lab's objectives to check.
func TestLabFlag(t *testing.T) {
	db := filepath.Join(t.TempDir(), "org.db")
	ptmx, tty := openTerminal(t)
	cmd := labCommand(db, "-Lab", "read-receipts-between-orgs")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	term := &terminal{t: t, ptmx: ptmx, tty: tty, cmd: cmd, exited: make(chan error, 1)}
	go term.read()
	go func() { term.exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = ptmx.Close()
		_ = tty.Close()
	})
	m := term.waitFor(0, "# Read receipts between organizations (Exchange 5.5, KB Q257396)")
	m = term.waitFor(m, "Type `(Get-Lab read-receipts-between-orgs).Guide` for the whole guide")
	m = term.waitFor(m, "Organization database: "+db)
	m = term.waitFor(m, "[PS] Northwind>")
	if strings.Contains(term.output(0), "## The tasks") {
		t.Error("exsh -Lab printed more than the guide's first page")
	}
	term.keys("Test-LabObjective -WarningAction SilentlyContinue -ErrorAction SilentlyContinue; \"met: $?\"", "\r")
	m = term.waitFor(m, "FAIL   A read receipt from Lee (Litware) reached Northwind's Administrator")
	term.waitFor(m, "met: False")
	term.keys("exit", "\r")
	if err := <-term.exited; err != nil {
		t.Errorf("exsh -Lab ended with %v", err)
	}
}

// TestLabFlagCommand: -Lab goes with the other options and -Command; a
// lab that does not exist stops exsh before it runs anything, with exit
// code 1; -Lab without a name is a usage error.
func TestLabFlagCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "org.db")
	out, err := labCommand(db, "-NonInteractive", "-Lab", "troubleshooting", "-Command", "(Get-Lab | Where-Object Current).Name").Output()
	if err != nil || !strings.HasSuffix(string(out), "partner hub.\n\nYour job: find out what is wrong with the tools an Exchange\nadministrator has, fix it, and prove it with mail that travels.\n\n    Get-Queue; Get-Message\n    Get-MessageTrackingLog | Format-Table EventId,Source,ConnectorId,ServerHostname,MessageSubject\n    Test-LabObjective        # PASS or FAIL for each objective, with hints\n\nType `(Get-Lab troubleshooting).Guide` for the whole guide,\n`Checkpoint-Lab -Name <name>` before you try something risky, and\n`Reset-Lab` to start over.\ntroubleshooting\n") {
		t.Errorf("exsh -Lab troubleshooting -Command: %v\n%s", err, out)
	}
	cmd := labCommand(db, "-Lab", "nope", "-Command", "'ran'")
	out, err = cmd.CombinedOutput()
	if cmd.ProcessState.ExitCode() != 1 || strings.Contains(string(out), "ran") || !strings.Contains(string(out), "Cannot find a lab named 'nope'.") {
		t.Errorf("exsh -Lab nope: %v\n%s", err, out)
	}
	cmd = labCommand(db, "-Lab")
	out, _ = cmd.CombinedOutput()
	if cmd.ProcessState.ExitCode() != 64 || string(out) != "exsh: missing value for -Lab\nRun 'exsh -Help' for usage.\n" {
		t.Errorf("exsh -Lab: exit %d\n%s", cmd.ProcessState.ExitCode(), out)
	}
}

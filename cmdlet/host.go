package cmdlet

import (
	"io"
	"time"

	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// Variable is a shell variable as Get-Variable shows it.
type Variable struct {
	Name  string
	Value any
}

// Host is what the shell offers running cmdlets.
type Host interface {
	// Invoke runs a script block in a new scope with $_ set to input and
	// returns its output.
	Invoke(sb bind.ScriptBlock, input any, args ...any) ([]any, error)
	// DotInvoke runs a script block in the caller's scope with $_ set to
	// input, as ForEach-Object and Where-Object do: variables it sets
	// stay set.
	DotInvoke(sb bind.ScriptBlock, input any) ([]any, error)
	// InvokeMember runs a script block as a member of an object (a script
	// property or method that Add-Member made), in a new scope with $this
	// set to this.
	InvokeMember(sb bind.ScriptBlock, this any, args ...any) ([]any, error)
	Variable(name string) (any, bool)
	SetVariable(name string, v any) error
	Variables() []Variable
	// Console is where Write-Host writes; it is never captured.
	Console() io.Writer
	// ReadLine reads one line for Read-Host; it fails when non-interactive.
	ReadLine(prompt string) (string, error)
	Interactive() bool
	// Store returns the org database, opening it on first use.
	Store() (storage.Store, error)
	// Org returns the current organization's name; Connect changes it.
	Org() string
	Connect(org string)
	// Path resolves a path relative to the current location.
	Path(p string) string
	// Width is the console width used for formatting.
	Width() int
	ClearScreen()
	StartTranscript(path string, appendTo bool) (string, error)
	StopTranscript() (string, error)
	// Commands returns the cmdlets the shell runs (Get-Command, Get-Help).
	Commands() *Registry
}

// HistoryInfo is one entry of the session history (PowerShell's
// Microsoft.PowerShell.Commands.HistoryInfo).
type HistoryInfo struct {
	Id                 int64
	CommandLine        string
	ExecutionStatus    string
	StartExecutionTime time.Time
	EndExecutionTime   time.Time
}

// TypeName is the .NET type name.
func (*HistoryInfo) TypeName() string { return "Microsoft.PowerShell.Commands.HistoryInfo" }

// DefaultTableColumns is the default table view: Id and CommandLine.
func (*HistoryInfo) DefaultTableColumns() []string { return []string{"Id", "CommandLine"} }

// Historian is implemented by hosts that keep a command history (the
// interactive shell); the history cmdlets need it.
type Historian interface {
	// History returns the entries of this session, oldest first.
	History() []*HistoryInfo
	// InvokeLine runs a command line and sends its output to emit.
	InvokeLine(line string, emit func(any) error) error
}

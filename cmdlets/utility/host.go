package utility

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/value"
)

// GetDate is Get-Date: it outputs the current (or given) date and time.
type GetDate struct {
	Date   *time.Time `ps:"pos=0,value,name,alias=LastWriteTime" help:"The date to output instead of now (a DateTime or a date string such as 1/31/2026 or 2026-01-31 10:00)."`
	Format string     `help:"A .NET format string; the result is a string."`
}

// StartTranscript is Start-Transcript: it records the console to a file.
type StartTranscript struct {
	Path            string      `ps:"pos=0,alias=LiteralPath,complete=path" help:"The transcript file."`
	Append          bind.Switch `help:"Adds to an existing file."`
	NoClobber       bind.Switch `ps:"alias=NoOverwrite" help:"Does not overwrite an existing file."`
	OutputDirectory string      `help:"The folder of an automatically named transcript file."`
}

// StopTranscript is Stop-Transcript.
type StopTranscript struct{}

// ClearHost is Clear-Host.
type ClearHost struct{}

// ReadHost is Read-Host: it reads a line from the console.
type ReadHost struct {
	Prompt         any         `ps:"pos=0" help:"The prompt text; a colon is added."`
	AsSecureString bind.Switch `help:"Returns the line as a System.Security.SecureString (for a password)."`
}

// StartSleep is Start-Sleep: it waits.
type StartSleep struct {
	Seconds      float64 `ps:"pos=0,mandatory,value,name,set=Seconds,range=0..2147483" help:"How many seconds to wait."`
	Milliseconds int     `ps:"mandatory,name,set=Milliseconds,range=0..2147483647" help:"How many milliseconds to wait."`
}

func addHost(r *cmdlet.Registry) {
	cmdlet.Add[GetDate](r, &cmdlet.Info{
		Name: "Get-Date", Module: modUtility,
		Synopsis:    "Gets the current date and time.",
		Description: "The Get-Date cmdlet outputs a DateTime object for now or for -Date; with -Format it outputs the date as a string formatted with a .NET format string.",
		Examples: []cmdlet.Example{
			{Code: "Get-Date -Format 'yyyy-MM-dd'", Remarks: "Outputs today's date such as 2026-08-21."},
			{Code: "(Get-Date).AddDays(-7)", Remarks: "Outputs the date a week ago."},
		},
	})
	cmdlet.Add[StartTranscript](r, &cmdlet.Info{
		Name: "Start-Transcript", Module: modHost,
		Synopsis:    "Creates a record of all or part of a PowerShell session to a text file.",
		Description: "The Start-Transcript cmdlet records the commands and everything the console shows into a text file until Stop-Transcript.",
		Examples:    []cmdlet.Example{{Code: "Start-Transcript -Path C:\\logs\\session.txt", Remarks: "Starts recording the session."}},
	})
	cmdlet.Add[StopTranscript](r, &cmdlet.Info{
		Name: "Stop-Transcript", Module: modHost,
		Synopsis:    "Stops a transcript.",
		Description: "The Stop-Transcript cmdlet stops the transcript started by Start-Transcript; without one it is an error.",
		Examples:    []cmdlet.Example{{Code: "Stop-Transcript", Remarks: "Stops recording the session."}},
	})
	cmdlet.Add[ClearHost](r, &cmdlet.Info{
		Name: "Clear-Host", Aliases: []string{"cls", "clear"}, Module: modCore,
		Synopsis:    "Clears the display in the host program.",
		Description: "The Clear-Host cmdlet clears the screen and puts the prompt at the top; in a script run it does nothing.",
		Examples:    []cmdlet.Example{{Code: "cls", Remarks: "Clears the screen."}},
	})
	cmdlet.Add[ReadHost](r, &cmdlet.Info{
		Name: "Read-Host", Module: modUtility,
		Synopsis:    "Reads a line of input from the console.",
		Description: "The Read-Host cmdlet prints the prompt followed by a colon and reads one line from the console, or from redirected standard input (exsh -File script.ps1 < answers.txt: one line each, $null at the end of the input). It fails with -NonInteractive.",
		Examples:    []cmdlet.Example{{Code: "$name = Read-Host 'Mailbox name'", Remarks: "Asks for a mailbox name."}},
	})
	cmdlet.Add[StartSleep](r, &cmdlet.Info{
		Name: "Start-Sleep", Aliases: []string{"sleep"}, Module: modUtility,
		Synopsis:    "Suspends the activity in a script or session for the specified period of time.",
		Description: "The Start-Sleep cmdlet waits for the given seconds or milliseconds; Ctrl+C ends the wait.",
		Examples:    []cmdlet.Example{{Code: "Start-Sleep -Seconds 5", Remarks: "Waits five seconds."}},
		DefaultSet:  "Seconds",
	})
}

// modHost is the module of the transcript cmdlets.
const modHost = "Microsoft.PowerShell.Host"

// Process outputs the date.
func (g *GetDate) Process(ctx *cmdlet.Context) error {
	t := time.Now()
	if g.Date != nil {
		t = *g.Date
	}
	if g.Format == "" {
		return ctx.Emit(t)
	}
	s, err := value.FormatDate(t, g.Format)
	if err != nil {
		return err
	}
	return ctx.Emit(s)
}

// Process starts the transcript.
func (s *StartTranscript) Process(ctx *cmdlet.Context) error {
	p := s.Path
	if p == "" && s.OutputDirectory != "" {
		p = strings.TrimRight(s.OutputDirectory, `\/`) + "/PowerShell_transcript.exsh." + time.Now().Format("20060102150405") + ".txt"
	}
	if p != "" && s.NoClobber && !s.Append {
		if _, err := os.Stat(ctx.Host.Path(p)); err == nil {
			full := ctx.Host.Path(p)
			return cmdlet.TargetError(fmt.Sprintf("The file '%s' already exists.", full), "ResourceExists", "IOException", "NoClobber", full)
		}
	}
	path, err := ctx.Host.StartTranscript(p, bool(s.Append))
	if err != nil {
		return err
	}
	return ctx.Emit("Transcript started, output file is " + path)
}

// Process stops the transcript.
func (*StopTranscript) Process(ctx *cmdlet.Context) error {
	path, err := ctx.Host.StopTranscript()
	if err != nil {
		return err
	}
	return ctx.Emit("Transcript stopped, output file is " + path)
}

// Process clears the screen.
func (*ClearHost) Process(ctx *cmdlet.Context) error {
	ctx.Host.ClearScreen()
	return nil
}

// secureReader is implemented by hosts that mask the echo of
// Read-Host -AsSecureString.
type secureReader interface {
	ReadSecureLine(prompt string) (string, error)
}

// Process reads one line.
func (r *ReadHost) Process(ctx *cmdlet.Context) error {
	read := ctx.Host.ReadLine
	if sr, ok := ctx.Host.(secureReader); ok && bool(r.AsSecureString) {
		read = sr.ReadSecureLine
	}
	line, err := read(value.ToString(r.Prompt))
	if errors.Is(err, io.EOF) {
		return ctx.Emit(nil) // the end of redirected input
	}
	if err != nil {
		return err
	}
	if r.AsSecureString {
		return ctx.Emit(value.NewSecureString(line))
	}
	return ctx.Emit(line)
}

// idleHost is implemented by hosts that release resources (the
// database file) while a cmdlet waits.
type idleHost interface{ Idle() }

// Process waits, ending early when the pipeline is stopped.
func (s *StartSleep) Process(ctx *cmdlet.Context) error {
	d := time.Duration(s.Seconds * float64(time.Second))
	if ctx.Binding != nil && ctx.Binding.Set() == "Milliseconds" {
		d = time.Duration(s.Milliseconds) * time.Millisecond
	}
	if h, ok := ctx.Host.(idleHost); ok {
		h.Idle() // let other processes use the database meanwhile
	}
	if ctx.Context == nil {
		time.Sleep(d)
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// GetVariable is Get-Variable: it lists shell variables.
type GetVariable struct {
	Name      []string    `ps:"pos=0,value,name" help:"The variable names (wildcards allowed)."`
	ValueOnly bind.Switch `help:"Outputs only the values."`
	Exclude   []string    `help:"Variables to leave out (wildcards allowed)."`
	Scope     string      `help:"Accepted for compatibility; exsh has one scope."`
}

// SetVariable is Set-Variable: it assigns a shell variable.
type SetVariable struct {
	Name     []string    `ps:"pos=0,mandatory,name" help:"The variable names."`
	Value    any         `ps:"pos=1,value,name" help:"The value to assign."`
	PassThru bind.Switch `help:"Outputs the variable."`
	Scope    string      `help:"Accepted for compatibility; exsh has one scope."`
}

// PSVariable is a variable as Get-Variable outputs it.
type PSVariable struct {
	Name  string
	Value any
}

// TypeName returns the .NET type name.
func (PSVariable) TypeName() string { return "System.Management.Automation.PSVariable" }

// DefaultTableColumns is the Name/Value view.
func (PSVariable) DefaultTableColumns() []string { return []string{"Name", "Value"} }

// DefaultTableWidths fixes the Name column at 30 characters.
func (PSVariable) DefaultTableWidths() []int { return []int{30, 0} }

// DefaultTableAlignments left-aligns both columns, numbers included.
func (PSVariable) DefaultTableAlignments() []format.Alignment {
	return []format.Alignment{format.AlignLeft, format.AlignLeft}
}

func addVariable(r *cmdlet.Registry) {
	cmdlet.Add[GetVariable](r, &cmdlet.Info{
		Name: "Get-Variable", Aliases: []string{"gv"}, Module: modUtility,
		Synopsis:    "Gets the variables in the current console.",
		Description: "The Get-Variable cmdlet lists the shell variables and their values, sorted by name; names accept wildcards. -ValueOnly outputs just the values.",
		Examples:    []cmdlet.Example{{Code: "Get-Variable Error*", Remarks: "Lists the variables whose name starts with Error."}},
	})
	cmdlet.Add[SetVariable](r, &cmdlet.Info{
		Name: "Set-Variable", Aliases: []string{"sv", "set"}, Module: modUtility, ShouldProcess: true,
		Synopsis:    "Sets the value of a variable. Creates the variable if one with the requested name does not exist.",
		Description: "The Set-Variable cmdlet assigns a value to a variable; Set-Variable x 5 is the same as $x = 5.",
		Examples:    []cmdlet.Example{{Code: "Set-Variable -Name limit -Value 10", Remarks: "Sets $limit to 10."}},
	})
}

// Process outputs the matching variables.
func (g *GetVariable) Process(ctx *cmdlet.Context) error {
	vars := ctx.Host.Variables()
	sort.Slice(vars, func(i, j int) bool { return strings.ToLower(vars[i].Name) < strings.ToLower(vars[j].Name) })
	names := g.Name
	if len(names) == 0 {
		names = []string{"*"}
	}
	for _, n := range names {
		if err := g.list(ctx, vars, n); err != nil {
			return err
		}
	}
	return nil
}

// list outputs the variables matching one pattern.
func (g *GetVariable) list(ctx *cmdlet.Context, vars []cmdlet.Variable, n string) error {
	found := false
	for _, v := range vars {
		if !value.MatchWildcard(n, v.Name, false) || matchAnyName(g.Exclude, v.Name) {
			continue
		}
		found = true
		var out any = PSVariable{Name: v.Name, Value: v.Value}
		if g.ValueOnly {
			out = v.Value
		}
		if err := ctx.Emit(out); err != nil {
			return err
		}
	}
	if !found && !value.HasWildcard(n) {
		return ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("Cannot find a variable with the name '%s'.", n),
			"ObjectNotFound", "ItemNotFoundException", "VariableNotFound", n))
	}
	return nil
}

// Process assigns the variables.
func (s *SetVariable) Process(ctx *cmdlet.Context) error {
	for _, n := range s.Name {
		ok, err := ctx.ShouldProcess(fmt.Sprintf("Name: %s Value: %s", n, value.ToString(s.Value)), "Set variable")
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if err := ctx.Host.SetVariable(n, s.Value); err != nil {
			return err
		}
		if s.PassThru {
			if err := ctx.Emit(PSVariable{Name: n, Value: s.Value}); err != nil {
				return err
			}
		}
	}
	return nil
}

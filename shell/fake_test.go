package shell

import (
	"bytes"
	"strings"
	"testing"

	"strconv"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/syntax"
)

// The interpreter's own tests: a registry of three fake cmdlets, so that
// what is checked is the shell (lookup, binding, pipelines, streams,
// ShouldProcess, errors) and no real cmdlet.

// GetThing is Get-Thing: it emits the things 1..Count.
type GetThing struct {
	Count int `ps:"pos=0" help:"How many things."`
}

func (g *GetThing) Process(ctx *cmdlet.Context) error {
	for i := 1; i <= g.Count; i++ {
		if err := ctx.Emit(i); err != nil {
			return err
		}
	}
	return nil
}

// SetThing is Set-Thing: it doubles each piped thing, with ShouldProcess.
type SetThing struct {
	Thing int `ps:"pos=0,mandatory,pipeline=value" help:"The thing to change."`
}

func (s *SetThing) Process(ctx *cmdlet.Context) error {
	ok, err := ctx.ShouldProcess(strconv.Itoa(s.Thing), "Set-Thing")
	if !ok || err != nil {
		return err
	}
	return ctx.Emit(s.Thing * 2)
}

// WriteOops is Write-Oops: it writes a non-terminating error, reported
// as its caller's (CallerErrors).
type WriteOops struct {
	Message string `ps:"pos=0,mandatory" help:"The message."`
}

func (w *WriteOops) Process(ctx *cmdlet.Context) error {
	return ctx.WriteError(cmdlet.NewError(w.Message, "NotSpecified", "WriteErrorException", "Oops"))
}

// GetBug is Get-Bug: it panics as a buggy cmdlet would, when it runs
// (Process) or when it ends (End, with -AtEnd).
type GetBug struct {
	AtEnd bind.Switch `help:"Panic in End."`
}

func (g *GetBug) Process(ctx *cmdlet.Context) error {
	if !g.AtEnd {
		var none []int
		_ = none[len(ctx.Command)]
	}
	return nil
}

func (g *GetBug) End(*cmdlet.Context) error {
	if g.AtEnd {
		panic("broken at the end")
	}
	return nil
}

func fakeRegistry() *cmdlet.Registry {
	r := cmdlet.NewRegistry()
	ex := []cmdlet.Example{{Code: "Get-Thing 2"}}
	cmdlet.Add[GetThing](r, &cmdlet.Info{Name: "Get-Thing", Aliases: []string{"gt"}, Synopsis: "Gets things.", Examples: ex})
	cmdlet.Add[SetThing](r, &cmdlet.Info{Name: "Set-Thing", Synopsis: "Sets things.", ShouldProcess: true, Examples: ex})
	cmdlet.Add[WriteOops](r, &cmdlet.Info{Name: "Write-Oops", Synopsis: "Fails.", CallerErrors: true, Examples: ex})
	cmdlet.Add[GetBug](r, &cmdlet.Info{Name: "Get-Bug", Synopsis: "Panics.", Examples: ex})
	return r
}

// runFake runs text in a new session over the fake registry and returns
// its output and error streams.
func runFake(t *testing.T, text string) (string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	s := New(Options{Commands: fakeRegistry(), Stdout: &out, Stderr: &errs})
	defer s.Close()
	if _, _, err := s.Run("", text); err != nil {
		t.Fatal(err)
	}
	return out.String(), errs.String()
}

func TestFakeCmdlets(t *testing.T) {
	tests := []struct{ name, in, out, errs string }{
		{"positional", "Get-Thing 3", "1\n2\n3\n", ""},
		{"alias and pipeline", "gt 2 | Set-Thing", "2\n4\n", ""},
		{"noun alone is Get-", "Thing 1", "1\n", ""},
		{"unknown command", "(Get-Thing 4 | Set-Thing | Measure-Sum)", "", "Measure-Sum : The term 'Measure-Sum' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\nAt line:1 char:28\n+ (Get-Thing 4 | Set-Thing | Measure-Sum)\n+                            ~~~~~~~~~~~\n    + CategoryInfo          : ObjectNotFound: (Measure-Sum:String) [], CommandNotFoundException\n    + FullyQualifiedErrorId : CommandNotFoundException\n \n"},
		{"a panicking cmdlet stops its statement only", "Get-Bug; 'after'", "after\n", "Get-Bug : exsh internal error in Get-Bug (the statement was stopped; please report it): runtime error: index out of range [7] with length 0\nAt line:1 char:1\n+ Get-Bug; 'after'\n+ ~~~~~~~\n    + CategoryInfo          : NotSpecified: (:) [Get-Bug], RuntimeException\n    + FullyQualifiedErrorId : InternalError,Microsoft.PowerShell.Commands.GetBugCommand\n \n"},
		{"a panic in End is caught", "try { Get-Bug -AtEnd; 'not here' } catch { 'caught: ' + $_ }", "caught: exsh internal error in Get-Bug (the statement was stopped; please report it): broken at the end\n", ""},
		{"what if", "Get-Thing 2 | Set-Thing -WhatIf", "What if: Performing the operation \"Set-Thing\" on target \"1\".\nWhat if: Performing the operation \"Set-Thing\" on target \"2\".\n", ""},
		{"unknown parameter", "Get-Thing -Colour 3", "", "Get-Thing : A parameter cannot be found that matches parameter name 'Colour'.\nAt line:1 char:11\n+ Get-Thing -Colour 3\n+           ~~~~~~~\n    + CategoryInfo          : InvalidArgument: (:) [Get-Thing], ParameterBindingException\n    + FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.PowerShell.Commands.GetThingCommand\n \n"},
		{"caller errors in a function", "function f { Write-Oops bad }; f; 'after'", "after\n", "f : bad\nAt line:1 char:32\n+ function f { Write-Oops bad }; f; 'after'\n+                                ~\n    + CategoryInfo          : NotSpecified: (:) [Write-Oops], WriteErrorException\n    + FullyQualifiedErrorId : Oops,f\n \n"},
		{"error action stop", "try { Write-Oops bad -ErrorAction Stop } catch { 'caught ' + $_ }", "caught bad\n", ""},
		{"statement results", "$x = Get-Thing 3; $x.Count; $?", "3\nTrue\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs := runFake(t, tt.in)
			if out != tt.out || errs != tt.errs {
				t.Errorf("%s\nstdout %q\nwant   %q\nstderr %q\nwant   %q", tt.in, out, tt.out, errs, tt.errs)
			}
		})
	}
}

// TestFakeRegistryOnly checks that the session knows only the cmdlets of
// its registry: no built-in list hides behind it.
func TestFakeRegistryOnly(t *testing.T) {
	_, errs := runFake(t, "Get-Help Get-Thing")
	if !strings.Contains(errs, "The term 'Get-Help' is not recognized") {
		t.Errorf("Get-Help ran without being in the registry: %q", errs)
	}
}

// TestInterpreterPanic runs a statement the parser never makes (a
// pipeline without a head): the interpreter's panic becomes an error
// record for that statement, and the session goes on.
func TestInterpreterPanic(t *testing.T) {
	var out, errs bytes.Buffer
	s := New(Options{Commands: fakeRegistry(), Stdout: &out, Stderr: &errs})
	defer s.Close()
	broken := &syntax.Body{Statements: []*syntax.Statement{{Pipeline: &syntax.Pipeline{}}}}
	if _, _, err := s.runTop(broken); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errs.String(), "exsh internal error (the statement was stopped; please report it): runtime error: invalid memory address") {
		t.Errorf("stderr %q", errs.String())
	}
	if _, _, err := s.Run("", "'still here'"); err != nil || out.String() != "still here\n" {
		t.Errorf("after the panic: %q, %v", out.String(), err)
	}
}

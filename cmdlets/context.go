package cmdlets

import (
	"context"
	"errors"
	"io"

	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// Beginner is implemented by cmdlets with work before the first input.
type Beginner interface{ Begin(*Context) error }

// Processor is implemented by cmdlets that handle each pipeline input (or
// run once when there is no pipeline input).
type Processor interface{ Process(*Context) error }

// Ender is implemented by cmdlets with work after the last input.
type Ender interface{ End(*Context) error }

// ErrStopUpstream is returned by [Context.Emit] when downstream needs no
// more objects (Select-Object -First); a cmdlet should return it at once.
var ErrStopUpstream = errors.New("cmdlets: downstream needs no more input")

// Variable is a shell variable as Get-Variable shows it.
type Variable struct {
	Name  string
	Value any
}

// Host is what the shell offers running cmdlets.
type Host interface {
	// Invoke runs a script block with $_ set to input and returns its output.
	Invoke(sb bind.ScriptBlock, input any, args ...any) ([]any, error)
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
}

// Context is what one running cmdlet invocation sees.
type Context struct {
	context.Context
	Host    Host
	Common  bind.Common
	Binding *bind.Binding
	// Input is the current pipeline object, if any.
	Input    any
	HasInput bool
	// Command is the name the cmdlet was invoked with.
	Command string

	Sink Sink
}

// Sink receives what a cmdlet produces; the shell implements it.
type Sink interface {
	Emit(v any) error
	WriteError(err error) error
	WriteWarning(msg string) error
	WriteVerbose(msg string)
	ShouldProcess(target, action string) (bool, error)
}

// Emit sends one object down the pipeline.
func (c *Context) Emit(v any) error { return c.Sink.Emit(v) }

// WriteError reports a non-terminating error. It returns an error when the
// error action turns it into a terminating one; the cmdlet returns it.
func (c *Context) WriteError(err error) error { return c.Sink.WriteError(err) }

// Warn writes a warning ("WARNING: msg").
func (c *Context) Warn(msg string) error { return c.Sink.WriteWarning(msg) }

// Verbose writes a verbose message when -Verbose is in effect.
func (c *Context) Verbose(msg string) { c.Sink.WriteVerbose(msg) }

// ShouldProcess honours -WhatIf and -Confirm for one change.
func (c *Context) ShouldProcess(target, action string) (bool, error) {
	return c.Sink.ShouldProcess(target, action)
}

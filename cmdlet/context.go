package cmdlet

import (
	"context"
	"errors"
	"os"
	"path/filepath"

	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
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
var ErrStopUpstream = errors.New("cmdlet: downstream needs no more input")

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

// ResolveFiles resolves p against the current location and expands its
// wildcards; a path that matches nothing is the [PathNotFound] error.
func (c *Context) ResolveFiles(p string) ([]string, error) {
	full := c.Host.Path(p)
	if value.HasWildcard(p) {
		if m, _ := filepath.Glob(full); len(m) > 0 {
			return m, nil
		}
	} else if _, err := os.Stat(full); err == nil {
		return []string{full}, nil
	}
	return nil, PathNotFound(full)
}

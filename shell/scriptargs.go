package shell

import (
	"errors"
	"strings"

	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/syntax"
)

// bindScriptArgs binds the command-line arguments of `exsh -File script
// args...` to the script's param block with the function binder (see
// [callStage.bindArgs]): named parameters by name, prefix or alias,
// positional ones, switches, the common parameters of a [CmdletBinding()]
// script, validation, parameter sets and mandatory checks, and what a
// simple script does not take in $args. The parameters, $args and
// $PSBoundParameters (and $PSCmdlet) are set in the current scope, where
// the script runs.
func (s *Session) bindScriptArgs(path string, body *syntax.Body, args []string) error {
	fn := &function{name: path, body: body, script: true}
	if body.Params != nil {
		fn.params = body.Params.Params
	}
	// dot: the script's scope is the current one, and $MyInvocation stays
	c := &callStage{s: s, fn: fn, items: scriptItems(args), dot: true, caller: s.src, src: s.src, scope: s.cur, outer: s.cur}
	err := c.bindArgs()
	if err == nil && c.sig.pipeline {
		// no pipeline input reaches a script run from the command line
		if err = c.late; c.head != nil {
			c.binding = c.head
		}
	}
	if err == nil {
		err = c.setup()
	}
	var rt *RuntimeError
	if errors.As(err, &rt) {
		rt.Record.InvocationInfo = nil // from the command line: no source position
	}
	return err
}

// scriptItems are the command-line arguments of a script as Windows
// PowerShell's -File passes them: "-Name" names a parameter, "-Name:value"
// gives it a value ("$true" and "$false" are booleans, for switches),
// "-Name:" takes the next argument as its value (and is dropped when it
// is the last), "--" ends the parameters
// (what follows is positional) and anything else (including "-") is a
// positional string.
func scriptItems(args []string) []bind.Item {
	items := make([]bind.Item, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			items = append(items, bind.Item{Name: "--", IsParam: true})
			continue
		}
		if len(a) < 2 || a[0] != '-' {
			items = append(items, bind.Item{Value: a})
			continue
		}
		name, v, colon := strings.Cut(a[1:], ":")
		if !colon {
			items = append(items, bind.Item{Name: name, IsParam: true})
			continue
		}
		var val any = v
		switch {
		case v == "" && i+1 < len(args):
			i++
			val = args[i]
		case v == "":
			continue // a last "-Name:" is dropped, as in 5.1
		case strings.EqualFold(v, "$true"):
			val = true
		case strings.EqualFold(v, "$false"):
			val = false
		}
		items = append(items, bind.Item{Name: name, IsParam: true, Colon: true, Value: val})
	}
	return items
}

package utility

import (
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/value"
)

// Module names shown by Get-Command for the built-in utility cmdlets.
const (
	modUtility    = "Microsoft.PowerShell.Utility"
	modManagement = "Microsoft.PowerShell.Management"
	modCore       = "Microsoft.PowerShell.Core"
)

// invokeOne runs sb with $_ = input and returns its output reduced the
// way an assignment would: nil, the single value or a []any.
func invokeOne(ctx *cmdlet.Context, sb bind.ScriptBlock, input any) (any, error) {
	out, err := ctx.Host.Invoke(sb, input)
	if err != nil {
		return nil, err
	}
	return collapse(out), nil
}

// collapse reduces pipeline output to nil, one value or a []any.
func collapse(out []any) any {
	switch len(out) {
	case 0:
		return nil
	case 1:
		return out[0]
	}
	return out
}

// emitAll emits every element of list, stopping at the first error.
func emitAll(ctx *cmdlet.Context, list []any) error {
	for _, v := range list {
		if err := ctx.Emit(v); err != nil {
			return err
		}
	}
	return nil
}

// formatOptions returns the console formatting options, with width
// overriding the host's width when positive.
func formatOptions(ctx *cmdlet.Context, width int) format.Options {
	if width <= 0 {
		width = ctx.Host.Width()
	}
	opts := format.Options{Width: width}
	if v, ok := ctx.Host.Variable("FormatEnumerationLimit"); ok {
		if n, ok := v.(int); ok {
			opts.EnumerationLimit = n
			if n == 0 {
				opts.EnumerationLimit = -1
			}
		}
	}
	return opts
}

// shortTypeName is the last dotted part of v's .NET type name.
func shortTypeName(v any) string {
	n := value.TypeName(v)
	return n[strings.LastIndex(n, ".")+1:]
}

// matchAny reports whether s matches one of the wildcard patterns; no
// patterns match everything.
func matchAny(patterns []string, s string) bool {
	if len(patterns) == 0 {
		return true
	}
	for _, p := range patterns {
		if value.MatchWildcard(p, s, false) {
			return true
		}
	}
	return false
}

// psTypeName is the short type name CategoryInfo shows for a target:
// PSObject for PSCustomObjects, else the last part of the .NET name.
func psTypeName(v any) string {
	if _, ok := v.(*value.Object); ok {
		return "PSObject"
	}
	return shortTypeName(v)
}

package shell

import (
	"strings"

	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/syntax"
)

// bindScriptArgs binds the command-line arguments of `exsh -File script
// args...` to the script's param block as pwsh does for a script without
// [CmdletBinding()]: "-Name value", "-Name:value" and a bare "-Switch" bind
// by name (any unambiguous prefix), the remaining arguments bind to the
// other parameters in order, and what is left stays in $args. Arguments
// are strings, converted to each parameter's type; unbound parameters get
// their defaults, and a missing mandatory one is an error.
func (s *Session) bindScriptArgs(path string, params []*syntax.ParamDecl, args []string) error {
	named := map[*syntax.ParamDecl]any{}
	var rest []any
	for i := 0; i < len(args); i++ {
		a := args[i]
		p, val, colon := scriptParam(params, a)
		switch {
		case p == nil:
			rest = append(rest, a)
		case colon:
			named[p] = val
		case strings.EqualFold(p.Type, "switch"):
			named[p] = true
		case i+1 < len(args):
			named[p] = args[i+1]
			i++
		default:
			named[p] = nil
		}
	}
	lookup := func(p *syntax.ParamDecl) (any, bind.Pos, bool) { v, ok := named[p]; return v, bind.Pos{}, ok }
	missing, bad := s.bindDeclared(params, lookup, rest, nil)
	var rt *RuntimeError
	switch {
	case bad != nil:
		rt = s.transformError(path, bad.param, bad.err, syntax.Position{}, 0, bind.Pos{})
	case len(missing) > 0:
		rt = s.missingMandatory(path, missing, syntax.Position{}, 0)
	default:
		return nil
	}
	rt.Record.InvocationInfo = nil // from the command line: no source position
	return rt
}

// scriptParam returns the parameter an argument such as "-Name" or
// "-Name:value" names (nil when it names none), and the value after
// the colon.
func scriptParam(params []*syntax.ParamDecl, arg string) (p *syntax.ParamDecl, val any, colon bool) {
	if len(arg) < 2 || arg[0] != '-' {
		return nil, nil, false
	}
	name, v, colon := strings.Cut(arg[1:], ":")
	if colon {
		val = v
		if lv := strings.ToLower(v); lv == "$true" || lv == "$false" {
			val = lv == "$true"
		}
	}
	lower := strings.ToLower(name)
	for _, q := range params {
		if lower != "" && strings.HasPrefix(strings.ToLower(q.Name), lower) {
			if p != nil {
				return nil, nil, false // ambiguous: left to $args
			}
			p = q
		}
	}
	return p, val, colon
}

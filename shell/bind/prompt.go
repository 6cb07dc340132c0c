package bind

import "strings"

// Prompter reads values for missing mandatory parameters, in the order
// given, as PowerShell's console host does in an interactive session: a
// string for a scalar parameter, a []any of strings for an array one.
// An error (Ctrl+C) abandons the command.
type Prompter func(missing []*Param) ([]any, error)

// IsArray reports whether the parameter takes a list of values, which a
// prompt reads one element per line.
func (p *Param) IsArray() bool { return strings.HasSuffix(p.TypeName, "[]") }

// prompt asks opts.Prompt for the missing parameters named and binds
// the answers as command-line arguments.
func (b *Binding) prompt(names []string) error {
	params := make([]*Param, len(names))
	for i, n := range names {
		params[i] = b.spec.param(n)
	}
	vals, err := b.opts.Prompt(params)
	if err != nil {
		return err
	}
	for i, p := range params {
		if err := b.bindArg(p, vals[i], Pos{}); err != nil {
			return err
		}
	}
	return nil
}

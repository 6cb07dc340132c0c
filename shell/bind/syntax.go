package bind

import "strings"

// Syntax returns the syntax lines that Get-Help and Get-Command -Syntax
// print, one per parameter set (the default set first), e.g.
//
//	Set-RemoteDomain [-Identity] <String> [-TNEFEnabled <Boolean>] [-WhatIf] [-Confirm] [<CommonParameters>]
//
// Positional parameters come first in position order, then mandatory
// named ones, then optional named ones in declaration order, then WhatIf
// and Confirm; the other common parameters are summarized as
// [<CommonParameters>].
func (s *Spec) Syntax() []string {
	var out []string
	for _, set := range s.orderSets(s.Sets) {
		out = append(out, s.syntaxLine(set))
	}
	return out
}

// syntaxLine renders the syntax of one parameter set.
func (s *Spec) syntaxLine(set string) string {
	parts := []string{s.Name}
	none := make([]bool, len(s.Params))
	for _, p := range s.positional(set, none) {
		parts = append(parts, p.syntax())
	}
	for _, mandatory := range []bool{true, false} {
		for _, p := range s.Params {
			if p.Position < 0 && p.Mandatory == mandatory && p.InSet(set) && (!p.Common || isShouldProcess(p)) {
				parts = append(parts, p.syntax())
			}
		}
	}
	return strings.Join(append(parts, "[<CommonParameters>]"), " ")
}

// isShouldProcess reports whether p is WhatIf or Confirm.
func isShouldProcess(p *Param) bool { return p.Common && (p.Name == "WhatIf" || p.Name == "Confirm") }

// syntax renders one parameter: [-Name] <T>, [[-Name] <T>], [-Name <T>],
// -Name <T>, [-Switch] or -Name {A | B}.
func (p *Param) syntax() string {
	name := "-" + p.Name
	if p.Position >= 0 {
		name = "[" + name + "]"
	}
	if !p.Switch {
		name += " " + p.valueSyntax()
	}
	if p.Mandatory || (p.Switch && p.Position >= 0) {
		return name
	}
	return "[" + name + "]"
}

// valueSyntax is <Type> or, for enumerations, {A | B | C}.
func (p *Param) valueSyntax() string {
	if len(p.Values) > 0 && !strings.HasSuffix(p.TypeName, "[]") {
		return "{" + strings.Join(p.Values, " | ") + "}"
	}
	return "<" + p.TypeName + ">"
}

package bind

import (
	"slices"
	"strings"
)

// Lookup resolves a typed parameter name (without the leading dash) the
// way PowerShell does: an exact name wins; otherwise every parameter
// whose name starts with typed, then every alias starting with typed (an
// exact alias wins); when several parameters match, the command's own
// parameters are preferred over the common ones; still several is an
// AmbiguousParameter error and none a NamedParameterNotFound error.
func (s *Spec) Lookup(typed string) (*Param, error) {
	t := strings.ToLower(typed)
	var found []*Param
	for _, p := range s.Params {
		if n := strings.ToLower(p.Name); strings.HasPrefix(n, t) {
			if n == t {
				return p, nil
			}
			found = append(found, p)
		}
	}
	for _, p := range s.Params {
		for _, a := range p.Aliases {
			if a := strings.ToLower(a); strings.HasPrefix(a, t) {
				if a == t {
					return p, nil
				}
				if !slices.Contains(found, p) {
					found = append(found, p)
				}
			}
		}
	}
	return pickMatch(typed, found)
}

// pickMatch applies the tie-break rules of [Spec.Lookup] to the matches.
func pickMatch(typed string, found []*Param) (*Param, error) {
	switch len(found) {
	case 0:
		return nil, errNotFound(typed, Pos{})
	case 1:
		return found[0], nil
	}
	own := slices.DeleteFunc(slices.Clone(found), func(p *Param) bool { return p.Common })
	if len(own) == 1 {
		return own[0], nil
	}
	return nil, errAmbiguous(typed, found)
}

// param returns the parameter with exactly this name (case-insensitive).
func (s *Spec) param(name string) *Param {
	for _, p := range s.Params {
		if strings.EqualFold(p.Name, name) {
			return p
		}
	}
	return nil
}

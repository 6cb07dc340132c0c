package bind

import "slices"

// narrow keeps the candidate sets that contain every given parameter.
func (s *Spec) narrow(cands []string, given []bool) []string {
	out := slices.Clone(cands)
	for _, p := range s.Params {
		if given[p.idx] && !p.Common && len(p.Sets) > 0 {
			out = slices.DeleteFunc(out, func(set string) bool { return !p.InSet(set) })
		}
	}
	return out
}

// choose picks the parameter set among cands: the only one, else the only
// one whose mandatory parameters are satisfied, else the default set.
// With expect (pipeline input will arrive) an undecided choice returns ""
// so that it is made per input object.
func (s *Spec) choose(cands []string, given []bool, expect bool) (string, error) {
	switch len(cands) {
	case 0:
		return "", errAmbiguousSet()
	case 1:
		return cands[0], nil
	}
	var sat []string
	for _, c := range cands {
		if len(s.missing(c, given, expect)) == 0 {
			sat = append(sat, c)
		}
	}
	if expect && len(sat) > 0 {
		return "", nil
	}
	if len(sat) == 1 {
		return sat[0], nil
	}
	if slices.Contains(cands, s.DefaultSet) && (len(sat) == 0 || slices.Contains(sat, s.DefaultSet)) {
		return s.DefaultSet, nil
	}
	return "", errAmbiguousSet()
}

// missing lists the mandatory parameters of set that are not given and,
// with expect, cannot come from the pipeline.
func (s *Spec) missing(set string, given []bool, expect bool) []string {
	var out []string
	for _, p := range s.Params {
		if !p.Mandatory || p.Common || given[p.idx] || !p.InSet(set) {
			continue
		}
		if expect && (p.ByValue || p.ByPropertyName) {
			continue
		}
		out = append(out, p.Name)
	}
	return out
}

// orderSets returns cands with the default set first.
func (s *Spec) orderSets(cands []string) []string {
	i := slices.Index(cands, s.DefaultSet)
	if i <= 0 {
		return cands
	}
	out := append([]string{s.DefaultSet}, cands[:i]...)
	return append(out, cands[i+1:]...)
}

// positional returns the unbound parameters of set that have a position,
// in position order.
func (s *Spec) positional(set string, given []bool) []*Param {
	var out []*Param
	for _, p := range s.Params {
		if p.Position >= 0 && !given[p.idx] && p.InSet(set) {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b *Param) int { return a.Position - b.Position })
	return out
}

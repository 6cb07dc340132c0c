package bind

import (
	"reflect"
	"slices"
	"strings"

	"github.com/exsh/exsh/shell/value"
)

// BindPipeline binds one input object. It first clears what the previous
// object bound, evaluates delay-bind script blocks with $_ = input, then
// binds in PowerShell's order — by value without conversion, by property
// name without conversion, by value with conversion, by property name with
// conversion — never overriding command-line
// parameters; finally it chooses the parameter set and checks its
// mandatory parameters. When nothing binds it returns the
// InputObjectNotBound error. Errors are per object (non-terminating).
func (b *Binding) BindPipeline(input any) error {
	b.reset()
	if err := b.evalDelayed(input); err != nil {
		return err
	}
	cands := slices.Clone(b.cands)
	ok, verr := b.bindInput(input, &cands)
	if !ok && len(b.delay) == 0 {
		if verr != nil {
			return verr
		}
		return errInputNotBound()
	}
	given := b.bound()
	set, err := b.spec.choose(cands, given, false)
	if err != nil {
		return err
	}
	b.set = set
	if miss := b.spec.missing(set, given, false); len(miss) > 0 {
		return errMissingMandatory(miss)
	}
	return nil
}

// reset clears the fields bound from the previous input object.
func (b *Binding) reset() {
	for _, p := range b.spec.Params {
		if b.src[p.idx] == pipeline {
			f := b.field(p)
			f.Set(reflect.Zero(f.Type()))
			b.src[p.idx] = unbound
		}
	}
}

// evalDelayed evaluates the delay-bind script blocks for input.
func (b *Binding) evalDelayed(input any) error {
	for _, p := range b.spec.Params {
		sb, ok := b.delay[p.idx]
		if !ok {
			continue
		}
		if b.opts.Eval == nil {
			return errNoInput(p, Pos{})
		}
		v, err := b.opts.Eval(sb, input)
		if err != nil {
			return err
		}
		if err := b.store(p, v); err != nil {
			return err
		}
	}
	return nil
}

// bindInput runs the four pipeline passes (by value exact, by property
// name exact, by value with conversion, by property name with conversion).
// It reports whether anything bound and, if not, the first validation
// error met on the way.
func (b *Binding) bindInput(input any, cands *[]string) (bool, error) {
	bound, byValue := false, false
	var first error
	for pass := range 4 {
		viaValue, exact := pass%2 == 0, pass < 2
		for _, p := range b.spec.Params {
			if !b.accepts(p, viaValue, *cands) || (viaValue && byValue) {
				continue
			}
			ok, err := b.tryInput(p, input, viaValue, exact)
			if err != nil && first == nil {
				first = err
			}
			if ok {
				bound, byValue = true, byValue || viaValue
				*cands = slices.DeleteFunc(*cands, func(s string) bool { return !p.InSet(s) })
			}
		}
	}
	return bound, first
}

// accepts reports whether p can take pipeline input in this pass.
func (b *Binding) accepts(p *Param, viaValue bool, cands []string) bool {
	if p.Common || b.src[p.idx] != unbound || (viaValue && !p.ByValue) || (!viaValue && !p.ByPropertyName) {
		return false
	}
	return slices.ContainsFunc(cands, p.InSet)
}

// tryInput binds input (or its property) to p when the pass allows it.
// Only validation errors (null, empty) are reported.
func (b *Binding) tryInput(p *Param, input any, viaValue, exact bool) (bool, error) {
	v := input
	if !viaValue {
		var ok bool
		if v, ok = property(input, p); !ok {
			return false, nil
		}
	}
	if exact && !p.exact(v) {
		return false, nil
	}
	if err := b.store(p, v); err != nil {
		if e, ok := err.(*Error); ok && (e.ID == IDNullNotAllowed || e.ID == IDEmptyStringNotAllowed || e.ID == IDValidation) {
			return false, err
		}
		return false, nil
	}
	b.src[p.idx] = pipeline
	return true, nil
}

// property reads the input's property named like p or one of its aliases.
func property(input any, p *Param) (any, bool) {
	names := value.PropertyNames(input)
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		if slices.ContainsFunc(names, func(s string) bool { return strings.EqualFold(s, n) }) {
			return value.GetMember(input, n)
		}
	}
	return nil, false
}

// exactType reports whether v's type is exactly what t holds (after
// unwrapping Optional, pointers, slices and MultiValued); everything
// matches an interface{} parameter.
func exactType(v any, t reflect.Type) bool {
	bt := baseType(t)
	if v == nil {
		return false
	}
	vt := reflect.TypeOf(v)
	if bt.Kind() == reflect.Interface {
		return vt.Implements(bt)
	}
	return vt == bt || vt == t
}

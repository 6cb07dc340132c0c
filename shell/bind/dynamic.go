package bind

import (
	"fmt"
	"reflect"
	"strconv"
)

// NewParamSpec builds the [Spec] of a command whose parameters are not
// the fields of a Go struct, such as a script function's param block.
// Each parameter needs Name and Position (-1 if named only), and usually
// a Convert function; its value is kept in a generated struct as an any
// (read it with [Binding.Value]). Type, TypeName and Index are filled
// in. The common parameters are appended as [NewSpec] does.
func NewParamSpec(name string, params []*Param, shouldProcess bool, defaultSet string) (*Spec, error) {
	fields := make([]reflect.StructField, len(params))
	for i := range params {
		fields[i] = reflect.StructField{Name: "P" + strconv.Itoa(i), Type: anyType}
	}
	s := &Spec{Name: name, Type: reflect.StructOf(fields), ShouldProcess: shouldProcess, DefaultSet: defaultSet}
	for i, p := range params {
		p.Type, p.Index = anyType, []int{i}
		if p.Switch {
			p.TypeName = "SwitchParameter"
		} else if p.TypeName == "" {
			p.TypeName = "Object"
		}
		s.add(p)
	}
	s.addCommon()
	s.collectSets()
	if err := s.validate(); err != nil {
		return nil, fmt.Errorf("bind: %s: %w", name, err)
	}
	return s, nil
}

var anyType = reflect.TypeFor[any]()

// NewTarget returns a pointer to a new zero value of the spec's struct
// type, for [Bind].
func (s *Spec) NewTarget() any { return reflect.New(s.Type).Interface() }

// Value returns the value bound to the parameter with this exact name
// (any case) and whether it was bound (from the command line or the
// current input object).
func (b *Binding) Value(name string) (any, bool) {
	p := b.spec.param(name)
	if p == nil || b.src[p.idx] == unbound {
		return nil, false
	}
	return b.field(p).Interface(), true
}

// storeConverted stores v through p's Convert function.
func (b *Binding) storeConverted(p *Param, v any) error {
	cv, err := p.Convert(v)
	if err != nil {
		return err
	}
	f := b.field(p)
	if cv == nil {
		f.Set(reflect.Zero(f.Type()))
		return nil
	}
	rv := reflect.ValueOf(cv)
	if !rv.Type().AssignableTo(f.Type()) {
		return fmt.Errorf("bind: parameter %s: cannot store a %T", p.Name, cv)
	}
	f.Set(rv)
	return nil
}

// exact reports whether v needs no conversion to bind to p.
func (p *Param) exact(v any) bool {
	if p.Exact != nil {
		return v != nil && p.Exact(v)
	}
	return exactType(v, p.Type)
}

// fits reports whether v binds positionally to p without conversion.
func (p *Param) fits(v any) bool {
	if p.Exact != nil {
		return v == nil || p.Exact(v)
	}
	return assignable(v, p.Type)
}

// RangeError is the [ValidateRange()] error of parameter param for
// value v outside r, with Windows PowerShell 5.1's message.
func RangeError(param string, r Range, v float64) *Error {
	return errRange(&Param{Name: param, Range: &r}, v)
}

package bind

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// AllSets is the name of the single implicit parameter set of a cmdlet
// that declares none (PowerShell's __AllParameterSets).
const AllSets = "__AllParameterSets"

// Spec describes one cmdlet: its parameters (declared ones first, then
// the common parameters), parameter sets and default set. Build it once
// with [NewSpec]; it is read-only afterwards.
type Spec struct {
	Name          string
	Params        []*Param
	Sets          []string
	DefaultSet    string
	ShouldProcess bool
	Type          reflect.Type // the cmdlet struct type

	commonIndex []int // index of an embedded Common field, or nil
}

// Param describes one parameter.
type Param struct {
	Name    string
	Aliases []string
	Type    reflect.Type
	// TypeName is the PowerShell display type: String, Int32, Boolean,
	// SwitchParameter, ScriptBlock, Object, String[], or the Go name of an
	// enumeration or model type.
	TypeName       string
	Position       int // -1 if named only
	Mandatory      bool
	Sets           []string // nil: every set
	ByValue        bool
	ByPropertyName bool
	Switch         bool
	Common         bool
	Help           string
	Values         []string // enumeration values, for help and completion
	// Remaining collects the positional arguments left over once the
	// other positional parameters are bound (ValueFromRemainingArguments).
	Remaining bool
	// Complete is the completion hint of tag option complete=: what tab
	// completion offers for the value ([CompletePath] and the others).
	Complete string
	// Range is the ValidateRange of tag option range=min..max; nil
	// without one.
	Range *Range
	Index []int // field index in the cmdlet struct (in [Common] when Common)
	// Convert, when set, replaces the binder's conversion (and its
	// mandatory and range checks) for this parameter: the parameters of
	// script functions ([NewParamSpec]) have PowerShell types and
	// validation attributes. It returns the value to store, or an
	// [*Error].
	Convert func(v any) (any, error)
	// Exact, when set, reports whether v is of the parameter's type
	// already (binding it needs no conversion).
	Exact func(v any) bool

	idx int // position in Spec.Params
}

// remaining reports whether a parameter collects the remaining arguments.
func (s *Spec) remaining() bool {
	return slices.ContainsFunc(s.Params, func(p *Param) bool { return p.Remaining })
}

// InSet reports whether p belongs to parameter set name.
func (p *Param) InSet(name string) bool {
	return len(p.Sets) == 0 || slices.Contains(p.Sets, name)
}

// NewSpec builds the [Spec] of cmdlet name from proto, a pointer to the
// zero cmdlet struct, and appends the common parameters (and WhatIf and
// Confirm when shouldProcess). defaultSet names the default parameter set
// ("" for none). It fails on a malformed tag, a duplicate name or alias,
// a clash of positions within a set, an unknown default set, or a set
// that can never be selected.
func NewSpec(name string, proto any, shouldProcess bool, defaultSet string) (*Spec, error) {
	t := reflect.TypeOf(proto)
	if t == nil || t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return nil, fmt.Errorf("bind: %s: prototype must be a pointer to a struct, not %v", name, t)
	}
	s := &Spec{Name: name, Type: t.Elem(), ShouldProcess: shouldProcess, DefaultSet: defaultSet}
	if err := s.collect(t.Elem(), nil); err != nil {
		return nil, fmt.Errorf("bind: %s: %w", name, err)
	}
	s.addCommon()
	s.collectSets()
	if err := s.validate(); err != nil {
		return nil, fmt.Errorf("bind: %s: %w", name, err)
	}
	return s, nil
}

// collect adds the parameters declared by the fields of struct type t.
func (s *Spec) collect(t reflect.Type, prefix []int) error {
	for i := range t.NumField() {
		f := t.Field(i)
		idx := append(slices.Clone(prefix), i)
		switch {
		case f.Anonymous && f.Type == commonType:
			s.commonIndex = idx
		case f.Anonymous && f.Type.Kind() == reflect.Struct:
			if err := s.collect(f.Type, idx); err != nil {
				return err
			}
		case !f.IsExported() || f.Tag.Get("ps") == "-":
		default:
			p, err := newParam(f, idx)
			if err != nil {
				return err
			}
			s.add(p)
		}
	}
	return nil
}

// add appends p to the parameter list.
func (s *Spec) add(p *Param) {
	p.idx = len(s.Params)
	s.Params = append(s.Params, p)
}

// newParam builds a parameter from a struct field.
func newParam(f reflect.StructField, idx []int) (*Param, error) {
	p := &Param{Name: f.Name, Type: f.Type, Position: -1, Index: idx, Help: f.Tag.Get("help")}
	if err := p.parseTag(f.Tag.Get("ps")); err != nil {
		return nil, fmt.Errorf("parameter %s: %w", f.Name, err)
	}
	p.finish()
	return p, nil
}

// finish derives TypeName, Switch and Values from Type.
func (p *Param) finish() {
	p.TypeName = displayType(p.Type)
	p.Switch = p.Switch || isSwitchType(p.Type)
	if p.Switch {
		p.TypeName = "SwitchParameter"
	}
	if b := baseType(p.Type); isEnum(b) {
		p.Values = reflect.Zero(b).Interface().(enumer).EnumValues()
	}
}

// parseTag applies the ps tag options.
func (p *Param) parseTag(tag string) error {
	for opt := range strings.SplitSeq(tag, ",") {
		key, val, _ := strings.Cut(strings.TrimSpace(opt), "=")
		if err := p.applyOption(key, val); err != nil {
			return err
		}
	}
	return nil
}

// applyOption applies one tag option.
func (p *Param) applyOption(key, val string) error {
	switch key {
	case "":
	case "pos":
		n, err := strconv.Atoi(val)
		if err != nil || n < 0 {
			return fmt.Errorf("bad position %q", val)
		}
		p.Position = n
	case "mandatory":
		p.Mandatory = true
	case "rest":
		p.Remaining = true
	case "value":
		p.ByValue = true
	case "name":
		p.ByPropertyName = true
	case "pipeline":
		return p.applyPipeline(val)
	case "alias":
		p.Aliases = append(p.Aliases, splitList(val)...)
	case "set":
		p.Sets = append(p.Sets, splitList(val)...)
	case "complete":
		return p.applyComplete(val)
	case "range":
		return p.applyRange(val)
	default:
		return fmt.Errorf("unknown tag option %q", key)
	}
	return nil
}

// Completion hints of tag option complete=.
const (
	CompletePath     = "path"     // a file or folder path
	CompleteProperty = "property" // a property name of the piped objects
	CompleteCommand  = "command"  // a command name
	CompleteAddress  = "address"  // an e-mail address of a recipient
	// CompleteIdentity is an identity of the objects Get-<Noun> emits:
	// the cmdlet's own noun, or the one after a colon (identity:Mailbox).
	CompleteIdentity = "identity"
)

// applyComplete handles complete=path|property|command|address|identity[:Noun].
func (p *Param) applyComplete(val string) error {
	kind, noun, colon := strings.Cut(val, ":")
	switch {
	case kind == CompleteIdentity && (!colon || noun != ""):
	case !colon && (kind == CompletePath || kind == CompleteProperty || kind == CompleteCommand || kind == CompleteAddress):
	default:
		return fmt.Errorf("bad complete option %q", val)
	}
	p.Complete = val
	return nil
}

// Range is PowerShell's [ValidateRange(min, max)]: every number given
// to the parameter must lie within it.
type Range struct{ Min, Max float64 }

// applyRange handles range=min..max.
func (p *Param) applyRange(val string) error {
	lo, hi, ok := strings.Cut(val, "..")
	min, err1 := strconv.ParseFloat(lo, 64)
	max, err2 := strconv.ParseFloat(hi, 64)
	if !ok || err1 != nil || err2 != nil || min > max {
		return fmt.Errorf("bad range option %q", val)
	}
	p.Range = &Range{min, max}
	return nil
}

// checkRange fails when a number in v (a number, or a slice of them) is
// outside p's Range.
func (p *Param) checkRange(v reflect.Value) error {
	if p.Range == nil {
		return nil
	}
	if v.Kind() == reflect.Slice {
		for i := range v.Len() {
			if err := p.checkRange(v.Index(i)); err != nil {
				return err
			}
		}
		return nil
	}
	var f float64
	switch {
	case v.CanInt():
		f = float64(v.Int())
	case v.CanUint():
		f = float64(v.Uint())
	case v.CanFloat():
		f = v.Float()
	default:
		return nil
	}
	if f < p.Range.Min || f > p.Range.Max {
		return errRange(p, f)
	}
	return nil
}

// applyPipeline handles pipeline=value|name.
func (p *Param) applyPipeline(val string) error {
	for _, v := range splitList(val) {
		if v != "value" && v != "name" {
			return fmt.Errorf("bad pipeline option %q", v)
		}
		p.ByValue = p.ByValue || v == "value"
		p.ByPropertyName = p.ByPropertyName || v == "name"
	}
	return nil
}

// splitList splits a|b|c, dropping empty entries.
func splitList(s string) []string {
	var out []string
	for e := range strings.SplitSeq(s, "|") {
		if e = strings.TrimSpace(e); e != "" {
			out = append(out, e)
		}
	}
	return out
}

// commonParams lists the common parameters: name, alias and whether they
// are ShouldProcess parameters.
var commonParams = []struct {
	name, alias string
	typ         reflect.Type
	sp          bool
}{
	{"Verbose", "vb", nil, false}, {"Debug", "db", nil, false},
	{"ErrorAction", "ea", reflect.TypeFor[ActionPreference](), false},
	{"WarningAction", "wa", reflect.TypeFor[ActionPreference](), false},
	{"InformationAction", "infa", reflect.TypeFor[ActionPreference](), false},
	{"ErrorVariable", "ev", nil, false}, {"WarningVariable", "wv", nil, false},
	{"InformationVariable", "iv", nil, false}, {"OutVariable", "ov", nil, false},
	{"OutBuffer", "ob", nil, false}, {"PipelineVariable", "pv", nil, false},
	{"WhatIf", "wi", nil, true}, {"Confirm", "cf", nil, true},
}

// addCommon appends the common parameters.
func (s *Spec) addCommon() {
	for _, c := range commonParams {
		if c.sp && !s.ShouldProcess {
			continue
		}
		f, _ := commonType.FieldByName(c.name)
		p := &Param{Name: c.name, Aliases: []string{c.alias}, Type: f.Type, Position: -1, Common: true, Index: f.Index}
		if c.typ != nil {
			p.Type = c.typ
		}
		p.Switch = f.Type == reflect.TypeFor[Optional[bool]]()
		p.finish()
		s.add(p)
	}
}

// collectSets fills Sets from the parameters, in order of appearance.
func (s *Spec) collectSets() {
	for _, p := range s.Params {
		for _, n := range p.Sets {
			if !slices.Contains(s.Sets, n) {
				s.Sets = append(s.Sets, n)
			}
		}
	}
	if len(s.Sets) == 0 {
		s.Sets = []string{AllSets}
	}
	if s.DefaultSet == "" && len(s.Sets) == 1 {
		s.DefaultSet = s.Sets[0]
	}
}

// validate checks names, positions and parameter sets.
func (s *Spec) validate() error {
	if err := s.checkNames(); err != nil {
		return err
	}
	if s.DefaultSet != "" && !slices.Contains(s.Sets, s.DefaultSet) {
		return fmt.Errorf("default parameter set %q is not a parameter set", s.DefaultSet)
	}
	var errs []error
	for _, set := range s.Sets {
		errs = append(errs, s.checkPositions(set), s.checkReachable(set))
	}
	return errors.Join(errs...)
}

// checkNames rejects duplicate names and aliases (case-insensitive).
func (s *Spec) checkNames() error {
	seen := map[string]string{}
	for _, p := range s.Params {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			k := strings.ToLower(n)
			if other, dup := seen[k]; dup {
				return fmt.Errorf("name or alias %q of parameter %s is already used by %s", n, p.Name, other)
			}
			seen[k] = p.Name
		}
	}
	return nil
}

// checkPositions rejects two parameters with the same position in a set.
func (s *Spec) checkPositions(set string) error {
	used := map[int]string{}
	for _, p := range s.Params {
		if p.Position < 0 || !p.InSet(set) {
			continue
		}
		if other, dup := used[p.Position]; dup {
			return fmt.Errorf("parameters %s and %s both have position %d in set %s", other, p.Name, p.Position, set)
		}
		used[p.Position] = p.Name
	}
	return nil
}

// checkReachable simulates a command line giving every declared parameter
// of set and checks that the binder then selects set.
func (s *Spec) checkReachable(set string) error {
	given := make([]bool, len(s.Params))
	for _, p := range s.Params {
		given[p.idx] = !p.Common && p.InSet(set)
	}
	got, err := s.choose(s.narrow(s.Sets, given), given, false)
	if err != nil || got != set {
		return fmt.Errorf("parameter set %s cannot be selected", set)
	}
	return nil
}

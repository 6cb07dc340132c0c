package bind

import (
	"fmt"
	"reflect"

	"github.com/exsh/exsh/shell/value"
)

// source records where a parameter's value came from.
type source uint8

const (
	unbound  source = iota
	cmdline         // bound from the command line
	delayed         // a delay-bind script block from the command line
	pipeline        // bound from the current input object
)

// Binding is the result of [Bind]: the cmdlet struct has been filled from
// the command line, and [Binding.BindPipeline] fills it per input object.
type Binding struct {
	spec   *Spec
	target reflect.Value // the cmdlet struct (addressable)
	common reflect.Value // a Common (addressable)
	opts   Options
	src    []source
	delay  map[int]ScriptBlock
	cands  []string // candidate sets after command-line binding
	set    string
}

// arg is a positional argument.
type arg struct {
	v   any
	pos Pos
}

// Bind binds the command-line items to target, a pointer to a zero value
// of spec's struct type: named arguments, then positional ones, then the
// parameter set and mandatory checks. It returns an [*Error] for any
// binding failure; nothing has run at that point.
func Bind(spec *Spec, target any, items []Item, opts Options) (*Binding, error) {
	b, err := newBinding(spec, target, opts)
	if err != nil {
		return nil, err
	}
	args, err := b.bindNamed(items)
	if err != nil {
		return nil, err
	}
	if err := b.bindPositional(args); err != nil {
		return nil, err
	}
	if err := b.resolve(); err != nil {
		return nil, err
	}
	b.copyCommon()
	return b, nil
}

// newBinding checks target and prepares the state.
func newBinding(spec *Spec, target any, opts Options) (*Binding, error) {
	rv := reflect.ValueOf(target)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Type() != spec.Type {
		return nil, fmt.Errorf("bind: %s: target must be a non-nil *%v, not %T", spec.Name, spec.Type, target)
	}
	return &Binding{
		spec: spec, target: rv.Elem(), common: reflect.New(commonType).Elem(), opts: opts,
		src: make([]source, len(spec.Params)), delay: map[int]ScriptBlock{},
	}, nil
}

// bindNamed binds the parameter items and returns the positional ones. A
// parameter token that matches no parameter is an argument like any other
// when the command collects its remaining arguments (Write-Host -x prints
// "-x"), as in PowerShell.
func (b *Binding) bindNamed(items []Item) ([]arg, error) {
	var args []arg
	stop := false
	for i := 0; i < len(items); i++ {
		it := items[i]
		switch {
		case !it.IsParam || (stop && !it.Splatted):
			args = append(args, arg{plainValue(it), it.Pos})
		case it.Name == "--" && !it.Splatted:
			stop = true
		default:
			n, err := b.named(items, i)
			if isNotFound(err) && b.spec.remaining() {
				args = append(args, arg{plainValue(it), it.Pos})
				continue
			}
			if err != nil {
				return nil, err
			}
			i += n
		}
	}
	return args, nil
}

// isNotFound reports whether err is the NamedParameterNotFound error.
func isNotFound(err error) bool {
	e, ok := err.(*Error)
	return ok && e.ID == IDNamedParameterNotFound
}

// plainValue is an item's value as a positional argument: a parameter
// token after -- is the string it was typed as.
func plainValue(it Item) any {
	if !it.IsParam {
		return it.Value
	}
	if it.Colon {
		return "-" + it.Name + ":" + value.ToString(it.Value)
	}
	return "-" + it.Name
}

// named binds the parameter item items[i] and returns how many following
// items it consumed.
func (b *Binding) named(items []Item, i int) (int, error) {
	it := items[i]
	p, err := b.spec.Lookup(it.Name)
	if err != nil {
		return 0, at(err, it.Pos)
	}
	if b.src[p.idx] != unbound {
		return 0, errAlreadyBound(p, it.Pos)
	}
	switch {
	case it.Colon:
		return 0, b.bindArg(p, it.Value, it.Pos)
	case p.Switch:
		return 0, b.bindArg(p, true, it.Pos)
	case i+1 < len(items) && !items[i+1].IsParam:
		return 1, b.bindArg(p, items[i+1].Value, items[i+1].Pos)
	}
	return 0, errMissingArgument(p, it.Pos)
}

// bindArg converts and stores a command-line value, or keeps a
// delay-bind script block.
func (b *Binding) bindArg(p *Param, v any, pos Pos) error {
	if sb, ok := v.(ScriptBlock); ok && isDelayBind(p) {
		if !b.opts.ExpectInput {
			return errNoInput(p, pos)
		}
		b.src[p.idx], b.delay[p.idx] = delayed, sb
		return nil
	}
	if err := b.store(p, v); err != nil {
		return at(err, pos)
	}
	b.src[p.idx] = cmdline
	return nil
}

// isDelayBind reports whether a script block given to p is evaluated per
// input object.
func isDelayBind(p *Param) bool {
	t := baseType(p.Type)
	return (p.ByValue || p.ByPropertyName) && t != scriptBlockType && t.Kind() != reflect.Interface
}

// store converts v and assigns it to p's field.
func (b *Binding) store(p *Param, v any) error {
	if p.Convert != nil {
		return b.storeConverted(p, v)
	}
	rv, err := Convert(v, p.Type, p)
	if err != nil {
		return err
	}
	f := b.field(p)
	if rv.Type() != f.Type() {
		rv = rv.Convert(f.Type())
	}
	f.Set(rv)
	return nil
}

// field returns the struct field of p.
func (b *Binding) field(p *Param) reflect.Value {
	if p.Common {
		return b.common.FieldByIndex(p.Index)
	}
	return b.target.FieldByIndex(p.Index)
}

// bound reports, per parameter, whether it has a value from the command
// line or the current input object.
func (b *Binding) bound() []bool {
	out := make([]bool, len(b.src))
	for i, s := range b.src {
		out[i] = s != unbound
	}
	return out
}

// bindPositional binds the positional arguments in position order within
// the candidate sets: the first set, default first, in which every argument
// fits its parameter without conversion, else the first set with enough
// positional parameters (PowerShell's no-coercion pass, then coercion).
func (b *Binding) bindPositional(args []arg) error {
	if len(args) == 0 {
		return nil
	}
	params := b.positionalParams(args)
	for i, a := range args {
		if i >= len(params) {
			return errPositional(stringOf(a.v), a.pos)
		}
		if p := params[i]; p.Remaining && i < len(args)-1 {
			return b.bindRest(p, args[i:])
		}
		if err := b.bindArg(params[i], a.v, a.pos); err != nil {
			return err
		}
	}
	return nil
}

// positionalParams picks the positional parameters the arguments bind to.
func (b *Binding) positionalParams(args []arg) []*Param {
	given := b.bound()
	sets := b.spec.orderSets(b.spec.narrow(b.spec.Sets, given))
	var byCount []*Param
	for i, set := range sets {
		ps := b.spec.positional(set, given)
		if fitsExactly(ps, args) {
			return ps
		}
		if byCount == nil && (i == len(sets)-1 || takesAll(ps, args)) {
			byCount = ps
		}
	}
	if byCount == nil && len(sets) > 0 {
		byCount = b.spec.positional(sets[0], given)
	}
	return byCount
}

// takesAll reports whether ps has room for every argument.
func takesAll(ps []*Param, args []arg) bool {
	return len(ps) >= len(args) || (len(ps) > 0 && ps[len(ps)-1].Remaining)
}

// fitsExactly reports whether each argument is of its parameter's type
// already, so binding it needs no conversion.
func fitsExactly(ps []*Param, args []arg) bool {
	if !takesAll(ps, args) {
		return false
	}
	for i, a := range args {
		p := ps[min(i, len(ps)-1)]
		if !p.fits(a.v) {
			return false
		}
	}
	return true
}

func assignable(v any, t reflect.Type) bool {
	if v == nil {
		return true
	}
	vt := reflect.TypeOf(v)
	for t.Kind() == reflect.Slice && !vt.AssignableTo(t) {
		t = t.Elem()
	}
	return vt.AssignableTo(t)
}

// bindRest gives a ValueFromRemainingArguments parameter all the rest.
func (b *Binding) bindRest(p *Param, args []arg) error {
	vals := make([]any, len(args))
	for i, a := range args {
		vals[i] = a.v
	}
	return b.bindArg(p, vals, args[0].pos)
}

// resolve chooses the parameter set and checks mandatory parameters.
func (b *Binding) resolve() error {
	given := b.bound()
	b.cands = b.spec.narrow(b.spec.Sets, given)
	set, err := b.spec.choose(b.cands, given, b.opts.ExpectInput)
	if err != nil {
		return err
	}
	if b.set = set; set == "" {
		return nil
	}
	b.cands = []string{set}
	if miss := b.spec.missing(set, given, b.opts.ExpectInput); len(miss) > 0 {
		if b.opts.Prompt != nil {
			return b.prompt(miss)
		}
		return errMissingMandatory(miss)
	}
	return nil
}

// copyCommon copies the common parameters into an embedded Common.
func (b *Binding) copyCommon() {
	if b.spec.commonIndex != nil {
		b.target.FieldByIndex(b.spec.commonIndex).Set(b.common)
	}
}

// Set returns the selected parameter set ("" while it depends on
// pipeline input that has not arrived yet).
func (b *Binding) Set() string { return b.set }

// Given reports whether the parameter with this exact name (any case)
// was given on the command line or bound from the current input object.
func (b *Binding) Given(name string) bool {
	p := b.spec.param(name)
	return p != nil && b.src[p.idx] != unbound
}

// FromPipeline reports whether the parameter with this exact name (any
// case) was bound from the current input object.
func (b *Binding) FromPipeline(name string) bool {
	p := b.spec.param(name)
	return p != nil && b.src[p.idx] == pipeline
}

// Common returns the common parameters given on the command line.
func (b *Binding) Common() Common { return b.common.Interface().(Common) }

// Spec returns the spec the binding was made with.
func (b *Binding) Spec() *Spec { return b.spec }

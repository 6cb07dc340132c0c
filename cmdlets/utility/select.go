package utility

import (
	"fmt"
	"slices"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// SelectObject is Select-Object: it picks properties (making new objects
// of type Selected.<type>) and/or picks objects by position.
type SelectObject struct {
	InputObject     any         `ps:"value" help:"The object to select from."`
	Property        []any       `ps:"pos=0,complete=property" help:"The properties to select: names (wildcards allowed) or calculated properties @{Name=...; Expression=...}."`
	ExcludeProperty []string    `ps:"complete=property" help:"Properties to leave out."`
	ExpandProperty  string      `ps:"complete=property" help:"A property whose value is output instead of an object."`
	Unique          bind.Switch `help:"Outputs only one of identical objects (case-sensitive)."`
	First           int         `ps:"range=0..2147483647,set=DefaultParameter" help:"How many objects to take from the start (with -Last: the first ones, then the last ones of the rest)."`
	Last            int         `ps:"range=0..2147483647,set=DefaultParameter" help:"How many objects to take from the end."`
	Skip            int         `ps:"range=0..2147483647,set=DefaultParameter|SkipLastParameter" help:"How many objects to skip from the start (with -Last: from the end)."`
	SkipLast        int         `ps:"range=0..2147483647,set=SkipLastParameter" help:"How many objects to leave out at the end."`
	Index           []int       `ps:"set=IndexParameter" help:"The positions (from 0) of the objects to output."`

	specs   []propSpec
	seen    int
	emitted int
	buf     []any
	uniq    []any
	given   map[string]bool
}

func addSelect(r *cmdlet.Registry) {
	cmdlet.Add[SelectObject](r, &cmdlet.Info{
		Name:       "Select-Object",
		DefaultSet: "DefaultParameter",
		Aliases:    []string{"select"},
		Module:     modUtility,
		Synopsis:   "Selects objects or object properties.",
		Description: "The Select-Object cmdlet selects specified properties of an object or set of objects. " +
			"It can also select unique objects, a specified number of objects, or objects in a specified position in an array. " +
			"Objects made from selected properties get the type name Selected.<type>. " +
			"-ExpandProperty outputs the value of one property; -First stops the upstream commands once enough objects have passed.",
		Examples: []cmdlet.Example{
			{Code: "Get-RemoteDomain | Select-Object Name, DomainName", Remarks: "Outputs objects with only the Name and DomainName properties."},
			{Code: "Get-RemoteDomain | Select-Object -First 1", Remarks: "Outputs the first remote domain."},
			{Code: "Get-RemoteDomain | Select-Object -ExpandProperty DomainName", Remarks: "Outputs the domain names as strings."},
			{Code: "Get-Mailbox | Select-Object Name, @{n='Size';e={ $_.ProhibitSendQuota }}", Remarks: "Adds a calculated property."},
		},
	})
}

// Begin checks the property list.
func (s *SelectObject) Begin(ctx *cmdlet.Context) error {
	specs, err := parseProps(s.Property, "Name", "Label", "Expression")
	s.specs = specs
	s.given = map[string]bool{}
	for _, n := range []string{"First", "Last", "Skip", "SkipLast", "Index"} {
		s.given[n] = ctx.Binding != nil && ctx.Binding.Given(n)
	}
	return err
}

// Process handles one input object.
func (s *SelectObject) Process(ctx *cmdlet.Context) error {
	if !ctx.HasInput {
		return nil
	}
	i := s.seen
	s.seen++
	switch {
	case s.given["Index"]:
		if !slices.Contains(s.Index, i) {
			return nil
		}
	case s.given["SkipLast"]:
		// A window of SkipLast objects: the one leaving it is output.
		if i < s.Skip {
			return nil
		}
		s.buf = append(s.buf, ctx.Input)
		if len(s.buf) <= s.SkipLast {
			return nil
		}
		in := s.buf[0]
		s.buf = s.buf[1:]
		if len(s.buf) > 64 && cap(s.buf) > 2*len(s.buf) {
			s.buf = append([]any(nil), s.buf...)
		}
		return s.output(ctx, in)
	case s.given["First"] && s.given["Last"] && s.emitted < s.First:
		// -First with -Last: the first ones stream, the rest is buffered.
		return s.output(ctx, ctx.Input)
	case s.given["Last"] || bool(s.Unique):
		s.buf = append(s.buf, ctx.Input)
		if s.given["Last"] && !bool(s.Unique) && len(s.buf) >= 2*(s.Last+s.Skip)+64 {
			// Only the last ones are output: keep a window of them, so
			// that 1..1e8 | Select-Object -Last 1 runs in little memory.
			s.buf = append(s.buf[:0], s.buf[len(s.buf)-s.Last-s.Skip:]...)
		}
		return nil
	case i < s.Skip:
		return nil
	case s.given["First"] && s.emitted >= s.First:
		return cmdlet.ErrStopUpstream
	}
	return s.output(ctx, ctx.Input)
}

// output transforms and emits one object, stopping upstream when -First
// is satisfied.
func (s *SelectObject) output(ctx *cmdlet.Context, in any) error {
	s.emitted++
	if err := s.emit(ctx, in); err != nil {
		return err
	}
	if s.given["First"] && !s.given["Last"] && !bool(s.Unique) && s.emitted >= s.First {
		return cmdlet.ErrStopUpstream
	}
	return nil
}

// End outputs the buffered objects for -Last and -Unique.
func (s *SelectObject) End(ctx *cmdlet.Context) error {
	if s.buf == nil || s.given["SkipLast"] {
		return nil
	}
	list := s.buf
	switch {
	case s.given["Last"]:
		// -Skip counts from the end with -Last (the first ones, with
		// -First, are already out).
		list = list[:max(len(list)-s.Skip, 0)]
		list = list[max(len(list)-s.Last, 0):]
	default:
		if s.Skip > 0 {
			list = list[min(s.Skip, len(list)):]
		}
		if s.given["First"] {
			list = list[:min(s.First, len(list))]
		}
	}
	for _, in := range list {
		if err := s.emit(ctx, in); err != nil {
			return err
		}
	}
	return nil
}

// emit outputs in after -Property / -ExpandProperty and -Unique.
func (s *SelectObject) emit(ctx *cmdlet.Context, in any) error {
	if s.ExpandProperty != "" {
		return s.expandProp(ctx, in)
	}
	v := in
	if len(s.specs) > 0 || len(s.ExcludeProperty) > 0 {
		o, err := s.selected(ctx, in)
		if err != nil {
			return err
		}
		v = o
	}
	return s.emitUnique(ctx, v)
}

// emitUnique emits v unless -Unique has already seen an equal object.
func (s *SelectObject) emitUnique(ctx *cmdlet.Context, v any) error {
	if s.Unique {
		for _, u := range s.uniq {
			if sameObject(u, v) {
				return nil
			}
		}
		s.uniq = append(s.uniq, v)
	}
	return ctx.Emit(v)
}

// sameObject compares two objects for -Unique: scalars case-sensitively,
// objects by all their property values.
func sameObject(a, b any) bool {
	pa, pb := value.Properties(a), value.Properties(b)
	if len(pa) == 0 || len(pb) == 0 {
		return len(pa) == len(pb) && value.EqualCase(a, b) && value.TypeName(a) == value.TypeName(b)
	}
	if len(pa) != len(pb) {
		return false
	}
	for i := range pa {
		if !strings.EqualFold(pa[i].Name, pb[i].Name) || value.ToString(pa[i].Value) != value.ToString(pb[i].Value) {
			return false
		}
	}
	return true
}

// selected builds the Selected.<type> object of in.
func (s *SelectObject) selected(ctx *cmdlet.Context, in any) (*value.Object, error) {
	specs := s.specs
	if len(specs) == 0 {
		specs = []propSpec{{Name: "*"}}
	}
	names := value.TypeNames(in)
	o := value.NewObject()
	if len(names) > 0 {
		o = value.NewObject("Selected." + names[0])
	}
	for _, sp := range expand(specs, in) {
		if matchAnyName(s.ExcludeProperty, sp.Name) {
			continue
		}
		v, err := sp.eval(ctx, in)
		if err != nil {
			return nil, err
		}
		o.Add(sp.Name, v)
	}
	return o, nil
}

// matchAnyName reports whether name matches one of the patterns.
func matchAnyName(patterns []string, name string) bool {
	return len(patterns) > 0 && matchAny(patterns, name)
}

// expandProp outputs the value of -ExpandProperty (a collection element
// by element); a missing property is a non-terminating error.
func (s *SelectObject) expandProp(ctx *cmdlet.Context, in any) error {
	v, ok := value.GetMember(in, s.ExpandProperty)
	if !ok {
		e := cmdlet.NewError(fmt.Sprintf("Property %q cannot be found.", s.ExpandProperty), "InvalidArgument", "PSArgumentException", "ExpandPropertyNotFound")
		e.TargetName, e.TargetType, e.Target = value.ToString(in), psTypeName(in), in
		return ctx.WriteError(e)
	}
	for _, e := range value.Enumerate(v) {
		if err := s.emitUnique(ctx, e); err != nil {
			return err
		}
	}
	return nil
}

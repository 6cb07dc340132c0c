package utility

import (
	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// Side indicators of Compare-Object's output.
const (
	sideReference  = "<="
	sideDifference = "=>"
	sideEqual      = "=="
)

// CompareObject is Compare-Object: it compares two sets of objects and
// reports which appear only in the reference set (<=), only in the
// difference set (=>) or, with -IncludeEqual, in both (==).
type CompareObject struct {
	ReferenceObject  []any       `ps:"pos=0,mandatory" help:"The objects used as the reference for the comparison."`
	DifferenceObject []any       `ps:"pos=1,mandatory,value" help:"The objects compared to the reference objects."`
	Property         []any       `ps:"complete=property" help:"The properties to compare (names or @{Expression=...}); the output has these properties and SideIndicator."`
	IncludeEqual     bind.Switch `help:"Also outputs the objects found in both sets, with the side indicator ==."`
	ExcludeDifferent bind.Switch `help:"Leaves out the objects found in one set only (with -IncludeEqual: only the equal ones are output)."`
	PassThru         bind.Switch `help:"Outputs the compared objects themselves, each with a SideIndicator property added."`
	CaseSensitive    bind.Switch `help:"Compares strings case-sensitively."`
	SyncWindow       int         `ps:"range=0..2147483647" help:"How many unmatched objects on each side are kept to match later ones (default: all); an object left unmatched longer is reported at once."`

	diff  []any
	specs []propSpec
}

func addCompare(r *cmdlet.Registry) {
	cmdlet.Add[CompareObject](r, &cmdlet.Info{
		Name: "Compare-Object", Aliases: []string{"compare", "diff"}, Module: modUtility,
		Synopsis: "Compares two sets of objects.",
		Description: "The Compare-Object cmdlet compares two sets of objects: the reference set and the difference set. " +
			"The output shows each object that is in only one set, with the side indicator <= (reference only) or => (difference only); " +
			"-IncludeEqual adds the objects in both sets with ==, and -ExcludeDifferent leaves out the differences. " +
			"Objects are compared whole, or by the properties of -Property; strings compare case-insensitively unless -CaseSensitive. " +
			"The difference objects are reported before the reference objects, as in Windows PowerShell.",
		Examples: []cmdlet.Example{
			{Code: "Compare-Object -ReferenceObject 'a','b','c' -DifferenceObject 'b','c','d'", Remarks: "Shows d with => and a with <=."},
			{Code: "Compare-Object (Get-AcceptedDomain) (Get-RemoteDomain) -Property DomainName -IncludeEqual", Remarks: "Compares two lists of domains by their DomainName."},
			{Code: "$old | Compare-Object $new -PassThru", Remarks: "Outputs the differing objects themselves, each with a SideIndicator."},
		},
	})
}

// Begin reads the property list.
func (c *CompareObject) Begin(*cmdlet.Context) error {
	specs, err := parseProps(c.Property, "Expression")
	c.specs = specs
	return err
}

// Process collects the difference objects of this input (the whole
// -DifferenceObject list when it is not piped).
func (c *CompareObject) Process(ctx *cmdlet.Context) error {
	if ctx.HasInput {
		c.diff = append(c.diff, ctx.Input)
		return nil
	}
	c.diff = append(c.diff, c.DifferenceObject...)
	return nil
}

// cmpEntry is one object with its comparison keys.
type cmpEntry struct {
	obj  any
	keys []any
}

// End runs Windows PowerShell's comparison: each difference object is
// matched against the next reference object, then against the unmatched
// ones so far; the unmatched objects are reported at the end, difference
// objects first.
func (c *CompareObject) End(ctx *cmdlet.Context) error {
	refs, err := c.entries(ctx, c.ReferenceObject)
	if err != nil {
		return err
	}
	diffs, err := c.entries(ctx, c.diff)
	if err != nil {
		return err
	}
	var refBack, diffBack []cmpEntry
	window := -1
	if ctx.Binding != nil && ctx.Binding.Given("SyncWindow") {
		window = c.SyncWindow
	}
	// backlog keeps an unmatched entry; with a sync window, the oldest
	// entries that have waited a whole window are reported first.
	backlog := func(e cmpEntry, list *[]cmpEntry, side string) error {
		if window == 0 {
			return c.emit(ctx, e, side)
		}
		for window > 0 && len(*list) >= window {
			if err := c.emit(ctx, (*list)[0], side); err != nil {
				return err
			}
			*list = (*list)[1:]
		}
		*list = append(*list, e)
		return nil
	}
	i := 0
	step := func(d *cmpEntry) error {
		var r *cmpEntry
		if i < len(refs) {
			r = &refs[i]
			i++
		}
		if r != nil && d != nil && c.equal(*r, *d) {
			return c.emit(ctx, *r, sideEqual)
		}
		if d != nil {
			if m, ok := c.take(*d, &refBack); ok {
				if err := c.emit(ctx, m, sideEqual); err != nil {
					return err
				}
				d = nil
			}
		}
		if r != nil {
			if _, ok := c.take(*r, &diffBack); ok {
				if err := c.emit(ctx, *r, sideEqual); err != nil {
					return err
				}
				r = nil
			}
		}
		if d != nil {
			if err := backlog(*d, &diffBack, sideDifference); err != nil {
				return err
			}
		}
		if r != nil {
			return backlog(*r, &refBack, sideReference)
		}
		return nil
	}
	for k := range diffs {
		if err := step(&diffs[k]); err != nil {
			return err
		}
	}
	for i < len(refs) {
		if err := step(nil); err != nil {
			return err
		}
	}
	for _, d := range diffBack {
		if err := c.emit(ctx, d, sideDifference); err != nil {
			return err
		}
	}
	for _, r := range refBack {
		if err := c.emit(ctx, r, sideReference); err != nil {
			return err
		}
	}
	return nil
}

// entries computes the keys of each object (the object itself without
// -Property).
func (c *CompareObject) entries(ctx *cmdlet.Context, objs []any) ([]cmpEntry, error) {
	out := make([]cmpEntry, 0, len(objs))
	for _, o := range objs {
		e := cmpEntry{obj: o}
		if len(c.specs) == 0 {
			e.keys = []any{o}
		}
		for _, sp := range c.specs {
			v, err := sp.eval(ctx, o)
			if err != nil {
				return nil, err
			}
			e.keys = append(e.keys, v)
		}
		out = append(out, e)
	}
	return out, nil
}

// equal reports whether two entries have equal keys.
func (c *CompareObject) equal(a, b cmpEntry) bool {
	for k := range a.keys {
		if sortCompare(a.keys[k], b.keys[k], bool(c.CaseSensitive)) != 0 {
			return false
		}
	}
	return true
}

// take removes and returns the first entry of list equal to e.
func (c *CompareObject) take(e cmpEntry, list *[]cmpEntry) (cmpEntry, bool) {
	for k, x := range *list {
		if c.equal(e, x) {
			*list = append((*list)[:k], (*list)[k+1:]...)
			return x, true
		}
	}
	return cmpEntry{}, false
}

// emit outputs one result unless the switches leave it out.
func (c *CompareObject) emit(ctx *cmdlet.Context, e cmpEntry, side string) error {
	if side == sideEqual && !c.IncludeEqual || side != sideEqual && c.ExcludeDifferent {
		return nil
	}
	if c.PassThru {
		return ctx.Emit(withNote(e.obj, "SideIndicator", side))
	}
	o := value.NewObject()
	if len(c.specs) == 0 {
		o.Add("InputObject", e.obj)
	}
	for k, sp := range c.specs {
		o.Add(sp.Name, e.keys[k])
	}
	o.Add("SideIndicator", side)
	return ctx.Emit(o)
}

// withNote returns obj with the property name added: a copy of a custom
// object, or of an object's properties under its type name. A value
// without properties (a string, a number) is returned as it is, since
// exsh has no per-instance members.
func withNote(obj any, name string, v any) any {
	switch x := obj.(type) {
	case *value.Object:
		o := x.Clone()
		o.Add(name, v)
		return o
	}
	names := value.PropertyNames(obj)
	if len(names) == 0 {
		return obj
	}
	o := value.NewObject(value.TypeName(obj))
	for _, n := range names {
		p, _ := value.GetMember(obj, n)
		o.Add(n, p)
	}
	o.Add(name, v)
	return o
}

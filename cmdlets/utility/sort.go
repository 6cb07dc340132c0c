package utility

import (
	"slices"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// SortObject is Sort-Object: it buffers its input and outputs it sorted
// by property values (stable, $null first).
type SortObject struct {
	InputObject   any         `ps:"value" help:"The object to sort."`
	Property      []any       `ps:"pos=0,complete=property" help:"The properties to sort by: names or @{Expression=...; Descending=$true}."`
	Descending    bind.Switch `help:"Sorts in descending order."`
	Unique        bind.Switch `help:"Outputs only the first of objects with equal sort keys."`
	CaseSensitive bind.Switch `help:"Compares strings case-sensitively."`

	items []sortItem
	specs []propSpec
}

// sortItem is one buffered object with its sort keys.
type sortItem struct {
	obj  any
	keys []any
}

func addSort(r *cmdlet.Registry) {
	cmdlet.Add[SortObject](r, &cmdlet.Info{
		Name: "Sort-Object", PassThru: true,
		Aliases:  []string{"sort"},
		Module:   modUtility,
		Synopsis: "Sorts objects by property values.",
		Description: "The Sort-Object cmdlet sorts objects in ascending or descending order based on object property values. " +
			"Strings compare case-insensitively unless -CaseSensitive; $null sorts first; objects with equal keys keep their order. " +
			"A property can be a hashtable @{Expression=...; Descending=$true} to sort by several keys in different directions.",
		Examples: []cmdlet.Example{
			{Code: "Get-RemoteDomain | Sort-Object Name", Remarks: "Sorts the remote domains by name."},
			{Code: "Get-Mailbox | Sort-Object @{Expression='Database'; Descending=$true}, Name", Remarks: "Sorts by database descending, then by name."},
			{Code: "'b','a','b' | sort -Unique", Remarks: "Outputs a and b."},
		},
	})
}

// Begin reads the property list.
func (s *SortObject) Begin(*cmdlet.Context) error {
	specs, err := parseProps(s.Property, "Expression", "Ascending", "Descending")
	s.specs = specs
	return err
}

// Process buffers the object with its keys.
func (s *SortObject) Process(ctx *cmdlet.Context) error {
	if !ctx.HasInput {
		return nil
	}
	keys, err := s.keys(ctx, ctx.Input)
	if err != nil {
		return err
	}
	s.items = append(s.items, sortItem{ctx.Input, keys})
	return nil
}

// keys computes the sort keys of one object (the object itself without
// properties).
func (s *SortObject) keys(ctx *cmdlet.Context, in any) ([]any, error) {
	if len(s.specs) == 0 {
		return []any{in}, nil
	}
	out := make([]any, len(s.specs))
	for i, sp := range s.specs {
		v, err := sp.eval(ctx, in)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// End sorts and outputs.
func (s *SortObject) End(ctx *cmdlet.Context) error {
	slices.SortStableFunc(s.items, s.compare)
	var prev *sortItem
	for i := range s.items {
		it := &s.items[i]
		if s.Unique && prev != nil && s.compare(*prev, *it) == 0 {
			continue
		}
		prev = it
		if err := ctx.Emit(it.obj); err != nil {
			return err
		}
	}
	return nil
}

// compare orders two items key by key, honouring each key's direction.
func (s *SortObject) compare(a, b sortItem) int {
	for i := range a.keys {
		c := sortCompare(a.keys[i], b.keys[i], bool(s.CaseSensitive))
		if s.descending(i) {
			c = -c
		}
		if c != 0 {
			return c
		}
	}
	return 0
}

// descending reports the direction of key i.
func (s *SortObject) descending(i int) bool {
	if i < len(s.specs) && s.specs[i].Desc != nil {
		return *s.specs[i].Desc
	}
	return bool(s.Descending)
}

// sortCompare compares two keys; values that cannot be compared fall
// back to their string forms.
func sortCompare(a, b any, cs bool) int {
	if value.IsEnumerable(a) || value.IsEnumerable(b) {
		a, b = value.ToString(a), value.ToString(b)
	}
	cmp := value.Compare
	if cs {
		cmp = value.CompareCase
	}
	if c, err := cmp(a, b); err == nil {
		return c
	}
	x, y := value.ToString(a), value.ToString(b)
	if !cs {
		x, y = strings.ToLower(x), strings.ToLower(y)
	}
	return strings.Compare(x, y)
}

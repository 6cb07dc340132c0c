package utility

import (
	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// GetUnique is Get-Unique: it drops adjacent duplicates from a sorted list.
type GetUnique struct {
	InputObject any         `ps:"value" help:"The objects; sort them first (Sort-Object), as only adjacent duplicates are removed."`
	AsString    bind.Switch `help:"Compares the objects as strings."`
	OnType      bind.Switch `help:"Outputs one object of each type (in a run of the same type)."`

	prev any
	seen bool
}

func addUnique(r *cmdlet.Registry) {
	cmdlet.Add[GetUnique](r, &cmdlet.Info{
		Name: "Get-Unique", Aliases: []string{"gu"}, Module: modUtility,
		Synopsis: "Returns unique items from a sorted list.",
		Description: "The Get-Unique cmdlet outputs an object only when it differs from the one before it, comparing case-sensitively. " +
			"Sort the list first: duplicates that are not adjacent stay. -AsString compares string forms, -OnType compares type names. Sort-Object -Unique ignores case instead.",
		Examples: []cmdlet.Example{
			{Code: "'b', 'a', 'b', 'a' | Sort-Object | Get-Unique", Remarks: "Outputs a and b."},
			{Code: "Get-Content users.txt | Sort-Object | Get-Unique", Remarks: "Lists the distinct lines of a file."},
		},
	})
}

// Process outputs the object when it differs from the previous one.
func (g *GetUnique) Process(ctx *cmdlet.Context) error {
	if !ctx.HasInput && g.InputObject == nil {
		return nil
	}
	in := g.InputObject
	same := g.seen && g.equal(g.prev, in)
	g.prev, g.seen = in, true
	if same {
		return nil
	}
	return ctx.Emit(in)
}

// equal compares two adjacent objects as the switches ask.
func (g *GetUnique) equal(a, b any) bool {
	switch {
	case bool(g.OnType):
		return value.TypeName(a) == value.TypeName(b)
	case bool(g.AsString):
		return value.ToString(a) == value.ToString(b)
	}
	return value.EqualCase(a, b)
}

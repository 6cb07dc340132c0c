package utility

import (
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// GroupObject is Group-Object: it groups objects with equal property
// values, in order of first occurrence.
type GroupObject struct {
	InputObject   any         `ps:"value" help:"The object to group."`
	Property      []any       `ps:"pos=0,complete=property" help:"The properties to group by (names or calculated properties)."`
	NoElement     bind.Switch `help:"Omits the members of each group."`
	AsHashTable   bind.Switch `help:"Returns a hashtable of key to group members."`
	AsString      bind.Switch `help:"With -AsHashTable, converts the keys to strings."`
	CaseSensitive bind.Switch `help:"Groups case-sensitively."`

	specs  []propSpec
	groups []*GroupInfo
	index  map[string]*GroupInfo
}

// GroupInfo is one group: its name, size and members.
type GroupInfo struct {
	Values []any
	Count  int
	Group  []any
	Name   string
}

// TypeName returns the .NET type name.
func (*GroupInfo) TypeName() string { return "Microsoft.PowerShell.Commands.GroupInfo" }

// DefaultTableColumns is the Count/Name/Group view.
func (*GroupInfo) DefaultTableColumns() []string { return []string{"Count", "Name", "Group"} }

// DefaultTableWidths fixes Count at 5 and Name at 25 characters.
func (*GroupInfo) DefaultTableWidths() []int { return []int{5, 25, 0} }

// GroupInfoNoElement is a group without its members (-NoElement).
type GroupInfoNoElement struct {
	Values []any
	Count  int
	Name   string
}

// TypeName returns the .NET type name.
func (*GroupInfoNoElement) TypeName() string {
	return "Microsoft.PowerShell.Commands.GroupInfoNoElement"
}

// DefaultTableColumns is the Count/Name view.
func (*GroupInfoNoElement) DefaultTableColumns() []string { return []string{"Count", "Name"} }

// DefaultTableWidths fixes Count at 5 characters.
func (*GroupInfoNoElement) DefaultTableWidths() []int { return []int{5, 0} }

func addGroup(r *cmdlet.Registry) {
	cmdlet.Add[GroupObject](r, &cmdlet.Info{
		Name:     "Group-Object",
		Aliases:  []string{"group"},
		Module:   modUtility,
		Synopsis: "Groups objects that contain the same value for specified properties.",
		Description: "The Group-Object cmdlet displays objects in groups based on the value of a specified property. " +
			"It returns a table with one row for each property value and a column that displays the number of items with that value. " +
			"Grouping is case-insensitive unless -CaseSensitive; groups appear in the order of their first member.",
		Examples: []cmdlet.Example{
			{Code: "Get-RemoteDomain | Group-Object AllowedOOFType", Remarks: "Groups the remote domains by their AllowedOOFType."},
			{Code: "Get-Mailbox | Group-Object Database -NoElement", Remarks: "Counts the mailboxes per database."},
			{Code: "$byName = Get-Mailbox | Group-Object Alias -AsHashTable", Remarks: "Builds a lookup table from alias to mailbox."},
		},
	})
}

// Begin reads the property list.
func (g *GroupObject) Begin(*cmdlet.Context) error {
	specs, err := parseProps(g.Property, "Expression")
	g.specs, g.index = specs, map[string]*GroupInfo{}
	return err
}

// Process adds one object to its group.
func (g *GroupObject) Process(ctx *cmdlet.Context) error {
	if !ctx.HasInput {
		return nil
	}
	vals, err := g.values(ctx, ctx.Input)
	if err != nil {
		return err
	}
	name := groupName(vals)
	key := name
	if !g.CaseSensitive {
		key = strings.ToLower(name)
	}
	gi := g.index[key]
	if gi == nil {
		gi = &GroupInfo{Values: vals, Name: name}
		g.index[key] = gi
		g.groups = append(g.groups, gi)
	}
	gi.Count++
	gi.Group = append(gi.Group, ctx.Input)
	return nil
}

// values computes the grouping values of one object.
func (g *GroupObject) values(ctx *cmdlet.Context, in any) ([]any, error) {
	if len(g.specs) == 0 {
		return []any{in}, nil
	}
	out := make([]any, len(g.specs))
	for i, sp := range g.specs {
		v, err := sp.eval(ctx, in)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// groupName joins the string forms of the values with ", ".
func groupName(vals []any) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = value.ToString(v)
	}
	return strings.Join(parts, ", ")
}

// End outputs the groups or the hashtable.
func (g *GroupObject) End(ctx *cmdlet.Context) error {
	if g.AsString && !g.AsHashTable {
		e := cmdlet.NewError("The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.",
			"InvalidArgument", "ArgumentException", "ArgumentException")
		e.TargetName, e.TargetType, e.Target = "True", "SwitchParameter", true
		return e
	}
	if g.AsHashTable {
		return ctx.Emit(g.hashtable())
	}
	for _, gi := range g.groups {
		var out any = gi
		if g.NoElement {
			out = &GroupInfoNoElement{Values: gi.Values, Count: gi.Count, Name: gi.Name}
		}
		if err := ctx.Emit(out); err != nil {
			return err
		}
	}
	return nil
}

// hashtable maps each key (the single value, or the name) to its members.
func (g *GroupObject) hashtable() *value.Hashtable {
	h := value.NewHashtable()
	for _, gi := range g.groups {
		var key any = gi.Name
		if len(gi.Values) == 1 && !g.AsString {
			key = gi.Values[0]
		}
		h.Set(key, gi.Group)
	}
	return h
}

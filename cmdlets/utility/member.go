package utility

import (
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/value"
)

// GetMember is Get-Member: it describes the type and members of its
// input objects, once per type.
type GetMember struct {
	InputObject any      `ps:"value" help:"The object to describe."`
	Name        []string `ps:"pos=0" help:"Only members with these names (wildcards allowed)."`
	MemberType  []string `ps:"alias=Type" help:"Only members of these kinds: Property, NoteProperty, ScriptProperty, AliasProperty, Method, ScriptMethod, or the groups Properties, Methods and All."`

	seen map[string]bool
}

// MemberDefinition is one member that Get-Member describes
// (System.Microsoft.PowerShell.Commands.MemberDefinition): shown in a
// Name/MemberType/Definition table under a "TypeName:" line per type.
type MemberDefinition struct {
	Type       string `property:"TypeName"`
	Name       string
	MemberType string
	Definition string
}

// DefaultTableColumns is Get-Member's table.
func (MemberDefinition) DefaultTableColumns() []string {
	return []string{"Name", "MemberType", "Definition"}
}

// GroupHeader is the "TypeName:" line above the members of one type.
func (m MemberDefinition) GroupHeader() string { return "   TypeName: " + m.Type }

// TypeName is the .NET type name.
func (MemberDefinition) TypeName() string { return "Microsoft.PowerShell.Commands.MemberDefinition" }

// TightGroupHeader puts the table right under the header line, as 5.1
// prints Get-Member.
func (MemberDefinition) TightGroupHeader() bool { return true }

// TeeObject is Tee-Object: it passes its input on and also saves it to a
// file or a variable.
type TeeObject struct {
	InputObject any         `ps:"value" help:"The object to save and pass on."`
	FilePath    string      `ps:"pos=0,mandatory,set=File,alias=Path,complete=path" help:"The file to write (as Out-File would)."`
	Append      bind.Switch `ps:"set=File" help:"Adds to the end of the file."`
	Variable    string      `ps:"mandatory,set=Variable" help:"The variable to store the objects in."`

	objs []any
}

func addMember(r *cmdlet.Registry) {
	cmdlet.Add[GetMember](r, &cmdlet.Info{
		Name: "Get-Member", Aliases: []string{"gm"}, Module: modUtility,
		Synopsis:    "Gets the properties and methods of objects.",
		Description: "The Get-Member cmdlet shows, for each type among its input objects, the TypeName and a Name/MemberType/Definition table of the members.",
		Examples:    []cmdlet.Example{{Code: "Get-RemoteDomain Default | Get-Member", Remarks: "Lists the properties of a remote domain."}},
	})
	cmdlet.Add[TeeObject](r, &cmdlet.Info{
		Name: "Tee-Object", Aliases: []string{"tee"}, Module: modUtility, PassThru: true,
		Synopsis:    "Saves command output in a file or variable and also sends it down the pipeline.",
		Description: "The Tee-Object cmdlet passes its input on unchanged and also writes it to a file (formatted as the console shows it) or stores it in a variable.",
		Examples: []cmdlet.Example{
			{Code: "Get-RemoteDomain | Tee-Object domains.txt | Select-Object Name", Remarks: "Saves the table to domains.txt and outputs the names."},
			{Code: "Get-Mailbox | Tee-Object -Variable all | Measure-Object", Remarks: "Keeps the mailboxes in $all while counting them."},
		},
		DefaultSet: "File",
	})
}

// Process saves and passes on one object.
func (t *TeeObject) Process(ctx *cmdlet.Context) error {
	if !ctx.HasInput {
		return nil
	}
	t.objs = append(t.objs, ctx.Input)
	return ctx.Emit(ctx.Input)
}

// End writes the file or sets the variable.
func (t *TeeObject) End(ctx *cmdlet.Context) error {
	if t.Variable != "" {
		return ctx.Host.SetVariable(t.Variable, append([]any{}, t.objs...))
	}
	f, err := openOutput(ctx, t.FilePath, bool(t.Append), false)
	if err != nil {
		return err
	}
	out := format.NewOut(f, formatOptions(ctx, 0))
	for _, o := range t.objs {
		if err := out.Write(o); err != nil {
			break
		}
	}
	err = out.Close()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Process describes the object when its type is new.
func (g *GetMember) Process(ctx *cmdlet.Context) error {
	in := ctx.Input
	if !ctx.HasInput {
		in = g.InputObject // -InputObject: the object itself, not its elements
	}
	if in == nil {
		return nil
	}
	tn := value.TypeNames(in)[0]
	if g.seen == nil {
		g.seen = map[string]bool{}
	}
	if g.seen[tn] {
		return nil
	}
	g.seen[tn] = true
	for _, m := range g.members(in, tn) {
		if err := ctx.Emit(m); err != nil {
			return err
		}
	}
	return nil
}

// End fails when there was nothing to describe.
func (g *GetMember) End(ctx *cmdlet.Context) error {
	if len(g.seen) == 0 {
		return cmdlet.NewError("You must specify an object for the Get-Member cmdlet.", "CloseError", "InvalidOperationException", "NoObjectInGetMember")
	}
	return nil
}

// members lists the methods and properties of v, of type name tn,
// filtered by -Name and -MemberType.
func (g *GetMember) members(v any, tn string) []*MemberDefinition {
	var out []*MemberDefinition
	for _, m := range value.Members(v) {
		if matchAny(g.Name, m.Name) && memberTypeMatch(g.MemberType, m.MemberType) {
			out = append(out, &MemberDefinition{tn, m.Name, m.MemberType, m.Definition})
		}
	}
	return out
}

// memberTypeMatch reports whether a member of kind matches -MemberType:
// its own kind, All, or the groups Properties (every kind of property)
// and Methods (every kind of method).
func memberTypeMatch(types []string, kind string) bool {
	if len(types) == 0 {
		return true
	}
	for _, t := range types {
		switch {
		case strings.EqualFold(t, "All"), strings.EqualFold(t, kind),
			strings.EqualFold(t, "Properties") && strings.HasSuffix(kind, "Property"),
			strings.EqualFold(t, "Methods") && strings.HasSuffix(kind, "Method"):
			return true
		}
	}
	return false
}

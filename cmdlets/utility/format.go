package utility

import (
	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/value"
)

// FormatTable is Format-Table: it renders its input as one table.
type FormatTable struct {
	InputObject      any         `ps:"value" help:"The object to format."`
	Property         []any       `ps:"pos=0,complete=property" help:"The properties to show: names (wildcards allowed) or @{Name=...; Expression=...; Width=...; Alignment=...; FormatString=...}."`
	AutoSize         bind.Switch `help:"Sizes the columns to the data."`
	Wrap             bind.Switch `help:"Wraps long values onto further lines instead of cutting them."`
	HideTableHeaders bind.Switch `help:"Omits the column headers."`
	GroupBy          any         `ps:"complete=property" help:"Starts a new table whenever this property's value changes."`

	objs []any
}

// FormatList is Format-List: it renders each input object as a list of
// "Name : Value" lines.
type FormatList struct {
	InputObject any   `ps:"value" help:"The object to format."`
	Property    []any `ps:"pos=0,complete=property" help:"The properties to show (wildcards allowed; * for all)."`

	objs []any
}

func addFormatTableList(r *cmdlet.Registry) {
	cmdlet.Add[FormatTable](r, &cmdlet.Info{
		Name: "Format-Table", Aliases: []string{"ft"}, Module: modUtility,
		Synopsis: "Formats the output as a table.",
		Description: "The Format-Table cmdlet formats the output of a command as a table with the selected properties of the object in each column. " +
			"Property names accept wildcards; calculated properties are hashtables with Name (or Label) and Expression keys and optional Width, Alignment and FormatString. " +
			"Format-Table emits formatting data: it should be the last command of a pipeline.",
		Examples: []cmdlet.Example{
			{Code: "Get-RemoteDomain | Format-Table Name, *Enabled -AutoSize", Remarks: "Shows the name and every property ending in Enabled."},
			{Code: "Get-Mailbox | ft Name, @{Label='Quota'; Expression={ $_.ProhibitSendQuota }}", Remarks: "Adds a calculated column."},
		},
	})
	cmdlet.Add[FormatList](r, &cmdlet.Info{
		Name: "Format-List", Aliases: []string{"fl"}, Module: modUtility,
		Synopsis: "Formats the output as a list of properties in which each property appears on a new line.",
		Description: "The Format-List cmdlet formats the output of a command as a list of properties in which each property is displayed on a separate line. " +
			"Without -Property every property is shown; 'Format-List *' does the same explicitly.",
		Examples: []cmdlet.Example{
			{Code: "Get-RemoteDomain Default | Format-List", Remarks: "Shows every property of the Default remote domain."},
			{Code: "Get-RemoteDomain | fl Name, TNEF*", Remarks: "Shows the name and the TNEF settings of each remote domain."},
		},
	})
}

// Process buffers one object (a hashtable as its entries).
func (f *FormatTable) Process(ctx *cmdlet.Context) error {
	if in, ok := formatInput(ctx, f.InputObject); ok {
		f.objs = appendFormatInput(f.objs, in)
	}
	return nil
}

// formatInput is the object to format: the pipeline object, or the
// -InputObject argument when the command is not piped to (a collection
// given there is formatted element by element, as 5.1's default -Expand
// EnumOnly does).
func formatInput(ctx *cmdlet.Context, arg any) (any, bool) {
	if ctx.HasInput {
		return ctx.Input, true
	}
	if ctx.Binding != nil && ctx.Binding.Given("InputObject") {
		return arg, true
	}
	return nil, false
}

// appendFormatInput adds in, unrolling collections and hashtables.
func appendFormatInput(objs []any, in any) []any {
	switch x := in.(type) {
	case nil:
		return objs
	case *value.Hashtable:
		return append(objs, x.Entries()...)
	case value.BaseView:
		return append(objs, x.Dictionary().Entries()...)
	}
	if value.IsEnumerable(in) {
		for _, e := range value.Enumerate(in) {
			objs = appendFormatInput(objs, e)
		}
		return objs
	}
	return append(objs, in)
}

// End renders the table(s).
func (f *FormatTable) End(ctx *cmdlet.Context) error {
	if len(f.objs) == 0 {
		return nil
	}
	specs, err := parseProps(f.Property, "Name", "Label", "Expression", "Width", "Alignment", "FormatString")
	if err != nil {
		return err
	}
	opts := format.TableOptions{Options: formatOptions(ctx, 0), AutoSize: bool(f.AutoSize), Wrap: bool(f.Wrap), HideTableHeaders: bool(f.HideTableHeaders)}
	var lines []string
	for _, run := range f.groups(ctx) {
		lines = append(lines, run.header...)
		lines = append(lines, tableLines(ctx, run.objs, specs, opts)...)
	}
	return ctx.Emit(&format.Text{Lines: lines})
}

// tableRun is a run of objects sharing one -GroupBy value.
type tableRun struct {
	header []string
	objs   []any
}

// groups splits the objects into runs of equal -GroupBy values.
func (f *FormatTable) groups(ctx *cmdlet.Context) []tableRun {
	if f.GroupBy == nil {
		return []tableRun{{objs: f.objs}}
	}
	specs, err := parseProps([]any{f.GroupBy}, "Name", "Label", "Expression")
	if err != nil || len(specs) == 0 {
		return []tableRun{{objs: f.objs}}
	}
	var runs []tableRun
	prev := ""
	for i, o := range f.objs {
		v, _ := specs[0].eval(ctx, o)
		s := value.ToString(v)
		if i == 0 || s != prev {
			runs = append(runs, tableRun{header: []string{"", "   " + specs[0].Name + ": " + s}})
		}
		prev = s
		runs[len(runs)-1].objs = append(runs[len(runs)-1].objs, o)
	}
	return runs
}

// tableLines lays out objs; scalars without -Property print one per line.
func tableLines(ctx *cmdlet.Context, objs []any, specs []propSpec, opts format.TableOptions) []string {
	if len(specs) == 0 && isPlain(objs[0]) {
		lines := []string{""}
		for _, o := range objs {
			lines = append(lines, value.ToString(o))
		}
		return append(lines, "")
	}
	var cols []format.Column
	if len(specs) == 0 {
		cols = format.DefaultColumns(objs[0])
	}
	for _, sp := range expand(specs, objs[0]) {
		cols = append(cols, sp.column(ctx))
	}
	return format.Table(objs, cols, opts).Lines
}

// isPlain reports whether v has no properties to show (strings, numbers).
func isPlain(v any) bool {
	switch v.(type) {
	case value.DictionaryEntry, *value.Object:
		return false
	}
	return len(value.PropertyNames(v)) == 0
}

// Process buffers one object.
func (f *FormatList) Process(ctx *cmdlet.Context) error {
	if in, ok := formatInput(ctx, f.InputObject); ok {
		f.objs = appendFormatInput(f.objs, in)
	}
	return nil
}

// End renders the list, each object with its own properties.
func (f *FormatList) End(ctx *cmdlet.Context) error {
	if len(f.objs) == 0 {
		return nil
	}
	specs, err := parseProps(f.Property, "Name", "Label", "Expression", "FormatString")
	if err != nil {
		return err
	}
	if len(specs) == 0 {
		specs = []propSpec{{Name: "*"}}
	}
	opts := formatOptions(ctx, 0)
	lines := []string{"", ""}
	for i, o := range f.objs {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, listLines(ctx, o, specs, opts)...)
	}
	return ctx.Emit(&format.Text{Lines: append(lines, "", "")})
}

// listLines renders one object's list entry (a plain value as itself).
func listLines(ctx *cmdlet.Context, o any, specs []propSpec, opts format.Options) []string {
	if isPlain(o) && len(specs) == 1 && specs[0].Name == "*" {
		return []string{value.ToString(o)}
	}
	var cols []format.Column
	for _, sp := range expand(specs, o) {
		cols = append(cols, sp.column(ctx))
	}
	l := format.List([]any{o}, cols, opts).Lines
	return l[2 : len(l)-2]
}

// FormatWide is Format-Wide: it shows one property of each object in
// several columns.
type FormatWide struct {
	InputObject any         `ps:"value" help:"The object to format."`
	Property    any         `ps:"pos=0,complete=property" help:"The property to show (a name or @{Expression=...}); without it the object's name."`
	AutoSize    bind.Switch `help:"Uses as many columns as the widest value allows."`
	Column      int         `ps:"range=1..2147483647" help:"The number of columns (default 2)."`

	objs []any
}

func addFormatWide(r *cmdlet.Registry) {
	cmdlet.Add[FormatWide](r, &cmdlet.Info{
		Name: "Format-Wide", Aliases: []string{"fw"}, Module: modUtility,
		Synopsis: "Formats objects as a wide table that displays only one property of each object.",
		Description: "The Format-Wide cmdlet formats objects as a wide table that displays only one property of each object, filling the rows from left to right. " +
			"Without -Property it shows the object's name (its Name, Id or Key property, else the object itself). " +
			"-Column sets the number of columns (default 2) and -AutoSize fits as many columns as the widest value allows.",
		Examples: []cmdlet.Example{
			{Code: "Get-RemoteDomain | Format-Wide", Remarks: "Shows the remote domain names in two columns."},
			{Code: "Get-AcceptedDomain | fw DomainName -Column 3", Remarks: "Shows the accepted domain names in three columns."},
			{Code: "1..20 | Format-Wide -AutoSize", Remarks: "Shows the numbers in as many columns as fit."},
		},
	})
}

// Process buffers one object.
func (f *FormatWide) Process(ctx *cmdlet.Context) error {
	if in, ok := formatInput(ctx, f.InputObject); ok {
		f.objs = appendFormatInput(f.objs, in)
	}
	return nil
}

// End renders the columns.
func (f *FormatWide) End(ctx *cmdlet.Context) error {
	if len(f.objs) == 0 {
		return nil
	}
	var spec *propSpec
	if f.Property != nil {
		specs, err := parseProps([]any{f.Property}, "Expression", "FormatString")
		if err != nil {
			return err
		}
		spec = &specs[0]
	}
	opts := formatOptions(ctx, 0)
	texts := make([]string, len(f.objs))
	for i, o := range f.objs {
		texts[i] = wideText(ctx, o, spec, opts)
	}
	return ctx.Emit(format.Wide(texts, format.WideOptions{Options: opts, Column: f.Column, AutoSize: bool(f.AutoSize)}))
}

// wideText is the text Format-Wide shows for o.
func wideText(ctx *cmdlet.Context, o any, spec *propSpec, opts format.Options) string {
	if spec == nil {
		if isPlain(o) {
			return value.ToString(o)
		}
		spec = &propSpec{Name: wideName(o)}
		if spec.Name == "" {
			return value.ToString(o)
		}
	}
	c := expandOne(*spec, o).column(ctx)
	c.Label = ""
	return format.Cell(c.Value(o), opts)
}

// expandOne resolves a wildcard name to the first matching property.
func expandOne(s propSpec, o any) propSpec {
	if e := expand([]propSpec{s}, o); len(e) > 0 {
		return e[0]
	}
	return s
}

// wideName picks the property Format-Wide shows by default, as Windows
// PowerShell does: Name, Id or Key, else the first property whose name
// ends in one of them.
func wideName(o any) string {
	names := propNames(o)
	for _, want := range []string{"Name", "Id", "Key", "*Key", "*Name", "*Id"} {
		for _, n := range names {
			if value.MatchWildcard(want, n, false) {
				return n
			}
		}
	}
	return ""
}

package utility

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/value"
)

// GetHelp is Get-Help: it shows the help of a cmdlet, built from its
// registration (synopsis, description, examples) and its parameter spec.
type GetHelp struct {
	Name      string      `ps:"pos=0,name,complete=command" help:"The command (or alias) to describe; wildcards list matching commands."`
	Detailed  bind.Switch `ps:"set=DetailedView" help:"Adds parameter descriptions and examples."`
	Full      bind.Switch `ps:"set=AllUsersView" help:"Shows the entire help page, with parameter attributes."`
	Examples  bind.Switch `ps:"set=Examples" help:"Shows only the name, synopsis and examples."`
	Parameter []string    `ps:"set=Parameters" help:"Shows only the given parameters (wildcards allowed)."`
	Online    bind.Switch `ps:"set=Online" help:"Opens the online help (not available in exsh)."`
	Category  []string    `help:"Accepted for compatibility."`
}

func addHelp(r *cmdlet.Registry) {
	cmdlet.Add[GetHelp](r, &cmdlet.Info{
		Name: "Get-Help", Aliases: []string{"help", "man"}, Module: modCore,
		Synopsis: "Displays information about PowerShell commands and concepts.",
		Description: "The Get-Help cmdlet displays information about commands: their synopsis, syntax, description and examples. " +
			"-Detailed adds the parameter descriptions, -Full the parameter attributes, -Examples shows only the examples and -Parameter describes single parameters. " +
			"A name with wildcards lists the matching commands.",
		Examples: []cmdlet.Example{
			{Code: "Get-Help Set-RemoteDomain", Remarks: "Shows the help of Set-RemoteDomain."},
			{Code: "Get-Help Set-RemoteDomain -Examples", Remarks: "Shows the examples of Set-RemoteDomain."},
			{Code: "Get-Help Set-RemoteDomain -Parameter TNEFEnabled", Remarks: "Describes the TNEFEnabled parameter."},
			{Code: "help *RemoteDomain*", Remarks: "Lists the commands whose name contains RemoteDomain."},
		},
		DefaultSet: "AllUsersView",
	})
}

// helpPage accumulates the lines of a help page.
type helpPage struct {
	lines []string
	width int
}

// head adds a section heading.
func (p *helpPage) head(s string) { p.lines = append(p.lines, s) }

// para adds text indented by n spaces, wrapped at the console width.
func (p *helpPage) para(n int, text string) {
	for _, l := range strings.Split(text, "\n") {
		p.lines = append(p.lines, wrapIndent(l, n, p.width)...)
	}
}

// blank adds n empty lines.
func (p *helpPage) blank(n int) {
	for range n {
		p.lines = append(p.lines, "")
	}
}

// wrapIndent wraps one paragraph at word boundaries within width.
func wrapIndent(text string, n, width int) []string {
	ind := strings.Repeat(" ", n)
	avail := max(width-1-n, 20)
	var out []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len([]rune(line))+1+len([]rune(w)) > avail {
			out = append(out, ind+line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(out, ind+line)
}

// Process writes the help page.
func (g *GetHelp) Process(ctx *cmdlet.Context) error {
	if g.Name == "" {
		return ctx.Emit(&format.Text{Lines: defaultHelp()})
	}
	if value.HasWildcard(g.Name) {
		return g.list(ctx)
	}
	info, _ := ctx.Host.Commands().Lookup(g.Name)
	if info == nil {
		if t, ok := findTopic(g.Name); ok {
			return ctx.Emit(&format.Text{Lines: topicLines(t, ctx.Host.Width())})
		}
		return g.search(ctx)
	}
	if g.Online {
		return cmdlet.NewError("The online version of this Help topic cannot be displayed because exsh has no online help.", "InvalidOperation", "PSInvalidOperationException", "InvalidOperation")
	}
	spec, err := info.Spec()
	if err != nil {
		return err
	}
	p := &helpPage{width: ctx.Host.Width()}
	if err := g.render(p, info, spec); err != nil {
		return err
	}
	return ctx.Emit(&format.Text{Lines: p.lines})
}

// helpNotFound is the HelpNotFound error.
func helpNotFound(n string) *cmdlet.Error {
	return cmdlet.NewError(fmt.Sprintf("Get-Help could not find %s in a help file in this session. To download updated help topics type: \"Update-Help\". To get help online, search for the help topic in the TechNet library at https:/go.microsoft.com/fwlink/?LinkID=107116.", n),
		"ResourceUnavailable", "HelpNotFoundException", "HelpNotFound")
}

// render writes the view asked for.
func (g *GetHelp) render(p *helpPage, info *cmdlet.Info, spec *bind.Spec) error {
	switch {
	case len(g.Parameter) > 0:
		return g.parameters(p, spec)
	case bool(g.Examples):
		helpName(p, info)
		helpExamples(p, info)
	default:
		helpName(p, info)
		helpSyntax(p, spec)
		helpDescription(p, info)
		if g.Detailed || g.Full {
			helpParams(p, spec, bool(g.Full))
			helpExamples(p, info)
		}
		helpRemarks(p, info, bool(g.Detailed || g.Full))
	}
	return nil
}

// helpName writes NAME and SYNOPSIS.
func helpName(p *helpPage, info *cmdlet.Info) {
	p.blank(1)
	p.head("NAME")
	p.para(4, info.Name)
	p.blank(1)
	p.head("SYNOPSIS")
	p.para(4, info.Synopsis)
	p.blank(2)
}

// helpSyntax writes SYNTAX with one line per parameter set.
func helpSyntax(p *helpPage, spec *bind.Spec) {
	p.head("SYNTAX")
	for _, l := range spec.Syntax() {
		p.lines = append(p.lines, "    "+l)
		p.blank(1)
	}
	p.blank(1)
}

// helpDescription writes DESCRIPTION.
func helpDescription(p *helpPage, info *cmdlet.Info) {
	p.head("DESCRIPTION")
	p.para(4, info.Description)
	p.blank(2)
}

// helpRemarks writes RELATED LINKS and REMARKS.
func helpRemarks(p *helpPage, info *cmdlet.Info, detailed bool) {
	p.head("RELATED LINKS")
	p.blank(1)
	p.head("REMARKS")
	n := info.Name
	p.lines = append(p.lines, fmt.Sprintf("    To see the examples, type: \"get-help %s -examples\".", n))
	if !detailed {
		p.lines = append(p.lines, fmt.Sprintf("    For more information, type: \"get-help %s -detailed\".", n))
	}
	p.lines = append(p.lines, fmt.Sprintf("    For technical information, type: \"get-help %s -full\".", n))
	p.blank(2)
}

// helpExamples writes the numbered examples.
func helpExamples(p *helpPage, info *cmdlet.Info) {
	for i, ex := range info.Examples {
		p.lines = append(p.lines, fmt.Sprintf("    -------------------------- EXAMPLE %d --------------------------", i+1))
		p.blank(1)
		p.lines = append(p.lines, "    PS C:\\>"+ex.Code)
		p.blank(1)
		p.para(4, ex.Remarks)
		p.blank(3)
	}
}

// helpParams writes PARAMETERS (with attributes when full).
func helpParams(p *helpPage, spec *bind.Spec, full bool) {
	p.head("PARAMETERS")
	for _, prm := range spec.Params {
		if !prm.Common {
			helpParam(p, prm, full)
		}
	}
	p.para(4, "<CommonParameters>")
	p.para(8, "This cmdlet supports the common parameters: Verbose, Debug, ErrorAction, ErrorVariable, WarningAction, WarningVariable, OutBuffer, PipelineVariable, and OutVariable. For more information, see about_CommonParameters (https:/go.microsoft.com/fwlink/?LinkID=113216).")
	p.blank(2)
}

// helpParam writes one parameter block.
func helpParam(p *helpPage, prm *bind.Param, full bool) {
	head := "    -" + prm.Name
	if !prm.Switch {
		head += " <" + prm.TypeName + ">"
	}
	p.lines = append(p.lines, head)
	if prm.Help != "" {
		p.para(8, prm.Help)
	}
	if len(prm.Values) > 0 {
		p.para(8, "Valid values: "+strings.Join(prm.Values, ", "))
	}
	p.blank(1)
	if full {
		for _, kv := range paramAttributes(prm) {
			p.lines = append(p.lines, strings.TrimRight(fmt.Sprintf("        %-28s %s", kv[0], kv[1]), " "))
		}
		p.blank(1)
	}
}

// paramAttributes are the Required?/Position?/... lines of a parameter.
func paramAttributes(prm *bind.Param) [][2]string {
	pos := "named"
	if prm.Position >= 0 {
		pos = fmt.Sprint(prm.Position)
	}
	return [][2]string{
		{"Required?", fmt.Sprint(prm.Mandatory)},
		{"Position?", pos},
		{"Default value", ""},
		{"Accept pipeline input?", pipelineText(prm)},
		{"Accept wildcard characters?", "false"},
	}
}

// pipelineText describes how a parameter takes pipeline input.
func pipelineText(prm *bind.Param) string {
	var by []string
	if prm.ByValue {
		by = append(by, "ByValue")
	}
	if prm.ByPropertyName {
		by = append(by, "ByPropertyName")
	}
	if len(by) == 0 {
		return "False"
	}
	return "True (" + strings.Join(by, ", ") + ")"
}

// parameters writes the blocks of the -Parameter names.
func (g *GetHelp) parameters(p *helpPage, spec *bind.Spec) error {
	found := false
	for _, prm := range spec.Params {
		if !prm.Common && matchAny(g.Parameter, prm.Name) {
			p.blank(1)
			helpParam(p, prm, true)
			found = true
		}
	}
	if !found {
		n := strings.Join(g.Parameter, ", ")
		return cmdlet.TargetError(fmt.Sprintf("No parameter matches criteria %s.", n), "InvalidArgument", "ArgumentException", "NoParmsFound", n)
	}
	p.blank(1)
	return nil
}

// HelpInfoShort is one row of the Get-Help command list.
type HelpInfoShort struct {
	Name     string
	Category string
	Module   string
	Synopsis string
}

// TypeName returns the .NET type name.
func (HelpInfoShort) TypeName() string { return "HelpInfoShort" }

// list outputs the commands, then the conceptual topics, whose name
// matches the pattern.
func (g *GetHelp) list(ctx *cmdlet.Context) error {
	found := matchingHelp(ctx.Host.Commands(), g.Name)
	if len(found) == 0 {
		found = searchHelp(ctx.Host.Commands(), g.Name)
	}
	if len(found) == 0 {
		return helpNotFound(g.Name)
	}
	return g.emitList(ctx, found)
}

// search handles a name that is neither a command nor a topic, as 5.1
// does: the commands and topics whose name contains it; a single match
// is shown, several are listed.
func (g *GetHelp) search(ctx *cmdlet.Context) error {
	found := matchingHelp(ctx.Host.Commands(), "*"+g.Name+"*")
	switch len(found) {
	case 0:
		return helpNotFound(g.Name)
	case 1:
		g.Name = found[0].Name
		return g.Process(ctx)
	}
	return g.emitList(ctx, found)
}

// matchingHelp lists the commands, then the topics, matching pattern.
func matchingHelp(reg *cmdlet.Registry, pattern string) []HelpInfoShort {
	var found []HelpInfoShort
	for _, i := range reg.All() {
		if value.MatchWildcard(pattern, i.Name, false) {
			found = append(found, HelpInfoShort{Name: i.Name, Category: "Cmdlet", Module: i.Module, Synopsis: i.Synopsis})
		}
	}
	return append(found, matchingTopics(pattern)...)
}

// searchHelp is 5.1's search of the help content for a wildcard that
// matches no name: the commands, then the topics, whose help text has a
// word the pattern matches.
func searchHelp(reg *cmdlet.Registry, pattern string) []HelpInfoShort {
	var found []HelpInfoShort
	for _, i := range reg.All() {
		if textMatches(pattern, i.Synopsis, i.Description) {
			found = append(found, HelpInfoShort{Name: i.Name, Category: "Cmdlet", Module: i.Module, Synopsis: i.Synopsis})
		}
	}
	for _, t := range helpTopics {
		if textMatches(pattern, append([]string{t.Short}, t.Long...)...) {
			found = append(found, HelpInfoShort{Name: t.Name, Category: "HelpFile", Synopsis: t.Short})
		}
	}
	return found
}

// emitList outputs the rows of a help list.
func (g *GetHelp) emitList(ctx *cmdlet.Context, found []HelpInfoShort) error {
	for _, h := range found {
		if err := ctx.Emit(h); err != nil {
			return err
		}
	}
	return nil
}

// defaultHelp is the page of Get-Help without a name.
func defaultHelp() []string {
	return []string{
		"",
		"TOPIC",
		"    exsh Help System",
		"",
		"SHORT DESCRIPTION",
		"    Displays help about exsh cmdlets.",
		"",
		"LONG DESCRIPTION",
		"    Get-Help <CmdletName>            Displays help about a cmdlet.",
		"    Get-Help <CmdletName> -Examples  Displays the examples of a cmdlet.",
		"    Get-Help <CmdletName> -Full      Displays the entire help page.",
		"    Get-Help *<text>*                Lists the cmdlets whose name contains <text>.",
		"    Get-Help about_*                 Lists the conceptual topics.",
		"    Get-Command                      Lists every command.",
		"",
	}
}

package utility

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// CommandType is the -CommandType of Get-Command.
type CommandType string

// EnumValues lists the command types exsh knows.
func (CommandType) EnumValues() []string {
	return []string{"Alias", "Function", "Filter", "Cmdlet", "ExternalScript", "Application", "Script", "Workflow", "Configuration", "All"}
}

// GetCommand is Get-Command: it lists the commands and aliases.
type GetCommand struct {
	Name        []string      `ps:"pos=0,value,name,complete=command" help:"The command names (wildcards allowed)."`
	Verb        []string      `help:"Only commands with these verbs (wildcards allowed)."`
	Noun        []string      `help:"Only commands with these nouns (wildcards allowed)."`
	Module      []string      `ps:"alias=PSSnapin" help:"Only commands from these modules (wildcards allowed)."`
	CommandType []CommandType `ps:"alias=Type" help:"Only commands of these types."`
	Syntax      bind.Switch   `help:"Outputs the syntax of the commands instead of their descriptions."`
	TotalCount  int           `help:"The maximum number of commands to output."`
	// ParameterName keeps the commands with one of these parameters.
	ParameterName []string `help:"Only commands that have a parameter with one of these names or aliases (wildcards allowed)."`
}

// GetAlias is Get-Alias: it lists aliases.
type GetAlias struct {
	Name       []string `ps:"pos=0,value,name" help:"The alias names (wildcards allowed)."`
	Definition []string `help:"Only aliases of these commands (wildcards allowed)."`
	Exclude    []string `help:"Aliases to leave out (wildcards allowed)."`
}

// CommandInfo describes one command as Get-Command and Get-Alias show it.
type CommandInfo struct {
	CommandType string
	Name        string
	Version     string
	Source      string
	// ModuleName is the module that provides the command (= Source).
	ModuleName string
	Definition string
	// Parameters maps each parameter name, common ones included, to its
	// [ParameterMetadata], in declaration order.
	Parameters *value.Hashtable
	info       *cmdlet.Info
}

// ParameterMetadata describes one parameter of a command, as
// (Get-Command X).Parameters shows it.
type ParameterMetadata struct {
	Name            string
	ParameterType   string
	ParameterSets   []string
	IsDynamic       bool
	Aliases         []string
	SwitchParameter bool
}

// TypeName is the .NET type name.
func (*ParameterMetadata) TypeName() string {
	return "System.Management.Automation.ParameterMetadata"
}

// DefaultTableColumns shows a parameter's name, type and sets.
func (*ParameterMetadata) DefaultTableColumns() []string {
	return []string{"Name", "ParameterType", "ParameterSets", "SwitchParameter"}
}

// parameters builds the Parameters of a command from its one
// declaration.
func parameters(i *cmdlet.Info) *value.Hashtable {
	out := value.NewOrdered()
	spec, err := i.Spec()
	if err != nil {
		return out
	}
	for _, p := range spec.Params {
		sets := p.Sets
		if len(sets) == 0 {
			sets = []string{"__AllParameterSets"}
		}
		out.Set(p.Name, &ParameterMetadata{Name: p.Name, ParameterType: p.TypeName, ParameterSets: sets,
			Aliases: append([]string{}, p.Aliases...), SwitchParameter: p.Switch})
	}
	return out
}

// TypeName returns the .NET type name shared by the command kinds, so
// that aliases and cmdlets share one table.
func (*CommandInfo) TypeName() string { return "System.Management.Automation.CommandInfo" }

// DefaultTableColumns is the 5.1 Get-Command view.
func (*CommandInfo) DefaultTableColumns() []string {
	return []string{"CommandType", "Name", "Version", "Source"}
}

// DefaultTableWidths fixes CommandType, Name and Version widths.
func (*CommandInfo) DefaultTableWidths() []int { return []int{15, 50, 10, 0} }

// String returns the command name, as PowerShell does.
func (c *CommandInfo) String() string {
	if c.CommandType == "Alias" {
		return strings.SplitN(c.Name, " ", 2)[0]
	}
	return c.Name
}

func addCommand(r *cmdlet.Registry) {
	cmdlet.Add[GetCommand](r, &cmdlet.Info{
		Name: "Get-Command", Aliases: []string{"gcm"}, Module: modCore,
		Synopsis: "Gets all commands.",
		Description: "The Get-Command cmdlet gets the commands and aliases of the session: CommandType, Name, Version and Source. " +
			"Names, verbs, nouns and modules accept wildcards. -Syntax prints the syntax of each command instead. " +
			"A name without wildcards that matches no command is an error.",
		Examples: []cmdlet.Example{
			{Code: "Get-Command *RemoteDomain*", Remarks: "Lists the commands whose name contains RemoteDomain."},
			{Code: "Get-Command -Verb Set -Noun Mail*", Remarks: "Lists the Set-Mail* commands."},
			{Code: "Get-Command Set-RemoteDomain -Syntax", Remarks: "Shows the syntax of Set-RemoteDomain."},
		},
	})
	cmdlet.Add[GetAlias](r, &cmdlet.Info{
		Name: "Get-Alias", Aliases: []string{"gal"}, Module: modUtility,
		Synopsis:    "Gets the aliases for the current session.",
		Description: "The Get-Alias cmdlet gets the aliases of the session, shown as 'alias -> command'. Names accept wildcards; -Definition finds the aliases of a command.",
		Examples: []cmdlet.Example{
			{Code: "Get-Alias ft", Remarks: "Shows that ft stands for Format-Table."},
			{Code: "Get-Alias -Definition Where-Object", Remarks: "Lists the aliases of Where-Object."},
		},
	})
}

// cmdletInfo describes a registered cmdlet.
func cmdletInfo(i *cmdlet.Info) *CommandInfo {
	kind, version := "Cmdlet", "1.0"
	switch {
	case strings.HasPrefix(i.Module, "tmp_"):
		kind = "Function"
	case i.Module == modCore:
		version = "3.0.0.0"
	case strings.HasPrefix(i.Module, "Microsoft.PowerShell."):
		version = "3.1.0.0"
	}
	return &CommandInfo{CommandType: kind, Name: i.Name, Version: version, Source: i.Module, ModuleName: i.Module, Definition: i.Name,
		Parameters: parameters(i), info: i}
}

// aliasInfo describes an alias.
func aliasInfo(a cmdlet.Alias) *CommandInfo {
	return &CommandInfo{CommandType: "Alias", Name: a.Name + " -> " + a.Target.Name, Definition: a.Target.Name,
		Parameters: parameters(a.Target), info: a.Target}
}

// Process outputs the matching commands.
func (g *GetCommand) Process(ctx *cmdlet.Context) error {
	names := g.Name
	if len(names) == 0 {
		names = []string{"*"}
	}
	var found []*CommandInfo
	for _, n := range names {
		m := g.matches(ctx.Host.Commands(), n)
		if len(m) == 0 && !value.HasWildcard(n) {
			if err := ctx.WriteError(commandNotFound(n)); err != nil {
				return err
			}
		}
		found = append(found, m...)
	}
	if g.TotalCount > 0 && len(found) > g.TotalCount {
		found = found[:g.TotalCount]
	}
	for _, c := range found {
		if err := g.emit(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

// commandNotFound is the CommandNotFoundException error.
func commandNotFound(n string) *cmdlet.Error {
	return cmdlet.TargetError(fmt.Sprintf("The term '%s' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.", n),
		"ObjectNotFound", "CommandNotFoundException", "CommandNotFoundException", n)
}

// matches lists the commands matching one name pattern and the filters,
// aliases first, each kind sorted by name.
func (g *GetCommand) matches(reg *cmdlet.Registry, pattern string) []*CommandInfo {
	var out []*CommandInfo
	if g.wantType("Alias") && len(g.Verb) == 0 && len(g.Noun) == 0 && len(g.Module) == 0 && len(g.ParameterName) == 0 {
		for _, a := range reg.Aliases() {
			if value.MatchWildcard(pattern, a.Name, false) {
				out = append(out, aliasInfo(a))
			}
		}
	}
	for _, i := range reg.All() {
		c := cmdletInfo(i)
		if g.wantType(c.CommandType) && value.MatchWildcard(pattern, i.Name, false) && g.filtered(i) {
			out = append(out, c)
		}
	}
	return out
}

// wantType applies -CommandType.
func (g *GetCommand) wantType(kind string) bool {
	if len(g.CommandType) == 0 {
		return true
	}
	for _, t := range g.CommandType {
		if strings.EqualFold(string(t), kind) || t == "All" {
			return true
		}
	}
	return false
}

// filtered applies -Verb, -Noun and -Module.
func (g *GetCommand) filtered(i *cmdlet.Info) bool {
	return matchAny(g.Verb, i.Verb()) && matchAny(g.Noun, i.Noun()) && matchAny(g.Module, i.Module) && g.hasParameter(i)
}

// hasParameter applies -ParameterName: a parameter's name or alias
// matches one of the patterns (common parameters included).
func (g *GetCommand) hasParameter(i *cmdlet.Info) bool {
	if len(g.ParameterName) == 0 {
		return true
	}
	spec, err := i.Spec()
	if err != nil {
		return false
	}
	for _, p := range spec.Params {
		if matchAnyName(g.ParameterName, p.Name) {
			return true
		}
		for _, a := range p.Aliases {
			if matchAnyName(g.ParameterName, a) {
				return true
			}
		}
	}
	return false
}

// emit outputs the command or, with -Syntax, its syntax text.
func (g *GetCommand) emit(ctx *cmdlet.Context, c *CommandInfo) error {
	if !g.Syntax {
		return ctx.Emit(c)
	}
	if c.CommandType == "Alias" {
		return ctx.Emit(c.String() + " (alias) -> " + c.Definition)
	}
	spec, err := c.info.Spec()
	if err != nil {
		return err
	}
	lines := make([]string, len(spec.Syntax()))
	for i, l := range spec.Syntax() {
		lines[i] = syntaxTypes.ReplaceAllStringFunc(l, lowerType)
	}
	return ctx.Emit("\n" + strings.Join(lines, "\n\n") + "\n")
}

// syntaxTypes finds the <Type> parts of a syntax line.
var syntaxTypes = regexp.MustCompile(`<[A-Za-z0-9]+(\[\])?>`)

// lowerType writes a type as CommandInfo.Syntax does: accelerator names
// in lower case (<string>, <int>, <switch>).
func lowerType(t string) string {
	inner := strings.Trim(t, "<>")
	base, arr := strings.CutSuffix(inner, "[]")
	if a, ok := typeAccelerators[base]; ok {
		base = a
	}
	if arr {
		base += "[]"
	}
	return "<" + base + ">"
}

// typeAccelerators maps .NET short names to their PowerShell accelerators.
var typeAccelerators = map[string]string{
	"String": "string", "Int32": "int", "Int64": "long", "Boolean": "bool", "Double": "double",
	"ScriptBlock": "scriptblock", "Hashtable": "hashtable", "Char": "char", "Byte": "byte",
	"SwitchParameter": "switch", "DateTime": "datetime", "TimeSpan": "timespan", "Object": "Object",
}

// Process outputs the matching aliases.
func (g *GetAlias) Process(ctx *cmdlet.Context) error {
	names := g.Name
	if len(names) == 0 {
		names = []string{"*"}
	}
	for _, n := range names {
		if err := g.list(ctx, n); err != nil {
			return err
		}
	}
	return nil
}

// list outputs the aliases matching one pattern.
func (g *GetAlias) list(ctx *cmdlet.Context, n string) error {
	var found []*CommandInfo
	for _, a := range ctx.Host.Commands().Aliases() {
		if value.MatchWildcard(n, a.Name, false) && matchAny(g.Definition, a.Target.Name) && !matchAnyName(g.Exclude, a.Name) {
			found = append(found, aliasInfo(a))
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return strings.ToLower(found[i].Name) < strings.ToLower(found[j].Name) })
	if len(found) == 0 && !value.HasWildcard(n) {
		return ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("Cannot find alias because alias '%s' does not exist.", n),
			"ObjectNotFound", "ItemNotFoundException", "ItemNotFoundException", n))
	}
	for _, c := range found {
		if err := ctx.Emit(c); err != nil {
			return err
		}
	}
	return nil
}

package utility

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// ScopedItemOptions is the -Option of New-Variable.
type ScopedItemOptions string

// TypeName returns the .NET name conversion errors show.
func (ScopedItemOptions) TypeName() string { return "System.Management.Automation.ScopedItemOptions" }

// EnumValues lists the option names.
func (ScopedItemOptions) EnumValues() []string {
	return []string{"None", "ReadOnly", "Constant", "Private", "AllScope", "Unspecified"}
}

// VariableScope is the -Scope of the variable cmdlets.
type VariableScope string

// EnumValues lists the scope names exsh knows.
func (VariableScope) EnumValues() []string { return []string{"Global", "Local", "Script", "Private"} }

// NewVariable is New-Variable: it creates a variable.
type NewVariable struct {
	Name        string            `ps:"pos=0,mandatory,name" help:"The name of the new variable (without $)."`
	Value       any               `ps:"pos=1,value,name" help:"The initial value."`
	Description string            `ps:"name" help:"A description (accepted; exsh does not keep it)."`
	Option      ScopedItemOptions `ps:"name" help:"None, ReadOnly, Constant, Private or AllScope. Accepted; exsh does not enforce them."`
	Scope       VariableScope     `ps:"name" help:"Global, Script, Local (the default) or Private."`
	Force       bind.Switch       `help:"Overwrites an existing variable instead of failing."`
	PassThru    bind.Switch       `help:"Outputs the new variable."`
}

// RemoveVariable is Remove-Variable: it deletes variables.
type RemoveVariable struct {
	Name    []string      `ps:"pos=0,mandatory,name" help:"The variables to delete (wildcards allowed)."`
	Include []string      `help:"Deletes only the variables matching these wildcards."`
	Exclude []string      `help:"Keeps the variables matching these wildcards."`
	Scope   VariableScope `help:"Global, Script, Local or Private; by default the nearest scope that has the variable."`
	Force   bind.Switch   `help:"Accepted for compatibility."`
}

// ClearVariable is Clear-Variable: it sets variables to $null, keeping
// them.
type ClearVariable struct {
	Name     []string      `ps:"pos=0,mandatory,name" help:"The variables to clear (wildcards allowed)."`
	Include  []string      `help:"Clears only the variables matching these wildcards."`
	Exclude  []string      `help:"Keeps the variables matching these wildcards."`
	Scope    VariableScope `help:"Global, Script, Local or Private."`
	Force    bind.Switch   `help:"Accepted for compatibility."`
	PassThru bind.Switch   `help:"Outputs the cleared variables."`
}

func addVariableCmds(r *cmdlet.Registry) {
	cmdlet.Add[NewVariable](r, &cmdlet.Info{
		Name: "New-Variable", Aliases: []string{"nv"}, Module: modUtility, ShouldProcess: true,
		Synopsis:    "Creates a new variable.",
		Description: "The New-Variable cmdlet creates a variable with a value. A variable of that name that already exists is an error unless -Force. -Option is accepted but exsh does not make variables read-only or constant.",
		Examples: []cmdlet.Example{
			{Code: "New-Variable -Name days -Value 30", Remarks: "Creates $days with the value 30."},
			{Code: "New-Variable report @() -PassThru", Remarks: "Creates $report, an empty array, and outputs the variable."},
		},
	})
	cmdlet.Add[RemoveVariable](r, &cmdlet.Info{
		Name: "Remove-Variable", Aliases: []string{"rv"}, Module: modUtility, ShouldProcess: true,
		Synopsis:    "Deletes a variable and its value.",
		Description: "The Remove-Variable cmdlet deletes variables: afterwards $name is $null and Get-Variable no longer lists them. Names take wildcards; a name without wildcards that is not a variable is an error.",
		Examples: []cmdlet.Example{
			{Code: "$tmp = Get-RemoteDomain; Remove-Variable tmp", Remarks: "Deletes $tmp."},
			{Code: "$a1 = 1; $a2 = 2; Remove-Variable a*", Remarks: "Deletes the variables whose name starts with a."},
		},
	})
	cmdlet.Add[ClearVariable](r, &cmdlet.Info{
		Name: "Clear-Variable", Aliases: []string{"clv"}, Module: modUtility, ShouldProcess: true,
		Synopsis:    "Deletes the value of a variable.",
		Description: "The Clear-Variable cmdlet sets variables to $null; the variables still exist. Names take wildcards; a name without wildcards that is not a variable is an error.",
		Examples: []cmdlet.Example{
			{Code: "$count = 5; Clear-Variable count; $null -eq $count", Remarks: "Clears $count and outputs True."},
		},
	})
}

// scoped prefixes name with its -Scope ("global:name").
func scoped(name string, s VariableScope) string {
	if s == "" || strings.Contains(name, ":") {
		return name
	}
	return strings.ToLower(string(s)) + ":" + name
}

// constantVariables cannot be removed or cleared.
var constantVariables = map[string]bool{"true": true, "false": true, "null": true}

// variableNotFound is the error for a name that is no variable.
func variableNotFound(name string) error {
	return cmdlet.TargetError(fmt.Sprintf("Cannot find a variable with the name '%s'.", name),
		"ObjectNotFound", "ItemNotFoundException", "VariableNotFound", name)
}

// matchingVariables returns the variables a -Name pattern names after
// -Include and -Exclude, or the VariableNotFound error for a plain name
// that is no variable.
func matchingVariables(ctx *cmdlet.Context, pattern string, include, exclude []string) ([]cmdlet.Variable, error) {
	var out []cmdlet.Variable
	bare := pattern[strings.Index(pattern, ":")+1:]
	for _, v := range ctx.Host.Variables() {
		if value.MatchWildcard(bare, v.Name, false) && (len(include) == 0 || matchAnyName(include, v.Name)) && !matchAnyName(exclude, v.Name) {
			out = append(out, v)
		}
	}
	if len(out) == 0 && !value.HasWildcard(bare) {
		return nil, variableNotFound(bare)
	}
	return out, nil
}

// Process creates the variable.
func (n *NewVariable) Process(ctx *cmdlet.Context) error {
	name := scoped(n.Name, n.Scope)
	if _, exists := ctx.Host.Variable(name); exists && !bool(n.Force) {
		return ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("A variable with name '%s' already exists.", n.Name),
			"ResourceExists", "SessionStateException", "VariableAlreadyExists", n.Name))
	}
	ok, err := ctx.ShouldProcess(fmt.Sprintf("Name: %s Value: %s", n.Name, value.ToString(n.Value)), "New variable")
	if err != nil || !ok {
		return err
	}
	if err := ctx.Host.SetVariable(name, n.Value); err != nil {
		return err
	}
	if n.PassThru {
		return ctx.Emit(PSVariable{Name: n.Name, Value: n.Value})
	}
	return nil
}

// Process deletes the variables.
func (r *RemoveVariable) Process(ctx *cmdlet.Context) error {
	remover, ok := ctx.Host.(cmdlet.VariableRemover)
	if !ok {
		return notSupported("This host cannot remove variables.")
	}
	for _, pattern := range r.Name {
		vars, err := matchingVariables(ctx, scoped(pattern, r.Scope), r.Include, r.Exclude)
		if err != nil {
			if err := ctx.WriteError(err); err != nil {
				return err
			}
			continue
		}
		for _, v := range vars {
			if err := r.remove(ctx, remover, v.Name); err != nil {
				return err
			}
		}
	}
	return nil
}

// remove deletes one variable after -WhatIf/-Confirm.
func (r *RemoveVariable) remove(ctx *cmdlet.Context, remover cmdlet.VariableRemover, name string) error {
	if constantVariables[strings.ToLower(name)] {
		return ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("Cannot remove variable %s because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.", name),
			"WriteError", "SessionStateUnauthorizedAccessException", "VariableNotRemovable", name))
	}
	ok, err := ctx.ShouldProcess("Name: "+name, "Remove variable")
	if err != nil || !ok {
		return err
	}
	remover.RemoveVariable(scoped(name, r.Scope))
	return nil
}

// Process clears the variables.
func (c *ClearVariable) Process(ctx *cmdlet.Context) error {
	for _, pattern := range c.Name {
		vars, err := matchingVariables(ctx, scoped(pattern, c.Scope), c.Include, c.Exclude)
		if err != nil {
			if err := ctx.WriteError(err); err != nil {
				return err
			}
			continue
		}
		for _, v := range vars {
			if err := c.clear(ctx, v.Name); err != nil {
				return err
			}
		}
	}
	return nil
}

// clear sets one variable to $null after -WhatIf/-Confirm.
func (c *ClearVariable) clear(ctx *cmdlet.Context, name string) error {
	if constantVariables[strings.ToLower(name)] {
		return ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("Cannot overwrite variable %s because it is read-only or constant.", name),
			"WriteError", "SessionStateUnauthorizedAccessException", "VariableNotWritable", name))
	}
	ok, err := ctx.ShouldProcess("Name: "+name, "Clear variable")
	if err != nil || !ok {
		return err
	}
	if err := ctx.Host.SetVariable(scoped(name, c.Scope), nil); err != nil {
		return err
	}
	if c.PassThru {
		return ctx.Emit(PSVariable{Name: name})
	}
	return nil
}

package utility

import (
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/value"
)

// PSSnapInInfo is a snap-in as Get-PSSnapin outputs it
// (System.Management.Automation.PSSnapInInfo).
type PSSnapInInfo struct {
	Name        string
	IsDefault   bool
	PSVersion   string
	Version     string
	Description string
	Vendor      string
}

// TypeName is the .NET type name.
func (*PSSnapInInfo) TypeName() string { return "System.Management.Automation.PSSnapInInfo" }

// DefaultListProperties is 5.1's default view of a snap-in.
func (*PSSnapInInfo) DefaultListProperties() []string {
	return []string{"Name", "PSVersion", "Description"}
}

// String is the snap-in's name.
func (s *PSSnapInInfo) String() string { return s.Name }

// exchangeSnapIn is the snap-in of the Exchange cmdlets, loaded in every
// exsh session.
const exchangeSnapIn = "Microsoft.Exchange.Management.PowerShell.SnapIn"

// snapIns are the snap-ins exsh knows: PowerShell's core and the
// Exchange Management Shell's, under its Exchange 2013 name and its
// Exchange 2010 name (E2010), both of which EMS scripts add.
var snapIns = []*PSSnapInInfo{
	{Name: "Microsoft.PowerShell.Core", IsDefault: true, PSVersion: "5.1.19041.1", Version: "3.0.0.0", Vendor: "Microsoft Corporation",
		Description: "This Windows PowerShell snap-in contains cmdlets used to manage components of Windows PowerShell."},
	{Name: exchangeSnapIn, PSVersion: "1.0", Version: "15.0.0.0", Vendor: "Microsoft Corporation", Description: "Admin Tasks for the Exchange Server"},
	{Name: "Microsoft.Exchange.Management.PowerShell.E2010", PSVersion: "1.0", Version: "14.0.0.0", Vendor: "Microsoft Corporation", Description: "Admin Tasks for the Exchange Server"},
}

// AddPSSnapin is Add-PSSnapin: in exsh the Exchange snap-in is always
// loaded, so adding it does nothing.
type AddPSSnapin struct {
	Name     []string    `ps:"pos=0,mandatory,value,name" help:"The snap-ins to add (wildcards allowed)."`
	PassThru bind.Switch `help:"Outputs the snap-ins."`
}

// GetPSSnapin is Get-PSSnapin: it lists the snap-ins.
type GetPSSnapin struct {
	Name       []string    `ps:"pos=0" help:"The snap-ins to list (wildcards allowed)."`
	Registered bind.Switch `help:"Lists the snap-ins installed on the computer instead of the loaded ones (the core snap-in is not listed)."`
}

// PSModuleInfo is a module as Get-Module outputs it.
type PSModuleInfo struct {
	ModuleType       string
	Version          string
	Name             string
	ExportedCommands []string
}

// TypeName is the .NET type name.
func (*PSModuleInfo) TypeName() string { return "System.Management.Automation.PSModuleInfo" }

// String is the module's name.
func (m *PSModuleInfo) String() string { return m.Name }

// TableView is 5.1's module table: ModuleType (10), Version (10), Name
// (35) and ExportedCommands.
func (*PSModuleInfo) TableView() []format.Column {
	mod := func(v any) *PSModuleInfo { m, _ := v.(*PSModuleInfo); return m }
	return []format.Column{
		{Label: "ModuleType", Width: 10, Align: format.AlignLeft, Value: func(v any) any { return mod(v).ModuleType }},
		{Label: "Version", Width: 10, Align: format.AlignLeft, Value: func(v any) any { return mod(v).Version }},
		{Label: "Name", Width: 35, Align: format.AlignLeft, Value: func(v any) any { return mod(v).Name }},
		{Label: "ExportedCommands", Align: format.AlignLeft, Value: func(v any) any { return mod(v).ExportedCommands }},
	}
}

// ImportModule is Import-Module: the modules exsh has are always loaded.
type ImportModule struct {
	Name                []string    `ps:"pos=0,mandatory,value,name" help:"The modules to import (those Get-Module -ListAvailable lists)."`
	Force               bind.Switch `help:"Accepted for compatibility: the module is reloaded (it is always loaded)."`
	PassThru            bind.Switch `help:"Outputs the modules."`
	Global              bind.Switch `help:"Accepted for compatibility."`
	DisableNameChecking bind.Switch `help:"Accepted for compatibility."`
	Prefix              string      `help:"Not supported: exsh's command names have no prefix."`
	ArgumentList        []any       `ps:"alias=Args" help:"Accepted for compatibility."`
}

// GetModule is Get-Module: it lists the modules of exsh's commands.
type GetModule struct {
	Name          []string    `ps:"pos=0,value" help:"The modules to list (wildcards allowed)."`
	ListAvailable bind.Switch `help:"Lists the modules that can be imported (the same ones: all are loaded)."`
	All           bind.Switch `help:"Accepted for compatibility."`
}

// ExecutionPolicy is a PowerShell execution policy.
type ExecutionPolicy string

// TypeName returns the .NET name conversion errors show.
func (ExecutionPolicy) TypeName() string { return "Microsoft.PowerShell.ExecutionPolicy" }

// EnumValues lists the policies in numeric order.
func (ExecutionPolicy) EnumValues() []string {
	return []string{"Unrestricted", "RemoteSigned", "AllSigned", "Restricted", "Default", "Bypass", "Undefined"}
}

// ExecutionPolicyScope is the -Scope of the execution policy cmdlets.
type ExecutionPolicyScope string

// TypeName returns the .NET name conversion errors show.
func (ExecutionPolicyScope) TypeName() string { return "Microsoft.PowerShell.ExecutionPolicyScope" }

// EnumValues lists the scopes in numeric order.
func (ExecutionPolicyScope) EnumValues() []string {
	return []string{"Process", "CurrentUser", "LocalMachine", "UserPolicy", "MachinePolicy"}
}

// ScopedPolicy is one row of Get-ExecutionPolicy -List.
type ScopedPolicy struct {
	Scope           ExecutionPolicyScope
	ExecutionPolicy ExecutionPolicy
}

// TypeName is the .NET type name of the rows.
func (ScopedPolicy) TypeName() string {
	return "System.Management.Automation.PSCustomObject"
}

// DefaultTableAlignments right-aligns both enumeration columns, as 5.1
// shows them.
func (ScopedPolicy) DefaultTableAlignments() []format.Alignment {
	return []format.Alignment{format.AlignRight, format.AlignRight}
}

// DefaultTableColumns is Scope and ExecutionPolicy.
func (ScopedPolicy) DefaultTableColumns() []string { return []string{"Scope", "ExecutionPolicy"} }

// SetExecutionPolicy is Set-ExecutionPolicy.
type SetExecutionPolicy struct {
	ExecutionPolicy ExecutionPolicy      `ps:"pos=0,mandatory,value,name" help:"Unrestricted, RemoteSigned, AllSigned, Restricted, Default, Bypass or Undefined."`
	Scope           ExecutionPolicyScope `ps:"pos=1,name" help:"Accepted: whatever the scope, exsh keeps one policy for the session, as -Scope Process does."`
	Force           bind.Switch          `help:"Accepted for compatibility (exsh does not ask)."`
}

// GetExecutionPolicy is Get-ExecutionPolicy.
type GetExecutionPolicy struct {
	Scope ExecutionPolicyScope `ps:"pos=0,name" help:"The scope to read; by default the effective policy."`
	List  bind.Switch          `help:"Lists the policy of every scope."`
}

// policyVariable is the environment variable that holds the policy of the
// process scope, as in Windows PowerShell.
const policyVariable = "PSExecutionPolicyPreference"

func addSnapIn(r *cmdlet.Registry) {
	cmdlet.Add[AddPSSnapin](r, &cmdlet.Info{
		Name: "Add-PSSnapin", Module: modCore,
		Synopsis: "Adds one or more Windows PowerShell snap-ins to the current session.",
		Description: "In the Exchange Management Shell, scripts start with Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn (or .E2010 for Exchange 2010) to load the Exchange cmdlets. " +
			"In exsh they are always loaded: adding these snap-ins (or Microsoft.PowerShell.Core) does nothing. Any other snap-in is not installed, which is an error.",
		Examples: []cmdlet.Example{
			{Code: "Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn", Remarks: "The first line of an EMS script: runs without output."},
			{Code: "Add-PSSnapin Microsoft.Exchange.Management.PowerShell.E2010 -ErrorAction SilentlyContinue", Remarks: "The Exchange 2010 form."},
		},
	})
	cmdlet.Add[GetPSSnapin](r, &cmdlet.Info{
		Name: "Get-PSSnapin", Module: modCore,
		OutputType: reflect.TypeFor[PSSnapInInfo](),
		Synopsis:   "Gets the Windows PowerShell snap-ins on the computer.",
		Description: "The Get-PSSnapin cmdlet lists the loaded snap-ins: Microsoft.PowerShell.Core and the Exchange snap-in, whose cmdlets exsh always has. " +
			"-Registered lists the Exchange snap-ins exsh accepts in Add-PSSnapin. A name without wildcards that matches no snap-in is an error.",
		Examples: []cmdlet.Example{
			{Code: "Get-PSSnapin", Remarks: "Lists the loaded snap-ins."},
			{Code: "if (-not (Get-PSSnapin Microsoft.Exchange* -ErrorAction SilentlyContinue)) { Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn }", Remarks: "The test EMS scripts make before adding the snap-in."},
			{Code: "Get-PSSnapin -Registered | Select-Object Name", Remarks: "Lists the Exchange snap-ins."},
		},
	})
	cmdlet.Add[ImportModule](r, &cmdlet.Info{
		Name: "Import-Module", Aliases: []string{"ipmo"}, Module: modCore,
		OutputType: reflect.TypeFor[PSModuleInfo](),
		Synopsis:   "Adds modules to the current session.",
		Description: "The modules of exsh's commands (Get-Module -ListAvailable lists them; ActiveDirectory among them) are always loaded: importing one does nothing, or outputs it with -PassThru. " +
			"Module files (.psm1, .psd1) cannot be loaded; dot-source a script instead. A module exsh does not have is an error.",
		Examples: []cmdlet.Example{
			{Code: "Import-Module ActiveDirectory", Remarks: "Runs without output: the module is loaded."},
			{Code: "Import-Module Microsoft.PowerShell.Utility -PassThru", Remarks: "Outputs the module."},
		},
	})
	cmdlet.Add[GetModule](r, &cmdlet.Info{
		Name: "Get-Module", Aliases: []string{"gmo"}, Module: modCore,
		OutputType:  reflect.TypeFor[PSModuleInfo](),
		Synopsis:    "Gets the modules that have been imported or that can be imported into the current session.",
		Description: "The Get-Module cmdlet lists the modules of exsh's commands with their exported commands; all of them are loaded, so -ListAvailable lists the same ones. Names take wildcards; a name that matches none outputs nothing.",
		Examples: []cmdlet.Example{
			{Code: "Get-Module", Remarks: "Lists the loaded modules."},
			{Code: "(Get-Module Microsoft.Exchange.Management).ExportedCommands.Count", Remarks: "Counts the Exchange commands."},
		},
	})
	cmdlet.Add[SetExecutionPolicy](r, &cmdlet.Info{
		Name: "Set-ExecutionPolicy", Module: modSecurity, ShouldProcess: true,
		Synopsis: "Changes the user preference for the Windows PowerShell execution policy.",
		Description: "EMS scripts and setup notes start with Set-ExecutionPolicy RemoteSigned (or Unrestricted, Bypass). exsh does not sign or block scripts: the policy is recorded for the session, " +
			"in $env:PSExecutionPolicyPreference as Windows PowerShell records the Process scope, and Get-ExecutionPolicy reports it; it changes nothing else. Undefined removes it.",
		Examples: []cmdlet.Example{
			{Code: "Set-ExecutionPolicy RemoteSigned -Force", Remarks: "Records RemoteSigned; Get-ExecutionPolicy then outputs RemoteSigned."},
			{Code: "Set-ExecutionPolicy -ExecutionPolicy Bypass -Scope Process", Remarks: "The usual line for running unsigned scripts in one session."},
		},
	})
	cmdlet.Add[GetExecutionPolicy](r, &cmdlet.Info{
		Name: "Get-ExecutionPolicy", Module: modSecurity,
		Synopsis: "Gets the execution policies for the current session.",
		Description: "The Get-ExecutionPolicy cmdlet outputs the policy Set-ExecutionPolicy recorded in this session, else Unrestricted (exsh runs every script). " +
			"-List shows every scope: Process holds the recorded policy, LocalMachine is Unrestricted, the others Undefined.",
		Examples: []cmdlet.Example{
			{Code: "Get-ExecutionPolicy", Remarks: "Outputs Unrestricted unless Set-ExecutionPolicy changed it."},
			{Code: "Get-ExecutionPolicy -List", Remarks: "Shows the policy of each scope."},
		},
	})
}

// Process does nothing for the snap-ins exsh has and fails for others.
func (a *AddPSSnapin) Process(ctx *cmdlet.Context) error {
	for _, n := range a.Name {
		found := matchSnapIns(n, snapIns)
		if len(found) == 0 {
			if err := ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("The Windows PowerShell snap-in '%s' is not installed on this computer.", n),
				"InvalidArgument", "PSArgumentException", "AddPSSnapInRead", n)); err != nil {
				return err
			}
			continue
		}
		if a.PassThru {
			for _, s := range found {
				if err := ctx.Emit(s); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// matchSnapIns returns the snap-ins whose name matches pattern.
func matchSnapIns(pattern string, from []*PSSnapInInfo) []*PSSnapInInfo {
	var out []*PSSnapInInfo
	for _, s := range from {
		if value.MatchWildcard(pattern, s.Name, false) {
			out = append(out, s)
		}
	}
	return out
}

// Process lists the snap-ins.
func (g *GetPSSnapin) Process(ctx *cmdlet.Context) error {
	from := snapIns[:2] // loaded: the core and the Exchange snap-in
	if g.Registered {
		from = snapIns[1:]
	}
	names := g.Name
	if len(names) == 0 {
		names = []string{"*"}
	}
	for _, n := range names {
		found := matchSnapIns(n, from)
		if len(found) == 0 && !value.HasWildcard(n) {
			if err := ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("No Windows PowerShell snap-ins matching the pattern '%s' were found. Check the pattern and then try the command again.", n),
				"InvalidArgument", "PSArgumentException", "NoPSSnapInsFound", n)); err != nil {
				return err
			}
		}
		for _, s := range found {
			if err := ctx.Emit(s); err != nil {
				return err
			}
		}
	}
	return nil
}

// moduleVersions are the versions 5.1 shows for its own modules.
var moduleVersions = map[string]string{
	modManagement: "3.1.0.0", modUtility: "3.1.0.0", modSecurity: "3.0.0.0", "Microsoft.PowerShell.Host": "3.0.0.0", "ActiveDirectory": "1.0.1.0",
}

// modules returns the modules of the registry's commands (the core
// snap-in, not a module, left out), sorted by name.
func modules(ctx *cmdlet.Context) []*PSModuleInfo {
	byName := map[string]*PSModuleInfo{}
	for _, info := range ctx.Host.Commands().All() {
		if info.Module == "" || info.Module == modCore {
			continue
		}
		m := byName[info.Module]
		if m == nil {
			m = &PSModuleInfo{Name: info.Module, ModuleType: "Manifest", Version: moduleVersions[info.Module]}
			if m.Version == "" {
				m.ModuleType, m.Version = "Script", "1.0"
			}
			byName[info.Module] = m
		}
		m.ExportedCommands = append(m.ExportedCommands, info.Name)
	}
	out := make([]*PSModuleInfo, 0, len(byName))
	for _, m := range byName {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out
}

// Process checks that the modules exist.
func (im *ImportModule) Process(ctx *cmdlet.Context) error {
	all := modules(ctx)
	for _, n := range im.Name {
		var found []*PSModuleInfo
		for _, m := range all {
			if value.MatchWildcard(n, m.Name, false) {
				found = append(found, m)
			}
		}
		if len(found) == 0 {
			if err := ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("The specified module '%s' was not loaded because no valid module file was found in any module directory.", n),
				"ResourceUnavailable", "FileNotFoundException", "Modules_ModuleNotFound", n)); err != nil {
				return err
			}
			continue
		}
		if im.PassThru {
			for _, m := range found {
				if err := ctx.Emit(m); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// Process lists the modules.
func (g *GetModule) Process(ctx *cmdlet.Context) error {
	for _, m := range modules(ctx) {
		if matchAny(g.Name, m.Name) {
			if err := ctx.Emit(m); err != nil {
				return err
			}
		}
	}
	return nil
}

// Process records the policy.
func (s *SetExecutionPolicy) Process(ctx *cmdlet.Context) error {
	ok, err := ctx.ShouldProcess(string(s.ExecutionPolicy), "Set-ExecutionPolicy")
	if err != nil || !ok {
		return err
	}
	switch s.ExecutionPolicy {
	case "Undefined":
		return os.Unsetenv(policyVariable)
	case "Default":
		return os.Setenv(policyVariable, "RemoteSigned") // the default of Windows Server
	}
	return os.Setenv(policyVariable, string(s.ExecutionPolicy))
}

// Process outputs the policy, or every scope's with -List.
func (g *GetExecutionPolicy) Process(ctx *cmdlet.Context) error {
	if g.List {
		for _, sc := range []ExecutionPolicyScope{"MachinePolicy", "UserPolicy", "Process", "CurrentUser", "LocalMachine"} {
			if err := ctx.Emit(ScopedPolicy{Scope: sc, ExecutionPolicy: scopePolicy(sc)}); err != nil {
				return err
			}
		}
		return nil
	}
	if g.Scope != "" {
		return ctx.Emit(scopePolicy(g.Scope))
	}
	if p := scopePolicy("Process"); p != "Undefined" {
		return ctx.Emit(p)
	}
	return ctx.Emit(ExecutionPolicy("Unrestricted"))
}

// scopePolicy is the policy of one scope: the recorded one for Process,
// Unrestricted for LocalMachine, Undefined for the others.
func scopePolicy(sc ExecutionPolicyScope) ExecutionPolicy {
	switch sc {
	case "Process":
		for _, p := range ExecutionPolicy("").EnumValues() {
			if strings.EqualFold(p, os.Getenv(policyVariable)) {
				return ExecutionPolicy(p)
			}
		}
	case "LocalMachine":
		return "Unrestricted"
	}
	return "Undefined"
}

package utility

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/value"
)

// Unsupported is a command of PowerShell's tier C (jobs, remoting,
// compiled types, WMI): exsh knows its name and refuses to run it with a
// clear error instead of "not recognized".
type Unsupported struct {
	InputObject any   `ps:"value" help:"Accepted and ignored: the command does not run."`
	Arguments   []any `ps:"pos=0,rest" help:"Accepted and ignored: the command does not run."`
}

// unsupported lists the refused commands by the reason they share.
var unsupported = []struct {
	module, reason, example string
	names                   []string
}{
	{modCore, "exsh runs commands in the foreground only; run the command itself",
		"Start-Job { Get-Mailbox }", []string{"Start-Job", "Get-Job", "Receive-Job", "Wait-Job", "Stop-Job", "Remove-Job"}},
	{modCore, "exsh is the Exchange Management Shell itself; run the Exchange commands directly",
		"Invoke-Command -ComputerName EX01 { Get-Mailbox }", []string{"Invoke-Command", "Enter-PSSession", "Exit-PSSession", "New-PSSession", "Import-PSSession", "Get-PSSession", "Remove-PSSession"}},
	{modUtility, "exsh cannot compile or load .NET types",
		"Add-Type -AssemblyName System.Web", []string{"Add-Type"}},
	{modManagement, "exsh has no WMI or CIM",
		"Get-WmiObject Win32_Service", []string{"Get-WmiObject", "Get-CimInstance", "Invoke-WmiMethod"}},
}

func addUnsupported(r *cmdlet.Registry) {
	for _, g := range unsupported {
		for _, n := range g.names {
			ex := strings.Replace(g.example, strings.Fields(g.example)[0], n, 1)
			cmdlet.Add[Unsupported](r, &cmdlet.Info{
				Name: n, Module: g.module,
				Synopsis:    "Not supported in exsh: " + g.reason + ".",
				Description: fmt.Sprintf("The %s cmdlet is part of Windows PowerShell but not of this lab shell: %s. Running it is an error.", n, g.reason),
				Examples:    []cmdlet.Example{{Code: ex, Remarks: "Fails with a \"not supported in exsh\" error."}},
			})
		}
	}
}

// Begin refuses the command before any input is read.
func (*Unsupported) Begin(ctx *cmdlet.Context) error {
	for _, g := range unsupported {
		for _, n := range g.names {
			if strings.EqualFold(n, ctx.Command) {
				return notSupported(fmt.Sprintf("The '%s' command is not supported in exsh: %s.", n, g.reason))
			}
		}
	}
	return notSupported(fmt.Sprintf("The '%s' command is not supported in exsh.", ctx.Command))
}

// notSupported is the error of a tier C feature.
func notSupported(msg string) *cmdlet.Error {
	return cmdlet.NewError(msg, "NotImplemented", "NotSupportedException", "NotSupportedInExsh")
}

// NewObject is New-Object: it creates custom objects (PSObject,
// PSCustomObject) and hashtables; other .NET types are not supported.
type NewObject struct {
	TypeName     string `ps:"pos=0,mandatory" help:"PSObject, PSCustomObject or Hashtable."`
	ArgumentList []any  `ps:"pos=1,alias=Args" help:"Constructor arguments (not supported in exsh)."`
	Property     any    `ps:"complete=property" help:"A hashtable of property names and values to set on the new object."`
}

func addNewObject(r *cmdlet.Registry) {
	cmdlet.Add[NewObject](r, &cmdlet.Info{
		Name: "New-Object", Module: modUtility,
		Synopsis: "Creates an instance of a PowerShell object.",
		Description: "The New-Object cmdlet creates a PSObject (custom object) or a Hashtable, with the properties of -Property. " +
			"New-Object PSObject -Property @{Name='x'} is the same as [pscustomobject]@{Name='x'}. Other .NET and COM types are not supported in exsh.",
		Examples: []cmdlet.Example{
			{Code: "New-Object PSObject -Property @{Name='Contoso'; Domain='contoso.com'}", Remarks: "Creates a report row with two properties."},
		},
	})
}

// Process creates the object.
func (n *NewObject) Process(ctx *cmdlet.Context) error {
	props, _ := n.Property.(*value.Hashtable)
	if n.Property != nil && props == nil {
		return cmdlet.NewError(fmt.Sprintf("Cannot convert the \"%s\" value of type \"%s\" to type \"System.Collections.IDictionary\".", value.ToString(n.Property), value.TypeName(n.Property)),
			"InvalidArgument", "ParameterBindingException", "CannotConvertArgumentNoMessage")
	}
	switch strings.ToLower(strings.TrimPrefix(strings.ToLower(n.TypeName), "system.management.automation.")) {
	case "psobject", "pscustomobject", "object", "system.object":
		o := value.NewObject()
		if props != nil {
			for _, k := range props.Keys() {
				v, _ := props.Get(k)
				o.Add(value.ToString(k), v)
			}
		}
		return ctx.Emit(o)
	case "hashtable", "system.collections.hashtable":
		h := value.NewHashtable()
		if props != nil {
			for _, k := range props.Keys() {
				v, _ := props.Get(k)
				h.Set(k, v)
			}
		}
		return ctx.Emit(h)
	}
	return notSupported(fmt.Sprintf("The type [%s] is not supported in exsh: New-Object creates only PSObject and Hashtable objects.", n.TypeName))
}

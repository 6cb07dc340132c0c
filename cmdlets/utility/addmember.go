package utility

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// AddMember is Add-Member: it adds note properties to custom objects
// ([pscustomobject], New-Object PSObject, Select-Object and Import-Csv
// output). exsh's objects hold values only, so the member types that
// run code or refer to another member (ScriptProperty, ScriptMethod,
// AliasProperty, CodeProperty) are not supported.
type AddMember struct {
	InputObject         any              `ps:"value,mandatory" help:"The object to add the member to."`
	MemberType          string           `ps:"pos=0,mandatory,alias=Type,set=MemberSet" help:"The member type: NoteProperty (ScriptProperty, ScriptMethod and AliasProperty are not supported in exsh)."`
	Name                string           `ps:"pos=1,mandatory,set=MemberSet" help:"The member's name."`
	Value               any              `ps:"pos=2,set=MemberSet" help:"The note property's value."`
	SecondValue         any              `ps:"pos=3,set=MemberSet" help:"Not used by note properties."`
	NotePropertyName    string           `ps:"pos=0,mandatory,set=NotePropertySingleMemberSet" help:"The name of the note property to add."`
	NotePropertyValue   any              `ps:"pos=1,mandatory,set=NotePropertySingleMemberSet" help:"The value of the note property."`
	NotePropertyMembers *value.Hashtable `ps:"pos=0,mandatory,set=NotePropertyMultiMemberSet" help:"A hashtable of note property names and values, added in its order."`
	TypeName            string           `ps:"set=TypeNameSet|MemberSet|NotePropertySingleMemberSet|NotePropertyMultiMemberSet" help:"A type name to put first in the object's type names."`
	Force               bind.Switch      `ps:"set=MemberSet|NotePropertySingleMemberSet|NotePropertyMultiMemberSet" help:"Replaces a member of the same name."`
	PassThru            bind.Switch      `help:"Outputs the object (Add-Member outputs nothing by default)."`
}

func addAddMember(r *cmdlet.Registry) {
	cmdlet.Add[AddMember](r, &cmdlet.Info{
		Name:       "Add-Member",
		Module:     modUtility,
		DefaultSet: "TypeNameSet",
		Synopsis:   "Adds custom properties to an instance of a PowerShell object.",
		Description: "The Add-Member cmdlet adds note properties to a custom object: -MemberType NoteProperty -Name -Value, " +
			"-NotePropertyName/-NotePropertyValue, or several at once from the hashtable -NotePropertyMembers. " +
			"A member of the same name is an error unless -Force replaces it; -PassThru outputs the object; -TypeName adds a type name. " +
			"Only custom objects take members in exsh, and only note properties: ScriptProperty, ScriptMethod and AliasProperty are not supported.",
		Examples: []cmdlet.Example{
			{Code: "$o = [pscustomobject]@{Name='Contoso'}\n$o | Add-Member -MemberType NoteProperty -Name Domain -Value 'contoso.com'", Remarks: "Adds the Domain property to $o."},
			{Code: "[pscustomobject]@{Name='x'} | Add-Member -NotePropertyMembers @{A=1; B=2} -PassThru", Remarks: "Adds two properties and outputs the object."},
		},
	})
}

// Process adds the members to one object.
func (a *AddMember) Process(ctx *cmdlet.Context) error {
	in := a.InputObject
	if ctx.HasInput {
		in = ctx.Input
	}
	obj, ok := in.(*value.Object)
	if !ok {
		return notSupported(fmt.Sprintf("Add-Member cannot add members to an object of type %s in exsh: only custom objects ([pscustomobject], New-Object PSObject) take members.",
			value.TypeNames(in)[0]))
	}
	var names []string
	var vals []any
	switch {
	case a.MemberType != "":
		switch strings.ToLower(a.MemberType) {
		case "noteproperty":
		case "scriptproperty", "scriptmethod", "aliasproperty", "codeproperty", "codemethod", "propertyset", "memberset":
			return notSupported(fmt.Sprintf("Add-Member -MemberType %s is not supported in exsh: custom objects take note properties only.", a.MemberType))
		default:
			return cmdlet.NewError(fmt.Sprintf("Cannot bind parameter 'MemberType'. Cannot convert value \"%s\" to type \"System.Management.Automation.PSMemberTypes\". Error: \"Unable to match the identifier name %s to a valid enumerator name. Specify one of the following enumerator names and try again:\nAliasProperty, CodeProperty, Property, NoteProperty, ScriptProperty, Properties, PropertySet, Method, CodeMethod, ScriptMethod, Methods, ParameterizedProperty, MemberSet, Event, Dynamic, All\"", a.MemberType, a.MemberType),
				"InvalidArgument", "ParameterBindingException", "CannotConvertArgumentNoMessage")
		}
		names, vals = []string{a.Name}, []any{a.Value}
	case a.NotePropertyName != "":
		names, vals = []string{a.NotePropertyName}, []any{a.NotePropertyValue}
	case a.NotePropertyMembers != nil:
		for i, k := range a.NotePropertyMembers.Keys() {
			names = append(names, value.ToString(k))
			vals = append(vals, a.NotePropertyMembers.Values()[i])
		}
	}
	for i, n := range names {
		if _, exists := obj.Get(n); exists && !bool(a.Force) {
			e := cmdlet.NewError(fmt.Sprintf("Cannot add a member with the name \"%s\" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.", n),
				"InvalidOperation", "InvalidOperationException", "MemberAlreadyExists")
			e.Target = obj
			return ctx.WriteError(e)
		}
		if a.Force {
			obj.Remove(n)
		}
		obj.Add(n, vals[i])
	}
	if a.TypeName != "" {
		obj.AddTypeName(a.TypeName)
	}
	if a.PassThru {
		return ctx.Emit(obj)
	}
	return nil
}

package utility

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// AddMember is Add-Member: it adds note properties, script properties,
// script methods and alias properties to custom objects ([pscustomobject],
// New-Object PSObject, Select-Object and Import-Csv output). The .NET
// member kinds (CodeProperty, CodeMethod, PropertySet, MemberSet) are not
// supported.
type AddMember struct {
	InputObject         any              `ps:"value,mandatory" help:"The object to add the member to."`
	MemberType          string           `ps:"pos=0,mandatory,alias=Type,set=MemberSet" help:"The member type: NoteProperty, ScriptProperty, ScriptMethod or AliasProperty."`
	Name                string           `ps:"pos=1,mandatory,set=MemberSet" help:"The member's name."`
	Value               any              `ps:"pos=2,set=MemberSet" help:"The note property's value; the getter script block of a script property; the script block of a script method; the member an alias property stands for."`
	SecondValue         any              `ps:"pos=3,set=MemberSet" help:"The setter script block of a script property (it gets the value as $args[0])."`
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
		Description: "The Add-Member cmdlet adds members to a custom object: note properties (-MemberType NoteProperty -Name -Value, " +
			"-NotePropertyName/-NotePropertyValue, or several at once from the hashtable -NotePropertyMembers), script properties " +
			"(-Value is the getter, -SecondValue the setter), script methods and alias properties; script members see the object as $this. " +
			"A member of the same name is an error unless -Force replaces it; -PassThru outputs the object; -TypeName adds a type name. " +
			"Only custom objects take members in exsh.",
		Examples: []cmdlet.Example{
			{Code: "$o = [pscustomobject]@{Name='Contoso'}\n$o | Add-Member -MemberType NoteProperty -Name Domain -Value 'contoso.com'", Remarks: "Adds the Domain property to $o."},
			{Code: "[pscustomobject]@{Name='x'} | Add-Member -NotePropertyMembers @{A=1; B=2} -PassThru", Remarks: "Adds two properties and outputs the object."},
			{Code: "$d = [pscustomobject]@{Name='contoso.com'}\n$d | Add-Member ScriptProperty Upper { $this.Name.ToUpper() }\n$d | Add-Member ScriptMethod Greet { param($who) \"Hello $who from $($this.Name)\" }\n$d.Upper; $d.Greet('Kim')", Remarks: "A computed property and a method that read the object as $this."},
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
		case "scriptproperty", "scriptmethod", "aliasproperty":
			m, err := a.scriptMember(ctx)
			if err != nil {
				return err
			}
			names, vals = []string{a.Name}, []any{m}
			return a.add(ctx, obj, names, vals)
		case "codeproperty", "codemethod", "propertyset", "memberset":
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
	return a.add(ctx, obj, names, vals)
}

// add adds the members names with values vals to obj.
func (a *AddMember) add(ctx *cmdlet.Context, obj *value.Object, names []string, vals []any) error {
	for i, n := range names {
		if obj.Has(n) && !bool(a.Force) {
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

// scriptMember builds the member of -MemberType ScriptProperty,
// ScriptMethod or AliasProperty from -Value and -SecondValue.
func (a *AddMember) scriptMember(ctx *cmdlet.Context) (*value.ScriptMember, error) {
	kind := map[string]string{"scriptproperty": value.ScriptProperty, "scriptmethod": value.ScriptMethod, "aliasproperty": value.AliasProperty}[strings.ToLower(a.MemberType)]
	if kind == value.AliasProperty {
		target := value.ToString(a.Value)
		if a.Value == nil || target == "" {
			return nil, cmdlet.NewError("The Value parameter is required for an AliasProperty: the name of the member the alias stands for.",
				"InvalidOperation", "InvalidOperationException", "Value")
		}
		return &value.ScriptMember{Kind: kind, Target: target}, nil
	}
	sb, ok := a.Value.(bind.ScriptBlock)
	if !ok {
		return nil, cmdlet.NewError(fmt.Sprintf("The Value parameter of a %s must be a script block.", kind),
			"InvalidOperation", "InvalidOperationException", "ScriptBlockValue")
	}
	run := func(block bind.ScriptBlock, this any, args []any) (any, error) {
		out, err := ctx.Host.InvokeMember(block, this, args...)
		switch len(out) {
		case 0:
			return nil, err
		case 1:
			return out[0], err
		}
		return out, err
	}
	m := &value.ScriptMember{Kind: kind}
	if kind == value.ScriptMethod {
		m.Call = func(this any, args []any) (any, error) { return run(sb, this, args) }
		return m, nil
	}
	m.Get = func(this any) (any, error) { return run(sb, this, nil) }
	if set, ok := a.SecondValue.(bind.ScriptBlock); ok {
		m.Set = func(this, v any) error { _, err := run(set, this, []any{v}); return err }
	}
	return m, nil
}

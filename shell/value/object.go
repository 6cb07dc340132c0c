package value

import "strings"

// Property is one named property of a value.
type Property struct {
	Name  string
	Value any
}

// Object is a PSCustomObject: ordered properties with case-insensitive
// names, plus a list of type names (most derived first).
type Object struct {
	props     []Property
	typeNames []string
	table     bool // shown as a table whatever its property count
}

// SetTableView makes the object's default view a table of all its
// properties, however many, as a table view in a type's format data
// does (5.1 lists objects of five or more properties otherwise).
func (o *Object) SetTableView() { o.table = true }

// TableView reports whether the object's default view is a table.
func (o *Object) TableView() bool { return o.table }

// NewObject returns an empty object. With no typeNames its type name is
// System.Management.Automation.PSCustomObject.
func NewObject(typeNames ...string) *Object {
	return &Object{typeNames: append([]string{}, typeNames...)}
}

// find returns the index of the property called name or -1.
func (o *Object) find(name string) int {
	for i, p := range o.props {
		if strings.EqualFold(p.Name, name) {
			return i
		}
	}
	return -1
}

// Add appends a property; an existing property of that name is replaced
// in place.
func (o *Object) Add(name string, v any) {
	if i := o.find(name); i >= 0 {
		o.props[i].Value = v
		return
	}
	o.props = append(o.props, Property{Name: name, Value: v})
}

// Get returns the value of the property called name (case-insensitive):
// a script property's getter runs, an alias property reads its target.
// A script method is not a property.
func (o *Object) Get(name string) (any, bool) {
	i := o.find(name)
	if i < 0 {
		return nil, false
	}
	m, ok := o.props[i].Value.(*ScriptMember)
	if !ok {
		return o.props[i].Value, true
	}
	switch m.Kind {
	case ScriptProperty:
		v, _ := m.Get(o)
		return v, true
	case AliasProperty:
		return o.Get(m.Target)
	}
	return nil, false
}

// Value returns the value of the property called name as the language
// reads it ($o.Name): as Get, but an error of a script property's getter
// is returned as 5.1's "Exception getting" error (Get, which formatting
// uses, shows such a property as empty).
func (o *Object) Value(name string) (any, bool, error) {
	i := o.find(name)
	if i < 0 {
		return nil, false, nil
	}
	if m, ok := o.props[i].Value.(*ScriptMember); ok && m.Kind == ScriptProperty {
		v, err := m.Get(o)
		if err != nil {
			return nil, true, newError("GetValueInvocationException", "NotSpecified", "ScriptGetValueRuntimeException",
				"Exception getting \"%s\": \"%s\"", o.props[i].Name, err.Error())
		}
		return v, true, nil
	}
	v, ok := o.Get(name)
	return v, ok, nil
}

// Assign sets the property called name as the language does ($o.Name =
// v): as Set, but a script property without a setter is 5.1's "Set
// accessor ... is unavailable" error and an error of its setter is
// returned.
func (o *Object) Assign(name string, v any) error {
	if i := o.find(name); i >= 0 {
		if m, ok := o.props[i].Value.(*ScriptMember); ok && m.Kind == ScriptProperty {
			if m.Set == nil {
				return newError("SetValueException", "NotSpecified", "SetWithoutSetterFromScriptProperty",
					"Set accessor for property \"%s\" is unavailable.", o.props[i].Name)
			}
			if err := m.Set(o, v); err != nil {
				return newError("SetValueInvocationException", "NotSpecified", "ScriptSetValueRuntimeException",
					"Exception setting \"%s\": \"%s\"", o.props[i].Name, err.Error())
			}
			return nil
		}
	}
	o.Set(name, v)
	return nil
}

// Set assigns an existing property or adds a new one; a script property
// runs its setter (and ignores the value without one), an alias property
// sets its target.
func (o *Object) Set(name string, v any) {
	if i := o.find(name); i >= 0 {
		if m, ok := o.props[i].Value.(*ScriptMember); ok {
			switch {
			case m.Kind == ScriptProperty && m.Set != nil:
				_ = m.Set(o, v)
			case m.Kind == AliasProperty:
				o.Set(m.Target, v)
			}
			return
		}
	}
	o.Add(name, v)
}

// Member kinds of a [ScriptMember].
const (
	ScriptProperty = "ScriptProperty"
	ScriptMethod   = "ScriptMethod"
	AliasProperty  = "AliasProperty"
)

// ScriptMember is a member of a custom object that runs code (a
// ScriptProperty's getter and setter, a ScriptMethod) or stands for
// another member (an AliasProperty), as Add-Member makes them. The code
// gets the object as $this.
type ScriptMember struct {
	Kind   string
	Target string // an AliasProperty's member
	Get    func(this any) (any, error)
	Set    func(this, v any) error // nil: the property is read-only
	Call   func(this any, args []any) (any, error)
}

// Has reports whether the object has a member called name.
func (o *Object) Has(name string) bool { return o.find(name) >= 0 }

// Method returns the script method called name, or nil.
func (o *Object) Method(name string) *ScriptMember {
	if i := o.find(name); i >= 0 {
		if m, ok := o.props[i].Value.(*ScriptMember); ok && m.Kind == ScriptMethod {
			return m
		}
	}
	return nil
}

// Remove deletes the property called name, if any.
func (o *Object) Remove(name string) {
	if i := o.find(name); i >= 0 {
		o.props = append(o.props[:i], o.props[i+1:]...)
	}
}

// Properties returns the properties in order with their values (script
// properties computed, aliases read), without the script methods.
func (o *Object) Properties() []Property {
	out := make([]Property, 0, len(o.props))
	for _, p := range o.props {
		if m, ok := p.Value.(*ScriptMember); ok {
			if m.Kind == ScriptMethod {
				continue
			}
			p.Value, _ = o.Get(p.Name)
		}
		out = append(out, p)
	}
	return out
}

// TypeNames returns the object's type names followed by
// System.Management.Automation.PSCustomObject and System.Object.
func (o *Object) TypeNames() []string {
	out := append([]string{}, o.typeNames...)
	for _, base := range []string{"System.Management.Automation.PSCustomObject", "System.Object"} {
		if len(out) == 0 || out[len(out)-1] != base {
			out = append(out, base)
		}
	}
	return out
}

// AddTypeName inserts name as the most derived type name.
func (o *Object) AddTypeName(name string) {
	o.typeNames = append([]string{name}, o.typeNames...)
}

// TypeName returns the most derived type name.
func (o *Object) TypeName() string { return o.TypeNames()[0] }

// Clone returns a shallow copy of o.
func (o *Object) Clone() *Object {
	return &Object{props: append([]Property{}, o.props...), typeNames: append([]string{}, o.typeNames...), table: o.table}
}

// maxObjectNesting bounds the custom objects shown inside one another in
// an object's string form; deeper ones (an object that holds itself)
// show as empty.
const maxObjectNesting = 16

// String returns PowerShell's string form "@{A=1; B=2}": a property
// holding a collection shows its type name (@{A=System.Object[]}), one
// holding a custom object that object's string form.
func (o *Object) String() string { return o.nestedString(0) }

func (o *Object) nestedString(depth int) string {
	if depth > maxObjectNesting {
		return ""
	}
	var b strings.Builder
	b.WriteString("@{")
	for i, p := range o.Properties() {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Name + "=")
		switch v := p.Value.(type) {
		case *Object:
			b.WriteString(v.nestedString(depth + 1))
		default:
			b.WriteString(elemString(v))
		}
	}
	b.WriteString("}")
	return b.String()
}

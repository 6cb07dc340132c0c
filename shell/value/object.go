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
}

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

// Get returns the value of the property called name (case-insensitive).
func (o *Object) Get(name string) (any, bool) {
	if i := o.find(name); i >= 0 {
		return o.props[i].Value, true
	}
	return nil, false
}

// Set assigns an existing property or adds a new one.
func (o *Object) Set(name string, v any) { o.Add(name, v) }

// Remove deletes the property called name, if any.
func (o *Object) Remove(name string) {
	if i := o.find(name); i >= 0 {
		o.props = append(o.props[:i], o.props[i+1:]...)
	}
}

// Properties returns the properties in order (a copy).
func (o *Object) Properties() []Property { return append([]Property{}, o.props...) }

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
	return &Object{props: o.Properties(), typeNames: append([]string{}, o.typeNames...)}
}

// String returns PowerShell's string form "@{A=1; B=2}".
func (o *Object) String() string {
	var b strings.Builder
	b.WriteString("@{")
	for i, p := range o.props {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Name + "=" + ToString(p.Value))
	}
	b.WriteString("}")
	return b.String()
}

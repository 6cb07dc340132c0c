package bind

import (
	"encoding"
	"reflect"
	"strings"

	"github.com/exsh/exsh/shell/value"
)

// Convert converts the runtime value v to Go type t for parameter p, as
// PowerShell's parameter binder does: strings and numbers convert into
// each other; bool and Switch accept only booleans and numbers;
// enumerations match names case-insensitively (or an index); pointers
// take $null as nil; a scalar given to a slice becomes one element;
// Optional, MultiValued, ScriptBlock, *value.Hashtable, time.Duration,
// time.Time (the date forms of an invariant-culture [datetime] cast) and
// types whose pointer has Set(string) error or UnmarshalText are handled;
// a collection given to a scalar is an error. Mandatory parameters reject
// $null and (for strings) the empty string. p may be nil. Errors are [*Error] without a
// position.
func Convert(v any, t reflect.Type, p *Param) (reflect.Value, error) {
	if p == nil {
		p = &Param{TypeName: displayType(t)}
	}
	if p.Mandatory {
		if err := checkMandatory(v, t, p); err != nil {
			return reflect.Value{}, err
		}
	}
	rv, err := conv{p}.to(v, t)
	if err != nil {
		return rv, err
	}
	return rv, p.checkRange(rv)
}

// checkMandatory rejects $null and ” for a mandatory parameter.
func checkMandatory(v any, t reflect.Type, p *Param) error {
	if v == nil {
		return errNull(p)
	}
	if s, ok := v.(string); ok && s == "" && baseType(t).Kind() == reflect.String {
		return errEmpty(p)
	}
	return nil
}

// conv converts values for one parameter (used in messages).
type conv struct{ p *Param }

// to converts v to t.
func (c conv) to(v any, t reflect.Type) (reflect.Value, error) {
	if f := c.wrapper(t); f != nil {
		return f(v, t)
	}
	if v != nil && reflect.TypeOf(v) == t {
		return reflect.ValueOf(v), nil
	}
	if t.Kind() == reflect.Slice {
		return c.slice(v, t)
	}
	if value.IsEnumerable(v) {
		l := value.Enumerate(v)
		if len(l) != 1 {
			return reflect.Value{}, errCollection(c.p, v)
		}
		v = l[0]
	}
	return c.scalar(v, t)
}

// wrapper returns the converter for types that wrap or accept anything:
// interfaces, Optional, MultiValued and hashtables.
func (c conv) wrapper(t reflect.Type) func(any, reflect.Type) (reflect.Value, error) {
	switch {
	case t == scriptBlockType:
		return c.scriptBlock
	case t.Kind() == reflect.Interface:
		return c.iface
	case optElem(t) != nil:
		return c.optional
	case multiElem(t) != nil:
		return c.multi
	case t == hashtableType:
		return c.hashtable
	}
	return nil
}

// scalar converts a non-collection value to a non-slice type.
func (c conv) scalar(v any, t reflect.Type) (reflect.Value, error) {
	switch {
	case t == switchType || t.Kind() == reflect.Bool:
		return c.boolean(v, t)
	case t == durationType:
		return c.builtin(v, t, "timespan")
	case t == timeType:
		return c.builtin(v, t, "datetime")
	case isEnum(t):
		return c.enum(v, t)
	case isParsed(t):
		return c.parsed(v, t)
	case t.Kind() == reflect.Pointer:
		return c.pointer(v, t)
	case t.Kind() == reflect.String:
		return c.str(v, t)
	}
	return c.number(v, t)
}

// iface accepts any value implementing t (any accepts everything).
func (c conv) iface(v any, t reflect.Type) (reflect.Value, error) {
	out := reflect.New(t).Elem()
	if v == nil {
		return out, nil
	}
	if !reflect.TypeOf(v).Implements(t) {
		return reflect.Value{}, errCast(c.p, v, netName(displayType(t)))
	}
	out.Set(reflect.ValueOf(v))
	return out, nil
}

// scriptBlock accepts only script blocks.
func (c conv) scriptBlock(v any, t reflect.Type) (reflect.Value, error) {
	if _, ok := v.(ScriptBlock); !ok && v != nil {
		return reflect.Value{}, errCast(c.p, v, netName("ScriptBlock"))
	}
	return c.iface(v, t)
}

// hashtable accepts hashtables and $null.
func (c conv) hashtable(v any, t reflect.Type) (reflect.Value, error) {
	if _, ok := v.(*value.Hashtable); !ok && v != nil {
		return reflect.Value{}, errCast(c.p, v, netName("Hashtable"))
	}
	return c.iface2(v, t), nil
}

// iface2 returns v as a value of type t, the zero value for nil.
func (c conv) iface2(v any, t reflect.Type) reflect.Value {
	if v == nil {
		return reflect.Zero(t)
	}
	return reflect.ValueOf(v)
}

// optional converts to T and wraps it in Optional[T].
func (c conv) optional(v any, t reflect.Type) (reflect.Value, error) {
	inner, err := c.to(v, optElem(t))
	if err != nil {
		return reflect.Value{}, err
	}
	out := reflect.New(t)
	out.Interface().(optional).optSet(inner)
	return out.Elem(), nil
}

// pointer converts to *T: $null is nil.
func (c conv) pointer(v any, t reflect.Type) (reflect.Value, error) {
	if v == nil {
		return reflect.Zero(t), nil
	}
	inner, err := c.to(v, t.Elem())
	if err != nil {
		return reflect.Value{}, err
	}
	out := reflect.New(t.Elem())
	out.Elem().Set(inner)
	return out, nil
}

// slice converts each element; a scalar becomes a one-element slice.
func (c conv) slice(v any, t reflect.Type) (reflect.Value, error) {
	if v == nil {
		return reflect.Zero(t), nil
	}
	elems := value.Enumerate(v)
	out := reflect.MakeSlice(t, len(elems), len(elems))
	for i, e := range elems {
		ev, err := c.to(e, t.Elem())
		if err != nil {
			return reflect.Value{}, err
		}
		out.Index(i).Set(ev)
	}
	return out, nil
}

// multi converts to MultiValued[T]: hashtable edit, $null clear or replace.
func (c conv) multi(v any, t reflect.Type) (reflect.Value, error) {
	out := reflect.New(t)
	m := out.Interface().(multiValued)
	st := reflect.SliceOf(m.mvElem())
	if h, ok := v.(*value.Hashtable); ok {
		return out.Elem(), c.edit(m, h, st)
	}
	rep, err := c.slice(v, st)
	if err != nil {
		return reflect.Value{}, err
	}
	m.mvSet(rep.Interface(), nil, nil, false)
	return out.Elem(), nil
}

// edit applies @{Add=...; Remove=...} to m.
func (c conv) edit(m multiValued, h *value.Hashtable, st reflect.Type) error {
	lists := map[string]any{}
	for _, k := range h.Keys() {
		key := strings.ToLower(value.ToString(k))
		if key != "add" && key != "remove" {
			return errHashKey(c.p, value.ToString(k))
		}
		val, _ := h.Get(k)
		l, err := c.slice(val, st)
		if err != nil {
			return err
		}
		lists[key] = l.Interface()
	}
	m.mvSet(nil, lists["add"], lists["remove"], true)
	return nil
}

// boolean accepts booleans and numbers only.
func (c conv) boolean(v any, t reflect.Type) (reflect.Value, error) {
	b, ok := false, true
	switch x := prim(v).(type) {
	case bool:
		b = x
	case int:
		b = x != 0
	case float64:
		b = x != 0
	case nil:
		ok = t == switchType
	default:
		ok = false
	}
	if !ok {
		return reflect.Value{}, errBool(c.p, v, netName(displayType(t)))
	}
	return reflect.ValueOf(b).Convert(t), nil
}

// enum matches a name case-insensitively or takes an index.
func (c conv) enum(v any, t reflect.Type) (reflect.Value, error) {
	vals := reflect.Zero(t).Interface().(enumer).EnumValues()
	if v == nil {
		return reflect.Value{}, errNullEnum(c.p, typeNetName(t))
	}
	s := value.ToString(v)
	if i, ok := prim(v).(int); ok && i >= 0 && i < len(vals) {
		s = vals[i]
	}
	for _, name := range vals {
		if strings.EqualFold(name, strings.TrimSpace(s)) {
			return reflect.ValueOf(name).Convert(t), nil
		}
	}
	return reflect.Value{}, errEnum(c.p, s, typeNetName(t), vals)
}

// parsed gives the string form to Set or UnmarshalText.
func (c conv) parsed(v any, t reflect.Type) (reflect.Value, error) {
	if v == nil {
		return reflect.Value{}, errNullParse(c.p, netName(typeNetName(t)))
	}
	s := c.text(v)
	out := reflect.New(t)
	var err error
	if st, ok := out.Interface().(stringSetter); ok {
		err = st.Set(s)
	} else {
		err = out.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s))
	}
	if err != nil {
		return reflect.Value{}, errParse(c.p, s, netName(typeNetName(t)), err)
	}
	return out.Elem(), nil
}

// text is the string form of v; a script block gives its text.
func (c conv) text(v any) string {
	if sb, ok := v.(ScriptBlock); ok {
		return sb.Text()
	}
	return value.ToString(v)
}

// str converts to a string kind.
func (c conv) str(v any, t reflect.Type) (reflect.Value, error) {
	return reflect.ValueOf(c.text(v)).Convert(t), nil
}

// number converts to integer and float kinds through value.Convert.
func (c conv) number(v any, t reflect.Type) (reflect.Value, error) {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32:
		return c.builtin(v, t, "int")
	case reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return c.builtin(v, t, "long")
	case reflect.Float32, reflect.Float64:
		return c.builtin(v, t, "double")
	}
	return reflect.Value{}, errCast(c.p, v, netName(displayType(t)))
}

// builtin converts with value.Convert to the named type, then to t.
func (c conv) builtin(v any, t reflect.Type, name string) (reflect.Value, error) {
	if sb, ok := v.(ScriptBlock); ok {
		return reflect.Value{}, errCast(c.p, sb, netName(displayType(t)))
	}
	r, err := value.Convert(v, name)
	if err != nil {
		return reflect.Value{}, errBindConvert(c.p, err.Error())
	}
	out := reflect.New(t).Elem()
	rv := reflect.ValueOf(r)
	if r == nil || !rv.CanConvert(t) || overflows(out, rv) {
		return reflect.Value{}, errCast(c.p, v, netName(displayType(t)))
	}
	out.Set(rv.Convert(t))
	return out, nil
}

// overflows reports whether rv does not fit into out's kind.
func overflows(out, rv reflect.Value) bool {
	switch {
	case out.CanInt() && rv.CanInt():
		return out.OverflowInt(rv.Int())
	case out.CanUint() && rv.CanInt():
		return rv.Int() < 0 || out.OverflowUint(uint64(rv.Int()))
	}
	return false
}

// prim reduces named basic kinds to bool, int, float64 or string.
func prim(v any) any {
	if s, ok := v.(value.SwitchParameter); ok {
		return s.IsPresent
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Bool:
		return rv.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return int(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return int(rv.Uint())
	case reflect.Float32, reflect.Float64:
		return rv.Float()
	case reflect.String:
		return rv.String()
	}
	return v
}

package exchange

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// apply copies every given parameter of params (a pointer to a
// cmdlet struct) onto the same-named property of obj (a pointer to a
// model object). Parameters are bind.Optional[T] (assigned when given)
// or bind.MultiValued[T] (replaced or edited when given); parameters
// named in skip, parameters of other types and parameters the object has
// no property for are left alone (the cmdlet handles those itself).
func apply(obj, params any, skip ...string) error {
	pv, ov := reflect.ValueOf(params).Elem(), reflect.ValueOf(obj).Elem()
	for _, f := range paramFields(pv.Type(), ov.Type()) {
		if !pv.Field(f.param).Field(0).Bool() || containsFold(skip, f.name) {
			continue
		}
		if err := applyField(ov.FieldByIndex(f.prop), pv.Field(f.param), f.name); err != nil {
			return err
		}
	}
	return nil
}

// paramField is a parameter field of a cmdlet struct and the same-named
// property of a model object type.
type paramField struct {
	name  string
	param int   // index of the bind.Optional or bind.MultiValued field
	prop  []int // index path of the property (through embedded structs)
}

// paramFieldsCache maps a cmdlet struct type and a model object type to
// their paramFields.
var paramFieldsCache sync.Map

// paramFields returns the exported bind.Optional and bind.MultiValued
// fields of struct type t (whose first field is Set) that object type o
// has a property for. apply runs twice for every pipeline object of a
// Set-*, so it is computed once per pair of types: no field is looked up
// by name per object.
func paramFields(t, o reflect.Type) []paramField {
	key := [2]reflect.Type{t, o}
	if v, ok := paramFieldsCache.Load(key); ok {
		return v.([]paramField)
	}
	var out []paramField
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || !(isOptional(f.Type) || isMulti(f.Type)) || f.Type.Field(0).Name != "Set" {
			continue
		}
		if prop, ok := o.FieldByName(f.Name); ok {
			out = append(out, paramField{name: f.Name, param: i, prop: prop.Index})
		}
	}
	paramFieldsCache.Store(key, out)
	return out
}

// applyField applies one Optional or MultiValued parameter value.
func applyField(dst, src reflect.Value, name string) error {
	switch {
	case isOptional(src.Type()):
		if !src.FieldByName("Set").Bool() {
			return nil
		}
		return assign(dst, src.FieldByName("Value"), name)
	case isMulti(src.Type()):
		if !src.FieldByName("Set").Bool() {
			return nil
		}
		return assignMulti(dst, src, name)
	}
	return nil
}

// isOptional reports whether t is a bind.Optional instance.
func isOptional(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && strings.HasPrefix(t.Name(), "Optional[") && t.NumField() == 2
}

// isMulti reports whether t is a bind.MultiValued instance.
func isMulti(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && strings.HasPrefix(t.Name(), "MultiValued[")
}

// assign stores val into dst, dereferencing or taking the address of
// val when only the pointer-ness differs.
func assign(dst, val reflect.Value, name string) error {
	switch {
	case val.Type().AssignableTo(dst.Type()):
		dst.Set(val)
	case val.Kind() == reflect.Pointer && val.Type().Elem().AssignableTo(dst.Type()):
		if val.IsNil() {
			dst.Set(reflect.Zero(dst.Type()))
			return nil
		}
		dst.Set(val.Elem())
	case dst.Kind() == reflect.Pointer && val.Type().AssignableTo(dst.Type().Elem()):
		p := reflect.New(val.Type())
		p.Elem().Set(val)
		dst.Set(p)
	default:
		return fmt.Errorf("cmdlets: parameter %s of type %v does not fit property of type %v", name, val.Type(), dst.Type())
	}
	return nil
}

// assignMulti replaces dst with Replace, or edits it with Add and Remove
// (values compare case-insensitively by their string form).
func assignMulti(dst, src reflect.Value, name string) error {
	if src.FieldByName("Replace").Type() != dst.Type() {
		return fmt.Errorf("cmdlets: parameter %s does not fit property of type %v", name, dst.Type())
	}
	if !src.FieldByName("IsEdit").Bool() {
		dst.Set(src.FieldByName("Replace"))
		return nil
	}
	out := reflect.MakeSlice(dst.Type(), 0, dst.Len())
	remove := src.FieldByName("Remove")
	for i := range dst.Len() {
		if indexFold(remove, dst.Index(i)) < 0 {
			out = reflect.Append(out, dst.Index(i))
		}
	}
	add := src.FieldByName("Add")
	for i := range add.Len() {
		if indexFold(out, add.Index(i)) < 0 {
			out = reflect.Append(out, add.Index(i))
		}
	}
	dst.Set(out)
	return nil
}

// indexFold returns the index of v in list by case-insensitive string
// form, or -1.
func indexFold(list, v reflect.Value) int {
	s := fmt.Sprint(v.Interface())
	for i := range list.Len() {
		if strings.EqualFold(fmt.Sprint(list.Index(i).Interface()), s) {
			return i
		}
	}
	return -1
}

// containsFold reports whether list holds s, ignoring case.
func containsFold(list []string, s string) bool {
	for _, e := range list {
		if strings.EqualFold(e, s) {
			return true
		}
	}
	return false
}

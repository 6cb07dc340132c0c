package cmdlets

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// exApply copies every given parameter of params (a pointer to a
// cmdlet struct) onto the same-named property of obj (a pointer to a
// model object). Parameters are bind.Optional[T] (assigned when given)
// or bind.MultiValued[T] (replaced or edited when given); parameters
// named in skip, parameters of other types and parameters the object has
// no property for are left alone (the cmdlet handles those itself).
func exApply(obj, params any, skip ...string) error {
	pv, ov := reflect.ValueOf(params).Elem(), reflect.ValueOf(obj).Elem()
	for _, i := range exParamFields(pv.Type()) {
		f := pv.Type().Field(i)
		if !pv.Field(i).Field(0).Bool() || exContainsFold(skip, f.Name) {
			continue
		}
		dst := ov.FieldByName(f.Name)
		if !dst.IsValid() {
			continue
		}
		if err := exApplyField(dst, pv.Field(i), f.Name); err != nil {
			return err
		}
	}
	return nil
}

// exParamFieldsCache maps a cmdlet struct type to its exParamFields.
var exParamFieldsCache sync.Map

// exParamFields returns the indexes of the exported bind.Optional and
// bind.MultiValued fields of struct type t, whose first field is Set.
// exApply runs for every pipeline object, so it is computed once per
// type.
func exParamFields(t reflect.Type) []int {
	if v, ok := exParamFieldsCache.Load(t); ok {
		return v.([]int)
	}
	var out []int
	for i := range t.NumField() {
		f := t.Field(i)
		if f.IsExported() && (exIsOptional(f.Type) || exIsMulti(f.Type)) && f.Type.Field(0).Name == "Set" {
			out = append(out, i)
		}
	}
	exParamFieldsCache.Store(t, out)
	return out
}

// exApplyField applies one Optional or MultiValued parameter value.
func exApplyField(dst, src reflect.Value, name string) error {
	switch {
	case exIsOptional(src.Type()):
		if !src.FieldByName("Set").Bool() {
			return nil
		}
		return exAssign(dst, src.FieldByName("Value"), name)
	case exIsMulti(src.Type()):
		if !src.FieldByName("Set").Bool() {
			return nil
		}
		return exAssignMulti(dst, src, name)
	}
	return nil
}

// exIsOptional reports whether t is a bind.Optional instance.
func exIsOptional(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && strings.HasPrefix(t.Name(), "Optional[") && t.NumField() == 2
}

// exIsMulti reports whether t is a bind.MultiValued instance.
func exIsMulti(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && strings.HasPrefix(t.Name(), "MultiValued[")
}

// exAssign stores val into dst, dereferencing or taking the address of
// val when only the pointer-ness differs.
func exAssign(dst, val reflect.Value, name string) error {
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

// exAssignMulti replaces dst with Replace, or edits it with Add and Remove
// (values compare case-insensitively by their string form).
func exAssignMulti(dst, src reflect.Value, name string) error {
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
		if exIndexFold(remove, dst.Index(i)) < 0 {
			out = reflect.Append(out, dst.Index(i))
		}
	}
	add := src.FieldByName("Add")
	for i := range add.Len() {
		if exIndexFold(out, add.Index(i)) < 0 {
			out = reflect.Append(out, add.Index(i))
		}
	}
	dst.Set(out)
	return nil
}

// exIndexFold returns the index of v in list by case-insensitive string
// form, or -1.
func exIndexFold(list, v reflect.Value) int {
	s := fmt.Sprint(v.Interface())
	for i := range list.Len() {
		if strings.EqualFold(fmt.Sprint(list.Index(i).Interface()), s) {
			return i
		}
	}
	return -1
}

// exContainsFold reports whether list holds s, ignoring case.
func exContainsFold(list []string, s string) bool {
	for _, e := range list {
		if strings.EqualFold(e, s) {
			return true
		}
	}
	return false
}

// exEditStrings applies a MultiValued[string]-style edit to list: replace
// when not an edit, else remove then add (case-insensitive).
func exEditStrings(list []string, replace, add, remove []string, edit bool) []string {
	if !edit {
		return append([]string(nil), replace...)
	}
	var out []string
	for _, s := range list {
		if !exContainsFold(remove, s) {
			out = append(out, s)
		}
	}
	for _, s := range add {
		if !exContainsFold(out, s) {
			out = append(out, s)
		}
	}
	return out
}

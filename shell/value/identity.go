package value

import "reflect"

// identified is implemented by Exchange objects (model.Identified): like
// a deserialized EMS object, such a value converts to text as its
// Identity rather than its type name. The interface is declared here too
// because this package imports nothing from exsh.
type identified interface{ ObjectIdentity() string }

// identityString returns the text of an identified value; a nil pointer
// is "" like $null.
func identityString(x identified) string {
	if rv := reflect.ValueOf(x); rv.Kind() == reflect.Pointer && rv.IsNil() {
		return ""
	}
	return x.ObjectIdentity()
}

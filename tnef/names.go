package tnef

import "fmt"

// typeNames maps base property types to their PT_* names.
var typeNames = map[Type]string{
	TypeI2: "PT_I2", TypeLong: "PT_LONG", TypeR4: "PT_R4", TypeDouble: "PT_DOUBLE",
	TypeCurrency: "PT_CURRENCY", TypeAppTime: "PT_APPTIME", TypeError: "PT_ERROR",
	TypeBoolean: "PT_BOOLEAN", TypeObject: "PT_OBJECT", TypeI8: "PT_I8",
	TypeString8: "PT_STRING8", TypeUnicode: "PT_UNICODE", TypeSysTime: "PT_SYSTIME",
	TypeCLSID: "PT_CLSID", TypeBinary: "PT_BINARY",
}

// String returns the MAPI name of the type, such as "PT_UNICODE" or
// "PT_MV_LONG", or its hex value when unknown.
func (t Type) String() string {
	n, ok := typeNames[t.Base()]
	switch {
	case !ok:
		return fmt.Sprintf("0x%04X", uint16(t))
	case t.Multi():
		return "PT_MV_" + n[len("PT_"):]
	}
	return n
}

// DisplayName returns a readable name for the property: the PR_* name of a
// well-known property (such as "PR_SUBJECT"), the set and id or string of a
// named property, else the property id in hex.
func (p Property) DisplayName() string { return propName(p) }

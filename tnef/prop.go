package tnef

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// Type is a MAPI property type (PT_*).
type Type uint16

// Property types and the Go type of a [Property] Value for each.
// A multi-valued type is the base type | [MultiValued] and holds a slice of
// the base type's Go type.
const (
	TypeI2       Type = 0x0002 // int16
	TypeLong     Type = 0x0003 // int32
	TypeR4       Type = 0x0004 // float32
	TypeDouble   Type = 0x0005 // float64
	TypeCurrency Type = 0x0006 // int64 (value × 10000)
	TypeAppTime  Type = 0x0007 // float64 (days since 1899-12-30)
	TypeError    Type = 0x000A // uint32
	TypeBoolean  Type = 0x000B // bool
	TypeObject   Type = 0x000D // *Object
	TypeI8       Type = 0x0014 // int64
	TypeString8  Type = 0x001E // string (stored in the stream's code page)
	TypeUnicode  Type = 0x001F // string (stored as UTF-16LE)
	TypeSysTime  Type = 0x0040 // time.Time (UTC, 100 ns resolution)
	TypeCLSID    Type = 0x0048 // GUID
	TypeBinary   Type = 0x0102 // []byte
	MultiValued  Type = 0x1000
)

// Base returns t without the [MultiValued] flag.
func (t Type) Base() Type { return t &^ MultiValued }

// Multi reports whether t is multi-valued.
func (t Type) Multi() bool { return t&MultiValued != 0 }

// Tag is a property tag: property id in the high word, [Type] in the low.
type Tag uint32

// NewTag returns the tag of property id with type t.
func NewTag(id uint16, t Type) Tag { return Tag(uint32(id)<<16 | uint32(t)) }

// ID returns the property id.
func (t Tag) ID() uint16 { return uint16(t >> 16) }

// Type returns the property type.
func (t Tag) Type() Type { return Type(t) }

// String returns the tag in hex, such as "0x0037001F".
func (t Tag) String() string { return fmt.Sprintf("0x%08X", uint32(t)) }

// GUID is a 16-byte GUID in Microsoft's byte layout (first three fields
// little-endian).
type GUID [16]byte

// ParseGUID parses "{00020329-0000-0000-C000-000000000046}" (braces optional).
func ParseGUID(s string) (GUID, error) {
	var g GUID
	h := strings.ReplaceAll(strings.Trim(s, "{}"), "-", "")
	b, err := hex.DecodeString(h)
	if err != nil || len(b) != 16 || len(strings.Trim(s, "{}")) != 36 {
		return g, fmt.Errorf("tnef: bad guid %q", s)
	}
	binary.LittleEndian.PutUint32(g[0:], binary.BigEndian.Uint32(b[0:]))
	binary.LittleEndian.PutUint16(g[4:], binary.BigEndian.Uint16(b[4:]))
	binary.LittleEndian.PutUint16(g[6:], binary.BigEndian.Uint16(b[6:]))
	copy(g[8:], b[8:])
	return g, nil
}

func mustGUID(s string) GUID {
	g, err := ParseGUID(s)
	if err != nil {
		panic(err)
	}
	return g
}

// String returns the GUID in registry form with braces, upper case.
func (g GUID) String() string {
	return fmt.Sprintf("{%08X-%04X-%04X-%X-%X}", binary.LittleEndian.Uint32(g[0:]),
		binary.LittleEndian.Uint16(g[4:]), binary.LittleEndian.Uint16(g[6:]), g[8:10], g[10:])
}

// Property sets and interface IDs.
var (
	PSMAPI            = mustGUID("{00020328-0000-0000-C000-000000000046}")
	PSPublicStrings   = mustGUID("{00020329-0000-0000-C000-000000000046}")
	PSInternetHeaders = mustGUID("{00020386-0000-0000-C000-000000000046}")
	PSETIDCommon      = mustGUID("{00062008-0000-0000-C000-000000000046}")
	PSETIDAddress     = mustGUID("{00062004-0000-0000-C000-000000000046}")
	PSETIDAppointment = mustGUID("{00062002-0000-0000-C000-000000000046}")
	PSETIDTask        = mustGUID("{00062003-0000-0000-C000-000000000046}")
	PSETIDMeeting     = mustGUID("{6ED8DA90-450B-101B-98DA-00AA003F1305}")
	PSETIDNote        = mustGUID("{0006200E-0000-0000-C000-000000000046}")
	PSETIDLog         = mustGUID("{0006200A-0000-0000-C000-000000000046}")
	IIDMessage        = mustGUID("{00020307-0000-0000-C000-000000000046}")
	IIDStorage        = mustGUID("{0000000B-0000-0000-C000-000000000046}")
	IIDStream         = mustGUID("{0000000C-0000-0000-C000-000000000046}")
)

// NameKind says whether a named property is identified by number or string.
type NameKind uint32

// Kinds of property names.
const (
	NameID     NameKind = 0 // MNID_ID
	NameString NameKind = 1 // MNID_STRING
)

// Name identifies a named property (property id ≥ 0x8000): a property set
// and either a number (LID) or a string.
type Name struct {
	Set  GUID
	Kind NameKind
	ID   uint32 // when Kind is NameID
	Str  string // when Kind is NameString
}

// String returns "{set}:0x8208" or "{set}:name".
func (n Name) String() string {
	if n.Kind == NameString {
		return n.Set.String() + ":" + n.Str
	}
	return fmt.Sprintf("%s:0x%04X", n.Set, n.ID)
}

// Object is a PT_OBJECT value: an interface ID and the object's bytes
// (a TNEF stream for [IIDMessage], a compound file for [IIDStorage]).
type Object struct {
	IID  GUID
	Data []byte
}

// Property is one MAPI property. Name is set for named properties, whose
// tag id (≥ 0x8000) is only meaningful inside one stream; the writer uses
// 0x8000 for every named property, as Exchange 2013 and later do.
// Value holds the Go type documented for the tag's [Type].
type Property struct {
	Tag   Tag
	Name  *Name
	Value any
}

// same reports whether p and q are the same property: same name for named
// properties, else the same id.
func (p Property) same(q Property) bool {
	if p.Name != nil || q.Name != nil {
		return p.Name != nil && q.Name != nil && *p.Name == *q.Name
	}
	return p.Tag.ID() == q.Tag.ID()
}

// Props is an ordered property list.
type Props []Property

// Get returns the first property with id (for ids below 0x8000).
func (ps Props) Get(id uint16) (Property, bool) {
	for _, p := range ps {
		if p.Name == nil && p.Tag.ID() == id {
			return p, true
		}
	}
	return Property{}, false
}

// GetNamed returns the named property n.
func (ps Props) GetNamed(n Name) (Property, bool) {
	for _, p := range ps {
		if p.Name != nil && *p.Name == n {
			return p, true
		}
	}
	return Property{}, false
}

// Set replaces the property that is the same as p (same id or name) or
// appends p.
func (ps *Props) Set(p Property) {
	for i, q := range *ps {
		if q.same(p) {
			(*ps)[i] = p
			return
		}
	}
	*ps = append(*ps, p)
}

// Delete removes every property with id (for ids below 0x8000).
func (ps *Props) Delete(id uint16) {
	out := (*ps)[:0]
	for _, p := range *ps {
		if p.Name != nil || p.Tag.ID() != id {
			out = append(out, p)
		}
	}
	*ps = out
}

// String returns the string value of property id (either string type).
func (ps Props) String(id uint16) (string, bool) {
	p, ok := ps.Get(id)
	s, isString := p.Value.(string)
	return s, ok && isString
}

// Int returns the value of an integer property id (PT_I2, PT_LONG, PT_I8).
func (ps Props) Int(id uint16) (int64, bool) {
	p, _ := ps.Get(id)
	switch v := p.Value.(type) {
	case int16:
		return int64(v), true
	case int32:
		return int64(v), true
	case int64:
		return v, true
	}
	return 0, false
}

// Bool returns the value of boolean property id.
func (ps Props) Bool(id uint16) (bool, bool) {
	p, _ := ps.Get(id)
	b, ok := p.Value.(bool)
	return b, ok
}

// Time returns the value of PT_SYSTIME property id.
func (ps Props) Time(id uint16) (time.Time, bool) {
	p, _ := ps.Get(id)
	t, ok := p.Value.(time.Time)
	return t, ok
}

// Bytes returns the value of PT_BINARY property id.
func (ps Props) Bytes(id uint16) ([]byte, bool) {
	p, _ := ps.Get(id)
	b, ok := p.Value.([]byte)
	return b, ok
}

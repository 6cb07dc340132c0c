package tnef

import (
	"encoding/binary"
	"math"
	"strings"
	"time"

	"github.com/exsh/exsh/tnef/internal/codepage"
)

// propReader parses a property list (attMsgProps, attAttachment, a row of
// attRecipTable). Every count is checked against the bytes that remain
// before anything is allocated for it.
type propReader struct {
	b       []byte
	pos     int
	base    int64 // stream offset of b[0]
	cp      uint32
	objects []objectAt
}

// objectAt records where a PT_OBJECT value's data starts in the stream, so
// errors inside an embedded message report outer-stream offsets.
type objectAt struct {
	obj    *Object
	offset int64
}

func (p *propReader) fail(format string, args ...any) error {
	return errAt(p.base+int64(p.pos), ErrProperty, format, args...)
}

func (p *propReader) need(n uint64) error {
	if uint64(len(p.b)-p.pos) < n {
		return p.fail("need %d bytes, %d remain", n, len(p.b)-p.pos)
	}
	return nil
}

func (p *propReader) u32() (uint32, error) {
	if err := p.need(4); err != nil {
		return 0, err
	}
	v := binary.LittleEndian.Uint32(p.b[p.pos:])
	p.pos += 4
	return v, nil
}

// bytes returns the next n bytes without copying; the three-index slice keeps
// appends by callers from touching the rest of the list.
func (p *propReader) bytes(n uint64) ([]byte, error) {
	if err := p.need(n); err != nil {
		return nil, err
	}
	b := p.b[p.pos : p.pos+int(n) : p.pos+int(n)]
	p.pos += int(n)
	return b, nil
}

// padded reads n bytes and skips padding to a multiple of 4.
func (p *propReader) padded(n uint64) ([]byte, error) {
	b, err := p.bytes(n)
	if err != nil {
		return nil, err
	}
	pad := (4 - n%4) % 4
	p.pos += int(min(pad, uint64(len(p.b)-p.pos)))
	return b, nil
}

// count reads a count of items, each at least min bytes long.
func (p *propReader) count(minSize uint64) (int, error) {
	n, err := p.u32()
	if err != nil {
		return 0, err
	}
	if uint64(n)*minSize > uint64(len(p.b)-p.pos) {
		return 0, p.fail("count %d exceeds the %d bytes that remain", n, len(p.b)-p.pos)
	}
	return int(n), nil
}

func (p *propReader) list() (Props, error) {
	n, err := p.count(8)
	if err != nil {
		return nil, err
	}
	ps := make(Props, 0, n)
	for range n {
		prop, err := p.property()
		if err != nil {
			return ps, err
		}
		ps = append(ps, prop)
	}
	return ps, nil
}

func (p *propReader) property() (Property, error) {
	raw, err := p.u32()
	if err != nil {
		return Property{}, err
	}
	prop := Property{Tag: Tag(raw)}
	if prop.Tag.ID() >= 0x8000 {
		if prop.Name, err = p.name(); err != nil {
			return prop, err
		}
	}
	prop.Value, err = p.value(prop.Tag.Type())
	return prop, err
}

func (p *propReader) name() (*Name, error) {
	g, err := p.bytes(16)
	if err != nil {
		return nil, err
	}
	n := &Name{Set: GUID(g)}
	kind, err := p.u32()
	if err != nil {
		return nil, err
	}
	n.Kind = NameKind(kind)
	switch n.Kind {
	case NameID:
		n.ID, err = p.u32()
	case NameString:
		n.Str, err = p.utf16()
	default:
		err = p.fail("named property kind %d", kind)
	}
	return n, err
}

func (p *propReader) utf16() (string, error) {
	n, err := p.u32()
	if err != nil {
		return "", err
	}
	b, err := p.padded(uint64(n))
	return strings.TrimRight(codepage.DecodeUTF16(b), "\x00"), err
}

func (p *propReader) value(t Type) (any, error) {
	if !t.Multi() {
		if size, ok := fixedSize[t]; ok {
			b, err := p.bytes(uint64(size))
			if err != nil {
				return nil, err
			}
			return fixedValue(t, b), nil
		}
		return p.variable(t)
	}
	return p.multi(t.Base())
}

// fixedSize is the stream size of each fixed-size type (with padding).
var fixedSize = map[Type]int{
	TypeI2: 4, TypeLong: 4, TypeR4: 4, TypeDouble: 8, TypeCurrency: 8, TypeAppTime: 8,
	TypeError: 4, TypeBoolean: 4, TypeI8: 8, TypeSysTime: 8, TypeCLSID: 16,
}

func fixedValue(t Type, b []byte) any {
	le := binary.LittleEndian
	switch t {
	case TypeI2:
		return int16(le.Uint16(b))
	case TypeLong:
		return int32(le.Uint32(b))
	case TypeR4:
		return math.Float32frombits(le.Uint32(b))
	case TypeDouble, TypeAppTime:
		return math.Float64frombits(le.Uint64(b))
	case TypeError:
		return le.Uint32(b)
	case TypeBoolean:
		return le.Uint16(b) != 0
	case TypeSysTime:
		return filetime(le.Uint64(b))
	case TypeCLSID:
		return GUID(b)
	}
	return int64(le.Uint64(b)) // TypeCurrency, TypeI8
}

// variable reads a single-valued string, binary or object value. The stream
// stores a value count; a count other than 1 keeps the first value.
func (p *propReader) variable(t Type) (any, error) {
	n, err := p.count(4)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return p.convert(t, nil)
	}
	var first any
	for i := range n {
		v, err := p.item(t)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			first = v
		}
	}
	return first, nil
}

func (p *propReader) item(t Type) (any, error) {
	start, b, err := p.itemBytes()
	if err != nil {
		return nil, err
	}
	v, err := p.convert(t, b)
	if o, ok := v.(*Object); ok {
		p.objects = append(p.objects, objectAt{obj: o, offset: start + 16})
	}
	return v, err
}

// itemBytes reads a length and that many bytes padded to a multiple of 4,
// and returns them with their stream offset.
func (p *propReader) itemBytes() (int64, []byte, error) {
	n, err := p.u32()
	if err != nil {
		return 0, nil, err
	}
	start := p.base + int64(p.pos)
	b, err := p.padded(uint64(n))
	return start, b, err
}

func (p *propReader) convert(t Type, b []byte) (any, error) {
	switch t {
	case TypeString8:
		return strings.TrimRight(codepage.Decode(p.cp, b), "\x00"), nil
	case TypeUnicode:
		return strings.TrimRight(codepage.DecodeUTF16(b), "\x00"), nil
	case TypeBinary:
		return b, nil
	case TypeObject:
		if len(b) < 16 {
			return nil, p.fail("object of %d bytes has no interface id", len(b))
		}
		return &Object{IID: GUID(b[:16]), Data: b[16:]}, nil
	}
	return nil, p.fail("unknown property type %#04x", uint16(t))
}

func (p *propReader) multi(t Type) (any, error) {
	size, fixed := fixedSize[t]
	n, err := p.count(uint64(max(size, 4)))
	if err != nil {
		return nil, err
	}
	// Strings and binaries go straight into their slice: boxing each one in
	// an interface first would cost 16 times the 4 bytes of an empty value.
	switch t {
	case TypeBinary:
		return multiOf(n, func() ([]byte, error) {
			_, b, err := p.itemBytes()
			return b, err
		})
	case TypeString8, TypeUnicode:
		return multiOf(n, func() (string, error) {
			_, b, err := p.itemBytes()
			v, _ := p.convert(t, b)
			return v.(string), err
		})
	}
	vals := make([]any, 0, n)
	for range n {
		var v any
		if fixed {
			var b []byte
			b, err = p.bytes(uint64(size))
			v = fixedValue(t, b)
		} else {
			v, err = p.item(t)
		}
		if err != nil {
			return nil, err
		}
		vals = append(vals, v)
	}
	return typedSlice(t, vals)
}

// multiOf reads n values with read, stopping at the first error.
func multiOf[T any](n int, read func() (T, error)) ([]T, error) {
	out := make([]T, 0, n)
	for range n {
		v, err := read()
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// filetime converts 100 ns ticks since 1601-01-01 to a UTC time.
func filetime(ticks uint64) time.Time {
	const epochDelta = 11644473600 // seconds from 1601 to 1970
	sec := int64(ticks/1e7) - epochDelta
	return time.Unix(sec, int64(ticks%1e7)*100).UTC()
}

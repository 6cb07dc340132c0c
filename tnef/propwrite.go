package tnef

import (
	"encoding/binary"
	"fmt"
	"math"
	"time"

	"github.com/exsh/exsh/tnef/internal/codepage"
)

// Limits of common decoders (ytnef 2.0) that the writer respects unless
// WithoutCompatChecks is given.
const (
	maxNameBytes   = 100    // named-property name, UTF-16 with NUL
	maxValueBytes  = 524288 // one variable-length value
	maxListProps   = 1000   // properties per list
	maxMultiValues = 1000   // values per multi-valued property
	maxSubject     = 99     // attSubject bytes without NUL
	maxBody        = 100000 // attBody bytes with NUL
	namedID        = 0x8000 // the id Exchange 2013+ gives every named property
	le32           = 4      // bytes in a u32
)

// propWriter appends a property list's encoding to buf.
type propWriter struct {
	buf    []byte
	cp     uint32
	compat bool
}

func (w *propWriter) u32(v uint32) { w.buf = binary.LittleEndian.AppendUint32(w.buf, v) }

// padded appends b and zero padding to a multiple of 4.
func (w *propWriter) padded(b []byte) {
	w.buf = append(w.buf, b...)
	w.buf = append(w.buf, make([]byte, (4-len(b)%4)%4)...)
}

func (w *propWriter) list(ps Props) error {
	if w.compat && len(ps) > maxListProps {
		return fmt.Errorf("%w: %d properties in one list (limit %d)", ErrCompat, len(ps), maxListProps)
	}
	w.u32(uint32(len(ps)))
	for _, p := range ps {
		if err := w.prop(p); err != nil {
			return err
		}
	}
	return nil
}

func (w *propWriter) prop(p Property) error {
	tag := p.Tag
	if p.Name != nil {
		tag = NewTag(namedID, tag.Type())
	} else if tag.ID() >= namedID {
		return fmt.Errorf("%w: property %v has id >= 0x8000 but no name", ErrValue, tag)
	}
	w.u32(uint32(tag))
	if p.Name != nil {
		if err := w.name(*p.Name); err != nil {
			return err
		}
	}
	if err := w.checkType(tag.Type()); err != nil {
		return fmt.Errorf("%w (property %v)", err, tag)
	}
	if err := w.value(tag.Type(), p.Value); err != nil {
		return fmt.Errorf("property %v: %w", tag, err)
	}
	return nil
}

func (w *propWriter) checkType(t Type) error {
	if w.compat && (t.Base() == TypeAppTime || t.Base() == TypeCurrency) {
		return fmt.Errorf("%w: ytnef misreads PT_APPTIME and PT_CURRENCY", ErrCompat)
	}
	if _, ok := scalarCheck[t.Base()]; !ok {
		return fmt.Errorf("%w: unknown type %#04x", ErrValue, uint16(t))
	}
	return nil
}

func (w *propWriter) name(n Name) error {
	w.buf = append(w.buf, n.Set[:]...)
	w.u32(uint32(n.Kind))
	if n.Kind == NameID {
		w.u32(n.ID)
		return nil
	}
	b := append(codepage.EncodeUTF16(n.Str), 0, 0)
	if w.compat && len(b) > maxNameBytes {
		return fmt.Errorf("%w: name %q is %d bytes in UTF-16 (limit %d)", ErrCompat, n.Str, len(b), maxNameBytes)
	}
	w.u32(uint32(len(b)))
	w.padded(b)
	return nil
}

func (w *propWriter) value(t Type, v any) error {
	if !t.Multi() {
		if !scalarCheck[t](v) {
			return fmt.Errorf("%w: %T for type %#04x", ErrValue, v, uint16(t))
		}
		if _, fixed := fixedSize[t]; fixed {
			w.fixed(t, v)
			return nil
		}
		w.u32(1)
		return w.item(t, v)
	}
	vals, ok := items(t.Base(), v)
	if !ok {
		return fmt.Errorf("%w: %T for type %#04x", ErrValue, v, uint16(t))
	}
	if w.compat && len(vals) > maxMultiValues {
		return fmt.Errorf("%w: %d values (limit %d)", ErrCompat, len(vals), maxMultiValues)
	}
	return w.multi(t.Base(), vals)
}

func (w *propWriter) multi(t Type, vals []any) error {
	w.u32(uint32(len(vals)))
	_, fixed := fixedSize[t]
	for _, v := range vals {
		if fixed {
			w.fixed(t, v)
		} else if err := w.item(t, v); err != nil {
			return err
		}
	}
	return nil
}

// item appends one length-prefixed value of a variable-size type.
func (w *propWriter) item(t Type, v any) error {
	var b []byte
	switch x := v.(type) {
	case string:
		b = w.stringBytes(t, x)
	case []byte:
		b = x
	case *Object:
		if x == nil {
			return fmt.Errorf("%w: nil object", ErrValue)
		}
		b = append(append(make([]byte, 0, 16+len(x.Data)), x.IID[:]...), x.Data...)
	}
	if w.compat && len(b) > maxValueBytes {
		return fmt.Errorf("%w: value of %d bytes (limit %d)", ErrCompat, len(b), maxValueBytes)
	}
	w.u32(uint32(len(b)))
	w.padded(b)
	return nil
}

func (w *propWriter) stringBytes(t Type, s string) []byte {
	if t == TypeUnicode {
		return append(codepage.EncodeUTF16(s), 0, 0)
	}
	return append(codepage.Encode(w.cp, s), 0)
}

func (w *propWriter) fixed(t Type, v any) {
	b := make([]byte, fixedSize[t])
	le := binary.LittleEndian
	switch x := v.(type) {
	case int16:
		le.PutUint16(b, uint16(x))
	case bool:
		if x {
			b[0] = 1
		}
	case int32:
		le.PutUint32(b, uint32(x))
	case uint32:
		le.PutUint32(b, x)
	case float32:
		le.PutUint32(b, math.Float32bits(x))
	case float64:
		le.PutUint64(b, math.Float64bits(x))
	case int64:
		le.PutUint64(b, uint64(x))
	case time.Time:
		le.PutUint64(b, toFiletime(x))
	case GUID:
		copy(b, x[:])
	}
	w.buf = append(w.buf, b...)
}

// toFiletime converts t to 100 ns ticks since 1601-01-01, clamped to the
// FILETIME range.
func toFiletime(t time.Time) uint64 {
	const epochDelta = 11644473600
	sec := t.Unix() + epochDelta
	if sec < 0 {
		return 0
	}
	return uint64(sec)*1e7 + uint64(t.Nanosecond()/100)
}

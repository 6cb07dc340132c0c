// Package codepage converts between Windows code pages and UTF-8 for the
// TNEF codec. It covers the single-byte Windows, OEM, ISO-8859 and KOI8 pages,
// the double-byte pages 932, 936, 949 and 950, UTF-8 (65001) and UTF-16LE
// (1200). The tables come from tables.bin.gz, written by gen_tables.py.
//
// It imports nothing outside the standard library.
package codepage

//go:generate python3 gen_tables.py

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"io"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// Code pages handled without a table.
const (
	UTF16LE = 1200
	ASCII   = 20127
	Latin1  = 28591
	UTF8    = 65001
)

//go:embed tables.bin.gz
var tablesGz []byte

// table maps one code page's bytes to runes.
type table struct {
	high     [128]rune // runes for single bytes 0x80..0xFF; 0 marks a lead byte
	leadLo   byte
	leadHi   byte
	trailLo  byte
	trailHi  byte
	double   []rune // (lead-leadLo)*width + (trail-trailLo)
	encOnce  sync.Once
	encoding map[rune]uint16
}

var (
	loadOnce sync.Once
	tables   map[uint32]*table
)

func load() map[uint32]*table {
	loadOnce.Do(func() { tables = parseTables(tablesGz) })
	return tables
}

func parseTables(gz []byte) map[uint32]*table {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		panic("codepage: corrupt embedded tables: " + err.Error())
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		panic("codepage: corrupt embedded tables: " + err.Error())
	}
	m := make(map[uint32]*table)
	for len(raw) > 0 {
		cp := binary.BigEndian.Uint16(raw)
		kind := raw[2]
		t := &table{}
		raw = readRunes(t.high[:], raw[3:])
		if kind == 2 {
			t.leadLo, t.leadHi, t.trailLo, t.trailHi = raw[0], raw[1], raw[2], raw[3]
			t.double = make([]rune, int(t.leadHi-t.leadLo+1)*t.width())
			raw = readRunes(t.double, raw[4:])
		}
		m[uint32(cp)] = t
	}
	return m
}

func readRunes(dst []rune, src []byte) []byte {
	for i := range dst {
		dst[i] = rune(binary.BigEndian.Uint16(src[2*i:]))
	}
	return src[2*len(dst):]
}

func (t *table) width() int { return int(t.trailHi-t.trailLo) + 1 }

// Supported reports whether code page cp can be converted.
func Supported(cp uint32) bool {
	switch cp {
	case UTF16LE, ASCII, Latin1, UTF8:
		return true
	}
	_, ok := load()[cp]
	return ok
}

// IsLead reports whether b is the lead byte of a double-byte character in
// code page cp (932, 936, 949 or 950); the byte after it is its trail byte,
// which may look like ASCII.
func IsLead(cp uint32, b byte) bool {
	t, ok := load()[cp]
	return ok && t.double != nil && b >= 0x80 && t.high[b-0x80] == 0
}

// Decode converts b from code page cp to a UTF-8 string. Bytes that have no
// mapping become U+FFFD. An unknown code page decodes as Windows-1252, which
// is what Outlook assumes.
func Decode(cp uint32, b []byte) string {
	switch cp {
	case UTF8:
		return string(bytes.ToValidUTF8(b, []byte("\uFFFD")))
	case UTF16LE:
		return DecodeUTF16(b)
	case Latin1, ASCII:
		return decodeLatin1(b)
	}
	t, ok := load()[cp]
	if !ok {
		t = load()[1252]
	}
	return t.decode(b)
}

func decodeLatin1(b []byte) string {
	var sb bytes.Buffer
	sb.Grow(len(b))
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

func (t *table) decode(b []byte) string {
	var sb bytes.Buffer
	sb.Grow(len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case t.high[c-0x80] != 0:
			sb.WriteRune(t.high[c-0x80])
		case i+1 < len(b):
			sb.WriteRune(t.pair(c, b[i+1]))
			i++
		default:
			sb.WriteRune(utf8.RuneError)
		}
	}
	return sb.String()
}

func (t *table) pair(lead, trail byte) rune {
	if lead < t.leadLo || lead > t.leadHi || trail < t.trailLo || trail > t.trailHi {
		return utf8.RuneError
	}
	return t.double[int(lead-t.leadLo)*t.width()+int(trail-t.trailLo)]
}

// DecodeUTF16 converts UTF-16LE bytes to a UTF-8 string. An odd final byte is
// dropped and unpaired surrogates become U+FFFD.
func DecodeUTF16(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return string(utf16.Decode(u))
}

// EncodeUTF16 converts s to UTF-16LE bytes.
func EncodeUTF16(s string) []byte {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 2*len(u))
	for i, v := range u {
		binary.LittleEndian.PutUint16(b[2*i:], v)
	}
	return b
}

// Encode converts s to code page cp. Runes the code page cannot represent
// become '?'. An unknown code page encodes as Windows-1252.
func Encode(cp uint32, s string) []byte {
	switch cp {
	case UTF8:
		return []byte(s)
	case UTF16LE:
		return EncodeUTF16(s)
	case Latin1:
		return encodeRange(s, 0xFF)
	case ASCII:
		return encodeRange(s, 0x7F)
	}
	t, ok := load()[cp]
	if !ok {
		t = load()[1252]
	}
	return t.encode(s)
}

func encodeRange(s string, max rune) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > max {
			r = '?'
		}
		b = append(b, byte(r))
	}
	return b
}

func (t *table) encoder() map[rune]uint16 {
	t.encOnce.Do(func() {
		t.encoding = make(map[rune]uint16)
		for i := len(t.double) - 1; i >= 0; i-- {
			if r := t.double[i]; r != utf8.RuneError {
				lead, trail := i/t.width()+int(t.leadLo), i%t.width()+int(t.trailLo)
				t.encoding[r] = uint16(lead<<8 | trail)
			}
		}
		for i := len(t.high) - 1; i >= 0; i-- {
			if r := t.high[i]; r != 0 && r != utf8.RuneError {
				t.encoding[r] = uint16(0x80 + i)
			}
		}
	})
	return t.encoding
}

func (t *table) encode(s string) []byte {
	enc := t.encoder()
	b := make([]byte, 0, len(s))
	for _, r := range s {
		c, ok := enc[r]
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case !ok:
			b = append(b, '?')
		case c > 0xFF:
			b = append(b, byte(c>>8), byte(c))
		default:
			b = append(b, byte(c))
		}
	}
	return b
}

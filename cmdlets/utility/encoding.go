package utility

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// FileEncoding is the -Encoding of the file cmdlets (Windows PowerShell
// 5.1's FileSystemCmdletProviderEncoding names).
type FileEncoding string

// EnumValues lists the encoding names.
func (FileEncoding) EnumValues() []string {
	return []string{"Unknown", "String", "Unicode", "Byte", "BigEndianUnicode", "UTF8", "UTF7", "UTF32", "Ascii", "Default", "Oem", "BigEndianUTF32"}
}

// encodeText encodes s: Unicode and BigEndianUnicode as UTF-16 with a
// byte order mark, UTF8 with a BOM, UTF32 as UTF-32LE with a BOM, Ascii
// with '?' for other characters; anything else (and the empty default)
// as UTF-8 without a BOM. bom false leaves the mark out (appending).
func encodeText(s string, enc FileEncoding, bom bool) []byte {
	var b bytes.Buffer
	switch strings.ToLower(string(enc)) {
	case "unicode", "bigendianunicode":
		order := binary.ByteOrder(binary.LittleEndian)
		if strings.EqualFold(string(enc), "bigendianunicode") {
			order = binary.BigEndian
		}
		if bom {
			_ = binary.Write(&b, order, uint16(0xFEFF))
		}
		_ = binary.Write(&b, order, utf16.Encode([]rune(s)))
	case "utf32", "bigendianutf32":
		return utf32(s, bom)
	case "ascii":
		for _, r := range s {
			if r > 127 {
				r = '?'
			}
			b.WriteByte(byte(r))
		}
	case "utf8":
		if bom {
			b.WriteString("\uFEFF")
		}
		b.WriteString(s)
	default:
		b.WriteString(s)
	}
	return b.Bytes()
}

// utf32 encodes s as UTF-32LE.
func utf32(s string, bom bool) []byte {
	var b bytes.Buffer
	if bom {
		_ = binary.Write(&b, binary.LittleEndian, uint32(0xFEFF))
	}
	for _, r := range s {
		_ = binary.Write(&b, binary.LittleEndian, uint32(r))
	}
	return b.Bytes()
}

// decodeText decodes file content by its byte order mark (UTF-16 LE/BE,
// UTF-8); without one the bytes are taken as UTF-8.
func decodeText(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return string(data[3:])
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return utf16String(data[2:], binary.LittleEndian)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return utf16String(data[2:], binary.BigEndian)
	}
	if !utf8.Valid(data) {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return string(data)
}

// utf16String decodes UTF-16 code units.
func utf16String(data []byte, order binary.ByteOrder) string {
	u := make([]uint16, len(data)/2)
	for i := range u {
		u[i] = order.Uint16(data[2*i:])
	}
	return string(utf16.Decode(u))
}

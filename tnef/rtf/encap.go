package rtf

import (
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// header1 and header2 surround the \fromtext or \fromhtml1 marker (none in
// a native document) in the documents this package writes; header2 ends with the font table and the
// paragraph defaults Outlook uses for converted bodies.
const (
	header1 = `{\rtf1\ansi\ansicpg%d%s\deff0{\fonttbl` + "\r\n" +
		`{\f0\fswiss\fcharset0 Arial;}` + "\r\n" + `{\f1\fmodern Courier New;}}` + "\r\n"
	header2 = `{\colortbl\red0\green0\blue0;\red0\green0\blue255;}` + "\r\n" +
		`\uc1\pard\plain\deftab360 \f0\fs20 `
)

// EncapsulateText returns an RTF document that carries text (UTF-8) with the
// \fromtext marker, so that [Decapsulate] and Outlook recover the text. Line
// breaks become \par, tabs \tab and non-ASCII characters \uN escapes.
func EncapsulateText(text string) []byte {
	return textDocument(text, `\fromtext `)
}

// FromText returns a native RTF document (no \fromtext marker) showing
// text (UTF-8) in the font Outlook uses for converted bodies: CRLF becomes
// \par, tabs \tab and non-ASCII characters \uN escapes. Outlook shows it as
// rich text.
func FromText(text string) []byte { return textDocument(text, "") }

func textDocument(text, marker string) []byte {
	var sb strings.Builder
	fmt.Fprintf(&sb, header1, 1252, marker)
	sb.WriteString(header2)
	writeText(&sb, text)
	sb.WriteString("\r\n}\r\n")
	return []byte(sb.String())
}

func writeText(sb *strings.Builder, text string) {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\r' && i+1 < len(text) && text[i+1] == '\n':
			sb.WriteString("\\par\r\n")
			i++
		case c == '\t':
			sb.WriteString("\\tab ")
		case c == '\r' || c == '\n' || c < 0x20:
			fmt.Fprintf(sb, "\\'%02x", c)
		case c == '\\' || c == '{' || c == '}':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c < 0x80:
			sb.WriteByte(c)
		default:
			i += writeRune(sb, text[i:]) - 1
		}
	}
}

// writeRune writes the first rune of s as \uN? escapes and returns its size.
func writeRune(sb *strings.Builder, s string) int {
	r, size := utf8.DecodeRuneInString(s)
	for _, u := range utf16.Encode([]rune{r}) {
		fmt.Fprintf(sb, "\\u%d?", int16(u))
	}
	return size
}

// EncapsulateHTML returns an RTF document that carries html with the
// \fromhtml1 marker: markup goes into {\*\htmltag} groups and text stays
// visible to RTF readers. codePage is the charset of html's bytes (for
// example 65001 for UTF-8); it is recorded as \ansicpg and bytes above 0x7F
// are written as \'hh escapes, so [Decapsulate] returns html byte for byte.
func EncapsulateHTML(html []byte, codePage int) []byte {
	var sb strings.Builder
	fmt.Fprintf(&sb, header1, codePage, `\fromhtml1 `)
	sb.WriteString(header2)
	for len(html) > 0 {
		n := tagLen(html)
		if n > 0 {
			sb.WriteString(`{\*\htmltag64 `)
			writeBytes(&sb, html[:n])
			sb.WriteString("}")
		} else {
			n = textLen(html)
			writeBytes(&sb, html[:n])
		}
		html = html[n:]
	}
	sb.WriteString("\r\n}\r\n")
	return []byte(sb.String())
}

// tagLen returns the length of the markup (tag or comment) at the start of
// b, or 0 when b starts with text.
func tagLen(b []byte) int {
	if len(b) == 0 || b[0] != '<' {
		return 0
	}
	end := ">"
	if strings.HasPrefix(string(b[:min(len(b), 4)]), "<!--") {
		end = "-->"
	}
	if i := strings.Index(string(b), end); i >= 0 {
		return i + len(end)
	}
	return len(b)
}

func textLen(b []byte) int {
	for i, c := range b {
		if c == '<' {
			return i
		}
	}
	return len(b)
}

func writeBytes(sb *strings.Builder, b []byte) {
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c == '\r' && i+1 < len(b) && b[i+1] == '\n':
			sb.WriteString("\\par\r\n")
			i++
		case c == '\t':
			sb.WriteString("\\tab ")
		case c == '\\' || c == '{' || c == '}':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c < 0x20 || c >= 0x80:
			fmt.Fprintf(sb, "\\'%02x", c)
		default:
			sb.WriteByte(c)
		}
	}
}

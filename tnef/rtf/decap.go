package rtf

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/exsh/exsh/tnef/internal/codepage"
)

// Kind says what an RTF document encapsulates.
type Kind int

// Kinds reported by [Detect] and [Decapsulate].
const (
	Native Kind = iota // an ordinary RTF document
	Text               // plain text, marked \fromtext
	HTML               // HTML, marked \fromhtml1
)

// String returns "rtf", "text" or "html".
func (k Kind) String() string {
	switch k {
	case Text:
		return "text"
	case HTML:
		return "html"
	}
	return "rtf"
}

// Detect reports whether doc encapsulates text or HTML. It looks only at the
// document header, where MS-OXRTFEX requires the marker to be.
func Detect(doc []byte) Kind {
	lx := lexer{src: doc}
	for depth := 0; ; {
		t := lx.next()
		switch {
		case t.kind == tokEOF || t.kind == tokText || depth > 1:
			return Native
		case t.kind == tokOpen:
			depth++
		case t.word == "fromtext":
			return Text
		case t.word == "fromhtml" && t.param == 1:
			return HTML
		}
	}
}

// Decapsulate recovers the body an RTF document carries: for [Text] the
// text as UTF-8, for [HTML] the original HTML bytes, for [Native] doc itself.
// Malformed RTF never fails; whatever text it holds is returned.
func Decapsulate(doc []byte) (Kind, []byte) {
	kind := Detect(doc)
	if kind == Native {
		return Native, doc
	}
	d := &decapsulator{kind: kind, cp: 1252, lx: lexer{src: doc}, st: state{uc: 1}}
	d.run()
	return kind, d.out
}

// PlainText returns the text of an RTF document: its characters decoded
// from the document's code page, \par and \line as CRLF, and the content of
// font, colour, style, picture, object and other non-text destinations left
// out. Encapsulated HTML comes out as its HTML source. Malformed RTF never
// fails.
func PlainText(doc []byte) string {
	d := &decapsulator{kind: Text, cp: 1252, lx: lexer{src: doc}, st: state{uc: 1}}
	d.run()
	return string(d.out)
}

// state is the part of the parser state that groups save and restore.
type state struct {
	skip    bool // inside a destination whose text is not part of the body
	htmltag bool // inside {\*\htmltag...}
	htmlrtf bool // inside \htmlrtf ... \htmlrtf0 (RTF-only text)
	uc      int  // characters to skip after \uN
}

type decapsulator struct {
	kind      Kind
	cp        uint32
	lx        lexer
	st        state
	stack     []state
	deep      int // groups open beyond maxGroupDepth, whose state is not saved
	out       []byte
	pending   []byte // code page bytes not yet decoded (text mode)
	lead      bool   // pending ends with the lead byte of a double-byte character
	skipChars int
	surrogate rune
}

// maxGroupDepth bounds the saved group states. Deeper groups still count,
// so that their closing braces match, but share their parent's state.
const maxGroupDepth = 256

// skipped lists destinations whose content is never part of the body.
var skipped = map[string]bool{
	"fonttbl": true, "colortbl": true, "stylesheet": true, "info": true, "pict": true,
	"object": true, "listtable": true, "listoverridetable": true, "rsidtbl": true,
	"generator": true, "xmlnstbl": true, "themedata": true, "latentstyles": true,
	"datastore": true, "colorschememapping": true, "fldinst": true, "header": true,
	"footer": true, "mhtmltag": true, "filetbl": true, "revtbl": true, "pgdsctbl": true,
}

func (d *decapsulator) run() {
	for t := d.lx.next(); t.kind != tokEOF; t = d.lx.next() {
		switch t.kind {
		case tokOpen:
			if len(d.stack) < maxGroupDepth {
				d.stack = append(d.stack, d.st)
			} else {
				d.deep++
			}
		case tokClose:
			d.closeGroup()
		case tokStar:
			d.destination(d.lx.next(), true)
		case tokWord:
			d.word(t)
		case tokHex:
			d.hex(byte(t.param))
		case tokText:
			d.char(t.text)
		}
	}
	d.flush()
}

func (d *decapsulator) closeGroup() {
	if d.deep > 0 {
		d.deep--
		return
	}
	if n := len(d.stack); n > 0 {
		d.flush()
		d.st, d.stack = d.stack[n-1], d.stack[:n-1]
	}
}

// destination handles the control word after {\* : htmltag is kept, any other
// optional destination is skipped.
func (d *decapsulator) destination(t token, optional bool) {
	switch {
	case t.word == "htmltag" && !d.st.skip:
		d.st.htmltag = true
	case optional || skipped[t.word]:
		d.st.skip = true
	}
}

func (d *decapsulator) emits() bool {
	return !d.st.skip && (d.st.htmltag || !d.st.htmlrtf)
}

func (d *decapsulator) word(t token) {
	if skipped[t.word] {
		d.destination(t, false)
		return
	}
	switch t.word {
	case "ansicpg":
		d.cp = uint32(t.param)
	case "uc":
		d.st.uc = t.param
	case "htmlrtf":
		d.st.htmlrtf = !t.hasParam || t.param != 0
	case "u":
		d.unicode(t.param)
	default:
		if s, ok := wordText[t.word]; ok {
			d.literal(s)
		}
	}
}

// wordText maps control words to the text they stand for.
var wordText = map[string]string{
	"par": "\r\n", "line": "\r\n", "tab": "\t", "lquote": "\u2018", "rquote": "\u2019",
	"ldblquote": "\u201C", "rdblquote": "\u201D", "bullet": "\u2022", "endash": "\u2013",
	"emdash": "\u2014", "~": "\u00A0", "_": "-",
	"\\": "\\", "{": "{", "}": "}",
}

func (d *decapsulator) literal(s string) {
	if !d.emits() {
		return
	}
	d.flush()
	if d.kind == HTML && s[0] >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(s)
		s = fmt.Sprintf("&#%d;", r)
	}
	d.out = append(d.out, s...)
}

func (d *decapsulator) unicode(n int) {
	d.skipChars = d.st.uc
	r := rune(uint16(int16(n)))
	if utf16.IsSurrogate(r) && d.surrogate == 0 {
		d.surrogate = r
		return
	}
	if d.surrogate != 0 {
		r, d.surrogate = utf16.DecodeRune(d.surrogate, r), 0
	}
	d.literal(string(r))
}

func (d *decapsulator) hex(b byte) {
	switch {
	case d.skipChars > 0:
		d.skipChars--
	case !d.emits():
	case d.kind == HTML:
		d.out = append(d.out, b)
	default:
		d.pend(b)
	}
}

// pend adds a byte of the document's code page to the pending ones.
func (d *decapsulator) pend(b byte) {
	d.pending = append(d.pending, b)
	d.lead = !d.lead && codepage.IsLead(d.cp, b)
}

// char handles a literal byte. Bytes above 0x7F are text in the document's
// code page (\ansicpg), just as their \'hh escapes are; so is an ASCII
// byte that completes a double-byte character.
func (d *decapsulator) char(c byte) {
	switch {
	case c >= 0x80:
		d.hex(c)
	case d.skipChars > 0:
		d.skipChars--
	case !d.emits():
	case d.lead && d.kind != HTML:
		d.pend(c)
	default:
		d.flush()
		d.out = append(d.out, c)
	}
}

// flush decodes the pending bytes from the document's code page.
func (d *decapsulator) flush() {
	if len(d.pending) > 0 {
		d.out = append(d.out, codepage.Decode(d.cp, d.pending)...)
		d.pending, d.lead = d.pending[:0], false
	}
}

// hexValue parses the two hex digits of a \'hh escape.
func hexValue(s []byte) (int, bool) {
	v, err := strconv.ParseUint(string(s), 16, 8)
	return int(v), err == nil
}

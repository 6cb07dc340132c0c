package rtf

import (
	"bytes"
	"testing"
)

func TestTextRoundTrip(t *testing.T) {
	tests := []string{
		"",
		"Hello, world",
		"line one\r\nline two\r\n\r\n\ttabbed {braces} and \\backslash",
		"lone\nLF and lone\rCR",
		"Grüße, шостий, 你好, 𝄞",
	}
	for _, in := range tests {
		doc := EncapsulateText(in)
		if k := Detect(doc); k != Text {
			t.Errorf("Detect(EncapsulateText(%q)) = %v", in, k)
		}
		kind, got := Decapsulate(doc)
		if kind != Text || string(got) != in {
			t.Errorf("Decapsulate(EncapsulateText(%q)) = %v %q", in, kind, got)
		}
	}
}

func TestHTMLRoundTrip(t *testing.T) {
	tests := []struct {
		html string
		cp   int
	}{
		{"<html><body><p>Hello &amp; welcome</p></body></html>", 1252},
		{"<html>\r\n<head><!-- a > b --><style>p {color:red}</style></head>\r\n<body>caf\xe9\tok\n</body></html>", 1252},
		{"<p>\xd1\x88\xd0\xbe\xd1\x81\xd1\x82\xd0\xb8\xd0\xb9</p>", 65001},
		{"unterminated <b", 1252},
	}
	for _, tt := range tests {
		doc := EncapsulateHTML([]byte(tt.html), tt.cp)
		kind, got := Decapsulate(doc)
		if kind != HTML || !bytes.Equal(got, []byte(tt.html)) {
			t.Errorf("round trip of %q: %v %q\n%s", tt.html, kind, got, doc)
		}
	}
}

func TestDecapsulateOutlookHTML(t *testing.T) {
	doc := `{\rtf1\ansi\ansicpg1252\fromhtml1 \fbidis \deff0{\fonttbl
{\f0\fswiss\fcharset0 Arial;}}
{\colortbl\red0\green0\blue0;}
{\*\htmltag19 <html>}{\*\htmltag34 <head>}{\*\htmltag1 \par }
{\*\htmltag50 <body>}\htmlrtf {\htmlrtf0 Caf\'e9 {\*\htmltag84 &nbsp;}\htmlrtf \u8364 ?\htmlrtf0 x\htmlrtf }\htmlrtf0
{\*\mhtmltag50 <img src="cid:x">}{\*\htmltag58 </body>}}`
	kind, got := Decapsulate([]byte(doc))
	want := "<html><head>\r\n<body>Caf\xe9 &nbsp;x</body>"
	if kind != HTML || string(got) != want {
		t.Errorf("Decapsulate = %v %q, want %q", kind, got, want)
	}
}

func TestNative(t *testing.T) {
	doc := []byte(`{\rtf1\ansi{\fonttbl\f0\fromtext Arial;} hello}`)
	if kind, got := Decapsulate(doc); kind != Native || !bytes.Equal(got, doc) {
		t.Errorf("Decapsulate(native) = %v %q", kind, got)
	}
}

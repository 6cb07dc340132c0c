package rtf

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/exsh/exsh/tnef/internal/codepage"
)

func TestPlainText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"tables skipped", `{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\stylesheet{\s0 Normal;}}{\*\generator x;}\f0 Hi\par}`, "Hi\r\n"},
		{"code page", `{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2}`, "Привет"},
		{"unicode and symbols", `{\rtf1\uc1 a\u8364?b\tab c\emdash\~d\{\}}`, "a€b\tc—\u00a0d{}"},
		{"picture skipped", `{\rtf1 x{\pict\wmetafile8 0102ff}y}`, "xy"},
		{"malformed", `{\rtf1 open {\b never closed`, "open never closed"},
	}
	for _, tc := range tests {
		if got := PlainText([]byte(tc.in)); got != tc.want {
			t.Errorf("%s: PlainText = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestFromText(t *testing.T) {
	text := "Grüße {x}\\y\r\n\tline two"
	doc := FromText(text)
	if Detect(doc) != Native {
		t.Fatalf("FromText made a %v document", Detect(doc))
	}
	if got := PlainText(doc); got != text {
		t.Errorf("PlainText(FromText(%q)) = %q", text, got)
	}
}

// codePageTexts holds a text for each code page RTF bodies name in
// \ansicpg; each survives the round trip through its code page.
var codePageTexts = map[uint32]string{
	874:  "สวัสดีครับ",
	932:  "こんにちは、ソース表示", // ソ and 表 end in 0x5C, a backslash
	936:  "你好，世界",
	949:  "안녕하세요",
	950:  "你好，許功蓋", // 許, 功 and 蓋 end in 0x5C
	1250: "Žluťoučký kůň úpěl",
	1251: "Привет, мир",
	1252: "Grüße, déjà vu – €",
	1253: "Καλημέρα",
	1254: "Günaydın, şğİ",
	1255: "שלום",
	1256: "مرحبا",
	1257: "Labas rytas, ąčęėįšųūž",
	1258: "Cơ Đư ₫",
}

// rtfBytes writes code page bytes into RTF: bytes above 0x7F raw (escaped
// as \'hh when hex is set), and the ASCII bytes RTF gives a meaning to
// (backslash and braces), which may be DBCS trail bytes, always escaped.
func rtfBytes(b []byte, hex bool) string {
	var sb strings.Builder
	for _, c := range b {
		if c == '\\' || c == '{' || c == '}' || c >= 0x80 && hex {
			fmt.Fprintf(&sb, `\'%02x`, c)
		} else {
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// TestPlainTextCodePages checks that text in the code page of \ansicpg
// decodes to the same characters whether its bytes are raw or \'hh
// escapes, in native and \fromtext documents. Raw bytes used to pass
// through undecoded, leaving invalid UTF-8.
func TestPlainTextCodePages(t *testing.T) {
	for cp, text := range codePageTexts {
		b := codepage.Encode(cp, text)
		if got := codepage.Decode(cp, b); got != text {
			t.Fatalf("%d: the text does not survive its code page: %q", cp, got)
		}
		for _, hex := range []bool{false, true} {
			body := rtfBytes(b, hex) + `\par`
			native := fmt.Sprintf(`{\rtf1\ansi\ansicpg%d\deff0{\fonttbl{\f0 Arial;}}\f0 %s}`, cp, body)
			if got := PlainText([]byte(native)); got != text+"\r\n" {
				t.Errorf("%d (escaped %v): PlainText = %q, want %q", cp, hex, got, text)
			}
			fromText := fmt.Sprintf(`{\rtf1\ansi\ansicpg%d\fromtext \deff0{\fonttbl{\f0 Arial;}}\f0 %s}`, cp, body)
			if kind, got := Decapsulate([]byte(fromText)); kind != Text || string(got) != text+"\r\n" {
				t.Errorf("%d (escaped %v): Decapsulate = %v %q, want %q", cp, hex, kind, got, text)
			}
		}
	}
}

// TestPlainTextDoubleByteTrail checks double-byte characters written with
// an escaped lead byte and a literal ASCII trail byte, as RTF writers may:
// ア is 83 41 in code page 932, 가 is B0 A1 in 949 and 丂 is 81 40 in 936.
func TestPlainTextDoubleByteTrail(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{\rtf1\ansi\ansicpg932 \'83A\'83Cx}`, "アイx"},
		{`{\rtf1\ansi\ansicpg936 \'81@ b}`, "丂 b"},
		{`{\rtf1\ansi\ansicpg1252 \'e9A}`, "éA"}, // single-byte: no trail
	}
	for _, tc := range tests {
		if got := PlainText([]byte(tc.in)); got != tc.want {
			t.Errorf("PlainText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPlainTextValidUTF8 feeds random bytes, alone and after RTF headers
// with several code pages: the text is always valid UTF-8.
func TestPlainTextValidUTF8(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	heads := []string{"", `{\rtf1\ansi `, `{\rtf1\ansi\ansicpg932 `, `{\rtf1\ansi\ansicpg1251\fromtext `, `{\rtf1\ansi\ansicpg65001 `}
	for i := range 2000 {
		b := make([]byte, r.IntN(200))
		for j := range b {
			b[j] = byte(r.IntN(256))
		}
		doc := append([]byte(heads[i%len(heads)]), b...)
		if got := PlainText(doc); !utf8.ValidString(got) {
			t.Fatalf("PlainText(%q) = %q is not UTF-8", doc, got)
		}
		if kind, got := Decapsulate(doc); kind == Text && !utf8.Valid(got) {
			t.Fatalf("Decapsulate(%q) = %q is not UTF-8", doc, got)
		}
	}
}

// TestPlainTextDeepGroups checks that a million nested groups cost no
// memory per group beyond maxGroupDepth, where each used to save a state.
func TestPlainTextDeepGroups(t *testing.T) {
	const depth = 1 << 20
	doc := []byte(`{\rtf1 a` + strings.Repeat("{", depth) + "b" + strings.Repeat("}", depth) + "c}")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	got := PlainText(doc)
	runtime.ReadMemStats(&after)
	if got != "abc" {
		t.Errorf("PlainText = %q, want abc", got)
	}
	if used := after.TotalAlloc - before.TotalAlloc; used > 64<<10 {
		t.Errorf("%d nested groups allocated %d bytes", depth, used)
	}
	// Groups past the bound still end where they should: the skipped font
	// table closes, so "x" is text again.
	doc = []byte(`{\rtf1{\fonttbl` + strings.Repeat("{", 2*maxGroupDepth) + "f" + strings.Repeat("}", 2*maxGroupDepth) + "}x}")
	if got := PlainText(doc); got != "x" {
		t.Errorf("PlainText after deep font table = %q, want x", got)
	}
}

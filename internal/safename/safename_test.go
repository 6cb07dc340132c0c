package safename

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

func TestClean(t *testing.T) {
	long := strings.Repeat("é", 200) + ".pdf"
	tests := []struct {
		name, in, want string
	}{
		{"plain", "report.pdf", "report.pdf"},
		{"unicode kept", "Grüße данные.bin", "Grüße данные.bin"},
		{"parent escape", "../../evil", "evil"},
		{"windows parent escape", `..\..\evil.txt`, "evil.txt"},
		{"absolute unix", "/etc/passwd", "passwd"},
		{"absolute windows", `C:\Windows\system.ini`, "system.ini"},
		{"drive relative", "C:evil.txt", "evil.txt"},
		{"unc", `\\server\share\x.doc`, "x.doc"},
		{"dot dot", "..", "attachment"},
		{"dot", ".", "attachment"},
		{"empty", "", "attachment"},
		{"only slashes", "a/b/", "attachment"},
		{"nul byte", "a\x00b.txt", "a_b.txt"},
		{"control chars", "tab\there\r\n.txt", "tab_here__.txt"},
		{"forbidden chars", `a<b>c:d"e|f?g*h.txt`, "a_b_c_d_e_f_g_h.txt"},
		{"trailing dots and spaces", "name.txt. . ", "name.txt"},
		{"leading spaces", "  x.txt", "x.txt"},
		{"device", "CON", "_CON"},
		{"device lower with extension", "nul.txt", "_nul.txt"},
		{"device with space before extension", "com1 .log", "_com1 .log"},
		{"device superscript", "LPT¹", "_LPT¹"},
		{"not a device", "CONSOLE.txt", "CONSOLE.txt"},
		{"invalid utf8", "a\xffb", "a_b"},
		{"hidden file kept", ".profile", ".profile"},
		{"too long keeps extension", long, strings.Repeat("é", 125) + ".pdf"},
		{"right-to-left override", "photo\u202Egpj.exe", "photogpj.exe"},
		{"left-to-right override", "a\u202Db.txt", "ab.txt"},
		{"embeddings and pop", "\u202Aa\u202Bb\u202C.txt", "ab.txt"},
		{"isolates", "\u2066a\u2067b\u2068c\u2069.pdf", "abc.pdf"},
		{"marks", "\u200Ea\u200F\u061C.doc", "a.doc"},
		{"zero width and bom", "\uFEFFin\u200Bvoice\u200D.pdf", "invoice.pdf"},
		{"soft hyphen and word joiner", "re\u00ADport\u2060.txt", "report.txt"},
		{"c1 controls", "a\u0085b\u009Bc.txt", "a_b_c.txt"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a_b_c"},
		{"only format characters", "\u202E\u200B", "attachment"},
		{"override hides a device", "C\u202EON.txt", "_CON.txt"},
		{"override before the dots", "..\u202E.", "attachment"},
		{"persian zero width non-joiner", "نامه\u200Cها.txt", "نامهها.txt"},
	}
	seen := map[string]bool{}
	for _, tc := range tests {
		if seen[tc.in] {
			t.Fatalf("duplicate input %q", tc.in)
		}
		seen[tc.in] = true
		t.Run(tc.name, func(t *testing.T) {
			got := Clean(tc.in, "attachment")
			if got != tc.want {
				t.Errorf("Clean(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if strings.ContainsFunc(got, func(r rune) bool { return unicode.In(r, unicode.Cc, unicode.Cf) }) {
				t.Errorf("Clean(%q) = %q keeps a control or format character", tc.in, got)
			}
			if len(got) > MaxLen || filepath.Base(got) != got || strings.ContainsAny(got, "/\\\x00") {
				t.Errorf("Clean(%q) = %q is not a single safe element", tc.in, got)
			}
			dir := filepath.FromSlash("/dest")
			if rel, err := filepath.Rel(dir, filepath.Join(dir, got)); err != nil || strings.HasPrefix(rel, "..") {
				t.Errorf("Clean(%q) = %q escapes the directory", tc.in, got)
			}
		})
	}
}

// TestCleanFormatCharacters checks every format and control character of
// the Unicode tables, not only the ones the table above names.
func TestCleanFormatCharacters(t *testing.T) {
	for _, tab := range []*unicode.RangeTable{unicode.Cf, unicode.Cc} {
		for _, r16 := range tab.R16 {
			for r := rune(r16.Lo); r <= rune(r16.Hi); r += rune(r16.Stride) {
				if got := Clean("a"+string(r)+"b", "x"); got != "ab" && got != "a_b" {
					t.Errorf("Clean(a %U b) = %q", r, got)
				}
			}
		}
		for _, r32 := range tab.R32 {
			for r := rune(r32.Lo); r <= rune(r32.Hi); r += rune(r32.Stride) {
				if got := Clean("a"+string(r)+"b", "x"); got != "ab" {
					t.Errorf("Clean(a %U b) = %q", r, got)
				}
			}
		}
	}
}

// existing answers Namer's question from a set of names.
func existing(names ...string) func(string) (bool, error) {
	set := map[string]bool{}
	for _, n := range names {
		set[n] = true
	}
	return func(n string) (bool, error) { return set[n], nil }
}

func TestNamer(t *testing.T) {
	n := NewNamer(existing("a.txt", "a (1).txt", "README", ".profile"))
	tests := []struct{ in, want string }{
		{"a.txt", "a (2).txt"},
		{"b.txt", "b.txt"},
		{"README", "README (1)"},
		{".profile", ".profile (1)"},
		{"x.tar.gz", "x.tar.gz"},
		{"b.txt", "b (1).txt"},
		{"B.TXT", "B (2).TXT"},     // names compare case-insensitively
		{"b (3).txt", "b (3).txt"}, // a name that looks numbered is its own
		{"b.txt", "b (4).txt"},     // and is not given twice
		{"a.txt", "a (3).txt"},
	}
	for _, tc := range tests {
		if got, err := n.Unique(tc.in); err != nil || got != tc.want {
			t.Errorf("Unique(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	long := strings.Repeat("x", MaxLen-4) + ".txt"
	n = NewNamer(existing(long))
	if got, err := n.Unique(long); err != nil || len(got) > MaxLen || !strings.HasSuffix(got, " (1).txt") {
		t.Errorf("Unique(long) = %q (%d bytes), %v", got, len(got), err)
	}
}

// TestNamerLinear checks that n files of one name cost about n probes,
// where probing name, name (1), name (2)... for each file costs n²/2.
func TestNamerLinear(t *testing.T) {
	probes := 0
	n := NewNamer(func(string) (bool, error) { probes++; return false, nil })
	const files = 5000
	for i := range files {
		want := fmt.Sprintf("same (%d).txt", i)
		if i == 0 {
			want = "same.txt"
		}
		if got, err := n.Unique("same.txt"); err != nil || got != want {
			t.Fatalf("file %d: Unique = %q, %v; want %q", i, got, err, want)
		}
	}
	if probes != files {
		t.Errorf("%d files of one name took %d probes, want %d", files, probes, files)
	}
}

// TestNamerBounded checks that a folder where every name is taken, or
// whose names cannot be checked, ends the search instead of looping.
func TestNamerBounded(t *testing.T) {
	probes := 0
	n := NewNamer(func(string) (bool, error) { probes++; return true, nil })
	if got, err := n.Unique("a.txt"); !errors.Is(err, ErrNoFreeName) || got != "" || probes != MaxProbes {
		t.Errorf("all taken: Unique = %q, %v after %d probes; want ErrNoFreeName after %d", got, err, probes, MaxProbes)
	}
	probes = 0
	if _, err := n.Unique("a.txt"); !errors.Is(err, ErrNoFreeName) || probes != MaxProbes {
		t.Errorf("all taken, again: %v after %d probes", err, probes)
	}

	probes = 0
	n = NewNamer(func(string) (bool, error) { probes++; return false, fs.ErrPermission })
	if got, err := n.Unique("a.txt"); !errors.Is(err, fs.ErrPermission) || got != "" || probes != 1 {
		t.Errorf("error: Unique = %q, %v after %d probes; want the error after 1", got, err, probes)
	}
}

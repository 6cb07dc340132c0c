package safename

import (
	"path/filepath"
	"strings"
	"testing"
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

func TestUnique(t *testing.T) {
	taken := map[string]bool{"a.txt": true, "a (1).txt": true, "README": true, ".profile": true}
	tests := []struct{ in, want string }{
		{"a.txt", "a (2).txt"},
		{"b.txt", "b.txt"},
		{"README", "README (1)"},
		{".profile", ".profile (1)"},
		{"x.tar.gz", "x.tar.gz"},
	}
	for _, tc := range tests {
		if got := Unique(tc.in, func(s string) bool { return taken[s] }); got != tc.want {
			t.Errorf("Unique(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	long := strings.Repeat("x", MaxLen-4) + ".txt"
	if got := Unique(long, func(s string) bool { return s == long }); len(got) > MaxLen || !strings.HasSuffix(got, " (1).txt") {
		t.Errorf("Unique(long) = %q (%d bytes)", got, len(got))
	}
}

package utility

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlet/cmdlettest"
)

// TestUtilRemoveItemAsks: a folder with contents and no -Recurse is
// deleted only when the console answers yes, as 5.1 asks.
func TestUtilRemoveItemAsks(t *testing.T) {
	for _, tt := range []struct {
		answer string
		kept   bool
	}{{"n", true}, {"y", false}, {"", false}, {"L", true}} {
		t.Run("answer "+tt.answer, func(t *testing.T) {
			h := newHost(t)
			dir := filepath.Join(h.Dir, "logs")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "a.log"), []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
			h.Lines = []string{tt.answer}
			cmdlettest.Run(h, "Remove-Item", nil, "logs").OK(t)
			if !strings.Contains(h.Out.String(), "has children and the Recurse parameter was not specified") {
				t.Errorf("no question on the console: %q", h.Out.String())
			}
			if _, err := os.Stat(dir); (err == nil) != tt.kept {
				t.Errorf("folder kept = %v, want %v", err == nil, tt.kept)
			}
		})
	}
}

// TestUtilSplitPath covers the parts of Windows and Unix paths.
func TestUtilSplitPath(t *testing.T) {
	h := newHost(t)
	tests := []struct {
		path string
		sw   string
		want any
	}{
		{`C:\Reports\m.csv`, "", `C:\Reports`},
		{`C:\Reports`, "", `C:\`},
		{`C:\`, "", ""},
		{`C:a`, "", "C:"},
		{`a\b\c\`, "", `a\b`},
		{`a`, "", ""},
		{`/var/log/x.log`, "", "/var/log"},
		{`/var`, "", "/"},
		{`\\server\share\f.txt`, "", `\\server\share`},
		{`C:\Reports\m.csv`, "Leaf", "m.csv"},
		{`C:\Reports\`, "Leaf", "Reports"},
		{`m.csv`, "Leaf", "m.csv"},
		{`C:\Reports`, "Qualifier", "C:"},
		{`C:\Reports`, "NoQualifier", `\Reports`},
		{`Reports\x`, "NoQualifier", `Reports\x`},
		{`C:\x`, "IsAbsolute", true},
		{`/x`, "IsAbsolute", true},
		{`x\y`, "IsAbsolute", false},
		{`\x`, "IsAbsolute", false},
	}
	for _, tt := range tests {
		t.Run(tt.path+" "+tt.sw, func(t *testing.T) {
			args := []any{tt.path}
			if tt.sw != "" {
				args = append(args, cmdlettest.Param(tt.sw))
			}
			out := cmdlettest.Run(h, "Split-Path", nil, args...).OK(t)
			if len(out) != 1 || out[0] != tt.want {
				t.Errorf("got %#v, want %#v", out, tt.want)
			}
		})
	}
	e := cmdlettest.Run(h, "Split-Path", nil, `a\b`, cmdlettest.Param("Qualifier")).Failed(t)
	if e.ID != "ParsePathError" || !strings.Contains(e.Message, "does not have a qualifier specified") {
		t.Errorf("no-qualifier error: %+v", e)
	}
}

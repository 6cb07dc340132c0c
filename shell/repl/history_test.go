package repl

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHistory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "history.txt")
	h := LoadHistory(path)
	for _, e := range []string{"Get-RemoteDomain", "  ", "foreach ($i in 1..2) {\n  $i\n}", `Write-Output 'a\b'`, "Get-RemoteDomain\n"} {
		h.Append(e)
	}
	if err := h.Save(); err != nil {
		t.Fatal(err)
	}
	want := []string{"Get-RemoteDomain", "foreach ($i in 1..2) {\n  $i\n}", `Write-Output 'a\b'`, "Get-RemoteDomain"}
	if diff := cmp.Diff(want, h.Lines()); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, LoadHistory(path).Lines()); diff != "" {
		t.Errorf("reloaded lines (-want +got):\n%s", diff)
	}
}

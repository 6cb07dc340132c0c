package tnef_test

import (
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exsh/exsh/internal/tneftest"
	"github.com/exsh/exsh/tnef"
)

func TestInteropConvertTNEF(t *testing.T) {
	perl, script := tneftest.Perl(t)
	for name, m := range interopCases() {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			out, err := tneftest.Run(perl, script, writeCase(t, m), dir)
			if err != nil {
				t.Fatalf("Convert::TNEF: %v\n%s", err, out)
			}
			if diff := perlExpect(m); out != diff {
				t.Errorf("Convert::TNEF output:\n%s\nwant:\n%s", out, diff)
			}
			for i, a := range m.Attachments {
				if a.Embedded == nil {
					wantFile(t, filepath.Join(dir, fmt.Sprintf("att%d", i+1)), a.Data)
				}
			}
		})
	}
}

// perlExpect is what the script should print for m: legacy attributes in
// the code page, the title as both names (display names are Unicode, which
// Convert::TNEF ignores), and the placeholder for embedded messages.
func perlExpect(m *tnef.Message) string {
	var sb strings.Builder
	h := func(s string) string { return hex.EncodeToString(cp1252(s)) }
	fmt.Fprintf(&sb, "Subject\t%s\nMessageClass\t%s\n", h(m.Subject()), h(tnef.LegacyClass(m.Class())))
	if body, ok := m.Props.String(tnef.PidBody); ok {
		fmt.Fprintf(&sb, "Body\t%s\n", h(body))
	}
	for _, a := range m.Attachments {
		size := len(a.Data)
		if a.Embedded != nil {
			size = len(tnef.EmbeddedPlaceholder)
		}
		fmt.Fprintf(&sb, "att\t%s\t%s\t%d\n", h(a.Title), h(a.Title), size)
	}
	return sb.String()
}

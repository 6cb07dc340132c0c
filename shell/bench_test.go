package shell

import (
	"io"
	"strings"
	"testing"
)

// BenchmarkRun10kStatements runs 10,000 simple statements in one script.
func BenchmarkRun10kStatements(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 10000; i++ {
		sb.WriteString("$n = $n + 1; $s = \"item $n\"\n")
	}
	src := sb.String()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := New(Options{Stdout: io.Discard, Stderr: io.Discard})
		if _, _, err := s.Run("", src); err != nil {
			b.Fatal(err)
		}
	}
}

package shell

import (
	"io"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/shell/syntax"
)

// statements10k is a script of 10,000 simple statements.
func statements10k() string {
	var sb strings.Builder
	for i := 0; i < 5000; i++ {
		sb.WriteString("$n = $n + 1; $s = \"item $n\"\n")
	}
	return sb.String()
}

// BenchmarkParse10kStatements is the baseline for BenchmarkRun10kStatements:
// parsing the same script without running it.
func BenchmarkParse10kStatements(b *testing.B) {
	src := statements10k()
	for i := 0; i < b.N; i++ {
		if _, err := syntax.Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRun10kStatements parses and runs 10,000 simple statements.
func BenchmarkRun10kStatements(b *testing.B) {
	src := statements10k()
	for i := 0; i < b.N; i++ {
		s := New(Options{Commands: cmdlets.Registry(), Stdout: io.Discard, Stderr: io.Discard})
		if _, _, err := s.Run("", src); err != nil {
			b.Fatal(err)
		}
	}
}

package shell

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlets"
)

// TestPromptPipelinePosition: an entry typed at the interactive prompt
// asks for a missing mandatory parameter of a command wherever it stands
// in the pipeline, naming its position, as 5.1 does; a parameter that
// pipeline input can supply is not asked for before input arrives.
func TestPromptPipelinePosition(t *testing.T) {
	file := filepath.Join(t.TempDir(), "out.txt")
	for _, tc := range []struct {
		name, entry, answers string
		header               string // "" for no prompt
		out                  string
	}{
		{name: "cmdlet second", entry: "'hello' | Out-File", answers: file + "\n",
			header: "cmdlet Out-File at command pipeline position 2", out: "FilePath: "},
		{name: "cmdlet third", entry: "1 | ForEach-Object { $_ } | Out-File", answers: file + "\n",
			header: "cmdlet Out-File at command pipeline position 3", out: "FilePath: "},
		{name: "function second", entry: "function f { param([Parameter(Mandatory)]$N) \"n=$N\" }; 1 | f", answers: "5\n",
			header: "cmdlet f at command pipeline position 2", out: "N: n=5\n"},
		{name: "function head", entry: "function g { param([Parameter(Mandatory)]$N) \"n=$N\" }; g", answers: "6\n",
			header: "cmdlet g at command pipeline position 1", out: "N: n=6\n"},
		{name: "pipeline function head", entry: "function h { param([Parameter(Mandatory, ValueFromPipeline)]$N) process { \"n=$N\" } }; h", answers: "7\n",
			header: "cmdlet h at command pipeline position 1", out: "N: n=7\n"},
		{name: "from the pipeline", entry: "'x' | Get-Content", answers: "never read\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			s := New(Options{Commands: cmdlets.Registry(), Stdout: &out, Stderr: &errOut, Interactive: true,
				Stdin: strings.NewReader(tc.answers)})
			defer s.Close()
			s.Entry(context.Background(), tc.entry)
			if tc.header == "" {
				if strings.Contains(out.String(), "Supply values") || errOut.Len() == 0 {
					t.Errorf("stdout %q, stderr %q: want no prompt and an error", out.String(), errOut.String())
				}
				return
			}
			want := "\n" + tc.header + "\nSupply values for the following parameters:\n"
			if !strings.HasPrefix(out.String(), want) || !strings.HasSuffix(out.String(), tc.out) || errOut.Len() > 0 {
				t.Errorf("stdout %q, stderr %q: want %q … %q", out.String(), errOut.String(), want, tc.out)
			}
		})
	}
	if b, err := os.ReadFile(file); err != nil || strings.TrimSpace(string(b)) != "1" {
		t.Errorf("Out-File wrote %q, %v", b, err)
	}
}

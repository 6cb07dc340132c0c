package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/shell"
	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"exsh": func() { os.Exit(shell.Main(cmdlets.Registry(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs the end-to-end sessions in testdata/script/*.txtar.
// Each session gets its own org database unless it names one; $LABS is
// the repository's scripts folder.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("..", "..", "testdata", "script"),
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("EXSH_DB", filepath.Join(env.WorkDir, "org.db"))
			env.Setenv("NO_COLOR", "1")
			labs, err := filepath.Abs(filepath.Join("..", "..", "scripts"))
			env.Setenv("LABS", labs)
			return err
		},
	})
}

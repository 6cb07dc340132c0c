// Command exsh is an Exchange Management Shell for training labs: a
// PowerShell-style shell over a simulated Exchange organization.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/shell"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// valued are the options whose value is the next argument.
var valued = []string{"-database", "-organization", "-executionpolicy", "-inputformat", "-outputformat"}

// run is exsh with its command-line arguments args. -Lab <name>, among
// the options before -Command, -File or the script, starts the session
// inside a fresh lab: Start-Lab runs before anything else.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	for i := 0; i < len(args); i++ {
		a := strings.ToLower(args[i])
		switch {
		case a == "-lab" && i+1 < len(args):
			startup := "Start-Lab -Name '" + strings.ReplaceAll(args[i+1], "'", "''") + "'"
			rest := slices.Concat(args[:i], args[i+2:])
			return shell.MainWith(cmdlets.Registry(), startup, rest, stdin, stdout, stderr)
		case a == "-lab":
			fmt.Fprint(stderr, "exsh: missing value for -Lab\nRun 'exsh -Help' for usage.\n")
			return 64
		case slices.Contains(valued, a):
			i++
		case !strings.HasPrefix(a, "-") || a == "-" || a == "-c" || a == "-f" || strings.HasPrefix(a, "-com") || strings.HasPrefix(a, "-fi"):
			i = len(args) // the options end here
		}
	}
	return shell.Main(cmdlets.Registry(), args, stdin, stdout, stderr)
}

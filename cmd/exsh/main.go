// Command exsh is an Exchange Management Shell for training labs: a
// PowerShell-style shell over a simulated Exchange organization.
package main

import (
	"os"

	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/shell"
)

func main() { os.Exit(shell.Main(cmdlets.Registry(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

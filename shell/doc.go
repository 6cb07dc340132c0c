// Package shell runs PowerShell text: it parses with package syntax,
// evaluates statements and expressions, binds and runs cmdlets from package
// cmdlets, renders error records in the Windows PowerShell 5.1 layout and
// formats output with package format. [Main] is the exsh program.
//
// It must not import a terminal library; the interactive REPL lives in
// shell/repl.
package shell

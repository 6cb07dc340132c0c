// Package utility holds the PowerShell cmdlets exsh implements from
// Microsoft.PowerShell.Utility, .Management and .Core: objects in the
// pipeline (Where-Object, ForEach-Object, Select-Object, Sort-Object…),
// formatting and output, files, CSV, variables, history, help and the
// commands themselves (Get-Command, Get-Help), and the tier-C cmdlets exsh
// names but does not support. AddTo declares them.
//
// It must not import package shell or any terminal library.
package utility

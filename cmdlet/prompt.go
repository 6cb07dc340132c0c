package cmdlet

// ReadLineOption is what Get-PSReadLineOption emits: the PSReadLine
// options of the session (Microsoft.PowerShell.PSConsoleReadLineOptions),
// those exsh honours.
type ReadLineOption struct {
	EditMode            string
	ContinuationPrompt  string
	HistoryNoDuplicates bool
	HistorySavePath     string
	HistorySaveStyle    string
	MaximumHistoryCount int
}

// TypeName returns the .NET type name.
func (*ReadLineOption) TypeName() string { return "Microsoft.PowerShell.PSConsoleReadLineOptions" }

// ReadLineHost is implemented by hosts with a PSReadLine-style line
// editor; Get-PSReadLineOption and Set-PSReadLineOption use it.
type ReadLineHost interface {
	// ReadLineOption returns the session's options; changes to it take
	// effect at the next key.
	ReadLineOption() *ReadLineOption
}

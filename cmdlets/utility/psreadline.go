package utility

import (
	"reflect"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
)

const modPSReadLine = "PSReadLine"

// EditMode is PSReadLine's -EditMode: the key bindings of the prompt.
type EditMode string

// EnumValues lists the edit modes exsh has.
func (EditMode) EnumValues() []string { return []string{"Windows", "Emacs"} }

// TypeName returns the .NET type name.
func (EditMode) TypeName() string { return "Microsoft.PowerShell.EditMode" }

// HistorySaveStyle is PSReadLine's -HistorySaveStyle.
type HistorySaveStyle string

// EnumValues lists when the history file is written.
func (HistorySaveStyle) EnumValues() []string {
	return []string{"SaveIncrementally", "SaveAtExit", "SaveNothing"}
}

// TypeName returns the .NET type name.
func (HistorySaveStyle) TypeName() string { return "Microsoft.PowerShell.HistorySaveStyle" }

// GetPSReadLineOption is Get-PSReadLineOption.
type GetPSReadLineOption struct{}

// SetPSReadLineOption is Set-PSReadLineOption for the options exsh
// honours.
type SetPSReadLineOption struct {
	EditMode            bind.Optional[EditMode]         `help:"Windows: Tab cycles through the candidates in place, Ctrl+Space lists them. Emacs: Tab completes what the candidates share, a second Tab lists them."`
	HistoryNoDuplicates bind.Optional[bool]             `help:"Recalling the history (Up, Ctrl+R) shows each entry once; the file still keeps every entry."`
	HistorySaveStyle    bind.Optional[HistorySaveStyle] `help:"When the history file is written: after each entry (SaveIncrementally), when exsh exits (SaveAtExit) or never (SaveNothing)."`
}

func addPSReadLine(r *cmdlet.Registry) {
	cmdlet.Add[GetPSReadLineOption](r, &cmdlet.Info{
		Name: "Get-PSReadLineOption", Module: modPSReadLine, OutputType: reflect.TypeFor[cmdlet.ReadLineOption](),
		Synopsis:    "Gets the values for the options that can be configured.",
		Description: "Get-PSReadLineOption gets the options of the interactive prompt's line editing: the edit mode, the continuation prompt and how the history is kept and recalled.",
		Examples:    []cmdlet.Example{{Code: "Get-PSReadLineOption | Select-Object EditMode, HistoryNoDuplicates", Remarks: "Shows the edit mode and whether recalling folds duplicates."}},
	})
	cmdlet.Add[SetPSReadLineOption](r, &cmdlet.Info{
		Name: "Set-PSReadLineOption", Module: modPSReadLine,
		Synopsis:    "Customizes the behavior of command line editing in PSReadLine.",
		Description: "Set-PSReadLineOption changes the options of the interactive prompt for this session: -EditMode (Windows or Emacs), -HistoryNoDuplicates and -HistorySaveStyle. Put it in a lab script to set them up.",
		Examples:    []cmdlet.Example{{Code: "Set-PSReadLineOption -EditMode Emacs -HistoryNoDuplicates $false", Remarks: "Bash-like Tab completion; Up shows repeated entries each time."}},
	})
}

// readLineOption returns the host's options or the error PowerShell
// gives when the host has no PSReadLine.
func readLineOption(ctx *cmdlet.Context) (*cmdlet.ReadLineOption, error) {
	h, ok := ctx.Host.(cmdlet.ReadLineHost)
	if !ok {
		return nil, cmdlet.NewError("The PSReadLine options are not available in this host.", "NotImplemented", "NotSupportedException", "PSReadLineNotSupported")
	}
	return h.ReadLineOption(), nil
}

// Process emits the options.
func (*GetPSReadLineOption) Process(ctx *cmdlet.Context) error {
	o, err := readLineOption(ctx)
	if err != nil {
		return err
	}
	c := *o
	return ctx.Emit(&c)
}

// Process changes the options given.
func (s *SetPSReadLineOption) Process(ctx *cmdlet.Context) error {
	o, err := readLineOption(ctx)
	if err != nil {
		return err
	}
	if s.EditMode.Set {
		o.EditMode = string(s.EditMode.Value)
	}
	if s.HistoryNoDuplicates.Set {
		o.HistoryNoDuplicates = s.HistoryNoDuplicates.Value
	}
	if s.HistorySaveStyle.Set {
		o.HistorySaveStyle = string(s.HistorySaveStyle.Value)
	}
	return nil
}

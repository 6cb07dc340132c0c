package utility

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/value"
)

// WriteDebug is Write-Debug: it writes "DEBUG: <text>" when -Debug or
// $DebugPreference asks for it.
type WriteDebug struct {
	Message string `ps:"pos=0,mandatory,value,alias=Msg" help:"The debug text."`
}

// WriteInformation is Write-Information: it writes to the information
// stream, shown when -InformationAction or $InformationPreference is
// Continue.
type WriteInformation struct {
	MessageData any      `ps:"pos=0,mandatory,alias=Msg|Message" help:"The message (any object; shown as text)."`
	Tags        []string `ps:"pos=1" help:"Tags for the record (accepted; exsh does not keep the records)."`
}

func addDebug(r *cmdlet.Registry) {
	cmdlet.Add[WriteDebug](r, &cmdlet.Info{
		Name: "Write-Debug", Module: modUtility,
		Synopsis: "Writes a debug message to the console.",
		Description: "The Write-Debug cmdlet writes DEBUG: followed by the message when $DebugPreference is Continue or the command has -Debug; " +
			"by default (SilentlyContinue) it writes nothing, and with Stop it stops the command with the message. " +
			"Windows PowerShell 5.1 asks to continue after each message under -Debug or Inquire; exsh writes the message and continues.",
		Examples: []cmdlet.Example{
			{Code: "Write-Debug 'Reading the remote domains' -Debug", Remarks: "Writes DEBUG: Reading the remote domains."},
			{Code: "$DebugPreference = 'Continue'; Write-Debug \"Count: $((Get-RemoteDomain).Count)\"", Remarks: "Turns debug messages on for the session."},
		},
	})
	cmdlet.Add[WriteInformation](r, &cmdlet.Info{
		Name: "Write-Information", Module: modUtility,
		Synopsis: "Specifies how Windows PowerShell handles information stream data for a command.",
		Description: "The Write-Information cmdlet writes its message to the information stream: the console shows it (without a prefix) when -InformationAction or $InformationPreference is Continue; " +
			"by default (SilentlyContinue) nothing is shown, and with Stop the command stops with the message.",
		Examples: []cmdlet.Example{
			{Code: "Write-Information 'Report saved' -InformationAction Continue", Remarks: "Writes Report saved."},
			{Code: "$InformationPreference = 'Continue'; Write-Information -MessageData 'Starting' -Tags Setup", Remarks: "Shows information messages for the session."},
		},
	})
}

// preference is the action for a stream: the common parameter's when
// given, else the preference variable's (def when unset).
func preference(ctx *cmdlet.Context, given, variable, def string) string {
	if given != "" {
		return strings.ToLower(given)
	}
	if v, ok := ctx.Host.Variable(variable); ok && v != nil {
		return strings.ToLower(value.ToString(v))
	}
	return strings.ToLower(def)
}

// preferenceStop is the error of a message whose preference is Stop.
func preferenceStop(variable, msg string) error {
	return cmdlet.NewError(fmt.Sprintf("The running command stopped because the preference variable \"%s\" or common parameter is set to Stop: %s", variable, msg),
		"OperationStopped", "ParentContainsErrorRecordException", "ActionPreferenceStop")
}

// Process writes the debug message.
func (w *WriteDebug) Process(ctx *cmdlet.Context) error {
	action := preference(ctx, "", "DebugPreference", "SilentlyContinue")
	if d := ctx.Common.Debug; d.Set {
		action = "silentlycontinue"
		if d.Value {
			action = "continue"
		}
	}
	switch action {
	case "continue", "inquire":
		_, err := fmt.Fprintln(ctx.Host.Console(), "DEBUG: "+w.Message)
		return err
	case "stop":
		return preferenceStop("DebugPreference", w.Message)
	}
	return nil
}

// Process writes the information message.
func (w *WriteInformation) Process(ctx *cmdlet.Context) error {
	msg := value.ToString(w.MessageData)
	switch preference(ctx, ctx.Common.InformationAction, "InformationPreference", "SilentlyContinue") {
	case "continue", "inquire":
		_, err := fmt.Fprintln(ctx.Host.Console(), msg)
		return err
	case "stop":
		return preferenceStop("InformationPreference", msg)
	}
	return nil
}

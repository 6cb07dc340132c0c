package utility

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// ConsoleColor is a console color name (System.ConsoleColor).
type ConsoleColor string

// TypeName returns the .NET name conversion errors show.
func (ConsoleColor) TypeName() string { return "System.ConsoleColor" }

// EnumValues lists the ConsoleColor names in numeric order.
func (ConsoleColor) EnumValues() []string {
	return []string{"Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
		"DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"}
}

// ErrorCategory is an error category name (System.Management.Automation.ErrorCategory).
type ErrorCategory string

// EnumValues lists the ErrorCategory names in numeric order.
func (ErrorCategory) EnumValues() []string {
	return []string{"NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected", "InvalidArgument",
		"InvalidData", "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError", "NotImplemented",
		"NotInstalled", "ObjectNotFound", "OperationStopped", "OperationTimeout", "SyntaxError", "ParserError",
		"PermissionDenied", "ResourceBusy", "ResourceExists", "ResourceUnavailable", "ReadError", "WriteError",
		"FromStdErr", "SecurityError", "ProtocolError", "ConnectionError", "AuthenticationError", "LimitsExceeded",
		"QuotaExceeded", "NotEnabled"}
}

// WriteHost is Write-Host: it writes to the console, never to the pipeline.
type WriteHost struct {
	Object          any          `ps:"pos=0,value,rest" help:"The objects to display."`
	NoNewline       bind.Switch  `help:"Does not end the output with a newline."`
	Separator       any          `help:"The string written between objects (a space by default)."`
	ForegroundColor ConsoleColor `help:"The text color (ignored in plain output)."`
	BackgroundColor ConsoleColor `help:"The background color (ignored in plain output)."`
}

// WriteOutput is Write-Output: it sends objects down the pipeline.
type WriteOutput struct {
	InputObject []any       `ps:"pos=0,value,rest" help:"The objects to send."`
	NoEnumerate bind.Switch `help:"Sends a collection as one object."`
}

// WriteWarning is Write-Warning: it writes "WARNING: <text>".
type WriteWarning struct {
	Message string `ps:"pos=0,mandatory,value,alias=Msg" help:"The warning text."`
}

// WriteVerbose is Write-Verbose: it writes "VERBOSE: <text>" when
// -Verbose or $VerbosePreference asks for it.
type WriteVerbose struct {
	Message string `ps:"pos=0,mandatory,value,alias=Msg" help:"The verbose text."`
}

// WriteError is Write-Error: it writes a non-terminating error record.
type WriteError struct {
	Message            string        `ps:"pos=0,mandatory,value,alias=Msg" help:"The error message."`
	Category           ErrorCategory `help:"The error category (NotSpecified by default)."`
	ErrorId            string        `help:"The FullyQualifiedErrorId of the record."`
	TargetObject       any           `help:"The object the error is about."`
	CategoryActivity   string        `help:"Overrides the activity shown in the category information."`
	CategoryReason     string        `help:"Overrides the reason shown in the category information."`
	CategoryTargetName string        `help:"Overrides the target name shown in the category information."`
	CategoryTargetType string        `help:"Overrides the target type shown in the category information."`
	RecommendedAction  string        `help:"The recommended action (kept in the record)."`
}

func addWrite(r *cmdlet.Registry) {
	cmdlet.Add[WriteHost](r, &cmdlet.Info{
		Name: "Write-Host", Module: modUtility,
		Synopsis: "Writes customized output to a host.",
		Description: "The Write-Host cmdlet writes its objects to the console, separated by spaces (or -Separator), followed by a newline unless -NoNewline. " +
			"Its output does not go down the pipeline and cannot be captured. Colors must be ConsoleColor names; exsh accepts them and prints plain text.",
		Examples: []cmdlet.Example{
			{Code: "Write-Host 'Processing' -ForegroundColor Yellow", Remarks: "Writes a message to the console."},
			{Code: "Write-Host (1,2,3) -Separator ', '", Remarks: "Writes 1, 2, 3."},
		},
	})
	cmdlet.Add[WriteOutput](r, &cmdlet.Info{
		Name: "Write-Output", Aliases: []string{"echo", "write"}, Module: modUtility,
		Synopsis:    "Sends the specified objects to the next command in the pipeline.",
		Description: "The Write-Output cmdlet sends the specified objects down the pipeline. If it is the last command, the objects are displayed in the console. Collections are unrolled unless -NoEnumerate.",
		Examples:    []cmdlet.Example{{Code: "Write-Output 'done'", Remarks: "Outputs the string done."}},
	})
	cmdlet.Add[WriteWarning](r, &cmdlet.Info{
		Name: "Write-Warning", Module: modUtility,
		Synopsis:    "Writes a warning message.",
		Description: "The Write-Warning cmdlet writes WARNING: followed by the message to the console, subject to -WarningAction and $WarningPreference.",
		Examples:    []cmdlet.Example{{Code: "Write-Warning 'Quota almost reached'", Remarks: "Writes WARNING: Quota almost reached."}},
	})
	cmdlet.Add[WriteVerbose](r, &cmdlet.Info{
		Name: "Write-Verbose", Module: modUtility,
		Synopsis:    "Writes text to the verbose message stream.",
		Description: "The Write-Verbose cmdlet writes VERBOSE: followed by the message when -Verbose is given or $VerbosePreference is Continue.",
		Examples:    []cmdlet.Example{{Code: "Write-Verbose 'Connecting' -Verbose", Remarks: "Writes VERBOSE: Connecting."}},
	})
	cmdlet.Add[WriteError](r, &cmdlet.Info{
		Name: "Write-Error", Module: modUtility, CallerErrors: true,
		Synopsis:    "Writes an object to the error stream.",
		Description: "The Write-Error cmdlet writes a non-terminating error record: it is displayed, added to $Error and sets $? to False; the script continues unless -ErrorAction Stop.",
		Examples: []cmdlet.Example{
			{Code: "Write-Error 'Mailbox not found'", Remarks: "Writes a non-terminating error."},
			{Code: "Write-Error -Message 'Bad row' -Category InvalidData -ErrorId BadRow -TargetObject $row", Remarks: "Writes a classified error."},
		},
	})
}

// Process writes the objects to the console.
func (w *WriteHost) Process(ctx *cmdlet.Context) error {
	sep := " "
	if w.Separator != nil {
		sep = value.ToString(w.Separator)
	}
	text := hostText(w.Object, sep)
	if !w.NoNewline {
		text += "\n"
	}
	_, err := fmt.Fprint(ctx.Host.Console(), text)
	return err
}

// hostText joins a value (collections element by element) with sep.
func hostText(v any, sep string) string {
	if !value.IsEnumerable(v) {
		return value.ToString(v)
	}
	var parts []string
	for _, e := range value.Enumerate(v) {
		parts = append(parts, hostText(e, sep))
	}
	return strings.Join(parts, sep)
}

// Process sends the objects on.
func (w *WriteOutput) Process(ctx *cmdlet.Context) error {
	if w.NoEnumerate {
		return ctx.Emit(collapse(w.InputObject))
	}
	return emitAll(ctx, w.InputObject)
}

// Process writes the warning.
func (w *WriteWarning) Process(ctx *cmdlet.Context) error { return ctx.Warn(w.Message) }

// Process writes the verbose message.
func (w *WriteVerbose) Process(ctx *cmdlet.Context) error {
	ctx.Verbose(w.Message)
	return nil
}

// Process writes the error record.
func (w *WriteError) Process(ctx *cmdlet.Context) error {
	e := cmdlet.NewError(w.Message, "NotSpecified", "WriteErrorException", "Microsoft.PowerShell.Commands.WriteErrorException")
	if w.Category != "" {
		e.Category = string(w.Category)
	}
	if w.ErrorId != "" {
		e.ID = w.ErrorId
	}
	if w.TargetObject != nil {
		e.Target, e.TargetName, e.TargetType = w.TargetObject, value.ToString(w.TargetObject), psTypeName(w.TargetObject)
	}
	if w.CategoryReason != "" {
		e.Reason = w.CategoryReason
	}
	if w.CategoryTargetName != "" {
		e.TargetName = w.CategoryTargetName
	}
	if w.CategoryTargetType != "" {
		e.TargetType = w.CategoryTargetType
	}
	return ctx.WriteError(e)
}

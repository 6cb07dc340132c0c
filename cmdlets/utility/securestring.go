package utility

import (
	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// modSecurity is the module of the SecureString cmdlets.
const modSecurity = "Microsoft.PowerShell.Security"

// ConvertToSecureString is ConvertTo-SecureString: it makes a
// SecureString from plain text (-AsPlainText -Force).
type ConvertToSecureString struct {
	String      string      `ps:"pos=0,mandatory,value" help:"The text to convert."`
	AsPlainText bind.Switch `help:"Takes the text as plain text; needs -Force."`
	Force       bind.Switch `help:"Confirms that plain text may be converted."`
}

func addSecureString(r *cmdlet.Registry) {
	cmdlet.Add[ConvertToSecureString](r, &cmdlet.Info{
		Name: "ConvertTo-SecureString", Module: modSecurity,
		Synopsis:    "Converts plain text to secure strings.",
		Description: "The ConvertTo-SecureString cmdlet makes a System.Security.SecureString from plain text given with -AsPlainText -Force, for parameters such as New-Mailbox -Password. Encrypted standard strings are not supported.",
		Examples:    []cmdlet.Example{{Code: "$pw = ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText -Force", Remarks: "Makes a password for New-Mailbox -Password."}},
	})
}

// Process converts one string.
func (c *ConvertToSecureString) Process(ctx *cmdlet.Context) error {
	if !c.AsPlainText {
		// an encrypted standard string, which exsh does not read
		return cmdlet.NewError("Input string was not in a correct format.",
			"InvalidArgument", "FormatException", "ImportSecureString_InvalidArgument")
	}
	if !c.Force {
		return cmdlet.NewError("The system cannot protect plain text input. To suppress this warning and convert the plain text to a SecureString, reissue the command specifying the Force parameter. For more information ,type: get-help ConvertTo-SecureString.",
			"InvalidArgument", "ArgumentException", "ImportSecureString_ForceRequired")
	}
	return ctx.Emit(value.NewSecureString(c.String))
}

package utility

import "github.com/exsh/exsh/cmdlet"

// InvokeExpression is Invoke-Expression: it runs a string as commands.
type InvokeExpression struct {
	Command string `ps:"pos=0,mandatory,value" help:"The command text to run."`
}

func addExpression(r *cmdlet.Registry) {
	cmdlet.Add[InvokeExpression](r, &cmdlet.Info{
		Name: "Invoke-Expression", Aliases: []string{"iex"}, Module: modUtility,
		Synopsis: "Runs commands or expressions on the local computer.",
		Description: "The Invoke-Expression cmdlet runs a string as commands in the current scope: variables it sets stay set, and its output is the command's output. " +
			"A syntax error in the string is reported as a parse error. Prefer running commands directly or with the call operator (&) when the text is not built at run time.",
		Examples: []cmdlet.Example{
			{Code: "Invoke-Expression 'Get-RemoteDomain | Select-Object Name'", Remarks: "Runs a command stored in a string."},
			{Code: "$cmd = 'Get-Mailbox'; iex \"$cmd -ResultSize 1\"", Remarks: "Builds a command line and runs it."},
		},
	})
}

// Process runs the text.
func (i *InvokeExpression) Process(ctx *cmdlet.Context) error {
	ev, ok := ctx.Host.(cmdlet.Evaluator)
	if !ok {
		return notSupported("This host cannot run command text.")
	}
	return ev.InvokeExpression(i.Command, ctx.Emit)
}

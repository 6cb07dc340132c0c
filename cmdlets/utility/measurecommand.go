package utility

import (
	"reflect"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
)

// MeasureCommand is Measure-Command: it times a script block.
type MeasureCommand struct {
	Expression  bind.ScriptBlock `ps:"pos=0,mandatory" help:"The script block to time; its output is discarded."`
	InputObject any              `ps:"value" help:"Objects piped to the script block, one run each with $_ set."`

	took time.Duration
}

func addMeasureCommand(r *cmdlet.Registry) {
	cmdlet.Add[MeasureCommand](r, &cmdlet.Info{
		Name: "Measure-Command", Module: modUtility,
		OutputType: reflect.TypeFor[time.Duration](),
		Synopsis:   "Measures the time it takes to run script blocks and cmdlets.",
		Description: "The Measure-Command cmdlet runs a script block in the current scope (variables it sets stay set), discards its output and outputs the time it took as a TimeSpan: " +
			"read TotalSeconds or TotalMilliseconds. With piped input the block runs once per object, with $_ set, and the total time is output.",
		Examples: []cmdlet.Example{
			{Code: "Measure-Command { Get-RemoteDomain }", Remarks: "Shows how long Get-RemoteDomain takes."},
			{Code: "(Measure-Command { Get-Mailbox | Out-Null }).TotalMilliseconds", Remarks: "Outputs the time in milliseconds."},
			{Code: "1..3 | Measure-Command { $_ * 2 }", Remarks: "Times three runs of the block."},
		},
	})
}

// Process runs the block once (for each input object with $_).
func (m *MeasureCommand) Process(ctx *cmdlet.Context) error {
	start := time.Now()
	_, err := ctx.Host.DotInvoke(m.Expression, m.InputObject)
	m.took += time.Since(start)
	return err
}

// End outputs the total time.
func (m *MeasureCommand) End(ctx *cmdlet.Context) error { return ctx.Emit(m.took) }

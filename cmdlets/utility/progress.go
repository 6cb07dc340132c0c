package utility

import (
	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
)

// WriteProgress is Write-Progress: it shows a progress bar on the
// console while a long loop runs.
type WriteProgress struct {
	Activity         string      `ps:"pos=0,mandatory" help:"The first line of the progress pane: what is being done."`
	Status           string      `ps:"pos=1" help:"The second line: the current state of the activity (Processing by default)."`
	Id               int         `ps:"pos=2,range=0..2147483647" help:"Distinguishes the activities shown at the same time (0 by default)."`
	PercentComplete  int         `ps:"range=-1..100" help:"How much of the activity is done, 0 to 100; draws the bar. -1 (the default) draws none."`
	SecondsRemaining int         `help:"The time left, shown as hh:mm:ss remaining; -1 (the default) shows none."`
	CurrentOperation string      `help:"The line below the bar: the item being processed."`
	ParentId         int         `ps:"range=-1..2147483647" help:"The Id of the activity this one is part of: it is shown indented below it."`
	Completed        bind.Switch `help:"Removes the activity (and those under it) from the pane."`
	SourceId         int         `help:"Tells activities of different sources with the same Id apart."`
}

func addProgress(r *cmdlet.Registry) {
	cmdlet.Add[WriteProgress](r, &cmdlet.Info{
		Name: "Write-Progress", Module: modUtility,
		Synopsis: "Displays a progress bar within a PowerShell command window.",
		Description: "The Write-Progress cmdlet shows a progress pane below the output while a long loop runs: the activity, the status, a bar of 'o' from -PercentComplete, " +
			"the time remaining and the current operation. -Id tells several activities apart and -ParentId nests one under another; -Completed removes an activity. " +
			"The pane is redrawn at most ten times a second and cleared when the statement ends. Nothing is shown when the console is not a terminal " +
			"(output redirected to a file or a pipe) or when $ProgressPreference is SilentlyContinue.",
		Examples: []cmdlet.Example{
			{Code: "foreach ($i in 1..100) { Write-Progress -Activity 'Creating contacts' -Status \"$i of 100\" -PercentComplete $i }",
				Remarks: "Shows a bar that fills up as the loop runs."},
			{Code: "Write-Progress -Activity 'Creating contacts' -Completed", Remarks: "Removes the activity from the pane."},
			{Code: "$ProgressPreference = 'SilentlyContinue'", Remarks: "Hides every progress bar of the session, as in Windows PowerShell."},
		},
	})
}

// Process shows or removes the activity.
func (w *WriteProgress) Process(ctx *cmdlet.Context) error {
	rec := &cmdlet.ProgressRecord{ActivityId: w.Id, ParentActivityId: -1, Activity: w.Activity, StatusDescription: w.Status,
		CurrentOperation: w.CurrentOperation, PercentComplete: -1, SecondsRemaining: -1, Completed: bool(w.Completed), SourceId: int64(w.SourceId)}
	if !ctx.Binding.Given("Status") {
		rec.StatusDescription = "Processing"
	}
	if ctx.Binding.Given("PercentComplete") {
		rec.PercentComplete = w.PercentComplete
	}
	if ctx.Binding.Given("SecondsRemaining") {
		rec.SecondsRemaining = w.SecondsRemaining
	}
	if ctx.Binding.Given("ParentId") {
		rec.ParentActivityId = w.ParentId
	}
	cmdlet.WriteProgress(ctx, rec)
	return nil
}

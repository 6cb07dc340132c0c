package utility

import (
	"time"

	"github.com/exsh/exsh/cmdlet"
)

// NewTimeSpan is New-TimeSpan: the time between two dates, or a span of
// days, hours, minutes and seconds.
type NewTimeSpan struct {
	Start   *time.Time `ps:"pos=0,name,set=Date,alias=LastWriteTime" help:"The start of the span (default: now)."`
	End     *time.Time `ps:"pos=1,name,set=Date" help:"The end of the span (default: now)."`
	Days    int        `ps:"set=Time" help:"Days of the span."`
	Hours   int        `ps:"set=Time" help:"Hours of the span."`
	Minutes int        `ps:"set=Time" help:"Minutes of the span."`
	Seconds int        `ps:"set=Time" help:"Seconds of the span."`
}

func addTimeSpan(r *cmdlet.Registry) {
	cmdlet.Add[NewTimeSpan](r, &cmdlet.Info{
		Name: "New-TimeSpan", Module: modUtility, DefaultSet: "Date",
		Synopsis: "Creates a TimeSpan object.",
		Description: "The New-TimeSpan cmdlet outputs a TimeSpan: the time from -Start to -End (each now when omitted), or the sum of -Days, -Hours, -Minutes and -Seconds. " +
			"A TimeSpan shows as a list of its properties (Days ... TotalMilliseconds); in a string it reads d.hh:mm:ss.",
		Examples: []cmdlet.Example{
			{Code: "New-TimeSpan -Hours 1 -Minutes 30", Remarks: "A span of an hour and a half."},
			{Code: "(New-TimeSpan -Start (Get-Date).AddDays(-7)).Days", Remarks: "Outputs 7: the days since a week ago."},
			{Code: "Get-MessageTrackingLog -Start ((Get-Date) - (New-TimeSpan -Days 1))", Remarks: "The tracking log of the last day."},
		},
	})
}

// Process outputs the span.
func (n *NewTimeSpan) Process(ctx *cmdlet.Context) error {
	if ctx.Binding != nil && ctx.Binding.Set() == "Time" {
		d := time.Duration(n.Days)*24*time.Hour + time.Duration(n.Hours)*time.Hour +
			time.Duration(n.Minutes)*time.Minute + time.Duration(n.Seconds)*time.Second
		return ctx.Emit(d)
	}
	now := time.Now()
	start, end := now, now
	if n.Start != nil {
		start = *n.Start
	}
	if n.End != nil {
		end = *n.End
	}
	return ctx.Emit(end.Sub(start))
}

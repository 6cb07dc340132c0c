package mailflow

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/exchange"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/transport"
)

// GetMessageTrackingLog is Get-MessageTrackingLog: the transport events of
// the connected organization, filtered.
type GetMessageTrackingLog struct {
	Start             time.Time                          `help:"The earliest event time."`
	End               time.Time                          `help:"The time events must be before (exclusive)."`
	EventId           string                             `help:"Only events of this type: RECEIVE, SUBMIT, TRANSFER, SEND, DELIVER, FAIL, DSN, DEFER."`
	Sender            string                             `ps:"complete=address" help:"Only messages from this address."`
	Recipients        []string                           `ps:"complete=address" help:"Only events with one of these recipients."`
	MessageSubject    string                             `help:"Only messages whose subject contains this text."`
	MessageId         string                             `help:"Only the message with this Message-ID."`
	InternalMessageId string                             `help:"Only the message with this InternalMessageId."`
	Source            string                             `help:"Only events of this component: STOREDRIVER, SMTP, ROUTING, QUEUE, DSN."`
	Server            string                             `help:"The server whose log is searched; the organization's server when omitted."`
	ResultSize        bind.Optional[model.UnlimitedUInt] `help:"The most events to return (default 1000) or Unlimited."`
}

// TraceMessage is Trace-Message (exsh's own): the whole trip of a message
// across organizations, hop by hop.
type TraceMessage struct {
	MessageId string `ps:"pos=0,mandatory,pipeline=name" help:"The Message-ID of the message."`
	Path      string `ps:"complete=path" help:"Writes the route as an SVG picture to this file instead of printing it."`
}

func addTracking(r *cmdlet.Registry) {
	cmdlet.Add[GetMessageTrackingLog](r, &cmdlet.Info{Name: "Get-MessageTrackingLog", Module: exchange.Module, OutputType: reflect.TypeFor[model.TrackingEvent](),
		Synopsis: "Searches the message tracking log of the organization's transport.",
		Description: "Get-MessageTrackingLog returns the events the transport logged for messages of the connected organization: RECEIVE and SUBMIT when a mailbox submits, " +
			"TRANSFER when the categorizer forks a message for recipients that need another form, SEND with the Send connector and the next hop, RECEIVE and DELIVER in the receiving organization, " +
			"FAIL and DSN for a non-delivery report, DEFER for a message waiting in a queue. All filters combine; End is exclusive.",
		Examples: []cmdlet.Example{
			{Code: "Get-MessageTrackingLog -EventId SEND", Remarks: "Lists the messages that left through a Send connector."},
			{Code: "Get-MessageTrackingLog -MessageSubject Numbers | Format-List Timestamp,EventId,Source,ConnectorId,ServerHostname,Recipients", Remarks: "Follows one message."},
		}})
	cmdlet.Add[TraceMessage](r, &cmdlet.Info{Name: "Trace-Message", Module: exchange.Module,
		Synopsis: "Shows the trip of a message across organizations, hop by hop.",
		Description: "Trace-Message finds a message by its Message-ID in every organization and prints, per recipient, each hop: " +
			"the form the categorizer chose and which setting decided, the Send connector, smart host or forward-to host, what a relay did to the bytes, " +
			"the organization that received it, and where and why it stopped (a queue, a non-delivery report). -Path writes the same route as an SVG picture. " +
			"On a colour terminal the hops are drawn with box-drawing lines and colours; output that is captured, piped, redirected or under NO_COLOR is plain text.",
		Examples: []cmdlet.Example{
			{Code: "Trace-Message $m.MessageId", Remarks: "Traces the message Send-TestMessage returned in $m."},
			{Code: "Trace-Message $m.MessageId -Path route.svg", Remarks: "Draws the route as a picture for the lab guide."},
		}})
}

// Process implements [cmdlet.Processor].
func (c *GetMessageTrackingLog) Process(ctx *cmdlet.Context) error {
	var out []*model.TrackingEvent
	org, err := exchange.View(ctx, func(tx storage.Tx, org *model.Organization) error {
		events, err := storage.List[model.TrackingEvent](tx, org.Guid)
		for _, e := range events {
			if c.match(e) {
				out = append(out, e)
			}
		}
		return err
	})
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, org, err))
	}
	return exchange.EmitLimited(ctx, out, c.ResultSize)
}

// match reports whether e passes every filter.
func (c *GetMessageTrackingLog) match(e *model.TrackingEvent) bool {
	switch {
	case !c.Start.IsZero() && e.Timestamp.Before(c.Start),
		!c.End.IsZero() && !e.Timestamp.Before(c.End),
		c.EventId != "" && !strings.EqualFold(c.EventId, e.EventId),
		c.Sender != "" && !strings.EqualFold(c.Sender, e.Sender),
		c.MessageSubject != "" && !strings.Contains(strings.ToLower(e.MessageSubject), strings.ToLower(c.MessageSubject)),
		c.MessageId != "" && !transport.SameMessageID(c.MessageId, e.MessageId),
		c.InternalMessageId != "" && c.InternalMessageId != fmt.Sprint(e.InternalMessageId),
		c.Source != "" && !strings.EqualFold(c.Source, e.Source),
		c.Server != "" && !strings.EqualFold(c.Server, e.ServerHostname) && !strings.HasPrefix(strings.ToLower(e.ServerHostname), strings.ToLower(c.Server)+"."):
		return false
	}
	if len(c.Recipients) == 0 {
		return true
	}
	for _, want := range c.Recipients {
		for _, r := range e.Recipients {
			if strings.EqualFold(want, r) {
				return true
			}
		}
	}
	return false
}

// Process implements [cmdlet.Processor].
func (c *TraceMessage) Process(ctx *cmdlet.Context) error {
	st, err := ctx.Host.Store()
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	var lines, orgs []string
	err = st.View(ctx, func(tx storage.Tx) error {
		lines, orgs, err = trace(tx, c.MessageId)
		return err
	})
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	if len(lines) == 0 {
		return ctx.WriteError(exchange.Error(ctx, fmt.Sprintf("No message with the Message-ID '%s' was found in any organization.", c.MessageId), "ObjectNotFound", "ManagementObjectNotFoundException"))
	}
	if c.Path != "" {
		full := ctx.Host.Path(c.Path)
		if err := os.WriteFile(full, []byte(routeSVG(lines)), 0o644); err != nil {
			return ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("Cannot write '%s': %v.", full, err), "WriteError", "IOException", "TraceWriteError", full))
		}
		return nil
	}
	if cmdlet.Painted(ctx) {
		lines = tracePicture(lines, orgs, ctx.Host.Width())
	}
	for _, l := range lines {
		if err := ctx.Emit(l); err != nil {
			return err
		}
	}
	return nil
}

// trace returns the lines Trace-Message prints for message id (the
// delivered copies' routes, then the copies still in queues) and the
// names of the organizations.
func trace(tx storage.Tx, id string) (lines, names []string, err error) {
	orgs, err := storage.Orgs(tx)
	if err != nil {
		return nil, nil, err
	}
	for _, o := range orgs {
		names = append(names, o.Name)
	}
	same := func(s string) bool { return transport.SameMessageID(s, id) }
	var answers []string
	for _, o := range orgs {
		items, err := storage.List[model.MailboxMessage](tx, o.Guid)
		if err != nil {
			return nil, nil, err
		}
		for _, it := range items {
			switch {
			case it.Folder != "Inbox" || len(it.Route) == 0:
			case strings.HasSuffix(it.MessageClass, ".NDR") && same(strings.TrimPrefix(strings.Trim(it.MessageId, "<>"), "ndr.")):
				lines = append(lines, fmt.Sprintf("%s: non-delivery report to %s:", it.Subject, it.Mailbox))
				lines = append(lines, indent(it.Route)...)
			case same(it.MessageId):
				lines = append(lines, fmt.Sprintf("%s (%s) to %s, arrived as %s:", it.Subject, it.MessageId, it.Mailbox, it.Format))
				lines = append(lines, indent(it.Route)...)
			case it.InReplyTo != "" && same(it.InReplyTo):
				kind := "not recognized as a receipt or response by " + o.Name + ": an ordinary message"
				if it.MessageClass != "" && it.MessageClass != "IPM.Note" {
					kind = it.MessageClass
				}
				answers = append(answers, fmt.Sprintf("%s (%s) back to %s, arrived as %s, %s:", it.Subject, it.MessageId, it.Mailbox, it.Format, kind))
				answers = append(answers, indent(it.Route)...)
			}
		}
		queued, err := storage.List[model.QueuedMessage](tx, o.Guid)
		if err != nil {
			return nil, nil, err
		}
		for _, q := range queued {
			if same(q.MessageId) {
				lines = append(lines, fmt.Sprintf("%s (%s) to %s, waiting in %s (%s):", q.Subject, q.MessageId, strings.Join(q.Recipients, ", "), q.Identity, q.LastError))
				lines = append(lines, indent(q.Route)...)
			}
		}
	}
	lines = append(lines, answers...)
	return lines, names, nil
}

// indent prefixes each line of a route.
func indent(route []string) []string {
	out := make([]string, len(route))
	for i, l := range route {
		out[i] = "  " + l
	}
	return out
}

// tracePicture draws Trace-Message's lines for a terminal width columns
// wide: per copy its heading, then its hops hanging from a box-drawn
// line, grouped by the organization or relay they happened in, with an
// arrow where the message crosses to the next one. Delivery is green, a
// copy that waits yellow, a non-delivery red, the forms coloured (see
// [exchange.PaintForms]).
func tracePicture(lines, orgs []string, width int) []string {
	var out []string
	for i := 0; i < len(lines); {
		head := strings.TrimSuffix(lines[i], ":")
		style := cmdlet.Bold
		if strings.Contains(head, ": non-delivery report to ") || strings.Contains(head, ", waiting in ") {
			style += ";" + cmdlet.Red
		}
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, exchange.Boxed("", "  ", head, style, width)...)
		i++
		var hops []string
		for ; i < len(lines) && strings.HasPrefix(lines[i], "  "); i++ {
			hops = append(hops, lines[i][2:])
		}
		out = append(out, hopPicture(hops, orgs, width)...)
	}
	return out
}

// hopPicture draws the hops of one copy (see [tracePicture]).
func hopPicture(hops, orgs []string, width int) []string {
	var out []string
	place := ""
	for i, h := range hops {
		if p, text, ok := hopPlace(h, orgs); ok {
			if p != place {
				head := " ├─▶ "
				if place == "" {
					head = " ┌── "
				}
				style := cmdlet.Bold
				if strings.HasPrefix(p, "relay ") {
					style += ";" + cmdlet.Yellow
				}
				out = append(out, cmdlet.Paint(cmdlet.Dim, head)+cmdlet.Paint(style, p))
				place = p
			}
			h = text
		}
		first, next := " │   ", " │     "
		if i == len(hops)-1 {
			first, next = " └── ", "       "
		}
		out = append(out, exchange.Boxed(first, next, h, hopStyle(h), width)...)
	}
	return out
}

// hopPlace splits a hop into the organization or relay it happened in
// and what happened there.
func hopPlace(hop string, orgs []string) (place, text string, ok bool) {
	place, text, ok = strings.Cut(hop, ": ")
	if ok && (strings.HasPrefix(place, "relay ") || slices.Contains(orgs, place)) {
		return place, text, true
	}
	return "", hop, false
}

// hopStyle colours what happened at a hop: delivery green, waiting
// yellow, a failure red.
func hopStyle(text string) string {
	switch {
	case strings.HasPrefix(text, "delivered to "):
		return cmdlet.Green
	case strings.Contains(text, "non-delivery") || strings.Contains(text, "no mailbox") || strings.Contains(text, "rejected"):
		return cmdlet.Red
	case strings.Contains(text, "waits"):
		return cmdlet.Yellow
	}
	return ""
}

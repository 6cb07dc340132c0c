package mailflow

import (
	"errors"
	"reflect"
	"strings"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/exchange"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/transport"
)

// TestMailRoundTrip is Test-MailRoundTrip (exsh's own): it sends a
// message asking for a read receipt, lets each recipient's client open
// it (answering a request it sees, and a meeting request with
// -MeetingResponse), and reports whether the receipt or response came
// back, with the decisive hop.
type TestMailRoundTrip struct {
	From            string                             `ps:"mandatory,complete=identity:Mailbox" help:"The sending mailbox."`
	To              []string                           `ps:"pos=0,mandatory,complete=address" help:"The recipient addresses: mailboxes of the simulated organizations."`
	Subject         string                             `help:"The subject ('Round trip' when omitted)."`
	BodyFormat      bind.Optional[model.ComposeFormat] `help:"Html, RichText or PlainText; the client's ComposeFormat when omitted."`
	MeetingRequest  bind.Switch                        `help:"Sends a meeting request (an hour from -Start) instead of a note."`
	Start           time.Time                          `help:"The meeting's start (2026-01-05 10:00 when omitted)."`
	MeetingResponse ResponseKind                       `help:"How each attendee answers a meeting request (Accept when omitted)."`
	SendReadReceipt bind.Optional[bool]                `help:"The users' answer where their client asks before sending a read receipt ($true when omitted)."`
}

// RoundTrip is Test-MailRoundTrip's answer for one recipient.
type RoundTrip struct {
	Recipient string
	Sent      string // the form the message left in
	Delivered string // Delivered, Queued (…) or Failed (…)
	Arrived   string // the form that arrived
	// Request is what the recipient's client saw of the read-receipt
	// request or meeting request, and what it did.
	Request string
	// Answer is whether the receipt or response came back: Returned,
	// Not matched or Not sent.
	Answer string
	// Decisive is the hop or rule that decided.
	Decisive  string
	MessageId string
}

// DefaultTableColumns is the default view.
func (*RoundTrip) DefaultTableColumns() []string {
	return []string{"Recipient", "Sent", "Arrived", "Answer", "Decisive"}
}

// TypeName is exsh's type name.
func (*RoundTrip) TypeName() string { return "Exsh.Transport.RoundTrip" }

func addRoundTrip(r *cmdlet.Registry) {
	cmdlet.Add[TestMailRoundTrip](r, &cmdlet.Info{Name: "Test-MailRoundTrip", Module: exchange.Module, OutputType: reflect.TypeFor[RoundTrip](),
		Synopsis: "Sends a message, lets the recipients' clients read and answer it, and tells whether the read receipt or response came back.",
		Description: "Test-MailRoundTrip sends a message from -From asking for a read receipt (or a meeting request), lets each recipient's client open it " +
			"(answering the read-receipt request it can see, as its ReadReceiptResponse says; a meeting request with -MeetingResponse), " +
			"and reports per recipient the form it left and arrived in, what the client saw, whether the answer came back and was matched to the sent item, " +
			"and the hop or rule that decided. Use it before changing a remote domain, a contact or a connector in production.",
		Examples: []cmdlet.Example{
			{Code: "Test-MailRoundTrip -From Administrator -To bob@fabrikam.com", Remarks: "Does Bob's read receipt come back?"},
			{Code: "Test-MailRoundTrip -From Administrator -To bob@fabrikam.com -MeetingRequest | Format-List", Remarks: "Does Bob's acceptance of a meeting request come back?"},
		}})
}

// Process implements [cmdlet.Processor].
func (c *TestMailRoundTrip) Process(ctx *cmdlet.Context) error {
	sub := &transport.Submission{From: c.From, To: c.To, Subject: c.Subject, ReadReceipt: !bool(c.MeetingRequest), Body: "Please confirm."}
	if sub.Subject == "" {
		sub.Subject = "Round trip"
	}
	if c.BodyFormat.Set {
		sub.BodyFormat = c.BodyFormat.Value
	}
	if c.MeetingRequest {
		start := c.Start
		if start.IsZero() {
			start = time.Date(2026, 1, 5, 10, 0, 0, 0, time.UTC)
		}
		sub.Meeting = &transport.Meeting{Start: start, End: start.Add(time.Hour)}
	}
	send := !c.SendReadReceipt.Set || c.SendReadReceipt.Value
	response := string(c.MeetingResponse)
	if response == "" {
		response = "Accept"
	}
	var out []*RoundTrip
	org, err := exchange.UpdateCurrent(ctx, func(tx storage.Tx, org *model.Organization) error {
		env := exchange.Env(ctx)
		rep, err := transport.Send(tx, env, org.Guid, sub)
		if err != nil {
			return err
		}
		for _, r := range rep.Recipients {
			rt, err := roundTrip(tx, env, org.Guid, rep.MessageId, sub.Subject, r, sub.Meeting != nil, response, send)
			if err != nil {
				return err
			}
			out = append(out, rt)
		}
		return nil
	})
	if err != nil {
		return ctx.WriteError(sendError(ctx, org, err))
	}
	for _, rt := range out {
		if err := ctx.Emit(rt); err != nil {
			return err
		}
	}
	return nil
}

// roundTrip lets one recipient read and answer, and judges the result.
func roundTrip(tx storage.Tx, env model.Env, org model.Guid, id, subject string, r transport.RecipientReport, meeting bool, response string, send bool) (*RoundTrip, error) {
	rt := &RoundTrip{Recipient: r.Address, Sent: r.Format, Delivered: r.Status, MessageId: id, Answer: "Not sent"}
	if r.Status != "Delivered" {
		rt.Decisive = lastHop(r.Route)
		return rt, nil
	}
	rorg, m, err := transport.Locate(tx, env, r.Address)
	if err != nil {
		rt.Decisive = "the recipient's mailbox is in no simulated organization"
		return rt, nil
	}
	local, err := transport.Received(tx, rorg, m, subject)
	if err != nil || local == "" {
		return rt, err
	}
	if meeting {
		_, err = transport.Respond(tx, env, rorg, m.Name, local, transport.MeetingResponse, response)
		var ae *transport.AnswerError
		if errors.As(err, &ae) {
			rt.Request, rt.Decisive = "no meeting request to answer", ae.Reason
			return rt, arrived(tx, env, rorg, m, local, rt)
		}
		if err != nil {
			return nil, err
		}
		rt.Request = "answered: " + response
	} else {
		o, err := transport.Open(tx, env, rorg, m.Name, local, &send)
		if err != nil {
			return nil, err
		}
		rt.Request = "read receipt: " + o.ReadReceipt
		if o.ReadReceipt != "Sent" {
			rt.Decisive = o.ReadReceipt
			return rt, arrived(tx, env, rorg, m, local, rt)
		}
	}
	if err := arrived(tx, env, rorg, m, local, rt); err != nil {
		return nil, err
	}
	return rt, judge(tx, org, id, rt)
}

// arrived fills in the form that arrived at the recipient.
func arrived(tx storage.Tx, env model.Env, org model.Guid, m *model.Mailbox, id string, rt *RoundTrip) error {
	v, _, err := transport.Peek(tx, env, org, m.Name, id)
	if err == nil {
		rt.Arrived = v.Format
	}
	return err
}

// judge looks at the sender's sent item for the answer.
func judge(tx storage.Tx, org model.Guid, id string, rt *RoundTrip) error {
	sent, answers, err := transport.SentItem(tx, org, id)
	if err != nil || sent == nil {
		return err
	}
	for _, r := range sent.Responses {
		if strings.Contains(r, rt.Recipient) && !strings.HasPrefix(r, "Delivered") {
			rt.Answer, rt.Decisive = "Returned", r
			return nil
		}
	}
	rt.Answer, rt.Decisive = "Lost", "the answer did not come back (see Trace-Message)"
	for _, a := range answers {
		if !strings.Contains(a.From, rt.Recipient) {
			continue
		}
		rt.Answer = "Not matched"
		if t := transport.AnswerType(a.MessageClass); t != "" {
			rt.Decisive = "it arrived as a " + strings.ToLower(t) + " for " + a.InReplyTo + ", a Message-ID the sent item does not have (rewritten on the way)"
		} else {
			rt.Decisive = "it arrived as " + a.Format + ", which the sender's organization does not read as a receipt or response: an ordinary message"
		}
	}
	return nil
}

// lastHop is the last hop of a route line.
func lastHop(route string) string {
	hops := strings.Split(route, " > ")
	return hops[len(hops)-1]
}

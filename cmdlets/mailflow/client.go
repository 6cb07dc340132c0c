package mailflow

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/exchange"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/transport"
)

// OpenMailboxMessage is Open-MailboxMessage (exsh's own): the mailbox's
// client opens a message, and answers a read-receipt request it can see
// as its ReadReceiptResponse says.
type OpenMailboxMessage struct {
	Mailbox         string              `ps:"mandatory,complete=identity:Mailbox" help:"The mailbox."`
	MessageId       string              `ps:"pos=0,mandatory,pipeline=name" help:"The Message-ID of the message in the Inbox."`
	SendReadReceipt bind.Optional[bool] `help:"The user's answer when the client asks whether to send a read receipt (ReadReceiptResponse Ask)."`
}

// RemoveMailboxMessage is Remove-MailboxMessage (exsh's own): the user
// deletes a message; deleted unread, it may be answered with a not-read
// receipt.
type RemoveMailboxMessage struct {
	Mailbox         string              `ps:"mandatory,complete=identity:Mailbox" help:"The mailbox."`
	MessageId       string              `ps:"pos=0,mandatory,pipeline=name" help:"The Message-ID of the message in the Inbox."`
	SendReadReceipt bind.Optional[bool] `help:"The user's answer when the client asks whether to send a not-read receipt."`
}

// ResponseKind is a meeting response.
type ResponseKind string

// EnumValues lists Accept, Tentative and Decline.
func (ResponseKind) EnumValues() []string { return []string{"Accept", "Tentative", "Decline"} }

// TaskResponseKind is a task response.
type TaskResponseKind string

// EnumValues lists Accept and Decline.
func (TaskResponseKind) EnumValues() []string { return []string{"Accept", "Decline"} }

// SendMeetingResponse is Send-MeetingResponse (exsh's own).
type SendMeetingResponse struct {
	Mailbox   string       `ps:"mandatory,complete=identity:Mailbox" help:"The attendee's mailbox."`
	MessageId string       `ps:"pos=0,mandatory,pipeline=name" help:"The Message-ID of the meeting request."`
	Response  ResponseKind `ps:"mandatory" help:"Accept, Tentative or Decline."`
}

// SendTaskResponse is Send-TaskResponse (exsh's own).
type SendTaskResponse struct {
	Mailbox   string           `ps:"mandatory,complete=identity:Mailbox" help:"The assignee's mailbox."`
	MessageId string           `ps:"pos=0,mandatory,pipeline=name" help:"The Message-ID of the task request."`
	Response  TaskResponseKind `ps:"mandatory" help:"Accept or Decline."`
}

// SendVotingResponse is Send-VotingResponse (exsh's own).
type SendVotingResponse struct {
	Mailbox   string `ps:"mandatory,complete=identity:Mailbox" help:"The voter's mailbox."`
	MessageId string `ps:"pos=0,mandatory,pipeline=name" help:"The Message-ID of the message with voting buttons."`
	Vote      string `ps:"mandatory" help:"The voting button, as the client shows it."`
}

// OpenResult is what Open-MailboxMessage and Remove-MailboxMessage did.
type OpenResult struct {
	Mailbox     string
	Subject     string
	ItemType    string
	ReadReceipt string
	MessageId   string
}

// TypeName is exsh's type name.
func (*OpenResult) TypeName() string { return "Exsh.Transport.OpenResult" }

func addClient(r *cmdlet.Registry) {
	cmdlet.Add[OpenMailboxMessage](r, &cmdlet.Info{Name: "Open-MailboxMessage", Module: exchange.Module, OutputType: reflect.TypeFor[OpenResult](),
		Synopsis: "Opens a message as the mailbox's client does, which may send a read receipt.",
		Description: "Open-MailboxMessage marks a message read. When the client sees a read-receipt request (a TNEF PR_READ_RECEIPT_REQUESTED, or a Disposition-Notification-To it understands; " +
			"to Exchange 2000 and later a 5.5-era Return-Receipt-To asks for a delivery receipt, not a read receipt) it answers as its ReadReceiptResponse says: AlwaysSend, NeverSend or Ask. " +
			"Ask takes -SendReadReceipt, or asks at the console. The receipt leaves as an ordinary message of the reader's organization: a TNEF report or an RFC 8098 MDN.",
		Examples: []cmdlet.Example{{Code: "Connect-Organization Fabrikam; Open-MailboxMessage -Mailbox bob $m.MessageId -SendReadReceipt $true", Remarks: "Bob, in Fabrikam, reads the message $m; if his client sees the read-receipt request it asks him, and he answers yes."}}})
	cmdlet.Add[RemoveMailboxMessage](r, &cmdlet.Info{Name: "Remove-MailboxMessage", Module: exchange.Module, ShouldProcess: true, OutputType: reflect.TypeFor[OpenResult](),
		Synopsis:    "Deletes a message from a mailbox; deleted unread, it may send a not-read receipt.",
		Description: "Remove-MailboxMessage deletes a message from the Inbox. If it was never opened and its read-receipt request is visible, the client answers with a not-read receipt as its ReadReceiptResponse says.",
		Examples:    []cmdlet.Example{{Code: "Connect-Organization Fabrikam; Remove-MailboxMessage -Mailbox bob $m.MessageId -Confirm:$false", Remarks: "Bob, in Fabrikam, deletes the message $m unread."}}})
	cmdlet.Add[SendMeetingResponse](r, &cmdlet.Info{Name: "Send-MeetingResponse", Module: exchange.Module,
		Synopsis: "Accepts, tentatively accepts or declines a meeting request.",
		Description: "Send-MeetingResponse answers a meeting request the client shows as one (TNEF, or iCalendar in Exchange 2007 and later): " +
			"a TNEF response or an iCalendar METHOD:REPLY, as the attendee's organization sends it. A request that arrived as winmail.dat in a webmail client has nothing to accept.",
		Examples: []cmdlet.Example{{Code: "Connect-Organization Fabrikam; Send-MeetingResponse -Mailbox bob $m.MessageId -Response Accept", Remarks: "Bob, in Fabrikam, accepts the meeting request $m (Send-TestMessage -MeetingRequest)."}}})
	cmdlet.Add[SendTaskResponse](r, &cmdlet.Info{Name: "Send-TaskResponse", Module: exchange.Module,
		Synopsis:    "Accepts or declines a task request.",
		Description: "Send-TaskResponse answers a task request, which only TNEF carries: a task request that arrived as a plain note can't be accepted and the assigner's task stays 'Waiting for response from recipient'.",
		Examples:    []cmdlet.Example{{Code: "Connect-Organization Fabrikam; Send-TaskResponse -Mailbox bob $m.MessageId -Response Accept", Remarks: "Bob, in Fabrikam, accepts the task request $m, which arrived as TNEF."}}})
	cmdlet.Add[SendVotingResponse](r, &cmdlet.Info{Name: "Send-VotingResponse", Module: exchange.Module,
		Synopsis:    "Votes with a voting button of a message.",
		Description: "Send-VotingResponse answers with one of the voting buttons the client shows (they travel only in TNEF); the vote is tallied on the sender's sent item when it comes back as TNEF.",
		Examples:    []cmdlet.Example{{Code: "Connect-Organization Fabrikam; Send-VotingResponse -Mailbox bob $m.MessageId -Vote Yes", Remarks: "Bob, in Fabrikam, votes Yes on the message $m, whose voting buttons arrived in TNEF."}}})
}

// Process implements [cmdlet.Processor].
func (c *OpenMailboxMessage) Process(ctx *cmdlet.Context) error {
	return openOrRemove(ctx, c.Mailbox, c.MessageId, c.SendReadReceipt, transport.Open)
}

// Process implements [cmdlet.Processor].
func (c *RemoveMailboxMessage) Process(ctx *cmdlet.Context) error {
	if ok, err := ctx.ShouldProcess(c.MessageId, ctx.Command); !ok || err != nil {
		return err
	}
	return openOrRemove(ctx, c.Mailbox, c.MessageId, c.SendReadReceipt, transport.Remove)
}

// openOrRemove runs fn (transport.Open or Remove); the client asks at an
// interactive console when it would ask and -SendReadReceipt is absent.
func openOrRemove(ctx *cmdlet.Context, mbx, id string, answer bind.Optional[bool],
	fn func(storage.Tx, model.Env, model.Guid, string, string, *bool) (*transport.Opened, error)) error {
	var send *bool
	if answer.Set {
		send = &answer.Value
	} else if ctx.Host.Interactive() {
		var asks bool
		org, err := exchange.View(ctx, func(tx storage.Tx, org *model.Organization) error {
			var err error
			_, asks, err = transport.Peek(tx, exchange.Env(ctx), org.Guid, mbx, id)
			return err
		})
		if err != nil {
			return ctx.WriteError(answerError(ctx, org, err))
		}
		if asks {
			// No answer (end of input) leaves the receipt unsent.
			if line, err := ctx.Host.ReadLine("The sender of this message has requested a read receipt. Do you want to send a receipt? [Y] Yes [N] No"); err == nil {
				yes := strings.HasPrefix(strings.ToLower(strings.TrimSpace(line)), "y")
				send = &yes
			}
		}
	}
	var out *transport.Opened
	org, err := exchange.UpdateCurrent(ctx, func(tx storage.Tx, org *model.Organization) error {
		var err error
		out, err = fn(tx, exchange.Env(ctx), org.Guid, mbx, id, send)
		return err
	})
	if err != nil {
		return ctx.WriteError(answerError(ctx, org, err))
	}
	return ctx.Emit(&OpenResult{Mailbox: out.View.Mailbox, Subject: out.View.Subject, ItemType: out.View.ItemType, ReadReceipt: out.ReadReceipt, MessageId: out.View.MessageId})
}

// Process implements [cmdlet.Processor].
func (c *SendMeetingResponse) Process(ctx *cmdlet.Context) error {
	return respond(ctx, c.Mailbox, c.MessageId, transport.MeetingResponse, string(c.Response))
}

// Process implements [cmdlet.Processor].
func (c *SendTaskResponse) Process(ctx *cmdlet.Context) error {
	return respond(ctx, c.Mailbox, c.MessageId, transport.TaskResponse, string(c.Response))
}

// Process implements [cmdlet.Processor].
func (c *SendVotingResponse) Process(ctx *cmdlet.Context) error {
	return respond(ctx, c.Mailbox, c.MessageId, transport.VotingResponse, c.Vote)
}

// respond sends a response and emits its result.
func respond(ctx *cmdlet.Context, mbx, id string, kind transport.AnswerKind, response string) error {
	var rep *transport.Report
	org, err := exchange.UpdateCurrent(ctx, func(tx storage.Tx, org *model.Organization) error {
		var err error
		rep, err = transport.Respond(tx, exchange.Env(ctx), org.Guid, mbx, id, kind, response)
		return err
	})
	if err != nil {
		return ctx.WriteError(answerError(ctx, org, err))
	}
	return ctx.Emit(sentMessage(rep))
}

// answerError reports a client that can't answer as an EMS-style error.
func answerError(ctx *cmdlet.Context, org *model.Organization, err error) error {
	var ae *transport.AnswerError
	switch {
	case errors.As(err, &ae):
		return exchange.Error(ctx, ae.Reason, "InvalidOperation", "InvalidOperationException")
	case errors.Is(err, transport.ErrNotFound):
		return exchange.Error(ctx, fmt.Sprintf("The message couldn't be found: %v.", strings.TrimPrefix(err.Error(), "transport: no such message: ")), "ObjectNotFound", "ManagementObjectNotFoundException")
	}
	return exchange.Translate(ctx, org, err)
}

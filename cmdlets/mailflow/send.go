package mailflow

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
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

// maxAttachment bounds the size of one attachment file (Exchange's
// default MaxSendSize is 10 MB for the whole message).
const maxAttachment = 10 << 20

// Importance is a message's importance.
type Importance string

// EnumValues lists Low, Normal and High.
func (Importance) EnumValues() []string { return []string{"Low", "Normal", "High"} }

// SendTestMessage is Send-TestMessage (exsh's own): a mailbox's client
// composes and submits a message, which the transport carries as far as
// it goes.
type SendTestMessage struct {
	From                   string                             `ps:"mandatory,complete=identity:Mailbox" help:"The sending mailbox; its client (Get-OutlookConfiguration) composes the message."`
	To                     []string                           `ps:"pos=0,mandatory,complete=address" help:"The recipient addresses."`
	Cc                     []string                           `ps:"complete=address" help:"The Cc addresses."`
	Subject                string                             `ps:"mandatory" help:"The subject."`
	Body                   string                             `help:"The body text."`
	BodyFormat             bind.Optional[model.ComposeFormat] `help:"Html, RichText or PlainText; the client's ComposeFormat when omitted."`
	RequestReadReceipt     bind.Switch                        `help:"Asks for a read receipt."`
	RequestDeliveryReceipt bind.Switch                        `help:"Asks for a delivery receipt."`
	MessageClass           string                             `help:"The MAPI message class, such as IPM.Note.Contoso.Expense for a custom form."`
	VotingButtons          string                             `help:"Voting choices separated by semicolons, such as 'Yes;No'."`
	Attachment             []string                           `ps:"complete=path" help:"Files to attach."`
	Importance             Importance                         `help:"Low, Normal or High."`
	MeetingRequest         bind.Switch                        `help:"Sends a meeting request for -Start to -End at -Location."`
	Start                  time.Time                          `help:"The meeting's start."`
	End                    time.Time                          `help:"The meeting's end."`
	Location               string                             `help:"The meeting's location."`
	TaskRequest            bind.Switch                        `help:"Sends a task request due on -DueDate."`
	DueDate                time.Time                          `help:"The task's due date."`
	AlwaysSendRichText     bind.Switch                        `help:"Sets 'Always send to this recipient in Microsoft Exchange rich text format' on every recipient of this message."`
	Explain                bind.Switch                        `help:"Prints the decision trace and the route of every recipient instead of the result object."`
}

// SentMessage is what Send-TestMessage outputs: one object per message.
type SentMessage struct {
	MessageId  string
	Subject    string
	Recipients []*RecipientResult
}

// DefaultTableColumns is the default view.
func (*SentMessage) DefaultTableColumns() []string {
	return []string{"MessageId", "Subject", "Recipients"}
}

// TypeName is exsh's type name.
func (*SentMessage) TypeName() string { return "Exsh.Transport.SentMessage" }

// RecipientResult is what happened for one recipient of a message.
type RecipientResult struct {
	Recipient string
	Format    string
	DecidedBy string
	Route     string
	Status    string
}

// String is the short form shown inside a SentMessage: "bob@fabrikam.com
// (TNEF, Delivered)".
func (r *RecipientResult) String() string {
	return fmt.Sprintf("%s (%s, %s)", r.Recipient, r.Format, r.Status)
}

// DefaultTableColumns is the default view.
func (*RecipientResult) DefaultTableColumns() []string {
	return []string{"Recipient", "Format", "Status", "DecidedBy"}
}

// TypeName is exsh's type name.
func (*RecipientResult) TypeName() string { return "Exsh.Transport.RecipientResult" }

// AddTo declares the mail-flow cmdlets in r.
func AddTo(r *cmdlet.Registry) {
	cmdlet.Add[SendTestMessage](r, &cmdlet.Info{Name: "Send-TestMessage", Module: exchange.Module, ShouldProcess: true, OutputType: reflect.TypeFor[SentMessage](),
		Synopsis: "Sends a message from a mailbox as its mail client would, and carries it to its recipients.",
		Description: "Send-TestMessage composes a message as the sender's client does (Get-OutlookConfiguration: compose format, Internet format, Outlook contacts) and submits it. " +
			"The categorizer decides the form per recipient (as Test-TnefConversion shows) and forks the message when recipients need different forms; " +
			"each copy is written as real MIME (TNEF as winmail.dat, HTML, plain text, iCalendar), routed by the Send connectors, smart hosts and relays, " +
			"received by the organization that accepts the domain and delivered to the mailbox. Every hop is in Get-MessageTrackingLog; " +
			"Get-MailboxMessage shows the message as the recipient's client does and Export-MailboxMessage writes its bytes.",
		Examples: []cmdlet.Example{
			{Code: "Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Numbers' -Body 'Hello' -BodyFormat RichText", Remarks: "Sends a Rich Text note to Bob."},
			{Code: "Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Receipt' -RequestReadReceipt -Explain", Remarks: "Sends a note asking for a read receipt and explains the decision and the route."},
		}})
	addMailbox(r)
	addTracking(r)
	addRelay(r)
	addQueue(r)
	addSMTP(r)
	addRemoveMessage(r)
	addClient(r)
	addRoundTrip(r)
}

// Process implements [cmdlet.Processor].
func (c *SendTestMessage) Process(ctx *cmdlet.Context) error {
	sub, err := c.submission(ctx)
	if err != nil {
		return err
	}
	if ok, err := ctx.ShouldProcess(c.Subject, ctx.Command); !ok || err != nil {
		return err
	}
	var rep *transport.Report
	org, err := exchange.UpdateCurrent(ctx, func(tx storage.Tx, org *model.Organization) error {
		var err error
		rep, err = transport.Send(tx, exchange.Env(ctx), org.Guid, sub)
		return err
	})
	if err != nil {
		return sendError(ctx, org, err)
	}
	reportProgress(ctx, rep)
	if c.Explain {
		for _, line := range rep.Explain {
			if err := ctx.Emit(line); err != nil {
				return err
			}
		}
		return nil
	}
	return ctx.Emit(sentMessage(rep))
}

// Progress of many messages sent: after progressAfter messages in one
// statement (a loop, a pipeline), Send-TestMessage shows a progress pane
// on a terminal, as its own source (progressSource) so that it does not
// replace the script's own Write-Progress activities.
const (
	progressAfter  = 50
	progressSource = 25 // Write-Progress's -SourceId is 0 unless a script gives one
)

// reportProgress counts a message sent in the running statement and,
// once there are many, shows how many on the progress pane.
func reportProgress(ctx *cmdlet.Context, rep *transport.Report) {
	n := cmdlet.Tally(ctx, "Send-TestMessage")
	if n <= progressAfter {
		return
	}
	to := make([]string, len(rep.Recipients))
	for i, r := range rep.Recipients {
		to[i] = r.Address
	}
	cmdlet.WriteProgress(ctx, &cmdlet.ProgressRecord{ParentActivityId: -1, Activity: "Sending test messages", StatusDescription: fmt.Sprintf("%d messages sent", n),
		CurrentOperation: fmt.Sprintf("'%s' to %s", rep.Subject, strings.Join(to, ", ")), PercentComplete: -1, SecondsRemaining: -1, SourceId: progressSource})
}

// sentMessage is the output object of a transport report.
func sentMessage(rep *transport.Report) *SentMessage {
	out := &SentMessage{MessageId: rep.MessageId, Subject: rep.Subject}
	for _, r := range rep.Recipients {
		out.Recipients = append(out.Recipients, &RecipientResult{Recipient: r.Address, Format: r.Format, DecidedBy: r.DecidedBy, Route: r.Route, Status: r.Status})
	}
	return out
}

// submission checks the parameters and reads the attachments; nothing
// is sent when one is wrong.
func (c *SendTestMessage) submission(ctx *cmdlet.Context) (*transport.Submission, error) {
	s := &transport.Submission{From: c.From, To: c.To, Cc: c.Cc, Subject: c.Subject, Body: c.Body, Class: c.MessageClass,
		ReadReceipt: bool(c.RequestReadReceipt), DeliveryReceipt: bool(c.RequestDeliveryReceipt), VotingButtons: c.VotingButtons,
		Importance: string(c.Importance), AlwaysRichText: bool(c.AlwaysSendRichText)}
	if c.BodyFormat.Set {
		s.BodyFormat = c.BodyFormat.Value
	}
	if c.MeetingRequest {
		if c.Start.IsZero() || !c.End.After(c.Start) {
			return nil, exchange.Error(ctx, "A meeting request needs -Start and an -End after it.", "InvalidArgument", "ArgumentException")
		}
		s.Meeting = &transport.Meeting{Start: c.Start, End: c.End, Location: c.Location}
	}
	if c.TaskRequest {
		if c.DueDate.IsZero() {
			return nil, exchange.Error(ctx, "A task request needs -DueDate.", "InvalidArgument", "ArgumentException")
		}
		due := c.DueDate
		s.TaskDue = &due
	}
	for _, p := range c.Attachment {
		files, err := ctx.ResolveFiles(p)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			data, err := readAttachment(f)
			if err != nil {
				return nil, cmdlet.TargetError(fmt.Sprintf("Cannot read '%s': %v.", f, err), "ReadError", "IOException", "AttachmentReadError", f)
			}
			s.Attachments = append(s.Attachments, transport.File{Name: filepath.Base(f), Data: data})
		}
	}
	return s, nil
}

// readAttachment reads a file of at most maxAttachment bytes.
func readAttachment(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, errors.New("it is a folder")
	}
	if st.Size() > maxAttachment {
		return nil, fmt.Errorf("the file is larger than %d MB", maxAttachment>>20)
	}
	return os.ReadFile(path)
}

// sendError turns a transport error into the error Exchange shows.
func sendError(ctx *cmdlet.Context, org *model.Organization, err error) error {
	var ae *transport.AddressError
	if errors.As(err, &ae) {
		e := exchange.Error(ctx, fmt.Sprintf("The address '%s' is not a valid SMTP address.", ae.Address), "InvalidArgument", "ArgumentException")
		e.TargetName = ae.Address
		return e
	}
	if errors.Is(err, transport.ErrNoRecipients) {
		return exchange.Error(ctx, "The message has no recipients.", "InvalidArgument", "ArgumentException")
	}
	return exchange.Translate(ctx, org, err)
}

package exchange

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/transport/convert"
)

// TestTnefConversion is Test-TnefConversion (exsh's own): for each
// recipient it shows the form a message takes when it leaves the
// organization and which level of which ladder decided.
type TestTnefConversion struct {
	Recipient          []model.SmtpAddress                `ps:"pos=0,mandatory,pipeline=value|name,alias=PrimarySmtpAddress" help:"The recipient SMTP addresses, typed or of recipients in the organization."`
	Sender             string                             `help:"The sending mailbox; the organization's Administrator when omitted."`
	BodyFormat         bind.Optional[model.ComposeFormat] `help:"Html, RichText or PlainText; the sender's ComposeFormat when omitted."`
	MessageClass       string                             `help:"The MAPI message class, such as IPM.Schedule.Meeting.Request; IPM.Note when omitted."`
	InternetFormat     model.ContactInternetFormat        `help:"The Internet format set on the recipients in this message (Outlook's E-mail Properties); OutlookRichText on a typed address is the 5.5 'Always send to this recipient in Microsoft Exchange rich text format' check box."`
	RequestReadReceipt bind.Switch                        `help:"The sender asks for a read receipt."`
	VotingButtons      bind.Switch                        `help:"The message carries voting buttons (composed as Rich Text)."`
	Explain            bind.Switch                        `help:"Print both ladders as readable text instead of objects."`
}

// TnefConversionResult is one recipient's answer from Test-TnefConversion.
// Its multi-valued properties are never $null, like Exchange's
// MultiValuedProperty ("{}" when empty).
type TnefConversionResult struct {
	Recipient     string
	RecipientType convert.RecipientType
	RemoteDomain  string
	Result        convert.Result
	DecidedBy     string
	Sender        string
	MessageClass  string
	BodyFormat    model.ComposeFormat
	ContentType   string
	BodyParts     []string
	LineWrapSize  string
	Headers       []string
	Lost          []string
	Trace         string
}

// DefaultTableColumns returns the default table view.
func (*TnefConversionResult) DefaultTableColumns() []string {
	return []string{"Recipient", "RecipientType", "RemoteDomain", "Result", "DecidedBy"}
}

// TypeName returns exsh's type name for the object.
func (*TnefConversionResult) TypeName() string { return "Exsh.Transport.TnefConversionResult" }

func addConversion(r *cmdlet.Registry) {
	cmdlet.Add[TestTnefConversion](r, &cmdlet.Info{OutputType: reflect.TypeFor[TnefConversionResult](), Name: "Test-TnefConversion", Module: moduleName,
		Synopsis: "Shows whether a message leaves as TNEF, HTML or plain text for each recipient, and why.",
		Description: "Test-TnefConversion runs the categorizer's content conversion for a message from Sender to each Recipient without sending anything. " +
			"The TNEF ladder is consulted highest priority first: the remote domain's TNEFEnabled, the mail user's or mail contact's UseMapiRichTextFormat, " +
			"then the sender's Outlook Internet format for the recipient and Outlook's default, which apply to Rich Text messages only. " +
			"When the result isn't TNEF the encoding ladder decides: the recipient's preferred format (UsePreferMessageFormat), the remote domain's ContentType, " +
			"then the body Outlook produced, with LineWrapSize, CharacterSet and ByteEncoderTypeFor7BitCharsets. Internal recipients get STNEF. " +
			"Exchange 5.5 organizations follow the IMS rules (Always/Never/User per e-mail domain); non-Exchange organizations never send TNEF. " +
			"Format-List shows the encoding and the trace; -Explain prints the ladders as text.",
		Examples: []cmdlet.Example{
			{Code: "Test-TnefConversion bob@fabrikam.com -BodyFormat RichText", Remarks: "Shows how a Rich Text message from the Administrator reaches Bob."},
			{Code: "Test-TnefConversion kim@fabrikam.com -Sender Administrator -MessageClass IPM.Schedule.Meeting.Request -Explain", Remarks: "Explains how a meeting request reaches Kim."},
			{Code: "Get-MailContact | Test-TnefConversion | Format-List", Remarks: "Tests every mail contact and shows the details."}}})
}

// Process implements [Processor].
func (c *TestTnefConversion) Process(ctx *cmdlet.Context) error {
	var (
		snap   *convert.Snapshot
		sender convert.Sender
	)
	org, err := orgView(ctx, func(tx storage.Tx, org *model.Organization) error {
		var err error
		snap, sender, err = conversionSnapshot(tx, org, c.Sender)
		return err
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, org, err))
	}
	if org.ExchangeVersion == model.Exchange55 && org.ImsRestartPending {
		if err := ctx.Warn("The Internet Mail Service settings changed and the service hasn't been restarted; the results show the settings it still runs with. Run Restart-Service MSExchangeIMC to apply the changes."); err != nil {
			return err
		}
	}
	for _, addr := range c.Recipient {
		if err := c.one(ctx, org, snap, sender, string(addr)); err != nil {
			return err
		}
	}
	return nil
}

// one decides and emits the answer for one recipient address.
func (c *TestTnefConversion) one(ctx *cmdlet.Context, org *model.Organization, snap *convert.Snapshot, sender convert.Sender, addr string) error {
	in := convert.Input{Org: snap, Sender: sender, Recipient: convert.Recipient{Address: addr, InternetFormat: c.InternetFormat},
		Message: convert.Message{Class: c.MessageClass, ReadReceipt: bool(c.RequestReadReceipt), VotingButtons: bool(c.VotingButtons)}}
	if c.BodyFormat.Set {
		in.Message.BodyFormat = c.BodyFormat.Value
	}
	d, err := convert.Decide(in)
	if err != nil {
		return ctx.WriteError(conversionError(ctx, org, addr, err))
	}
	if c.Explain {
		for _, line := range explainLines(ctx, d, sender.Mailbox.Name) {
			if err := ctx.Emit(line); err != nil {
				return err
			}
		}
		return nil
	}
	return ctx.Emit(conversionResult(d, sender.Mailbox.Name))
}

// conversionSnapshot reads the objects the transport acts on in org
// and the sender (the Administrator when id is empty) with its Outlook
// contacts.
func conversionSnapshot(tx storage.Tx, org *model.Organization, id string) (*convert.Snapshot, convert.Sender, error) {
	if id == "" {
		id = "Administrator"
	}
	var s convert.Sender
	set, err := storage.LoadOrgSet(tx, org.Guid)
	if err != nil {
		return nil, s, err
	}
	if s.Mailbox, err = model.Resolve(set.Mailboxes, id); err != nil {
		return nil, s, err
	}
	for _, oc := range set.OutlookContacts {
		if oc.MailboxGuid == s.Mailbox.Guid {
			s.Contacts = append(s.Contacts, oc)
		}
	}
	return convert.SnapshotOf(set), s, nil
}

// conversionError turns a decision error into Exchange's wording.
func conversionError(ctx *cmdlet.Context, org *model.Organization, addr string, err error) error {
	if errors.Is(err, convert.ErrUnknownRecipient) {
		return newError(ctx, fmt.Sprintf("The recipient '%s' couldn't be found on '%s'. Mail to it is rejected with 550 5.1.1 RESOLVER.ADR.RecipNotFound.", addr, domainController(org)),
			"NotSpecified", "ManagementObjectNotFoundException")
	}
	return translate(ctx, org, err)
}

// conversionResult builds the output object of one decision.
func conversionResult(d *convert.Decision, sender string) *TnefConversionResult {
	r := &TnefConversionResult{Recipient: d.Recipient, RecipientType: d.RecipientType, Result: d.Result, DecidedBy: d.DecidedBy,
		Sender: sender, MessageClass: d.Class, BodyFormat: d.BodyFormat, ContentType: d.Encoding.ContentType,
		LineWrapSize: d.Encoding.LineWrap, BodyParts: []string{},
		Headers: append([]string{}, d.Encoding.Headers...), Lost: append([]string{}, d.Encoding.Lost...)}
	if d.RemoteDomain != nil {
		r.RemoteDomain = d.RemoteDomain.Name
	}
	for _, p := range d.Encoding.Parts {
		r.BodyParts = append(r.BodyParts, partText(p))
	}
	lines := make([]string, len(d.Trace))
	for i, s := range d.Trace {
		lines[i] = fmt.Sprintf("%-9s%-14s%s", s.Ladder, s.Outcome, s.Source())
	}
	r.Trace = strings.Join(lines, "\n")
	return r
}

// partText prints a part as "text/plain; charset=us-ascii (quoted-printable)".
func partText(p convert.Part) string {
	s := p.ContentType
	if p.Charset != "" {
		s += "; charset=" + p.Charset
	}
	if p.TransferEncoding != "" {
		s += " (" + p.TransferEncoding + ")"
	}
	return s
}

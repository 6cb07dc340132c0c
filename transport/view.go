package transport

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/emersion/go-ical"
	"github.com/emersion/go-message"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/tnef"
	"github.com/exsh/exsh/transport/tnefmime"
)

// View is a mailbox item as the mailbox's client shows it
// (message-flow.md §7).
type View struct {
	Identity string
	Mailbox  string
	Folder   string
	Received time.Time
	From     string
	Subject  string
	Client   model.OutlookClient
	// ItemType is what the client shows: Message, Meeting request, Task
	// request, Form 'IPM.Note.X', Non-delivery report, Read receipt.
	ItemType   string
	BodyFormat string
	Body       string
	// Attachments are the names the client lists (winmail.dat when the
	// TNEF was not understood).
	Attachments []string
	// Actions are the buttons the client offers (Accept, Tentative,
	// Decline; voting choices).
	Actions                  []string
	ReadReceiptRequested     bool
	DeliveryReceiptRequested bool
	// Format is the form the message arrived in.
	Format    string
	MessageId string
	// Notes say what was lost or could not be shown, and why.
	Notes []string
	// Responses are the receipts, responses and votes matched to a sent
	// item.
	Responses []string

	meeting   *Meeting // the meeting of a meeting request
	receiptTo string   // where a read receipt goes (Disposition-Notification-To)
	rrt       bool     // the message has a Return-Receipt-To header
}

// DefaultTableColumns is the default view.
func (*View) DefaultTableColumns() []string {
	return []string{"Mailbox", "From", "Subject", "ItemType", "Attachments"}
}

// TypeName is exsh's type name.
func (*View) TypeName() string { return "Exsh.Transport.MailboxMessageView" }

// mapiClient reports whether the client shows MAPI items (Outlook on
// Exchange, or OWA, which Exchange serves from the MAPI store).
func mapiClient(c model.OutlookClient) bool {
	switch c {
	case model.OutlookExpress, model.ThirdPartyMailClient:
		return false
	}
	return true
}

// ViewOf returns item, a message in mailbox m of organization org, as
// m's client shows it.
func ViewOf(item *model.MailboxMessage, org *model.Organization, m *model.Mailbox) (*View, error) {
	v := &View{Identity: item.Identity, Mailbox: item.Mailbox, Folder: item.Folder, Received: item.Received, From: item.From,
		Subject: item.Subject, Client: m.Client, Format: item.Format, MessageId: item.MessageId, ItemType: "Message",
		Responses: item.Responses}
	raw := item.Delivered()
	if item.Folder == "SentItems" {
		raw = item.Submitted
	}
	if strings.HasSuffix(item.MessageClass, ".NDR") {
		v.ItemType = "Non-delivery report"
		return v, v.mime(raw, org)
	}
	rich, why := understoodTnef(unwrapTnef, raw, org)
	if why != "" {
		v.Notes = append(v.Notes, why)
	}
	var err error
	if rich != nil && (mapiClient(m.Client) || org.ExchangeVersion != model.NonExchange) {
		err = v.rich(rich, raw, org, m.Client)
	} else {
		err = v.mime(raw, org)
	}
	if t := itemType(item.MessageClass); t != "" {
		v.ItemType, v.Actions = t, nil
	}
	return v, err
}

// tnefReader decodes the TNEF of raw MIME: unwrapTnef, or a world's
// tnefOf, which decodes each message of a trip once.
type tnefReader func(raw []byte) (*tnef.Message, error)

// unwrapTnef decodes the first TNEF part of raw MIME.
func unwrapTnef(raw []byte) (*tnef.Message, error) {
	msg, _, err := tnefmime.Unwrap(bytes.NewReader(raw))
	return msg, err
}

// understoodTnef decodes the TNEF of raw with read when the receiving
// organization turns it into a MAPI item; otherwise it says why not (""
// when there is no TNEF).
func understoodTnef(read tnefReader, raw []byte, org *model.Organization) (*tnef.Message, string) {
	msg, err := read(raw)
	switch {
	case errors.Is(err, tnefmime.ErrNoTNEF):
		return nil, ""
	case org.ExchangeVersion == model.NonExchange:
		return nil, "the mail system does not understand TNEF: winmail.dat is an attachment"
	case errors.Is(err, tnefmime.ErrCorrelator):
		return nil, "X-MS-TNEF-Correlator does not match the TNEF correlation key: the TNEF is ignored (MAPI)"
	case err != nil:
		return nil, "the TNEF part cannot be read: " + err.Error()
	case org.ExchangeVersion == model.Exchange55 && foldedCorrelator(raw):
		return nil, "X-MS-TNEF-Correlator is folded onto a second line, which the Exchange 5.5 IMS does not unfold (Q182232): the TNEF is ignored"
	}
	return msg, ""
}

// foldedCorrelator reports whether X-MS-TNEF-Correlator is folded.
var foldedField = regexp.MustCompile(`(?i)\r\nX-MS-TNEF-Correlator:[ \t]*\r\n[ \t]`)

func foldedCorrelator(raw []byte) bool {
	return foldedField.Match(raw[:headerEnd(raw)])
}

// rich fills v from the MAPI item the TNEF carried.
func (v *View) rich(msg *tnef.Message, raw []byte, org *model.Organization, client model.OutlookClient) error {
	body, err := msg.Body()
	if err != nil {
		return err
	}
	v.BodyFormat = map[tnef.BodyKind]string{tnef.BodyRTF: "RichText", tnef.BodyHTML: "Html", tnef.BodyText: "PlainText"}[body.Kind]
	v.Body, _ = msg.BodyText()
	v.Body = strings.TrimRight(v.Body, "\r\n")
	// Outlook lists the Unicode PR_ATTACH_LONG_FILENAME: the legacy title
	// is in the sender's code page, where "résumé" may survive but "ֆ"
	// becomes "?".
	for _, a := range msg.Attachments {
		if hidden, _ := a.Props.Bool(tnef.PidAttachmentHidden); !hidden {
			v.Attachments = append(v.Attachments, a.FileName())
		}
	}
	v.ReadReceiptRequested, _ = msg.Props.Bool(tnef.PidReadReceiptRequested)
	h := readHeader(raw)
	if org.ExchangeVersion == model.Exchange2013 && h.Get("Disposition-Notification-To") != "" {
		v.ReadReceiptRequested = true
	}
	v.DeliveryReceiptRequested, _ = msg.Props.Bool(tnef.PidOriginatorDeliveryReportRequested)
	v.receiptTo = h.Get("Disposition-Notification-To")
	v.classActions(msg.Class())
	if v.ItemType == "Meeting request" {
		v.meeting = tnefMeeting(msg)
	}
	if p, ok := msg.Props.GetNamed(nameVerbResponse); ok {
		if vote, ok := p.Value.(string); ok {
			v.ItemType = "Voting response (" + vote + ")"
		}
	}
	if p, ok := msg.Props.GetNamed(nameVotingOptions); ok {
		if choices, ok := p.Value.(string); ok {
			v.Actions = append(v.Actions, strings.Split(choices, ";")...)
		}
	}
	if !mapiClient(client) && len(v.Actions) > 0 {
		v.Notes = append(v.Notes, "this client shows the message but not its buttons")
		v.Actions = nil
	}
	return nil
}

// classActions sets the item type and buttons of a message class.
func (v *View) classActions(class string) {
	switch c := strings.ToLower(class); {
	case c == "ipm.schedule.meeting.request":
		v.ItemType, v.Actions = "Meeting request", []string{"Accept", "Tentative", "Decline"}
	case c == "ipm.taskrequest":
		v.ItemType, v.Actions = "Task request", []string{"Accept", "Decline"}
	case strings.HasPrefix(c, "report.") && strings.HasSuffix(c, ".ipnrn"):
		v.ItemType = "Read receipt"
	case strings.HasPrefix(c, "ipm.note.") && !strings.HasPrefix(c, "ipm.note.smime"):
		v.ItemType = "Form '" + class + "'"
		v.Notes = append(v.Notes, "Outlook needs the custom form "+class+" to display this item; it is not published in this organization")
	}
}

// mime fills v from the MIME as a MIME client (or a store that did not
// take the TNEF) shows it.
func (v *View) mime(raw []byte, org *model.Organization) error {
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) {
		return err
	}
	v.receiptTo = e.Header.Get("Disposition-Notification-To")
	v.rrt = e.Header.Get("Return-Receipt-To") != ""
	v.ReadReceiptRequested = v.receiptTo != "" && org.ExchangeVersion != model.Exchange55
	v.DeliveryReceiptRequested = e.Header.Get("Return-Receipt-To") != "" && org.ExchangeVersion != model.Exchange55
	var text, html string
	calendar := false
	err = e.Walk(func(_ []int, p *message.Entity, err error) error {
		if err != nil && !message.IsUnknownCharset(err) {
			return err
		}
		t, params, _ := p.Header.ContentType()
		disp, dp, _ := p.Header.ContentDisposition()
		name := dp["filename"]
		if name == "" {
			name = params["name"]
		}
		switch {
		case strings.HasPrefix(t, "multipart/"):
		case disp == "attachment" || name != "" && !strings.HasPrefix(t, "text/"):
			v.Attachments = append(v.Attachments, name)
		case t == "text/calendar":
			calendar = true
			v.meeting = icalMeeting(p.Body)
		case t == "text/html" && html == "":
			b, _ := io.ReadAll(p.Body)
			html = string(b)
		case (t == "text/plain" || t == "") && text == "":
			b, _ := io.ReadAll(p.Body)
			text = string(b)
		}
		return nil
	})
	body, uu := uuAttachments(text)
	v.Attachments = append(v.Attachments, uu...)
	v.BodyFormat, v.Body = "PlainText", strings.TrimRight(body, "\r\n")
	if html != "" {
		v.BodyFormat = "Html"
		if v.Body == "" {
			v.Body = stripTags(html)
		}
	}
	if calendar {
		v.calendar(org)
	}
	return err
}

// calendar describes an iCalendar request as the organization shows it.
func (v *View) calendar(org *model.Organization) {
	if org.ExchangeVersion == model.Exchange55 {
		v.Notes = append(v.Notes, "Exchange 5.5 does not understand text/calendar: the VCALENDAR text is shown in the body")
		return
	}
	v.ItemType, v.Actions = "Meeting request", []string{"Accept", "Tentative", "Decline"}
}

var tags = regexp.MustCompile(`<[^>]*>`)

// stripTags returns the text of an HTML body.
func stripTags(s string) string {
	return strings.TrimSpace(strings.Join(strings.Fields(tags.ReplaceAllString(s, " ")), " "))
}

// tnefMeeting reads the meeting of a TNEF meeting request.
func tnefMeeting(msg *tnef.Message) *Meeting {
	mt := &Meeting{}
	mt.Start, _ = msg.Props.Time(tnef.PidStartDate)
	mt.End, _ = msg.Props.Time(tnef.PidEndDate)
	if p, ok := msg.Props.GetNamed(tnef.NameLocation); ok {
		mt.Location, _ = p.Value.(string)
	}
	return mt
}

// decodeCalendar decodes an iCalendar object. go-ical panics on some
// malformed parameters (a line that ends right after "name="), so a panic
// in it is a decoding error here: a message never ends the shell.
func decodeCalendar(r io.Reader) (cal *ical.Calendar, err error) {
	defer func() {
		if p := recover(); p != nil {
			cal, err = nil, fmt.Errorf("ical: %v", p)
		}
	}()
	return ical.NewDecoder(r).Decode()
}

// icalMeeting reads the meeting of an iCalendar request.
func icalMeeting(r io.Reader) *Meeting {
	cal, err := decodeCalendar(r)
	if err != nil {
		return nil
	}
	for _, ev := range cal.Events() {
		mt := &Meeting{}
		mt.Start, _ = ev.DateTimeStart(time.UTC)
		mt.End, _ = ev.DateTimeEnd(time.UTC)
		mt.Location, _ = ev.Props.Text(ical.PropLocation)
		return mt
	}
	return nil
}

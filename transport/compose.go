package transport

import (
	"bytes"
	"mime"
	"net/mail"
	"path/filepath"
	"strings"
	"time"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/tnef"
	"github.com/exsh/exsh/tnef/rtf"
	"github.com/exsh/exsh/transport/convert"
)

// File is an attachment of a submission.
type File struct {
	Name string
	Data []byte
}

// ContentType is the attachment's media type, from its extension.
func (f File) ContentType() string {
	if t := mime.TypeByExtension(filepath.Ext(f.Name)); t != "" {
		t, _, _ = strings.Cut(t, ";")
		return t
	}
	return "application/octet-stream"
}

// Meeting is the meeting a meeting request invites to.
type Meeting struct {
	Start, End time.Time
	Location   string
}

// Submission is what a mail client submits: the message as its user
// composed it.
type Submission struct {
	// From is the sending mailbox's identity in the organization.
	From    string
	To, Cc  []string
	Subject string
	Body    string
	// BodyFormat is the compose format; empty means the client's
	// ComposeFormat.
	BodyFormat model.ComposeFormat
	// Class is the MAPI message class; empty means IPM.Note.
	Class           string
	ReadReceipt     bool
	DeliveryReceipt bool
	// VotingButtons are the voting choices ("Yes;No"), empty for none.
	VotingButtons string
	Attachments   []File
	Importance    string
	Meeting       *Meeting
	// TaskDue makes the message a task request with this due date.
	TaskDue *time.Time
	// AlwaysRichText is the one-off "Always send to this recipient in
	// Microsoft Exchange rich text format" on every recipient.
	AlwaysRichText bool
	// Answer makes the message a receipt or response (see [Respond]).
	Answer *Answer
}

// class is the message class the client gives the item.
func (s *Submission) class() string {
	switch {
	case s.Answer != nil:
		return s.Answer.class()
	case s.Class != "":
		return s.Class
	case s.Meeting != nil:
		return tnef.ClassMeetingRequest
	case s.TaskDue != nil:
		return tnef.ClassTaskRequest
	}
	return tnef.ClassNote
}

// attachedBytes is the size of the attachments' data.
func (s *Submission) attachedBytes() int {
	n := 0
	for _, f := range s.Attachments {
		n += len(f.Data)
	}
	return n
}

// content is a submission being turned into bytes in its organization.
type content struct {
	sub    *Submission
	from   *mail.Address
	to, cc []*mail.Address
	msgID  string
	date   time.Time
	body   model.ComposeFormat
	// rawHTML means the body is HTML as the client wrote it (an SMTP
	// client's -BodyAsHtml), not text to render.
	rawHTML bool
}

// charset is the charset Outlook gives the message: us-ascii when every
// character of the subject and body is ASCII, else utf-8. (A message
// with a charset keeps it: the remote domain's CharacterSet applies only
// to messages without one.)
func (c *content) charset() string {
	for _, r := range c.sub.Subject + c.sub.Body {
		if r > 0x7f {
			return "utf-8"
		}
	}
	return "us-ascii"
}

// text is the body with CRLF line breaks.
func (c *content) text() string {
	return strings.ReplaceAll(strings.ReplaceAll(c.sub.Body, "\r\n", "\n"), "\n", "\r\n")
}

// item builds the rich item as the sender's client holds it: the TNEF
// message every form is made from.
func (c *content) item() *tnef.Message {
	m := tnef.NewMessage(c.sub.class(), c.sub.Subject)
	switch {
	case c.sub.Answer != nil:
		m = c.answerItem()
	case c.sub.Meeting != nil:
		m = tnef.NewMeetingRequest(tnef.Meeting{Subject: c.sub.Subject, Start: c.sub.Meeting.Start, End: c.sub.Meeting.End,
			Location: c.sub.Meeting.Location, Organizer: c.from.Address, UID: []byte(c.msgID)})
	case c.sub.TaskDue != nil:
		m = tnef.NewTaskRequest(tnef.NewTask(c.sub.Subject, c.date, *c.sub.TaskDue))
	}
	m.SetTime(tnef.PidClientSubmitTime, c.date)
	m.SetString(tnef.PidInternetMessageID, c.msgID)
	m.SetSender(c.from.Name, c.from.Address)
	for _, a := range c.to {
		m.AddRecipient(tnef.To, a.Name, a.Address)
	}
	for _, a := range c.cc {
		m.AddRecipient(tnef.Cc, a.Name, a.Address)
	}
	if c.sub.ReadReceipt {
		m.RequestReadReceipt()
	}
	if c.sub.DeliveryReceipt {
		m.SetBool(tnef.PidOriginatorDeliveryReportRequested, true)
	}
	if c.sub.VotingButtons != "" {
		m.SetNamed(nameVotingOptions, tnef.TypeUnicode, c.sub.VotingButtons)
	}
	c.setBody(m)
	for _, f := range c.sub.Attachments {
		m.Attachments = append(m.Attachments, tnef.NewFileAttachment(f.Name, f.Data, f.ContentType()))
	}
	return m
}

// nameVotingOptions is exsh's named property for the voting choices
// (PSETID_Common; Outlook keeps them in a binary verb stream, which exsh
// does not write).
var nameVotingOptions = tnef.Name{Set: tnef.PSETIDCommon, ID: 0x8520}

// setBody stores the body in the compose format.
func (c *content) setBody(m *tnef.Message) {
	switch c.body {
	case model.Html:
		m.SetHTML([]byte(c.html()), 65001)
	case model.RichText:
		m.SetRTF(rtf.FromText(c.text()))
	default:
		m.SetText(c.text())
	}
}

// stream encodes the rich item as TNEF correlated by the Message-ID. It
// leaves headerRoom bytes free in front of the stream, in the same array,
// and returns the array up to the stream as front (empty when the stream
// outgrew its buffer): trip.summary writes the header of the summary TNEF
// message there, so that the message needs no copy of the stream.
func (c *content) stream() (front, stream []byte, err error) {
	buf := make([]byte, headerRoom, 2*headerRoom+len(c.sub.Body)+c.sub.attachedBytes())
	b := bytes.NewBuffer(buf[headerRoom:])
	err = tnef.Encode(b, c.item(), tnef.WithCorrelator(c.msgID))
	stream = b.Bytes()
	if len(stream) > 0 && &stream[0] == &buf[:headerRoom+1][headerRoom] {
		front = buf
	}
	return front, stream, err
}

// joinAddrs formats an address list for a header.
func joinAddrs(list []*mail.Address) string {
	s := make([]string, len(list))
	for i, a := range list {
		s[i] = addrString(a)
	}
	return strings.Join(s, ", ")
}

// addrString formats an address as Exchange writes it: "Name <addr>",
// quoting or encoding the name only when it needs it.
func addrString(a *mail.Address) string {
	if a.Name == "" {
		return a.Address
	}
	for _, r := range a.Name {
		if r > 0x7e || r < 0x20 || strings.ContainsRune(`()<>[]:;@\,."`, r) {
			return a.String()
		}
	}
	return a.Name + " <" + a.Address + ">"
}

// effectiveBody is the format the client composes the message in.
func effectiveBody(s *Submission, mbx *model.Mailbox, d *convert.Decision) model.ComposeFormat {
	if d != nil && d.BodyFormat != "" {
		return d.BodyFormat
	}
	if s.BodyFormat != "" {
		return s.BodyFormat
	}
	return mbx.ComposeFormat
}

package transport

import (
	"errors"
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"time"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/tnef"
)

// AnswerKind is what a recipient's client sends back about a message.
type AnswerKind string

// Answer kinds.
const (
	ReadReceipt     AnswerKind = "Read"
	NotReadReceipt  AnswerKind = "NotRead"
	MeetingResponse AnswerKind = "Meeting"
	TaskResponse    AnswerKind = "Task"
	VotingResponse  AnswerKind = "Vote"
)

// Answer is a receipt or response about an original message, as the
// answering client composes it.
type Answer struct {
	Kind AnswerKind
	// Response is Accept, Tentative or Decline (meeting), Accept or
	// Decline (task), or the chosen voting button.
	Response string
	// The original message as the client showed it.
	OriginalID      string
	OriginalSubject string
	OriginalSent    time.Time
	OriginalTo      string
	// Meeting is the meeting answered, for a meeting response.
	Meeting *Meeting
}

// Errors of [Respond].
var (
	// ErrNotFound reports no message with that Message-ID in the mailbox.
	ErrNotFound = errors.New("transport: no such message")
)

// AnswerError reports a response the client cannot send, and why.
type AnswerError struct{ Reason string }

// Error implements error.
func (e *AnswerError) Error() string { return e.Reason }

// class is the MAPI class of the answer's message.
func (a *Answer) class() string {
	switch a.Kind {
	case ReadReceipt:
		return tnef.ClassReadReceipt
	case NotReadReceipt:
		return tnef.ClassNotReadReceipt
	case MeetingResponse:
		return "IPM.Schedule.Meeting.Resp." + map[string]string{"Accept": "Pos", "Tentative": "Tent", "Decline": "Neg"}[a.Response]
	case TaskResponse:
		return "IPM.TaskRequest." + a.Response
	}
	return tnef.ClassNote
}

// subject is the answer's subject as Outlook writes it.
func (a *Answer) subject() string {
	switch a.Kind {
	case ReadReceipt:
		return "Read: " + a.OriginalSubject
	case NotReadReceipt:
		return "Not read: " + a.OriginalSubject
	case MeetingResponse:
		return map[string]string{"Accept": "Accepted", "Tentative": "Tentative", "Decline": "Declined"}[a.Response] + ": " + a.OriginalSubject
	case TaskResponse:
		return "Task " + map[string]string{"Accept": "Accepted", "Decline": "Declined"}[a.Response] + ": " + a.OriginalSubject
	}
	return a.Response + ": " + a.OriginalSubject
}

// body is the answer's text, as the client writes it.
func (a *Answer) body(reader string, at time.Time) string {
	switch a.Kind {
	case ReadReceipt, NotReadReceipt:
		verb := "was read on"
		if a.Kind == NotReadReceipt {
			verb = "was deleted without being read on"
		}
		return fmt.Sprintf("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\n%s %s.",
			a.OriginalTo, a.OriginalSubject, a.OriginalSent.Format("1/2/2006 3:04 PM"), verb, at.Format("1/2/2006 3:04 PM"))
	}
	return ""
}

// nameVerbResponse is Outlook's PidLidVerbResponse, the chosen voting
// button of a voting response.
var nameVerbResponse = tnef.Name{Set: tnef.PSETIDCommon, ID: 0x8524}

// answerItem builds the rich item of an answer.
func (c *content) answerItem() *tnef.Message {
	a := c.sub.Answer
	var m *tnef.Message
	switch a.Kind {
	case ReadReceipt, NotReadReceipt:
		orig := tnef.NewMessage(tnef.ClassNote, a.OriginalSubject)
		orig.SetTime(tnef.PidClientSubmitTime, a.OriginalSent)
		orig.SetString(tnef.PidDisplayTo, a.OriginalTo)
		m = tnef.NewReadReceipt(orig, c.date, a.Kind == NotReadReceipt)
		m.SetString(tnef.PidReportDispositionMode, "manual-action/MDN-sent-automatically")
	case MeetingResponse:
		m = tnef.NewMessage(a.class(), c.sub.Subject)
		if a.Meeting != nil {
			m.SetTime(tnef.PidStartDate, a.Meeting.Start)
			m.SetTime(tnef.PidEndDate, a.Meeting.End)
			goid := tnef.GlobalObjectID([]byte(a.OriginalID))
			m.SetNamed(tnef.NameGlobalObjectID, tnef.TypeBinary, goid)
			m.SetNamed(tnef.NameCleanGlobalID, tnef.TypeBinary, goid)
			m.SetNamed(tnef.NameLocation, tnef.TypeString8, a.Meeting.Location)
		}
	default:
		m = tnef.NewMessage(a.class(), c.sub.Subject)
		if a.Kind == VotingResponse {
			m.SetNamed(nameVerbResponse, tnef.TypeUnicode, a.Response)
		}
	}
	m.SetString(tnef.PidInReplyToID, a.OriginalID)
	return m
}

// Respond sends the answer of mailbox mbx of organization org to the
// message originalID in its Inbox: the client checks that it can send
// it (it must see the request), marks the item, and the answer leaves
// as an ordinary outbound message of the organization (its own
// categorizer, routes and relays).
func Respond(tx storage.Tx, env model.Env, org model.Guid, mbx, originalID string, kind AnswerKind, response string) (*Report, error) {
	w, err := load(tx, env)
	if err != nil {
		return nil, err
	}
	src := w.site(org)
	if src == nil {
		return nil, &model.NotFoundError{Kind: model.KindOrganization, Identity: org.String()}
	}
	item, m, err := w.inboxItem(src, mbx, originalID)
	if err != nil {
		return nil, err
	}
	v, err := ViewOf(item, src.org(), m)
	if err != nil {
		return nil, err
	}
	a, to, err := answerFor(item, v, kind, response)
	if err != nil {
		return nil, err
	}
	sub := &Submission{From: m.Name, To: []string{to}, Subject: a.subject(), Class: a.class(), Answer: a, BodyFormat: model.PlainText}
	if a.Kind == MeetingResponse {
		sub.Meeting = a.Meeting
	}
	t, err := w.newTrip(org, sub)
	if err != nil {
		return nil, err
	}
	t.c.sub.Body = a.body(m.DisplayName, t.c.date)
	item.Read = true
	if kind == ReadReceipt || kind == NotReadReceipt {
		item.ReceiptSent = true
	} else {
		item.Answered = a.subject()
		item.Route = append(item.Route, fmt.Sprintf("%s answered: %s", m.Name, a.subject()))
	}
	if err := storage.Put(tx, org, item); err != nil {
		return nil, err
	}
	return t.rep, t.run()
}

// inboxItem finds the message originalID in the Inbox of mailbox id.
func (w *world) inboxItem(s *site, id, originalID string) (*model.MailboxMessage, *model.Mailbox, error) {
	m, err := storage.Resolve[model.Mailbox](w.tx, s.org().Guid, id)
	if err != nil {
		return nil, nil, err
	}
	items, err := storage.List[model.MailboxMessage](w.tx, s.org().Guid)
	if err != nil {
		return nil, nil, err
	}
	for _, it := range items {
		if it.MailboxGuid == m.Guid && it.Folder == "Inbox" && SameMessageID(it.MessageId, originalID) {
			return it, m, ReadBytes(w.tx, s.org().Guid, it)
		}
	}
	return nil, nil, fmt.Errorf("%w: %s in %s", ErrNotFound, originalID, m.Name)
}

// SameMessageID compares Message-IDs with or without angle brackets.
func SameMessageID(a, b string) bool {
	return strings.EqualFold(strings.Trim(a, "<> "), strings.Trim(b, "<> "))
}

// answerFor checks that the client can send the answer for item as it
// shows it (v), and returns the answer and its address.
func answerFor(item *model.MailboxMessage, v *View, kind AnswerKind, response string) (*Answer, string, error) {
	receipt := kind == ReadReceipt || kind == NotReadReceipt
	if receipt && item.ReceiptSent {
		return nil, "", &AnswerError{Reason: fmt.Sprintf("A receipt for the message '%s' was already sent.", item.Subject)}
	}
	if !receipt && item.Answered != "" {
		return nil, "", &AnswerError{Reason: fmt.Sprintf("The message '%s' was already answered (%s).", item.Subject, item.Answered)}
	}
	a := &Answer{Kind: kind, Response: response, OriginalID: item.MessageId, OriginalSubject: item.Subject, OriginalSent: item.Received, OriginalTo: strings.Join(item.To, "; ")}
	switch kind {
	case ReadReceipt, NotReadReceipt:
		if !v.ReadReceiptRequested {
			return nil, "", &AnswerError{Reason: fmt.Sprintf("The message '%s' asks for no read receipt that this client can see.", item.Subject)}
		}
	case MeetingResponse:
		if v.ItemType != "Meeting request" {
			return nil, "", &AnswerError{Reason: fmt.Sprintf("The message '%s' is no meeting request as this client shows it (%s): there is nothing to accept.", item.Subject, why(v))}
		}
		a.Meeting = v.meeting
	case TaskResponse:
		if v.ItemType != "Task request" {
			return nil, "", &AnswerError{Reason: fmt.Sprintf("The message '%s' is no task request as this client shows it (%s): the task can't be accepted, only answered by hand.", item.Subject, why(v))}
		}
	case VotingResponse:
		if !slices.Contains(v.Actions, response) || v.ItemType != "Message" {
			return nil, "", &AnswerError{Reason: fmt.Sprintf("The message '%s' has no voting button '%s' as this client shows it (%s).", item.Subject, response, why(v))}
		}
	}
	to := item.From
	if v.receiptTo != "" && (kind == ReadReceipt || kind == NotReadReceipt) {
		to = v.receiptTo
	}
	addr, err := mail.ParseAddress(to)
	if err != nil {
		return nil, "", &AnswerError{Reason: "The message has no sender to answer: " + to}
	}
	return a, addr.Address, nil
}

// why describes how the client shows an item, for an error.
func why(v *View) string {
	s := v.ItemType + ", " + v.BodyFormat
	if len(v.Attachments) > 0 {
		s += ", attachments " + strings.Join(v.Attachments, ", ")
	}
	return s
}

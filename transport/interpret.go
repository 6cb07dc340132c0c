package transport

import (
	"bytes"
	"strings"

	"github.com/emersion/go-ical"
	"github.com/emersion/go-message"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/tnef"
)

// understood is an arriving receipt or response as the receiving
// organization's store reads it.
type understood struct {
	class    string // the MAPI class the store gives the item
	original string // the Message-ID it answers
	label    string // how the sent item shows it: "Read", "Accepted"…
}

// answerClasses maps answer classes to the label on the sent item and the
// item type the client shows.
var answerClasses = map[string][2]string{
	"report.ipm.note.ipnrn":          {"Read", "Read receipt"},
	"report.ipm.note.ipnnrn":         {"Not read", "Not read receipt"},
	"ipm.schedule.meeting.resp.pos":  {"Accepted", "Meeting response (Accepted)"},
	"ipm.schedule.meeting.resp.tent": {"Tentative", "Meeting response (Tentative)"},
	"ipm.schedule.meeting.resp.neg":  {"Declined", "Meeting response (Declined)"},
	"ipm.taskrequest.accept":         {"Task accepted", "Task response (Accepted)"},
	"ipm.taskrequest.decline":        {"Task declined", "Task response (Declined)"},
	"report.ipm.note.dr":             {"Delivered", "Delivery report"},
}

// answerOf reads raw as organization org's store does: a TNEF report or
// response it decodes (with read); an RFC 8098 MDN or an iCalendar reply
// only Exchange 2000 and later read (5.5 cannot, message-flow.md §8.6, §7).
func answerOf(read tnefReader, raw []byte, org *model.Organization) *understood {
	if msg, _ := understoodTnef(read, raw, org); msg != nil {
		return tnefAnswer(msg)
	}
	if org.ExchangeVersion != model.Exchange2013 {
		return nil
	}
	if disp, orig, ok := mdnOf(raw); ok {
		class := "REPORT.IPM.Note.IPNRN"
		if disp == "deleted" {
			class = "REPORT.IPM.Note.IPNNRN"
		}
		return &understood{class: class, original: orig, label: answerClasses[strings.ToLower(class)][0]}
	}
	return icalAnswer(raw)
}

// tnefAnswer reads the class of a decoded TNEF item.
func tnefAnswer(msg *tnef.Message) *understood {
	orig, _ := msg.Props.String(tnef.PidInReplyToID)
	class := msg.Class()
	if l, ok := answerClasses[strings.ToLower(class)]; ok {
		return &understood{class: class, original: orig, label: l[0]}
	}
	if p, ok := msg.Props.GetNamed(nameVerbResponse); ok {
		if vote, ok := p.Value.(string); ok {
			return &understood{class: class, original: orig, label: "Vote " + vote}
		}
	}
	return nil
}

// icalAnswer reads an iCalendar METHOD:REPLY.
func icalAnswer(raw []byte) *understood {
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) {
		return nil
	}
	var u *understood
	_ = e.Walk(func(_ []int, p *message.Entity, err error) error {
		if t, params, _ := p.Header.ContentType(); err != nil || t != "text/calendar" || !strings.EqualFold(params["method"], "REPLY") {
			return err
		}
		cal, err := decodeCalendar(p.Body)
		if err != nil {
			return nil
		}
		for _, ev := range cal.Events() {
			if att := ev.Props.Get(ical.PropAttendee); att != nil {
				class := map[string]string{"ACCEPTED": "IPM.Schedule.Meeting.Resp.Pos", "TENTATIVE": "IPM.Schedule.Meeting.Resp.Tent",
					"DECLINED": "IPM.Schedule.Meeting.Resp.Neg"}[strings.ToUpper(att.Params.Get(ical.ParamParticipationStatus))]
				if class != "" {
					u = &understood{class: class, original: e.Header.Get("In-Reply-To"), label: answerClasses[strings.ToLower(class)][0]}
				}
			}
		}
		return nil
	})
	return u
}

// interpret gives an arriving answer its class and records it on the
// sent item it answers, when the receiving organization understands it
// and the Message-ID still matches.
func (w *world) interpret(s *site, item *model.MailboxMessage) error {
	h := w.headerOf(item.Wire)
	item.InReplyTo = h.Get("In-Reply-To")
	u := answerOf(w.tnefOf, item.Wire, s.org())
	if u == nil {
		if item.InReplyTo != "" {
			return storage.Put(w.tx, s.org().Guid, item)
		}
		return nil
	}
	item.MessageClass = u.class
	if u.original != "" {
		item.InReplyTo = u.original
	}
	if err := storage.Put(w.tx, s.org().Guid, item); err != nil {
		return err
	}
	sent, err := w.sentItem(s, u.original)
	if err != nil || sent == nil {
		return err
	}
	sent.Responses = append(sent.Responses, u.label+": "+item.From+" ("+item.Received.Format("1/2/2006 3:04 PM")+")")
	return storage.Put(w.tx, s.org().Guid, sent)
}

// sentItem finds the Sent Items copy of message id in s.
func (w *world) sentItem(s *site, id string) (*model.MailboxMessage, error) {
	if id == "" {
		return nil, nil
	}
	items, err := storage.List[model.MailboxMessage](w.tx, s.org().Guid)
	for _, it := range items {
		if it.Folder == "SentItems" && SameMessageID(it.MessageId, id) {
			return it, err
		}
	}
	return nil, err
}

// itemType is the item type the client shows for an answer class, or "".
func itemType(class string) string {
	return answerClasses[strings.ToLower(class)][1]
}

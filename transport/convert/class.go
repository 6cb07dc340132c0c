package convert

import (
	"strings"

	"github.com/exsh/exsh/model"
)

// classKind groups message classes by how they survive without TNEF
// (message-flow.md §6).
type classKind int

const (
	noteClass    classKind = iota // IPM.Note
	meetingClass                  // IPM.Schedule.Meeting.*
	taskClass                     // IPM.TaskRequest*
	formClass                     // IPM.Note.<Custom> and other IPM.* forms
	reportClass                   // REPORT.* (read receipts, DRs)
)

// msgClass is a classified message class.
type msgClass struct {
	kind classKind
	name string
	// method is the iCalendar METHOD of a meeting message.
	method string
}

// classify sorts a MAPI message class; empty means IPM.Note.
func classify(class string) msgClass {
	name := strings.TrimSpace(class)
	if name == "" {
		name = "IPM.Note"
	}
	l := strings.ToLower(name)
	switch {
	case l == "ipm.note":
		return msgClass{kind: noteClass, name: name}
	case strings.HasPrefix(l, "ipm.schedule.meeting.request"):
		return msgClass{kind: meetingClass, name: name, method: "REQUEST"}
	case strings.HasPrefix(l, "ipm.schedule.meeting.canceled"):
		return msgClass{kind: meetingClass, name: name, method: "CANCEL"}
	case strings.HasPrefix(l, "ipm.schedule.meeting.resp."):
		return msgClass{kind: meetingClass, name: name, method: "REPLY"}
	case strings.HasPrefix(l, "ipm.taskrequest"):
		return msgClass{kind: taskClass, name: name}
	case strings.HasPrefix(l, "report."):
		return msgClass{kind: reportClass, name: name}
	}
	return msgClass{kind: formClass, name: name}
}

// composedAsRichText reports whether Outlook composes the item as Rich
// Text whatever the compose format says (message-flow.md §3.1).
func (c msgClass) composedAsRichText(voting bool) bool {
	return voting || c.kind == meetingClass || c.kind == taskClass || c.kind == formClass
}

// lostWithoutTnef lists what a non-TNEF result loses for this class and
// message (§6).
func (c msgClass) lostWithoutTnef(m Message, legacy bool) []string {
	var lost []string
	switch c.kind {
	case meetingClass:
		if legacy {
			lost = append(lost, "meeting request (Exchange 5.5 cannot write iCalendar; it arrives as text)")
		}
	case taskClass:
		lost = append(lost, "task request (arrives as an ordinary message; the sender's task stays 'Waiting for response from recipient')")
	case formClass:
		lost = append(lost, "form class "+c.name+" (opens as a standard message)")
	}
	if m.VotingButtons {
		lost = append(lost, "voting buttons")
	}
	for _, a := range m.Attachments {
		switch a.Kind {
		case OutlookItemAttachment:
			lost = append(lost, "attached Outlook item '"+a.Name+"' (arrives blank)")
		case OleAttachment:
			lost = append(lost, "embedded OLE object '"+a.Name+"' (rendered as a picture or lost)")
		}
	}
	return lost
}

// effectiveBody returns the body format the message is composed in.
func effectiveBody(in Input, c msgClass) model.ComposeFormat {
	if c.composedAsRichText(in.Message.VotingButtons) {
		return model.RichText
	}
	if in.Message.BodyFormat != "" {
		return in.Message.BodyFormat
	}
	if in.Sender.Mailbox.ComposeFormat != "" {
		return in.Sender.Mailbox.ComposeFormat
	}
	return model.Html
}

package transport

import (
	"bytes"
	"encoding/hex"
	"strings"

	"net/mail"

	"github.com/emersion/go-ical"
	"github.com/exsh/exsh/tnef"
)

// calendar writes the iCalendar (iMIP) request of a meeting message that
// is not sent as TNEF (message-flow.md §11.5).
func (c *content) calendar() ([]byte, error) {
	if c.sub.Answer != nil {
		return c.calendarReply()
	}
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropMethod, "REQUEST")
	cal.Props.SetText(ical.PropProductID, "Microsoft Exchange Server 2010")
	cal.Props.SetText(ical.PropVersion, "2.0")
	ev := ical.NewEvent()
	org := ical.NewProp(ical.PropOrganizer)
	org.Params.Set(ical.ParamCommonName, c.from.Name)
	org.Value = "mailto:" + c.from.Address
	ev.Props.Set(org)
	for _, a := range append(append([]*mail.Address(nil), c.to...), c.cc...) {
		p := ical.NewProp(ical.PropAttendee)
		p.Params.Set(ical.ParamRole, "REQ-PARTICIPANT")
		p.Params.Set(ical.ParamParticipationStatus, "NEEDS-ACTION")
		p.Params.Set(ical.ParamRSVP, "TRUE")
		p.Params.Set(ical.ParamCommonName, a.Name)
		p.Value = "mailto:" + a.Address
		ev.Props.Add(p)
	}
	ev.Props.SetText(ical.PropUID, strings.ToUpper(hex.EncodeToString(tnef.GlobalObjectID([]byte(c.msgID)))))
	ev.Props.SetText(ical.PropSummary, c.sub.Subject)
	ev.Props.SetDateTime(ical.PropDateTimeStart, c.sub.Meeting.Start.UTC())
	ev.Props.SetDateTime(ical.PropDateTimeEnd, c.sub.Meeting.End.UTC())
	ev.Props.SetDateTime(ical.PropDateTimeStamp, c.date.UTC())
	seq := ical.NewProp(ical.PropSequence)
	seq.Value = "0"
	ev.Props.Set(seq)
	if c.sub.Meeting.Location != "" {
		ev.Props.SetText(ical.PropLocation, c.sub.Meeting.Location)
	}
	cal.Children = append(cal.Children, ev.Component)
	var b bytes.Buffer
	err := ical.NewEncoder(&b).Encode(cal)
	return b.Bytes(), err
}

// calendarReply writes the iCalendar reply (METHOD:REPLY) of a meeting
// response: the attendee's participation status for the meeting of the
// same UID.
func (c *content) calendarReply() ([]byte, error) {
	a := c.sub.Answer
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropMethod, "REPLY")
	cal.Props.SetText(ical.PropProductID, "Microsoft Exchange Server 2010")
	cal.Props.SetText(ical.PropVersion, "2.0")
	ev := ical.NewEvent()
	att := ical.NewProp(ical.PropAttendee)
	att.Params.Set(ical.ParamParticipationStatus, map[string]string{"Accept": "ACCEPTED", "Tentative": "TENTATIVE", "Decline": "DECLINED"}[a.Response])
	att.Params.Set(ical.ParamCommonName, c.from.Name)
	att.Value = "mailto:" + c.from.Address
	ev.Props.Set(att)
	if len(c.to) > 0 {
		org := ical.NewProp(ical.PropOrganizer)
		org.Value = "mailto:" + c.to[0].Address
		ev.Props.Set(org)
	}
	ev.Props.SetText(ical.PropUID, strings.ToUpper(hex.EncodeToString(tnef.GlobalObjectID([]byte(a.OriginalID)))))
	ev.Props.SetText(ical.PropSummary, c.sub.Subject)
	if a.Meeting != nil {
		ev.Props.SetDateTime(ical.PropDateTimeStart, a.Meeting.Start.UTC())
		ev.Props.SetDateTime(ical.PropDateTimeEnd, a.Meeting.End.UTC())
	}
	ev.Props.SetDateTime(ical.PropDateTimeStamp, c.date.UTC())
	cal.Children = append(cal.Children, ev.Component)
	var b bytes.Buffer
	err := ical.NewEncoder(&b).Encode(cal)
	return b.Bytes(), err
}

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

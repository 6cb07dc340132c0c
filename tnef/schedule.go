package tnef

import (
	"encoding/binary"
	"time"
)

// Named properties of meetings and tasks (MS-OXOCAL, MS-OXOTASK).
var (
	NameApptStart       = Name{Set: PSETIDAppointment, ID: 0x820D}
	NameApptEnd         = Name{Set: PSETIDAppointment, ID: 0x820E}
	NameLocation        = Name{Set: PSETIDAppointment, ID: 0x8208}
	NameBusyStatus      = Name{Set: PSETIDAppointment, ID: 0x8205}
	NameDuration        = Name{Set: PSETIDAppointment, ID: 0x8213}
	NameAllDay          = Name{Set: PSETIDAppointment, ID: 0x8215}
	NameGlobalObjectID  = Name{Set: PSETIDMeeting, ID: 0x0003}
	NameCleanGlobalID   = Name{Set: PSETIDMeeting, ID: 0x0023}
	NameWhere           = Name{Set: PSETIDMeeting, ID: 0x0002}
	NameMeetingClass    = Name{Set: PSETIDMeeting, ID: 0x0024}
	NameUseTnef         = Name{Set: PSETIDCommon, ID: 0x8582}
	NameTaskStart       = Name{Set: PSETIDTask, ID: 0x8104}
	NameTaskDue         = Name{Set: PSETIDTask, ID: 0x8105}
	NameTaskStatus      = Name{Set: PSETIDTask, ID: 0x8101}
	NameTaskPercent     = Name{Set: PSETIDTask, ID: 0x8102}
	globalObjectIDClass = []byte{0x04, 0x00, 0x00, 0x00, 0x82, 0x00, 0xE0, 0x00, 0x74, 0xC5, 0xB7, 0x10, 0x1A, 0x82, 0xE0, 0x08}
)

// Meeting describes a meeting request.
type Meeting struct {
	Subject   string
	Location  string
	Start     time.Time
	End       time.Time
	Organizer string // SMTP address
	UID       []byte // identifies the meeting series inside its GlobalObjectId
}

// GlobalObjectID returns a PidLidGlobalObjectId value for a meeting: the
// fixed class id, no exception date, a zero creation time and uid as data.
func GlobalObjectID(uid []byte) []byte {
	b := append([]byte(nil), globalObjectIDClass...)
	b = append(b, make([]byte, 4+8+8)...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(uid)))
	return append(b, uid...)
}

// NewMeetingRequest returns an IPM.Schedule.Meeting.Request (legacy class
// "IPM.Microsoft Schedule.MtgReq") with the properties of tnef.md §6.1.
// Strings that ytnef reads into iCalendar are PT_STRING8.
func NewMeetingRequest(mt Meeting) *Message {
	m := NewMessage(ClassMeetingRequest, mt.Subject)
	m.SetTime(PidStartDate, mt.Start)
	m.SetTime(PidEndDate, mt.End)
	m.SetBool(PidResponseRequested, true)
	if mt.Organizer != "" {
		m.SetSender(mt.Organizer, mt.Organizer)
	}
	goid := GlobalObjectID(mt.UID)
	m.SetNamed(NameApptStart, TypeSysTime, mt.Start.UTC())
	m.SetNamed(NameApptEnd, TypeSysTime, mt.End.UTC())
	m.SetNamed(NameLocation, TypeString8, mt.Location)
	m.SetNamed(NameWhere, TypeString8, mt.Location)
	m.SetNamed(NameBusyStatus, TypeLong, int32(1))
	m.SetNamed(NameDuration, TypeLong, int32(mt.End.Sub(mt.Start)/time.Minute))
	m.SetNamed(NameAllDay, TypeBoolean, false)
	m.SetNamed(NameGlobalObjectID, TypeBinary, goid)
	m.SetNamed(NameCleanGlobalID, TypeBinary, goid)
	m.SetNamed(NameMeetingClass, TypeString8, "IPM.Appointment")
	m.SetNamed(NameUseTnef, TypeBoolean, true)
	return m
}

// NewTask returns an IPM.Task with start and due dates, not started.
func NewTask(subject string, start, due time.Time) *Message {
	m := NewMessage(ClassTask, subject)
	m.SetNamed(NameTaskStart, TypeSysTime, start.UTC())
	m.SetNamed(NameTaskDue, TypeSysTime, due.UTC())
	m.SetNamed(NameTaskStatus, TypeLong, int32(0))
	m.SetNamed(NameTaskPercent, TypeDouble, 0.0)
	return m
}

// NewTaskRequest returns an IPM.TaskRequest carrying task as a hidden
// embedded attachment, as Outlook sends it (tnef.md §6.2).
func NewTaskRequest(task *Message) *Message {
	m := NewMessage(ClassTaskRequest, task.Subject())
	a := NewEmbeddedAttachment(task)
	a.Props.Set(Property{Tag: NewTag(PidAttachmentHidden, TypeBoolean), Value: true})
	m.Attachments = append(m.Attachments, a)
	return m
}

package tnef

import (
	"path"
	"strings"
	"time"
)

// Message classes the constructors use (tnef.md §6). Any other class, such
// as a custom form "IPM.Note.Contoso.Expense", may be passed to NewMessage.
const (
	ClassNote           = "IPM.Note"
	ClassMeetingRequest = "IPM.Schedule.Meeting.Request"
	ClassTask           = "IPM.Task"
	ClassTaskRequest    = "IPM.TaskRequest"
	ClassReadReceipt    = "REPORT.IPM.Note.IPNRN"
	ClassNotReadReceipt = "REPORT.IPM.Note.IPNNRN"
)

// NewMessage returns a message of the given class and subject with the
// properties Exchange writes for every message: PR_MESSAGE_CLASS, PR_SUBJECT
// and PR_CONVERSATION_TOPIC (Unicode) and normal importance.
func NewMessage(class, subject string) *Message {
	m := &Message{CodePage: 1252}
	m.SetString(PidMessageClass, class)
	m.SetString(PidSubject, subject)
	m.SetString(PidConversationTopic, subject)
	m.Props.Set(Property{Tag: NewTag(PidImportance, TypeLong), Value: int32(1)})
	return m
}

// SetString sets a Unicode string property.
func (m *Message) SetString(id uint16, s string) {
	m.Props.Set(Property{Tag: NewTag(id, TypeUnicode), Value: s})
}

// SetTime sets a PT_SYSTIME property.
func (m *Message) SetTime(id uint16, t time.Time) {
	m.Props.Set(Property{Tag: NewTag(id, TypeSysTime), Value: t.UTC()})
}

// SetBool sets a PT_BOOLEAN property.
func (m *Message) SetBool(id uint16, v bool) {
	m.Props.Set(Property{Tag: NewTag(id, TypeBoolean), Value: v})
}

// SetNamed sets a named property.
func (m *Message) SetNamed(n Name, t Type, v any) {
	m.Props.Set(Property{Tag: NewTag(namedID, t), Name: &n, Value: v})
}

// SetSender sets PR_SENDER_NAME, PR_SENDER_ADDRTYPE ("SMTP"),
// PR_SENDER_EMAIL_ADDRESS and PR_SENDER_SEARCH_KEY.
func (m *Message) SetSender(name, addr string) {
	m.SetString(PidSenderName, name)
	m.SetString(PidSenderAddrType, "SMTP")
	m.SetString(PidSenderEmailAddress, addr)
	m.Props.Set(Property{Tag: NewTag(PidSenderSearchKey, TypeBinary), Value: []byte("SMTP:" + strings.ToUpper(addr) + "\x00")})
}

// AddRecipient appends a recipient row with an SMTP address.
func (m *Message) AddRecipient(t RecipientType, name, addr string) {
	m.Recipients = append(m.Recipients, Recipient{Props: Props{
		{Tag: NewTag(PidRecipientType, TypeLong), Value: int32(t)},
		{Tag: NewTag(PidDisplayName, TypeUnicode), Value: name},
		{Tag: NewTag(PidAddrType, TypeUnicode), Value: "SMTP"},
		{Tag: NewTag(PidEmailAddress, TypeUnicode), Value: addr},
		{Tag: NewTag(PidSMTPAddress, TypeUnicode), Value: addr},
		{Tag: NewTag(PidObjectType, TypeLong), Value: int32(6)},
	}})
}

// RequestReadReceipt asks for a read receipt (PR_READ_RECEIPT_REQUESTED)
// and a not-read notification (PR_NON_RECEIPT_NOTIFICATION_REQUESTED).
func (m *Message) RequestReadReceipt() {
	m.SetBool(PidReadReceiptRequested, true)
	m.SetBool(PidNonReceiptNotificationRequested, true)
}

// NewReadReceipt returns the read notification (REPORT.IPM.Note.IPNRN) for
// orig, read at the given time; notRead gives the not-read notification
// (REPORT.IPM.Note.IPNNRN, disposition "deleted") instead.
func NewReadReceipt(orig *Message, at time.Time, notRead bool) *Message {
	class, prefix, disposition := ClassReadReceipt, "Read: ", "displayed"
	if notRead {
		class, prefix, disposition = ClassNotReadReceipt, "Not read: ", "deleted"
	}
	r := NewMessage(class, prefix+orig.Subject())
	r.SetString(PidOriginalSubject, orig.Subject())
	r.SetTime(PidReportTime, at)
	r.SetTime(PidClientSubmitTime, at)
	if t, ok := orig.Props.Time(PidClientSubmitTime); ok {
		r.SetTime(PidOriginalSubmitTime, t)
	}
	if s, ok := orig.Props.String(PidDisplayTo); ok {
		r.SetString(PidOriginalDisplayTo, s)
	}
	if p, ok := orig.Props.Get(PidReportTag); ok {
		r.Props.Set(p)
	}
	if k, ok := orig.Props.Bytes(PidSearchKey); ok {
		r.Props.Set(Property{Tag: NewTag(PidParentKey, TypeBinary), Value: k})
	}
	r.SetString(PidReportDisposition, disposition)
	r.SetString(PidReportDispositionMode, "manual-action/MDN-sent-manually")
	return r
}

// NewFileAttachment returns a by-value attachment as Exchange 2013+ writes
// it: the full name as attAttachTitle, PR_ATTACH_LONG_FILENAME and
// PR_DISPLAY_NAME, PR_ATTACH_EXTENSION, PR_ATTACH_METHOD 1 and, when
// mimeType is not empty, PR_ATTACH_MIME_TAG.
func NewFileAttachment(name string, data []byte, mimeType string) *Attachment {
	a := &Attachment{Rendering: FileRendering, Title: name, Data: data}
	a.Props = Props{
		{Tag: NewTag(PidAttachMethod, TypeLong), Value: int32(MethodByValue)},
		{Tag: NewTag(PidAttachLongFilename, TypeUnicode), Value: name},
		{Tag: NewTag(PidDisplayName, TypeUnicode), Value: name},
	}
	if ext := path.Ext(name); ext != "" {
		a.Props.Set(Property{Tag: NewTag(PidAttachExtension, TypeUnicode), Value: ext})
	}
	if mimeType != "" {
		a.Props.Set(Property{Tag: NewTag(PidAttachMIMETag, TypeUnicode), Value: mimeType})
	}
	return a
}

// NewEmbeddedAttachment returns an attachment that embeds m (method 5), as
// Outlook writes it: title "Untitled Attachment", PR_DISPLAY_NAME = subject.
func NewEmbeddedAttachment(m *Message) *Attachment {
	return &Attachment{Rendering: FileRendering, Title: "Untitled Attachment", Embedded: m, Props: Props{
		{Tag: NewTag(PidAttachMethod, TypeLong), Value: int32(MethodEmbedded)},
		{Tag: NewTag(PidDisplayName, TypeUnicode), Value: m.Subject()},
	}}
}

// NewOLEAttachment returns an OLE attachment (method 6) holding a compound
// file (IID_IStorage) with its icon or picture metafile as rendering data
// (attAttachMetaFile / PR_ATTACH_RENDERING; may be nil).
func NewOLEAttachment(name string, storage, metafile []byte) *Attachment {
	a := &Attachment{
		Rendering: Rendering{Type: AttachOLE, Position: NotPlaced, Width: 0xFFFF, Height: 0xFFFF},
		Title:     name,
		Object:    &Object{IID: IIDStorage, Data: storage},
		Props: Props{
			{Tag: NewTag(PidAttachMethod, TypeLong), Value: int32(MethodOLE)},
			{Tag: NewTag(PidDisplayName, TypeUnicode), Value: name},
		},
	}
	if len(metafile) > 0 {
		a.Props.Set(Property{Tag: NewTag(PidAttachRendering, TypeBinary), Value: metafile})
	}
	return a
}

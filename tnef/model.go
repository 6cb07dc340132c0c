package tnef

import "strings"

// Message is a decoded TNEF message, or one to encode. Legacy attributes are
// folded into Props when decoding (a property wins over its attribute) and
// derived from Props when encoding, so Props is the single source of truth.
type Message struct {
	// Key is the stream's legacy key. Zero lets the writer choose one.
	Key uint16
	// CodePage is the attOemCodepage, the code page of PT_STRING8 values and
	// 8-bit attributes. Zero means 1252 when encoding.
	CodePage uint32
	// Props holds the message properties (attMsgProps and legacy attributes).
	Props Props
	// Recipients holds the rows of attRecipTable.
	Recipients []Recipient
	// Attachments in stream order.
	Attachments []*Attachment
}

// Recipient is one row of the recipient table.
type Recipient struct {
	Props Props
}

// RecipientType is the value of PR_RECIPIENT_TYPE.
type RecipientType int32

// Recipient types.
const (
	To  RecipientType = 1
	Cc  RecipientType = 2
	Bcc RecipientType = 3
)

// Name returns PR_DISPLAY_NAME.
func (r Recipient) Name() string { s, _ := r.Props.String(PidDisplayName); return s }

// Address returns PR_SMTP_ADDRESS, else PR_EMAIL_ADDRESS.
func (r Recipient) Address() string {
	if s, ok := r.Props.String(PidSMTPAddress); ok {
		return s
	}
	s, _ := r.Props.String(PidEmailAddress)
	return s
}

// Type returns PR_RECIPIENT_TYPE.
func (r Recipient) Type() RecipientType {
	n, _ := r.Props.Int(PidRecipientType)
	return RecipientType(n)
}

// AttachType is the atyp field of attAttachRendData.
type AttachType uint16

// Attachment rendering types.
const (
	AttachFile    AttachType = 1
	AttachOLE     AttachType = 2
	AttachPicture AttachType = 3
)

// Rendering is the RENDDATA of attAttachRendData.
type Rendering struct {
	Type     AttachType
	Position uint32 // character position in the RTF body; NotPlaced if none
	Width    uint16
	Height   uint16
	Flags    uint32 // 1 = MAC_BINARY
}

// NotPlaced is the Rendering.Position of an attachment not placed in the body.
const NotPlaced = 0xFFFFFFFF

// FileRendering is the rendering Outlook writes for files: a 32×32 icon,
// not placed. The writer uses it when an attachment's Rendering is zero.
var FileRendering = Rendering{Type: AttachFile, Position: NotPlaced, Width: 32, Height: 32}

// Attachment is one attachment. Exactly where its data travels (attAttachData
// or PR_ATTACH_DATA_BIN / PR_ATTACH_DATA_OBJ) depends on the writer's
// profile; the decoder moves it back into these fields.
type Attachment struct {
	Rendering Rendering
	Title     string   // attAttachTitle (the file name)
	Data      []byte   // file bytes (by value)
	Embedded  *Message // embedded message (PR_ATTACH_METHOD 5)
	Object    *Object  // OLE object other than a message (method 6)
	Props     Props    // attAttachment properties
}

// Attachment methods (PR_ATTACH_METHOD).
const (
	MethodByValue  = 1
	MethodEmbedded = 5
	MethodOLE      = 6
)

// FileName returns the best file name: PR_ATTACH_LONG_FILENAME, the title,
// PR_ATTACH_FILENAME, then PR_DISPLAY_NAME.
func (a *Attachment) FileName() string {
	if s, ok := a.Props.String(PidAttachLongFilename); ok && s != "" {
		return s
	}
	if a.Title != "" {
		return a.Title
	}
	if s, ok := a.Props.String(PidAttachFilename); ok && s != "" {
		return s
	}
	s, _ := a.Props.String(PidDisplayName)
	return s
}

// MIMEType returns PR_ATTACH_MIME_TAG.
func (a *Attachment) MIMEType() string { s, _ := a.Props.String(PidAttachMIMETag); return s }

// Method returns PR_ATTACH_METHOD, or a method implied by the data.
func (a *Attachment) Method() int {
	if n, ok := a.Props.Int(PidAttachMethod); ok {
		return int(n)
	}
	switch {
	case a.Embedded != nil:
		return MethodEmbedded
	case a.Object != nil:
		return MethodOLE
	}
	return MethodByValue
}

// Class returns PR_MESSAGE_CLASS (attMessageClass with legacy names mapped).
func (m *Message) Class() string { s, _ := m.Props.String(PidMessageClass); return s }

// Subject returns PR_SUBJECT, else PR_SUBJECT_PREFIX + PR_NORMALIZED_SUBJECT,
// else PR_CONVERSATION_TOPIC.
func (m *Message) Subject() string {
	if s, ok := m.Props.String(PidSubject); ok {
		return s
	}
	if s, ok := m.Props.String(PidNormalizedSubject); ok {
		p, _ := m.Props.String(PidSubjectPrefix)
		return p + s
	}
	s, _ := m.Props.String(PidConversationTopic)
	return s
}

// Correlator returns PR_TNEF_CORRELATION_KEY without its trailing NUL, the
// value the MIME header X-MS-TNEF-Correlator must repeat.
func (m *Message) Correlator() string {
	b, _ := m.Props.Bytes(PidTnefCorrelationKey)
	return strings.TrimRight(string(b), "\x00")
}

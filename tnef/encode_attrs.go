package tnef

import (
	"encoding/binary"
	"fmt"
	"unicode/utf8"

	"github.com/exsh/exsh/tnef/internal/codepage"
)

// messageAttrs derives each message attribute's data from the message. A
// nil result means the message has nothing for that attribute.
var messageAttrs = map[AttrID]func(*encoder) ([]byte, error){
	AttrTnefVersion:          func(*encoder) ([]byte, error) { return []byte{0, 0, 1, 0}, nil },
	AttrOemCodepage:          (*encoder).codepage,
	AttrMessageID:            (*encoder).messageID,
	AttrPriority:             (*encoder).priority,
	AttrDateSent:             msgDate(PidClientSubmitTime),
	AttrDateModified:         msgDate(PidLastModificationTime),
	AttrDateStart:            msgDate(PidStartDate),
	AttrDateEnd:              msgDate(PidEndDate),
	AttrMessageClass:         msgClass(PidMessageClass),
	AttrOriginalMessageClass: msgClass(PidOrigMessageClass),
	AttrSubject:              (*encoder).subject,
	AttrBody:                 (*encoder).body,
	AttrAidOwner:             (*encoder).aidOwner,
	AttrRequestRes:           (*encoder).requestRes,
	AttrRecipTable:           (*encoder).recipTable,
	AttrMsgProps:             (*encoder).msgProps,
}

func (e *encoder) codepage() ([]byte, error) {
	return binary.LittleEndian.AppendUint64(nil, uint64(e.cp)), nil
}

func (e *encoder) messageID() ([]byte, error) {
	b, ok := e.m.Props.Bytes(PidSearchKey)
	if !ok || len(b) == 0 {
		return nil, nil
	}
	return e.cstr(hexKey(b)), nil
}

func (e *encoder) priority() ([]byte, error) {
	imp, ok := e.m.Props.Int(PidImportance)
	if !ok {
		return nil, nil
	}
	return binary.LittleEndian.AppendUint16(nil, priorityFromImportance(imp)), nil
}

func msgDate(id uint16) func(*encoder) ([]byte, error) {
	return func(e *encoder) ([]byte, error) {
		if t, ok := e.m.Props.Time(id); ok {
			return encodeDTR(t), nil
		}
		return nil, nil
	}
}

func msgClass(id uint16) func(*encoder) ([]byte, error) {
	return func(e *encoder) ([]byte, error) {
		if s, ok := e.m.Props.String(id); ok && s != "" {
			return e.cstr(LegacyClass(s)), nil
		}
		return nil, nil
	}
}

// subject writes attSubject, truncated to what ytnef accepts; PR_SUBJECT
// keeps the full text and wins when the stream is read.
func (e *encoder) subject() ([]byte, error) {
	s, ok := e.m.Props.String(PidSubject)
	if !ok {
		return nil, nil
	}
	if r := []rune(s); len(r) > maxSubject {
		s = string(r[:maxSubject]) // every rune takes at least one byte
	}
	b := codepage.Encode(e.cp, s)
	for len(b) > maxSubject {
		_, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
		b = codepage.Encode(e.cp, s)
	}
	return append(b, 0), nil
}

// body writes attBody for messages without an HTML body, unless it is too
// long for ytnef; PR_BODY and the RTF body still carry the text.
func (e *encoder) body() ([]byte, error) {
	s, ok := e.m.Props.String(PidBody)
	if _, hasHTML := e.m.html(); !ok || hasHTML {
		return nil, nil
	}
	if b := e.cstr(s); len(b) <= maxBody {
		return b, nil
	}
	return nil, nil
}

func (e *encoder) aidOwner() ([]byte, error) {
	if n, ok := e.m.Props.Int(PidOwnerApptID); ok {
		return binary.LittleEndian.AppendUint32(nil, uint32(n)), nil
	}
	return nil, nil
}

func (e *encoder) requestRes() ([]byte, error) {
	if v, ok := e.m.Props.Bool(PidResponseRequested); ok && v {
		return []byte{1, 0}, nil
	}
	return nil, nil
}

func (e *encoder) recipTable() ([]byte, error) {
	if len(e.m.Recipients) == 0 {
		return nil, nil
	}
	w := &propWriter{cp: e.cp, compat: e.cfg.compat}
	w.u32(uint32(len(e.m.Recipients)))
	for _, r := range e.m.Recipients {
		if err := w.list(r.Props); err != nil {
			return nil, err
		}
	}
	return w.buf, nil
}

func (e *encoder) msgProps() ([]byte, error) {
	props := e.m.Props
	if e.top && e.cfg.correlator != "" {
		props = append(Props(nil), props...)
		props.Set(Property{Tag: NewTag(PidTnefCorrelationKey, TypeBinary), Value: []byte(e.cfg.correlator + "\x00")})
	}
	w := &propWriter{cp: e.cp, compat: e.cfg.compat}
	err := w.list(props)
	return w.buf, err
}

// checkSubject applies ytnef's limit on the subject property when the
// layout has no attSubject to satisfy it.
func (e *encoder) checkSubject() error {
	if !e.cfg.compat || e.lay.hasSubject() {
		return nil
	}
	for _, id := range []uint16{PidSubject, PidNormalizedSubject, PidConversationTopic} {
		p, ok := e.m.Props.Get(id)
		s, isString := p.Value.(string)
		if !ok || !isString {
			continue
		}
		w := &propWriter{cp: e.cp}
		if n := len(w.stringBytes(p.Tag.Type(), s)); n > maxNameBytes {
			return fmt.Errorf("%w: subject is %d bytes (limit %d) and this profile has no attSubject", ErrCompat, n, maxNameBytes)
		}
		return nil
	}
	return nil
}

// attachmentData derives an attachment attribute's data. A nil result
// means the attachment has nothing for that attribute.
func (e *encoder) attachmentData(id AttrID, a *Attachment) ([]byte, error) {
	switch id {
	case AttrAttachRendData:
		return rendering(a).encode(), nil
	case AttrAttachTitle:
		return e.title(a), nil
	case AttrAttachCreateDate:
		return attDate(a, PidCreationTime), nil
	case AttrAttachModifyDate:
		return attDate(a, PidLastModificationTime), nil
	case AttrAttachMetaFile:
		b, _ := a.Props.Bytes(PidAttachRendering)
		return b, nil
	case AttrAttachData:
		return attachData(a), nil
	}
	return e.attachProps(a)
}

// rendering returns a's rendering, or the default for its kind when zero.
func rendering(a *Attachment) Rendering {
	switch {
	case a.Rendering != Rendering{}:
		return a.Rendering
	case a.Object != nil:
		return Rendering{Type: AttachOLE, Position: NotPlaced, Width: 0xFFFF, Height: 0xFFFF}
	}
	return FileRendering
}

func (e *encoder) title(a *Attachment) []byte {
	if a.Title == "" {
		return nil
	}
	return e.cstr(a.Title)
}

func attDate(a *Attachment, id uint16) []byte {
	if t, ok := a.Props.Time(id); ok {
		return encodeDTR(t)
	}
	return nil
}

func attachData(a *Attachment) []byte {
	if a.Embedded != nil {
		return []byte(EmbeddedPlaceholder)
	}
	return a.Data
}

// attachProps writes attAttachment: the attachment's properties plus the
// data properties of its layout (PR_ATTACH_DATA_OBJ for embedded messages
// and OLE objects, PR_ATTACH_DATA_BIN for files in the pure layout).
func (e *encoder) attachProps(a *Attachment) ([]byte, error) {
	props := append(Props(nil), a.Props...)
	switch {
	case a.Embedded != nil:
		inner, err := e.embedded(a.Embedded)
		if err != nil {
			return nil, fmt.Errorf("embedded message: %w", err)
		}
		props.Set(Property{Tag: NewTag(PidAttachDataBin, TypeObject), Value: &Object{IID: IIDMessage, Data: inner}})
	case a.Object != nil:
		props.Set(Property{Tag: NewTag(PidAttachDataBin, TypeObject), Value: a.Object})
	}
	if e.cfg.profile == ProfilePure && a.Embedded == nil && len(a.Data) > 0 {
		props.Set(Property{Tag: NewTag(PidAttachDataBin, TypeBinary), Value: a.Data})
	}
	w := &propWriter{cp: e.cp, compat: e.cfg.compat}
	err := w.list(props)
	return w.buf, err
}

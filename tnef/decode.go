package tnef

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"io"
	"slices"
	"strings"

	"github.com/exsh/exsh/tnef/internal/codepage"
)

// Decode reads a complete TNEF stream into a [Message]. Legacy attributes
// fill in the properties they stand for when attMsgProps lacks them;
// attachment data, embedded messages and OLE objects are moved into the
// [Attachment] fields whichever layout the stream used.
//
// Decode stops at the first error and returns it together with what it had
// decoded so far. Memory use is bounded by the input: see the package
// documentation.
//
// When r is a *bytes.Reader, Decode reads its bytes in place: attribute
// data is not copied, so attachment data and binary properties of the
// message may share the reader's underlying array, which the caller must
// then leave unchanged.
func Decode(r io.Reader, opts ...ReadOption) (*Message, error) {
	return decode(r, newReadConfig(opts), 0, 0)
}

type decoder struct {
	cfg    readConfig
	depth  int
	m      *Message
	legacy Props // message properties from legacy attributes
	att    *Attachment
	attLeg Props // the current attachment's properties from attributes
}

func decode(r io.Reader, cfg readConfig, base int64, depth int) (*Message, error) {
	tr, err := newReader(r, cfg, base)
	if err != nil {
		return nil, err
	}
	d := &decoder{cfg: cfg, depth: depth, m: &Message{Key: tr.Key}}
	for {
		a, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return d.m, err
		}
		data, err := tr.Data()
		if err == nil {
			err = d.apply(a, data)
		}
		if err != nil {
			return d.m, err
		}
	}
	d.finish()
	return d.m, nil
}

func (d *decoder) apply(a Attr, data []byte) error {
	if a.Level == LevelAttachment {
		return d.attachmentAttr(a, data)
	}
	return d.messageAttr(a, data)
}

func (d *decoder) finish() {
	d.endAttachment()
	d.m.Props = merge(d.m.Props, d.legacy)
}

// merge appends the legacy properties that props lacks.
func merge(props, legacy Props) Props {
	for _, p := range legacy {
		if _, ok := props.Get(p.Tag.ID()); !ok {
			props = append(props, p)
		}
	}
	return props
}

func (d *decoder) str(b []byte) string {
	return strings.TrimRight(codepage.Decode(d.m.CodePage, b), "\x00")
}

func (d *decoder) props(a Attr, data []byte) (Props, []objectAt, error) {
	p := &propReader{b: data, base: a.Offset + headerLen, cp: d.m.CodePage}
	ps, err := p.list()
	return ps, p.objects, err
}

func (d *decoder) messageAttr(a Attr, data []byte) error {
	switch a.ID {
	case AttrOemCodepage:
		if len(data) >= 4 {
			d.m.CodePage = binary.LittleEndian.Uint32(data)
		}
	case AttrMsgProps:
		ps, _, err := d.props(a, data)
		d.m.Props = append(d.m.Props, ps...)
		return err
	case AttrRecipTable:
		return d.recipients(a, data)
	default:
		d.legacyMessage(a, data)
	}
	return nil
}

func (d *decoder) recipients(a Attr, data []byte) error {
	p := &propReader{b: data, base: a.Offset + headerLen, cp: d.m.CodePage}
	n, err := p.count(4)
	d.m.Recipients = slices.Grow(d.m.Recipients, n) // n rows of 4 bytes or more remain
	for i := 0; err == nil && i < n; i++ {
		var ps Props
		ps, err = p.list()
		d.m.Recipients = append(d.m.Recipients, Recipient{Props: ps})
	}
	return err
}

// legacyMessage turns a legacy message attribute into properties.
func (d *decoder) legacyMessage(a Attr, data []byte) {
	switch a.ID {
	case AttrSubject, AttrBody, AttrMessageClass, AttrOriginalMessageClass:
		d.legacyString(a.ID, d.str(data))
	case AttrMessageID, AttrParentID, AttrConversationID:
		if b, err := hex.DecodeString(d.str(data)); err == nil {
			d.setLegacy(NewTag(legacyIDs[a.ID], TypeBinary), b)
		}
	case AttrPriority, AttrRequestRes, AttrAidOwner:
		d.legacyNumber(a, data)
	case AttrFrom:
		d.legacyFrom(a, data)
	default:
		d.legacyDate(a, data)
	}
}

// legacyIDs gives the property each legacy message attribute stands for.
var legacyIDs = map[AttrID]uint16{
	AttrSubject: PidSubject, AttrBody: PidBody, AttrMessageClass: PidMessageClass,
	AttrOriginalMessageClass: PidOrigMessageClass, AttrMessageID: PidSearchKey,
	AttrParentID: PidParentKey, AttrConversationID: PidConversationKey,
	AttrDateSent: PidClientSubmitTime, AttrDateRecd: PidMessageDeliveryTime,
	AttrDateModified: PidLastModificationTime, AttrDateStart: PidStartDate,
	AttrDateEnd: PidEndDate, AttrPriority: PidImportance, AttrRequestRes: PidResponseRequested,
	AttrAidOwner: PidOwnerApptID, AttrAttachCreateDate: PidCreationTime,
	AttrAttachModifyDate: PidLastModificationTime, AttrAttachMetaFile: PidAttachRendering,
	AttrAttachTransportFilename: PidAttachTransportName,
}

func (d *decoder) setLegacy(tag Tag, v any) {
	d.legacy.Set(Property{Tag: tag, Value: v})
}

func (d *decoder) legacyString(id AttrID, s string) {
	if id == AttrMessageClass || id == AttrOriginalMessageClass {
		s = ClassFromLegacy(s)
	}
	d.setLegacy(NewTag(legacyIDs[id], TypeUnicode), s)
}

func (d *decoder) legacyNumber(a Attr, data []byte) {
	if len(data) < 2 || a.ID == AttrAidOwner && len(data) < 4 {
		d.cfg.warn(errAt(a.Offset, ErrAttribute, "%v has %d bytes", a.ID, len(data)))
		return
	}
	v := binary.LittleEndian.Uint16(data)
	switch a.ID {
	case AttrPriority:
		d.setLegacy(NewTag(PidImportance, TypeLong), importanceFromPriority(v))
	case AttrRequestRes:
		d.setLegacy(NewTag(PidResponseRequested, TypeBoolean), v != 0)
	default:
		d.setLegacy(NewTag(PidOwnerApptID, TypeLong), int32(binary.LittleEndian.Uint32(data)))
	}
}

func (d *decoder) legacyFrom(a Attr, data []byte) {
	t, ok := parseTRP(data, d.str)
	if !ok {
		d.cfg.warn(errAt(a.Offset, ErrAttribute, "attFrom triple malformed"))
		return
	}
	d.setLegacy(NewTag(PidSenderName, TypeUnicode), t.name)
	d.setLegacy(NewTag(PidSenderAddrType, TypeUnicode), t.addrType)
	d.setLegacy(NewTag(PidSenderEmailAddress, TypeUnicode), t.addr)
}

func (d *decoder) legacyDate(a Attr, data []byte) {
	id, ok := legacyIDs[a.ID]
	if !ok || uint16(a.ID>>16) != 3 {
		return // attributes without a property equivalent are skipped
	}
	if t, ok := parseDTR(data); ok {
		d.setLegacy(NewTag(id, TypeSysTime), t)
		return
	}
	d.cfg.warn(errAt(a.Offset, ErrAttribute, "%v has %d bytes, want 14", a.ID, len(data)))
}

// decodeEmbedded decodes the TNEF stream of an embedded message.
func (d *decoder) decodeEmbedded(o objectAt) (*Message, error) {
	if d.depth+1 > d.cfg.maxDepth {
		return nil, errAt(o.offset, ErrDepth, "limit %d", d.cfg.maxDepth)
	}
	return decode(bytes.NewReader(o.obj.Data), d.cfg, o.offset, d.depth+1)
}

package tnef

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"

	"github.com/exsh/exsh/tnef/internal/codepage"
)

// EmbeddedPlaceholder is the attAttachData Outlook writes for an embedded
// message, whose real content travels in PR_ATTACH_DATA_OBJ.
const EmbeddedPlaceholder = "This attachment is a MAPI 1.0 embedded message and is not supported by this mail system.\x00"

// Encode writes m as a TNEF stream in the layout of the chosen [Profile]
// (default [ProfileExchange]). Legacy attributes are derived from m.Props,
// so they always agree with attMsgProps. The output depends only on m and
// the options. Encode fails with [ErrValue] when a property's Go value does
// not match its type and, unless [WithoutCompatChecks] is given, with
// [ErrCompat] when the message would break a common decoder.
func Encode(w io.Writer, m *Message, opts ...WriteOption) error {
	cfg := newWriteConfig(opts)
	lay, ok := layouts[cfg.profile]
	if !ok {
		return fmt.Errorf("tnef: unknown profile %d", cfg.profile)
	}
	key := cfg.key
	if key == 0 {
		key = m.Key
	}
	if key == 0 {
		key = deriveKey(m)
	}
	if buf, ok := w.(*bytes.Buffer); ok {
		// Small writes into memory cost no system call: no buffer needed.
		e := &encoder{cfg: cfg, lay: lay, w: buf, key: key, top: true}
		return e.message(m)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	e := &encoder{cfg: cfg, lay: lay, w: bw, key: key, top: true}
	if err := e.message(m); err != nil {
		return err
	}
	return bw.Flush()
}

// deriveKey returns a non-zero key that depends only on the message.
func deriveKey(m *Message) uint16 {
	h := fnv.New32a()
	fmt.Fprintf(h, "%s\x00%s\x00%d", m.Class(), m.Subject(), len(m.Attachments))
	k := uint16(h.Sum32() ^ h.Sum32()>>16)
	return max(k, 1)
}

type encoder struct {
	cfg writeConfig
	lay layout
	w   io.Writer
	key uint16
	top bool // false inside embedded messages
	m   *Message
	cp  uint32
}

func (e *encoder) message(m *Message) error {
	e.m, e.cp = m, m.CodePage
	if e.cp == 0 {
		e.cp = 1252
	}
	if err := e.checkSubject(); err != nil {
		return err
	}
	var hdr [6]byte
	binary.LittleEndian.PutUint32(hdr[:], Signature)
	binary.LittleEndian.PutUint16(hdr[4:], e.key)
	if _, err := e.w.Write(hdr[:]); err != nil {
		return err
	}
	for _, id := range e.lay.message {
		data, err := messageAttrs[id](e)
		if err == nil {
			err = e.attr(LevelMessage, id, data)
		}
		if err != nil {
			return fmt.Errorf("%v: %w", id, err)
		}
	}
	for _, a := range m.Attachments {
		if err := e.attachment(a); err != nil {
			return fmt.Errorf("attachment %q: %w", a.FileName(), err)
		}
	}
	return nil
}

func (e *encoder) attachment(a *Attachment) error {
	for _, id := range e.lay.attachment {
		data, err := e.attachmentData(id, a)
		if err == nil {
			err = e.attr(LevelAttachment, id, data)
		}
		if err != nil {
			return fmt.Errorf("%v: %w", id, err)
		}
	}
	return nil
}

// attr writes level, ID, length, data and checksum. Empty data is never
// written: ytnef gives up on a stream with a zero-length attribute.
func (e *encoder) attr(level Level, id AttrID, data []byte) error {
	if len(data) == 0 {
		return nil
	}
	var hdr [headerLen]byte
	hdr[0] = byte(level)
	binary.LittleEndian.PutUint32(hdr[1:], uint32(id))
	binary.LittleEndian.PutUint32(hdr[5:], uint32(len(data)))
	ck := binary.LittleEndian.AppendUint16(nil, checksum(data))
	for _, part := range [][]byte{hdr[:], data, ck} {
		if _, err := e.w.Write(part); err != nil {
			return err
		}
	}
	return nil
}

// cstr encodes s in the stream code page with a terminating NUL.
func (e *encoder) cstr(s string) []byte { return append(codepage.Encode(e.cp, s), 0) }

// embedded encodes an embedded message with the parent's key and layout.
func (e *encoder) embedded(m *Message) ([]byte, error) {
	var buf bytes.Buffer
	sub := &encoder{cfg: e.cfg, lay: e.lay, w: &buf, key: e.key}
	err := sub.message(m)
	return buf.Bytes(), err
}

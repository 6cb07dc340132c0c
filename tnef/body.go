package tnef

import "github.com/exsh/exsh/tnef/rtf"

// BodyKind is the form of a message body.
type BodyKind int

// Body kinds.
const (
	BodyNone BodyKind = iota
	BodyText
	BodyHTML
	BodyRTF
)

// String returns "none", "text", "html" or "rtf".
func (k BodyKind) String() string {
	return [...]string{"none", "text", "html", "rtf"}[k]
}

// Body is a message body in the form Outlook would show it.
type Body struct {
	Kind BodyKind
	Text string // for BodyText
	HTML []byte // for BodyHTML, in the charset of PR_INTERNET_CPID
	RTF  []byte // the decompressed PR_RTF_COMPRESSED, when the body came from it
}

// Native body values (PR_NATIVE_BODY_INFO).
const (
	nativeText = 1
	nativeRTF  = 2
	nativeHTML = 3
)

// Body returns the best body: the one PR_NATIVE_BODY_INFO names, else
// PR_HTML, else PR_RTF_COMPRESSED (de-encapsulating \fromtext and
// \fromhtml1 bodies), else PR_BODY. A compressed RTF body with a bad CRC is
// returned with an error wrapping rtf.ErrCRC.
func (m *Message) Body() (Body, error) {
	native, _ := m.Props.Int(PidNativeBody)
	html, hasHTML := m.html()
	_, hasRTF := m.Props.Bytes(PidRTFCompressed)
	text, hasText := m.Props.String(PidBody)
	switch {
	case hasHTML && native != nativeRTF && native != nativeText:
		return Body{Kind: BodyHTML, HTML: html}, nil
	case hasRTF && (native != nativeText || !hasText):
		return m.rtfBody()
	case hasText:
		return Body{Kind: BodyText, Text: text}, nil
	case hasHTML:
		return Body{Kind: BodyHTML, HTML: html}, nil
	}
	return Body{}, nil
}

func (m *Message) html() ([]byte, bool) {
	if b, ok := m.Props.Bytes(PidHTML); ok {
		return b, true
	}
	s, ok := m.Props.String(PidHTML)
	return []byte(s), ok
}

func (m *Message) rtfBody() (Body, error) {
	c, _ := m.Props.Bytes(PidRTFCompressed)
	doc, err := rtf.Decompress(c)
	b := Body{Kind: BodyRTF, RTF: doc}
	switch kind, content := rtf.Decapsulate(doc); kind {
	case rtf.Text:
		b.Kind, b.Text = BodyText, string(content)
	case rtf.HTML:
		b.Kind, b.HTML = BodyHTML, content
	}
	return b, err
}

// SetText makes text the message body, as Outlook stores a plain-text
// message: PR_BODY plus a compressed \fromtext RTF copy, which decoders that
// only read RTF need.
func (m *Message) SetText(text string) {
	m.clearBody()
	m.Props.Set(Property{Tag: NewTag(PidBody, TypeUnicode), Value: text})
	m.Props.Set(Property{Tag: NewTag(PidRTFCompressed, TypeBinary), Value: rtf.Compress(rtf.EncapsulateText(text))})
	m.Props.Set(Property{Tag: NewTag(PidRTFInSync, TypeBoolean), Value: true})
	m.Props.Set(Property{Tag: NewTag(PidNativeBody, TypeLong), Value: int32(nativeText)})
}

// SetHTML makes html the message body, as Exchange server-side TNEF does:
// PR_HTML (binary) with its code page in PR_INTERNET_CPID (65001 for UTF-8).
func (m *Message) SetHTML(html []byte, cpid int32) {
	m.clearBody()
	m.Props.Set(Property{Tag: NewTag(PidHTML, TypeBinary), Value: html})
	m.Props.Set(Property{Tag: NewTag(PidInternetCPID, TypeLong), Value: cpid})
	m.Props.Set(Property{Tag: NewTag(PidNativeBody, TypeLong), Value: int32(nativeHTML)})
}

// SetRTF makes doc (an RTF document) the message body, compressed into
// PR_RTF_COMPRESSED.
func (m *Message) SetRTF(doc []byte) {
	m.clearBody()
	m.Props.Set(Property{Tag: NewTag(PidRTFCompressed, TypeBinary), Value: rtf.Compress(doc)})
	m.Props.Set(Property{Tag: NewTag(PidNativeBody, TypeLong), Value: int32(nativeRTF)})
}

func (m *Message) clearBody() {
	for _, id := range []uint16{PidBody, PidHTML, PidRTFCompressed, PidRTFInSync, PidInternetCPID, PidNativeBody} {
		m.Props.Delete(id)
	}
}

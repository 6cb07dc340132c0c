package transport

import (
	"fmt"
	"hash/fnv"
	"html"
	"io"
	"mime"
	"strconv"
	"strings"

	"github.com/emersion/go-message"
	"github.com/exsh/exsh/transport/convert"
	"github.com/exsh/exsh/transport/tnefmime"
)

// field is one header field, in the order it is written.
type field struct{ key, value string }

// header builds a header whose fields are written in the order given
// (go-message writes them last added first) and with their names spelt
// as given (Message-ID, not Message-Id). A field without a value is left
// out, except the two Exchange writes empty.
func header(fields ...field) message.Header {
	var h message.Header
	for i := len(fields) - 1; i >= 0; i-- {
		f := fields[i]
		if f.value == "" && f.key != "X-MS-Has-Attach" && f.key != tnefmime.CorrelatorField {
			continue
		}
		var one message.Header
		one.Add(f.key, f.value)
		fs := one.Fields()
		fs.Next()
		raw, err := fs.Raw()
		if err != nil {
			continue
		}
		h.AddRaw(append([]byte(f.key), raw[len(f.key):]...))
	}
	return h
}

// mediaType formats a Content-Type value: t, which may carry parameters
// of its own, with params added.
func mediaType(t string, params map[string]string) string {
	base, own, err := mime.ParseMediaType(t)
	if err != nil {
		return t
	}
	for k, v := range params {
		if v != "" {
			own[k] = v
		}
	}
	if v := mime.FormatMediaType(base, own); v != "" {
		return v
	}
	return t
}

// boundary derives a multipart boundary from the Message-ID and a level,
// so that the same message gives the same bytes.
func boundary(msgID string, level int) string {
	f := fnv.New64a()
	fmt.Fprintf(f, "%s/%d", msgID, level)
	return fmt.Sprintf("_%03d_%016x_", level, f.Sum64())
}

// topFields are the header fields every message of the writer starts
// with, before its MIME fields.
func (c *content) topFields(receipt string) []field {
	fs := []field{
		{"From", addrString(c.from)},
		{"To", joinAddrs(c.to)},
		{"Cc", joinAddrs(c.cc)},
		{"Subject", mime.QEncoding.Encode("utf-8", c.sub.Subject)},
		{"Date", c.date.Format("Mon, 2 Jan 2006 15:04:05 -0700")},
		{"Message-ID", c.msgID},
	}
	if c.sub.ReadReceipt && receipt != "" {
		fs = append(fs, field{receipt, addrString(c.from)})
	}
	if c.sub.DeliveryReceipt && receipt != "Return-Receipt-To" {
		fs = append(fs, field{"Return-Receipt-To", addrString(c.from)})
	}
	if c.sub.Answer != nil {
		fs = append(fs, field{"In-Reply-To", c.sub.Answer.OriginalID})
	}
	if c.sub.Importance != "" && !strings.EqualFold(c.sub.Importance, "Normal") {
		fs = append(fs, field{"Importance", strings.ToLower(c.sub.Importance)})
	}
	return append(fs, field{"Content-Language", "en-US"})
}

// receiptHeader is the header that asks for a read receipt as the
// sending organization's writer names it: Exchange 5.5's IMS writes
// Return-Receipt-To (Q253917), later versions Disposition-Notification-To.
func receiptHeader(d *convert.Decision) string {
	for _, h := range d.Encoding.Headers {
		if h == "Return-Receipt-To" || h == "Disposition-Notification-To" {
			return h
		}
	}
	return ""
}

// writeTnef writes the legacy-TNEF form: the text rendering and
// winmail.dat in multipart/mixed, correlated by the Message-ID.
func (c *content) writeTnef(w io.Writer, d *convert.Decision, stream []byte) error {
	if len(d.Encoding.Parts) == 0 {
		return fmt.Errorf("transport: no text part in the TNEF layout")
	}
	fs := append(c.topFields(receiptHeader(d)), field{"X-MS-Has-Attach", hasAttach(c.sub)},
		field{tnefmime.CorrelatorField, c.msgID}, field{"MIME-Version", "1.0"})
	text := d.Encoding.Parts[0]
	mixed := &entity{ctype: "multipart/mixed", parts: []*entity{
		{ctype: mediaType(text.ContentType, map[string]string{"charset": text.Charset}), encoding: text.TransferEncoding, body: []byte(c.wrapped(d, c.text()))},
		{ctype: mediaType(tnefmime.ContentType, map[string]string{"name": tnefmime.FileName}), encoding: "base64",
			disposition: mediaType("attachment", map[string]string{"filename": tnefmime.FileName}), body: stream, exchangeOrder: true},
	}}
	return writeEntity(w, fs, mixed, c.msgID, 1)
}

// writeMime writes the HTML or text form the decision describes: its
// parts, an iCalendar part for a meeting, and the attachments as MIME
// parts of their own.
func (c *content) writeMime(w io.Writer, d *convert.Decision) error {
	alt, err := c.bodyParts(d)
	if err != nil {
		return err
	}
	fs := append(c.topFields(receiptHeader(d)), field{"X-MS-Has-Attach", hasAttach(c.sub)}, field{tnefmime.CorrelatorField, ""})
	if d.Encoding.Calendar != "" {
		fs = append(fs, field{"Content-Class", "urn:content-classes:calendarmessage"})
	}
	fs = append(fs, field{"MIME-Version", "1.0"})
	if len(c.sub.Attachments) == 0 {
		return writeEntity(w, fs, alt, c.msgID, 1)
	}
	mixed := &entity{ctype: "multipart/mixed", parts: []*entity{alt}}
	for _, a := range c.sub.Attachments {
		mixed.parts = append(mixed.parts, &entity{ctype: mediaType(a.ContentType(), map[string]string{"name": a.Name}),
			encoding: "base64", disposition: mediaType("attachment", map[string]string{"filename": a.Name}), body: a.Data})
	}
	return writeEntity(w, fs, mixed, c.msgID, 1)
}

// bodyParts returns the body: one leaf, or multipart/alternative of the
// decision's parts.
func (c *content) bodyParts(d *convert.Decision) (*entity, error) {
	var leaves []*entity
	for _, p := range d.Encoding.Parts {
		e := &entity{ctype: mediaType(p.ContentType, map[string]string{"charset": p.Charset}), encoding: p.TransferEncoding}
		switch {
		case strings.HasPrefix(p.ContentType, "text/calendar"):
			cal, err := c.calendar()
			if err != nil {
				return nil, err
			}
			t, params, _ := mime.ParseMediaType(p.ContentType)
			params["charset"] = p.Charset
			e.ctype, e.body = mediaType(t, params), cal
		case p.ContentType == "text/html":
			e.body = []byte(c.html())
		default:
			e.body = []byte(c.wrapped(d, c.text()))
		}
		leaves = append(leaves, e)
	}
	switch len(leaves) {
	case 0:
		return nil, fmt.Errorf("transport: the decision has no body part")
	case 1:
		return leaves[0], nil
	}
	return &entity{ctype: "multipart/alternative", parts: leaves}, nil
}

// entity is a MIME entity to write.
type entity struct {
	ctype, encoding, disposition string
	body                         []byte
	parts                        []*entity
	// exchangeOrder writes Content-Disposition first, as Exchange does
	// for winmail.dat (tnef.md §9).
	exchangeOrder bool
}

// writeEntity writes e with the top-level fields fs before its own.
func writeEntity(w io.Writer, fs []field, e *entity, msgID string, level int) error {
	mw, err := message.CreateWriter(w, header(append(fs, e.fields(msgID, level)...)...))
	if err != nil {
		return err
	}
	return e.writeBody(mw, msgID, level)
}

// fields are the entity's own MIME fields.
func (e *entity) fields(msgID string, level int) []field {
	if len(e.parts) > 0 {
		return []field{{"Content-Type", mediaType(e.ctype, map[string]string{"boundary": boundary(msgID, level)})}}
	}
	if e.exchangeOrder {
		return []field{{"Content-Disposition", e.disposition}, {"Content-Transfer-Encoding", e.encoding}, {"Content-Type", e.ctype}}
	}
	return []field{{"Content-Type", e.ctype}, {"Content-Disposition", e.disposition}, {"Content-Transfer-Encoding", e.encoding}}
}

// writeBody writes the entity's body, or its parts, into w and closes it.
func (e *entity) writeBody(w *message.Writer, msgID string, level int) error {
	if len(e.parts) == 0 {
		if _, err := w.Write(e.body); err != nil {
			return err
		}
		return w.Close()
	}
	for i, p := range e.parts {
		sub := level*10 + i + 1
		pw, err := w.CreatePart(header(p.fields(msgID, sub)...))
		if err != nil {
			return err
		}
		if err := p.writeBody(pw, msgID, sub); err != nil {
			return err
		}
	}
	return w.Close()
}

// hasAttach is X-MS-Has-Attach: "yes" when the message has attachments.
func hasAttach(s *Submission) string {
	if len(s.Attachments) > 0 {
		return "yes"
	}
	return ""
}

// wrapped applies the remote domain's LineWrapSize to text.
func (c *content) wrapped(d *convert.Decision, text string) string {
	n, err := strconv.Atoi(d.Encoding.LineWrap)
	if err != nil || n <= 0 {
		return text
	}
	return wrapLines(text, n)
}

// wrapLines breaks lines longer than n at spaces (a word longer than n
// stays whole), with CRLF line breaks.
func wrapLines(text string, n int) string {
	var out []string
	for _, line := range strings.Split(text, "\r\n") {
		for len(line) > n {
			cut := strings.LastIndexByte(line[:n+1], ' ')
			if cut <= 0 {
				break
			}
			out = append(out, line[:cut])
			line = line[cut+1:]
		}
		out = append(out, line)
	}
	return strings.Join(out, "\r\n")
}

// html renders the body as the HTML Outlook writes for it.
func (c *content) html() string {
	if c.rawHTML {
		return c.sub.Body
	}
	var b strings.Builder
	b.WriteString("<html>\r\n<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + c.charset() + "\">\r\n</head>\r\n<body>\r\n")
	for _, p := range strings.Split(c.text(), "\r\n") {
		fmt.Fprintf(&b, "<p>%s</p>\r\n", html.EscapeString(p))
	}
	b.WriteString("</body>\r\n</html>\r\n")
	return b.String()
}

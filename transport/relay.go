package transport

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/emersion/go-message"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/transport/tnefmime"
)

// relayed returns the bytes a relay passes on, with one line per change
// it made.
func relayed(r *model.RelayHost, in []byte, n int) ([]byte, []string, error) {
	out, notes := in, []string(nil)
	for _, b := range model.RelayBehaviors() {
		if !r.Has(b) || b == model.RelayPassThrough {
			continue
		}
		var (
			next []byte
			note string
			err  error
		)
		switch b {
		case model.RelayStripTnefAttachment:
			next, note, err = stripTnef(out)
		case model.RelayFlattenToFirstTextPart:
			next, note, err = flatten(out)
		case model.RelayDropReceiptHeaders:
			next, note, err = dropFields(out, "Disposition-Notification-To", "Return-Receipt-To")
		case model.RelayFoldTnefCorrelator:
			next, note = foldCorrelator(out)
		case model.RelayRewriteMessageId:
			next, note, err = rewriteID(out, fmt.Sprintf("<%d.relay@%s>", n, r.Name))
		}
		if err != nil {
			return nil, nil, err
		}
		out = next
		if note != "" {
			notes = append(notes, fmt.Sprintf("relay %s: %s", r.Name, note))
		}
	}
	return out, notes, nil
}

// headerEnd returns the offset of the body: after the blank line ending
// the header.
func headerEnd(b []byte) int {
	if i := bytes.Index(b, []byte("\r\n\r\n")); i >= 0 {
		return i + 4
	}
	return len(b)
}

// rewriteHeader rewrites the top-level header of raw with fn, keeping the
// body's bytes.
func rewriteHeader(raw []byte, fn func(h *message.Header)) ([]byte, error) {
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) {
		return nil, err
	}
	fn(&e.Header)
	var b bytes.Buffer
	if err := writeHeader(&b, e.Header); err != nil {
		return nil, err
	}
	b.Write(raw[headerEnd(raw):])
	return b.Bytes(), nil
}

// writeHeader writes h as it stands, ending with the blank line.
func writeHeader(w io.Writer, h message.Header) error {
	fields := h.Fields()
	var b bytes.Buffer
	for fields.Next() {
		raw, err := fields.Raw()
		if err != nil {
			return err
		}
		b.Write(raw)
	}
	b.WriteString("\r\n")
	_, err := w.Write(b.Bytes())
	return err
}

// dropFields removes header fields.
func dropFields(raw []byte, keys ...string) ([]byte, string, error) {
	var gone []string
	out, err := rewriteHeader(raw, func(h *message.Header) {
		for _, k := range keys {
			if h.Has(k) {
				gone = append(gone, k)
				h.Del(k)
			}
		}
	})
	if len(gone) == 0 {
		return raw, "", err
	}
	return out, "removed " + strings.Join(gone, " and "), err
}

// rewriteID gives the message a new Message-ID.
func rewriteID(raw []byte, id string) ([]byte, string, error) {
	out, err := rewriteHeader(raw, func(h *message.Header) { h.Set("Message-ID", id) })
	return out, "rewrote Message-ID to " + id, err
}

// foldCorrelator folds X-MS-TNEF-Correlator onto a second line, as
// Exchange 5.0/5.5 gateways did before the fix of Q182232.
func foldCorrelator(raw []byte) ([]byte, string) {
	key := []byte("\r\n" + tnefmime.CorrelatorField + ": ")
	end := headerEnd(raw)
	i := bytes.Index(raw[:end], key)
	if i < 0 {
		return raw, ""
	}
	at := i + len(key) - 1
	out := append(append(append([]byte(nil), raw[:at]...), "\r\n\t"...), raw[at+1:]...)
	return out, "folded X-MS-TNEF-Correlator onto a second line"
}

// stripTnef removes the application/ms-tnef parts of a multipart message.
func stripTnef(raw []byte) ([]byte, string, error) {
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) {
		return nil, "", err
	}
	mr := e.MultipartReader()
	if mr == nil {
		return raw, "", nil
	}
	var kept [][]byte
	stripped := false
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, "", err
		}
		if isTnef(p.Header) {
			stripped = true
			continue
		}
		kept = append(kept, rawPart(p))
	}
	if !stripped {
		return raw, "", nil
	}
	_, params, _ := e.Header.ContentType()
	var b bytes.Buffer
	head := raw[:headerEnd(raw)]
	b.Write(head)
	for _, k := range kept {
		fmt.Fprintf(&b, "--%s\r\n", params["boundary"])
		b.Write(k)
		b.WriteString("\r\n")
	}
	fmt.Fprintf(&b, "--%s--\r\n", params["boundary"])
	return b.Bytes(), "removed the winmail.dat attachment", nil
}

// rawPart re-encodes a part: its header and its body in the part's own
// transfer encoding. A multipart part without a boundary parameter (a
// damaged Content-Type) is copied as it is: go-message would invent a
// boundary its body doesn't use, or panic when the parameters don't parse.
func rawPart(p *message.Entity) []byte {
	var b bytes.Buffer
	if t, params, _ := p.Header.ContentType(); strings.HasPrefix(t, "multipart/") && params["boundary"] == "" {
		if writeHeader(&b, p.Header) != nil {
			return nil
		}
		_, _ = io.Copy(&b, p.Body)
		return bytes.TrimRight(b.Bytes(), "\r\n")
	}
	w, err := message.CreateWriter(&b, p.Header)
	if err != nil {
		return nil
	}
	_, _ = io.Copy(w, p.Body)
	_ = w.Close()
	return bytes.TrimRight(b.Bytes(), "\r\n")
}

// isTnef reports whether a part is TNEF.
func isTnef(h message.Header) bool {
	t, _, _ := h.ContentType()
	return strings.EqualFold(t, tnefmime.ContentType) || strings.EqualFold(t, tnefmime.ContentTypeVnd)
}

// flatten replaces the MIME structure by the first text/plain part, as a
// relay that strips MIME does: the top-level fields stay, the body is
// that text.
func flatten(raw []byte) ([]byte, string, error) {
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) {
		return nil, "", err
	}
	if t, _, _ := e.Header.ContentType(); !strings.HasPrefix(t, "multipart/") {
		return raw, "", nil
	}
	text, charset := firstText(e)
	out, err := rewriteHeader(raw, func(h *message.Header) {
		h.Set("Content-Type", mime.FormatMediaType("text/plain", map[string]string{"charset": charset}))
		h.Set("Content-Transfer-Encoding", "8bit")
	})
	if err != nil {
		return nil, "", err
	}
	out = append(out[:headerEnd(out)], text...)
	return out, "flattened the MIME message to its first text part (other parts and attachments dropped)", nil
}

// firstText returns the decoded first text/plain part and its charset.
func firstText(e *message.Entity) ([]byte, string) {
	var text []byte
	charset := "us-ascii"
	_ = e.Walk(func(_ []int, p *message.Entity, err error) error {
		if err != nil || text != nil {
			return err
		}
		if t, params, _ := p.Header.ContentType(); t == "text/plain" {
			text, _ = io.ReadAll(p.Body)
			if params["charset"] != "" {
				charset = params["charset"]
			}
		}
		return nil
	})
	return text, charset
}

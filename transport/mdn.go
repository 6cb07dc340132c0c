package transport

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"strings"

	"github.com/emersion/go-message"
	"github.com/exsh/exsh/transport/convert"
)

// isReceipt reports whether a submission is a read or not-read receipt.
func (s *Submission) isReceipt() bool {
	return s.Answer != nil && (s.Answer.Kind == ReadReceipt || s.Answer.Kind == NotReadReceipt)
}

// writeMDN writes a read receipt that is not TNEF as an RFC 8098 message
// disposition notification (message-flow.md §8.4, §11.6): a text part
// and message/disposition-notification. It asks for no receipt itself.
func (c *content) writeMDN(w io.Writer, d *convert.Decision) error {
	a := c.sub.Answer
	disposition := "displayed"
	if a.Kind == NotReadReceipt {
		disposition = "deleted"
	}
	fields := fmt.Sprintf("Reporting-UA: %s; Microsoft Exchange Server\r\nFinal-Recipient: rfc822;%s\r\nOriginal-Message-ID: %s\r\n"+
		"Disposition: manual-action/MDN-sent-automatically; %s\r\nX-MSExch-Correlation-Key: %s\r\n",
		hostOf(c.msgID), c.from.Address, a.OriginalID, disposition, base64.StdEncoding.EncodeToString([]byte(a.OriginalID)))
	report := &entity{ctype: `multipart/report; report-type=disposition-notification`, parts: []*entity{
		{ctype: mediaType("text/plain", map[string]string{"charset": c.charset()}), encoding: "quoted-printable", body: []byte(c.wrapped(d, c.text()))},
		{ctype: "message/disposition-notification", encoding: "7bit", body: []byte(fields)},
	}}
	fs := append(c.topFields(""), field{"MIME-Version", "1.0"})
	return writeEntity(w, fs, report, c.msgID, 1)
}

// hostOf is the host part of a Message-ID.
func hostOf(msgID string) string {
	_, h, _ := strings.Cut(strings.Trim(msgID, "<>"), "@")
	return h
}

// mdnOf reads an RFC 8098 MDN: the disposition and the original
// Message-ID, ok false when raw is none.
func mdnOf(raw []byte) (disposition, original string, ok bool) {
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) {
		return "", "", false
	}
	t, params, _ := e.Header.ContentType()
	if t != "multipart/report" || !strings.EqualFold(params["report-type"], "disposition-notification") {
		return "", "", false
	}
	_ = e.Walk(func(_ []int, p *message.Entity, err error) error {
		if err != nil {
			return err
		}
		if pt, _, _ := p.Header.ContentType(); pt != "message/disposition-notification" {
			return nil
		}
		b, _ := io.ReadAll(p.Body)
		for _, line := range strings.Split(string(b), "\n") {
			k, v, _ := strings.Cut(strings.TrimSpace(line), ":")
			switch strings.ToLower(k) {
			case "disposition":
				_, disposition, _ = strings.Cut(v, ";")
				disposition = strings.TrimSpace(disposition)
			case "original-message-id":
				original = strings.TrimSpace(v)
			}
		}
		return nil
	})
	return disposition, original, disposition != ""
}

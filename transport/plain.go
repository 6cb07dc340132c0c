package transport

import (
	"bytes"
	"io"
	"regexp"
	"strings"

	"github.com/exsh/exsh/transport/convert"
)

// writePlain writes the non-MIME form (RFC 5322 text) for a recipient
// whose MessageFormat is Text: the text body, then each attachment
// uuencoded after it; TNEF travels as a uuencoded WINMAIL.DAT, as the
// Exchange 5.5 IMS wrote it in UUENCODE mode (message-flow.md §2, §10).
func (c *content) writePlain(w io.Writer, d *convert.Decision, stream []byte) error {
	var b bytes.Buffer
	if err := writeHeader(&b, header(c.topFields(receiptHeader(d))...)); err != nil {
		return err
	}
	b.WriteString(c.wrapped(d, c.text()))
	b.WriteString("\r\n")
	if d.Result == convert.TNEF {
		uuencode(&b, "WINMAIL.DAT", stream)
	} else {
		for _, a := range c.sub.Attachments {
			uuencode(&b, a.Name, a.Data)
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// uuencode appends a uuencoded file to b.
func uuencode(b *bytes.Buffer, name string, data []byte) {
	enc := func(v byte) byte {
		if v == 0 {
			return '`'
		}
		return v + 32
	}
	b.WriteString("\r\nbegin 600 " + name + "\r\n")
	for len(data) > 0 {
		n := min(45, len(data))
		line := data[:n]
		data = data[n:]
		b.WriteByte(enc(byte(n)))
		for i := 0; i < n; i += 3 {
			var g [3]byte
			copy(g[:], line[i:min(i+3, n)])
			b.WriteByte(enc(g[0] >> 2))
			b.WriteByte(enc((g[0]<<4 | g[1]>>4) & 0x3f))
			b.WriteByte(enc((g[1]<<2 | g[2]>>6) & 0x3f))
			b.WriteByte(enc(g[2] & 0x3f))
		}
		b.WriteString("\r\n")
	}
	b.WriteString("`\r\nend\r\n")
}

// uuBlock matches a uuencoded file in a text body.
var uuBlock = regexp.MustCompile(`(?s)\r?\nbegin [0-7]{3} ([^\r\n]+)\r?\n.*?\r?\nend\r?\n?`)

// uuAttachments removes the uuencoded files from a text body and returns
// their names.
func uuAttachments(body string) (string, []string) {
	var names []string
	for _, m := range uuBlock.FindAllStringSubmatch(body, -1) {
		names = append(names, strings.TrimSpace(m[1]))
	}
	return uuBlock.ReplaceAllString(body, ""), names
}

package transport

import (
	"bytes"
	"fmt"
	"html"
	"strings"
)

// writeNDR writes the non-delivery report organization s returns for
// addr (RFC 3464, message-flow.md §9 and §11.7): a text/html user
// section with the diagnostic information, message/delivery-status and
// the original headers.
func (c *content) writeNDR(s *site, addr, reason string) ([]byte, error) {
	code := strings.Fields(reason)[1]
	date := c.date.Format("Mon, 2 Jan 2006 15:04:05 -0700")
	fs := []field{
		{"From", "Microsoft Outlook <postmaster@" + s.org().DomainName + ">"},
		{"To", addrString(c.from)},
		{"Subject", "Undeliverable: " + c.sub.Subject},
		{"Date", date},
		{"Message-ID", "<ndr." + strings.Trim(c.msgID, "<>") + ">"},
		{"Auto-Submitted", "auto-replied"},
		{"MIME-Version", "1.0"},
	}
	user := fmt.Sprintf("<html><body><p>Delivery has failed to these recipients or groups:</p><p>%s</p>"+
		"<p>Diagnostic information for administrators:</p><p>Generating server: %s</p><p>%s<br>Remote Server returned '%s'</p></body></html>\r\n",
		html.EscapeString(addr), s.host(), html.EscapeString(addr), html.EscapeString(reason))
	status := fmt.Sprintf("Reporting-MTA: dns;%s\r\nArrival-Date: %s\r\n\r\nOriginal-Recipient: rfc822;%s\r\nFinal-Recipient: rfc822;%s\r\nAction: failed\r\nStatus: %s\r\nDiagnostic-Code: smtp;%s\r\n",
		s.host(), date, addr, addr, code, reason)
	var headers bytes.Buffer
	if err := writeHeader(&headers, header(c.topFields("")...)); err != nil {
		return nil, err
	}
	report := &entity{ctype: `multipart/report; report-type=delivery-status`, parts: []*entity{
		{ctype: `text/html; charset="us-ascii"`, encoding: "quoted-printable", body: []byte(user)},
		{ctype: "message/delivery-status", encoding: "7bit", body: []byte(status)},
		{ctype: `text/rfc822-headers`, encoding: "7bit", body: headers.Bytes()},
	}}
	var b bytes.Buffer
	err := writeEntity(&b, fs, report, "ndr"+c.msgID, 1)
	return b.Bytes(), err
}

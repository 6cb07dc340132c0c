package transport

import (
	"bytes"
	"fmt"
	"html"
	"strings"
)

// dsn is one delivery status notification to write.
type dsn struct {
	addr   string // the recipient reported on
	reason string // the SMTP response ("550 5.1.1 ...", "250 2.0.0 ...")
	// delivered makes it a delivery report (Action: delivered) instead of
	// a non-delivery report.
	delivered bool
	// diagnostics adds the administrators' section and the original
	// headers (NDRDiagnosticInfoEnabled).
	diagnostics bool
}

// subjectPrefix is the DSN's subject prefix.
func (n dsn) subjectPrefix() string {
	if n.delivered {
		return "Delivered: "
	}
	return "Undeliverable: "
}

// writeDSN writes the delivery status notification organization s
// returns (RFC 3464, message-flow.md §9 and §11.7): a text/html user
// section, with the diagnostic information for administrators when
// asked, message/delivery-status and the original headers.
func (c *content) writeDSN(s *site, n dsn) ([]byte, error) {
	code := strings.Fields(n.reason)[1]
	date := c.date.Format("Mon, 2 Jan 2006 15:04:05 -0700")
	fs := []field{
		{"From", "Microsoft Outlook <postmaster@" + s.org().DomainName + ">"},
		{"To", addrString(c.from)},
		{"Subject", n.subjectPrefix() + c.sub.Subject},
		{"Date", date},
		{"Message-ID", "<" + strings.ToLower(strings.TrimSuffix(n.subjectPrefix(), ": ")) + "." + strings.Trim(c.msgID, "<>") + ">"},
		{"Auto-Submitted", "auto-replied"},
		{"MIME-Version", "1.0"},
	}
	user := fmt.Sprintf("<html><body><p>Delivery has failed to these recipients or groups:</p><p>%s</p>", html.EscapeString(n.addr))
	action := "failed"
	if n.delivered {
		user, action = fmt.Sprintf("<html><body><p>Your message has been delivered to the following recipients:</p><p>%s</p>", html.EscapeString(n.addr)), "delivered"
	}
	if n.diagnostics {
		user += fmt.Sprintf("<p>Diagnostic information for administrators:</p><p>Generating server: %s</p><p>%s<br>Remote Server returned '%s'</p>",
			s.host(), html.EscapeString(n.addr), html.EscapeString(n.reason))
	}
	user += "</body></html>\r\n"
	status := fmt.Sprintf("Reporting-MTA: dns;%s\r\nArrival-Date: %s\r\n\r\nOriginal-Recipient: rfc822;%s\r\nFinal-Recipient: rfc822;%s\r\nAction: %s\r\nStatus: %s\r\n",
		s.host(), date, n.addr, n.addr, action, code)
	if !n.delivered {
		status += "Diagnostic-Code: smtp;" + n.reason + "\r\n"
	}
	var headers bytes.Buffer
	if err := writeHeader(&headers, header(c.topFields("")...)); err != nil {
		return nil, err
	}
	report := &entity{ctype: `multipart/report; report-type=delivery-status`, parts: []*entity{
		{ctype: `text/html; charset="us-ascii"`, encoding: "quoted-printable", body: []byte(user)},
		{ctype: "message/delivery-status", encoding: "7bit", body: []byte(status)},
	}}
	if n.diagnostics {
		report.parts = append(report.parts, &entity{ctype: `text/rfc822-headers`, encoding: "7bit", body: headers.Bytes()})
	}
	var b bytes.Buffer
	err := writeEntity(&b, fs, report, "ndr"+c.msgID, 1)
	return b.Bytes(), err
}

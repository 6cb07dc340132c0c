package transport

import (
	"bytes"
	"fmt"
	"net/mail"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/transport/convert"
)

// SMTPSubmission is a message an SMTP client submits to a server (a
// script's Send-MailMessage, a non-Outlook application): MIME from the
// start, never TNEF.
type SMTPSubmission struct {
	From          string
	To, Cc, Bcc   []string
	Subject, Body string
	HTML          bool
	Attachments   []File
	// Priority is High, Normal or Low.
	Priority string
	// Notify asks for delivery status notifications (a delivery receipt).
	Notify bool
	// Authenticated submits with credentials: the server then relays to
	// external domains. Anonymous clients may send only to the domains
	// the server accepts.
	Authenticated bool
}

// HostError reports an SMTP server name that resolves to no server of
// the simulated world.
type HostError struct{ Host string }

// Error implements error.
func (e *HostError) Error() string { return "transport: unknown host " + e.Host }

// RecipientError reports a recipient the server refused at RCPT TO; the
// client gets the error and nothing is sent.
type RecipientError struct {
	Address string
	// Response is the server's SMTP response ("550 5.7.1 Unable to relay").
	Response string
}

// Error implements error.
func (e *RecipientError) Error() string { return "transport: " + e.Address + ": " + e.Response }

// SendSMTP submits s to the organization whose server host names, as an
// SMTP client does: the server refuses unknown recipients of its own
// domains (5.1.1) and, from an anonymous client, recipients elsewhere
// (5.7.1); otherwise it accepts the message, delivers to its mailboxes
// and routes the rest like any message. Nothing is sent when a
// recipient is refused.
func SendSMTP(tx storage.Tx, env model.Env, host string, s *SMTPSubmission) (*Report, error) {
	if len(s.To)+len(s.Cc)+len(s.Bcc) == 0 {
		return nil, ErrNoRecipients
	}
	w, err := load(tx, env)
	if err != nil {
		return nil, err
	}
	_, src := w.resolveHost(host)
	if src == nil {
		return nil, &HostError{Host: host}
	}
	t, ds, err := w.smtpTrip(src, s)
	if err != nil {
		return nil, err
	}
	return t.rep, t.smtpRun(ds)
}

// smtpTrip checks the envelope as the receiving server does and builds
// the trip.
func (w *world) smtpTrip(src *site, s *SMTPSubmission) (*trip, []*decision, error) {
	from, err := mail.ParseAddress(s.From)
	if err != nil {
		return nil, nil, &AddressError{Address: s.From}
	}
	sub := &Submission{Subject: s.Subject, Body: s.Body, Attachments: s.Attachments, Importance: s.Priority, DeliveryReceipt: s.Notify}
	c := &content{sub: sub, from: from, date: w.env.Now().UTC().Truncate(1e9), body: model.PlainText}
	if s.HTML {
		c.body, c.rawHTML = model.Html, true
	}
	if c.to, err = parseList(s.To); err != nil {
		return nil, nil, err
	}
	if c.cc, err = parseList(s.Cc); err != nil {
		return nil, nil, err
	}
	bcc, err := parseList(s.Bcc)
	if err != nil {
		return nil, nil, err
	}
	n, err := submitted(w.tx, src)
	if err != nil {
		return nil, nil, err
	}
	c.msgID = messageID(src, n+1)
	t := &trip{w: w, src: src, c: c, id: src.nextID, rep: &Report{MessageId: c.msgID, Subject: s.Subject}}
	src.nextID++
	var ds []*decision
	for _, a := range append(append(append([]*mail.Address(nil), c.to...), c.cc...), bcc...) {
		d, err := t.rcpt(a, s.Authenticated)
		if err != nil {
			return nil, nil, err
		}
		ds = append(ds, d)
	}
	return t, ds, nil
}

// rcpt is the server's answer to RCPT TO for a.
func (t *trip) rcpt(a *mail.Address, authenticated bool) (*decision, error) {
	res, ctype := convert.MimeText, "text/plain"
	if t.c.body == model.Html {
		res, ctype = convert.MimeHtml, "text/html"
	}
	part := convert.Part{ContentType: ctype, Charset: t.c.charset(), TransferEncoding: "quoted-printable"}
	d := &decision{addr: a, d: &convert.Decision{Recipient: a.Address, DeliveryAddress: a.Address, Result: res,
		BodyFormat: t.c.body, DecidedBy: "SMTP submission (MIME as submitted)",
		Encoding: convert.Encoding{MIME: true, ContentType: ctype, Parts: []convert.Part{part}, LineWrap: "Unlimited"}}}
	switch {
	case acceptsAny(t.src, domainOf(a.Address)):
		if t.w.mailboxByAddress(t.src, a.Address) == nil {
			return nil, &RecipientError{Address: a.Address, Response: "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"}
		}
		d.d.RecipientType = convert.UserMailbox
	case !authenticated:
		return nil, &RecipientError{Address: a.Address, Response: "550 5.7.1 Unable to relay"}
	default:
		d.d.RecipientType = convert.OneOff
	}
	return d, nil
}

// smtpRun writes the MIME once, logs the SMTP receipt, delivers to the
// server's mailboxes and routes the other recipients.
func (t *trip) smtpRun(ds []*decision) error {
	var b bytes.Buffer
	if err := t.c.writeMime(&b, ds[0].d); err != nil {
		return err
	}
	wire := b.Bytes()
	e := t.base(t.id, "RECEIVE", "SMTP", addresses(ds))
	e.ClientHostname, e.ConnectorId, e.Directionality = "client", "Default "+t.src.host(), "Originating"
	e.TotalBytes = len(wire)
	if err := t.w.event(t.src, e); err != nil {
		return err
	}
	route := []string{fmt.Sprintf("%s: received from an SMTP client (%s)", t.src.org().Name, ds[0].d.DecidedBy)}
	var external []*decision
	for _, d := range ds {
		if d.d.RecipientType != convert.UserMailbox {
			external = append(external, d)
			continue
		}
		if err := t.deliverRemote(t.src, t.id, d, wire, route, string(d.d.Result)); err != nil {
			return err
		}
	}
	return t.sendByDomain(t.id, external, wire)
}

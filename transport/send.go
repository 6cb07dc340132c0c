package transport

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net/mail"
	"strings"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/transport/convert"
	"github.com/exsh/exsh/transport/tnefmime"
)

// Errors of [Send].
var (
	// ErrNoRecipients reports a submission without recipients.
	ErrNoRecipients = errors.New("transport: no recipients")
)

// AddressError reports a recipient address that is not an SMTP address;
// nothing was sent.
type AddressError struct{ Address string }

// Error implements error.
func (e *AddressError) Error() string { return "transport: not an SMTP address: " + e.Address }

// RecipientReport is what happened for one recipient.
type RecipientReport struct {
	Address string
	// Format is the form the message left in (convert.Result).
	Format    string
	DecidedBy string
	// Route is the trip in one line; Status where it ended: Delivered,
	// Queued (<queue>) or Failed (<status code>).
	Route  string
	Status string
}

// Report is the outcome of one submission.
type Report struct {
	MessageId  string
	Subject    string
	Recipients []RecipientReport
	// Explain is the decision trace and the route, as -Explain prints it.
	Explain []string
}

// trip is one submission travelling through the world.
type trip struct {
	w     *world
	src   *site
	mbx   *model.Mailbox
	c     *content
	rep   *Report
	id    int64 // InternalMessageId in the sending organization
	stnef []byte
	// front is the room before stnef in its array (see content.stream).
	front  []byte
	sender convert.Sender
}

// Send submits s from a mailbox of organization org and carries the
// message as far as it goes: categorized and converted per recipient,
// routed through connectors, smart hosts and relays, received and
// delivered, every hop tracked. It reads and writes only through tx;
// the clock and GUIDs come from env, Message-IDs and boundaries from the
// database, so a lab replays with the same bytes.
func Send(tx storage.Tx, env model.Env, org model.Guid, s *Submission) (*Report, error) {
	if len(s.To)+len(s.Cc) == 0 {
		return nil, ErrNoRecipients
	}
	w, err := load(tx, env)
	if err != nil {
		return nil, err
	}
	t, err := w.newTrip(org, s)
	if err != nil {
		return nil, err
	}
	return t.rep, t.run()
}

// newTrip resolves the sender and the addresses and gives the message its
// Message-ID.
func (w *world) newTrip(org model.Guid, s *Submission) (*trip, error) {
	src := w.site(org)
	if src == nil {
		return nil, &model.NotFoundError{Kind: model.KindOrganization, Identity: org.String()}
	}
	if err := w.full(src); err != nil {
		return nil, err
	}
	mbx, err := model.Resolve(src.set.Mailboxes, s.From)
	if err != nil {
		return nil, err
	}
	t := &trip{w: w, src: src, mbx: mbx, id: src.nextID}
	src.nextID++
	t.sender.Mailbox = mbx
	for _, oc := range src.set.OutlookContacts {
		if oc.MailboxGuid == mbx.Guid {
			t.sender.Contacts = append(t.sender.Contacts, oc)
		}
	}
	c := &content{sub: s, from: &mail.Address{Name: mbx.DisplayName, Address: string(mbx.PrimarySmtpAddress)}, date: w.env.Now().UTC().Truncate(1e9)}
	if c.to, err = parseList(s.To); err != nil {
		return nil, err
	}
	if c.cc, err = parseList(s.Cc); err != nil {
		return nil, err
	}
	n, err := submitted(w.tx, src)
	if err != nil {
		return nil, err
	}
	c.msgID = messageID(src, n+1)
	t.c = c
	t.rep = &Report{MessageId: c.msgID, Subject: s.Subject}
	return t, nil
}

// submitted counts the messages that entered the transport of s so far
// (each logs one RECEIVE there).
func submitted(tx storage.Tx, s *site) (int, error) {
	ids, err := storage.Fields(tx, s.org().Guid, model.KindTrackingEvent, "EventId")
	n := 0
	for _, id := range ids {
		if id == "RECEIVE" {
			n++
		}
	}
	return n, err
}

// parseList parses recipient addresses.
func parseList(list []string) ([]*mail.Address, error) {
	var out []*mail.Address
	for _, s := range list {
		a, err := mail.ParseAddress(s)
		if err != nil || !strings.Contains(a.Address, "@") {
			return nil, &AddressError{Address: s}
		}
		out = append(out, a)
	}
	return out, nil
}

// run categorizes, converts, routes and delivers.
func (t *trip) run() error {
	decisions, err := t.categorize()
	if err != nil {
		return err
	}
	t.c.body = effectiveBody(t.c.sub, t.mbx, firstDecision(decisions))
	if t.front, t.stnef, err = t.c.stream(); err != nil {
		return err
	}
	submittedMIME, err := t.summary()
	if err != nil {
		return err
	}
	if err := t.logSubmit(); err != nil {
		return err
	}
	if err := t.sentItem(submittedMIME); err != nil {
		return err
	}
	return t.deliverAll(decisions, submittedMIME)
}

// categorize decides the form per recipient (message-flow.md §3–4).
func (t *trip) categorize() ([]*decision, error) {
	snap := convert.SnapshotOf(t.src.set)
	var out []*decision
	for _, a := range append(append([]*mail.Address(nil), t.c.to...), t.c.cc...) {
		in := convert.Input{Org: snap, Sender: t.sender, Recipient: convert.Recipient{Address: a.Address},
			Message: convert.Message{BodyFormat: t.c.sub.BodyFormat, Class: t.c.sub.class(), ReadReceipt: t.c.sub.ReadReceipt,
				VotingButtons: t.c.sub.VotingButtons != "", Attachments: attachmentKinds(t.c.sub), Charset: t.c.charset()}}
		if t.c.sub.AlwaysRichText {
			in.Recipient.InternetFormat = model.ContactInternetFormatOutlookRichText
		}
		d, err := convert.Decide(in)
		switch {
		case errors.Is(err, convert.ErrUnknownRecipient):
			out = append(out, &decision{addr: a, unknown: true})
			continue
		case errors.Is(err, convert.ErrBadAddress):
			return nil, &AddressError{Address: a.Address}
		case err != nil:
			return nil, err
		}
		out = append(out, &decision{addr: a, d: d})
		for _, step := range d.Trace {
			t.rep.Explain = append(t.rep.Explain, a.Address+": "+step.String())
		}
	}
	return out, nil
}

// decision is the categorizer's answer for one recipient.
type decision struct {
	addr    *mail.Address
	d       *convert.Decision
	unknown bool
}

// firstDecision returns the first decided recipient's decision.
func firstDecision(ds []*decision) *convert.Decision {
	for _, d := range ds {
		if d.d != nil {
			return d.d
		}
	}
	return nil
}

// attachmentKinds describes the attachments for the decision engine.
func attachmentKinds(s *Submission) []convert.Attachment {
	var out []convert.Attachment
	for _, a := range s.Attachments {
		out = append(out, convert.Attachment{Name: a.Name, Kind: convert.FileAttachment})
	}
	return out
}

// summary is the item as it travels inside the sending organization:
// summary TNEF, the MIME Export-MailboxMessage -Stage Submitted shows.
// The entity is binary: its header, then the stream as it is, which is
// why the header can be written in the room in front of the stream.
func (t *trip) summary() ([]byte, error) {
	var b bytes.Buffer
	if err := tnefmime.WriteSummary(&b, header(t.c.topFields("")...), nil); err != nil {
		return nil, err
	}
	if n := b.Len(); n <= len(t.front) {
		msg := t.front[len(t.front)-n : len(t.front)+len(t.stnef)]
		copy(msg, b.Bytes())
		return msg, nil
	}
	b.Write(t.stnef)
	return b.Bytes(), nil
}

// deliverAll delivers to the internal recipients and sends one forked
// copy per outbound form.
func (t *trip) deliverAll(ds []*decision, submittedMIME []byte) error {
	forks := map[convert.Result][]*decision{}
	var order []convert.Result
	for _, d := range ds {
		switch {
		case d.unknown:
			if err := t.unknownInternal(d); err != nil {
				return err
			}
		case d.d.RecipientType == convert.UserMailbox:
			if err := t.deliverInternal(d, submittedMIME); err != nil {
				return err
			}
		default:
			if forks[d.d.Result] == nil {
				order = append(order, d.d.Result)
			}
			forks[d.d.Result] = append(forks[d.d.Result], d)
		}
	}
	ids := make([]int64, len(order))
	for i, res := range order {
		ids[i] = t.id
		if i > 0 {
			ids[i] = t.src.nextID
			t.src.nextID++
			if err := t.logTransfer(ids[i], forks[res]); err != nil {
				return err
			}
		}
	}
	for i, res := range order {
		if err := t.sendFork(ids[i], forks[res]); err != nil {
			return err
		}
	}
	return nil
}

// sendFork converts one forked copy and sends it to each destination.
func (t *trip) sendFork(id int64, ds []*decision) error {
	wire, err := t.encode(ds[0].d)
	if err != nil {
		return err
	}
	return t.sendByDomain(id, ds, wire)
}

// sendByDomain sends wire once per destination domain of ds, in the
// order the domains first appear.
func (t *trip) sendByDomain(id int64, ds []*decision, wire []byte) error {
	byDomain := map[string][]*decision{}
	var domains []string
	for _, d := range ds {
		dom := domainOf(d.d.DeliveryAddress)
		if byDomain[dom] == nil {
			domains = append(domains, dom)
		}
		byDomain[dom] = append(byDomain[dom], d)
	}
	for _, dom := range domains {
		if err := t.sendTo(id, dom, byDomain[dom], wire); err != nil {
			return err
		}
	}
	return nil
}

// encode writes the bytes the categorizer sends for decision d.
func (t *trip) encode(d *convert.Decision) ([]byte, error) {
	var b bytes.Buffer
	// The parts carry the TNEF stream or the attachments, and the body.
	b.Grow(wireSize(max(len(t.stnef), t.c.sub.attachedBytes()) + 2*len(t.c.sub.Body)))
	var err error
	switch {
	case !d.Encoding.MIME:
		err = t.c.writePlain(&b, d, t.stnef)
	case d.Result == convert.TNEF:
		err = t.c.writeTnef(&b, d, t.stnef)
	case t.c.sub.isReceipt() && t.src.org().ExchangeVersion != model.Exchange55:
		err = t.c.writeMDN(&b, d)
	default:
		err = t.c.writeMime(&b, d)
	}
	return b.Bytes(), err
}

// headerRoom is room for the header fields and MIME framing of a message
// in the buffers that are sized before writing.
const headerRoom = 4 << 10

// wireSize is the room for a message whose parts hold n bytes, base64
// in lines of 76 characters at the most (wire messages are written into
// a buffer of this size: growing one of several hundred KB costs more
// than the encoding).
func wireSize(n int) int {
	return (n+2)/3*4*78/76 + headerRoom
}

// domainOf returns the domain of an address.
func domainOf(addr string) string {
	_, d, _ := strings.Cut(addr, "@")
	return strings.ToLower(d)
}

// report records one recipient's outcome.
func (t *trip) report(d *decision, route []string, status string) {
	r := RecipientReport{Address: d.addr.Address, Route: strings.Join(route, " > "), Status: status}
	if d.d != nil {
		r.Format, r.DecidedBy = string(d.d.Result), d.d.DecidedBy
	}
	t.rep.Recipients = append(t.rep.Recipients, r)
	for _, hop := range route {
		t.rep.Explain = append(t.rep.Explain, d.addr.Address+": route: "+hop)
	}
}

// addresses returns the delivery addresses of ds.
func addresses(ds []*decision) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.addr.Address
		if d.d != nil {
			out[i] = d.d.DeliveryAddress
		}
	}
	return out
}

// readHeader parses the top-level header of raw MIME as message.Read
// does, empty when message.Read fails. It reads the header's bytes
// alone, through a buffer of their size (message.Read's is 4 KB, and the
// header of a message is read several times on its way).
func readHeader(raw []byte) message.Header {
	n := headerLen(raw)
	if n > maxHeaderBytes {
		return message.Header{}
	}
	// The buffer is one byte larger than what it reads, so it is never
	// full: a last line without a line break then reads as it does
	// through a larger one.
	h, err := textproto.ReadHeader(bufio.NewReaderSize(bytes.NewReader(raw[:n]), n+1))
	if err != nil {
		return message.Header{}
	}
	e, err := message.New(message.Header{Header: h}, bytes.NewReader(nil))
	if err != nil && !message.IsUnknownCharset(err) {
		return message.Header{}
	}
	return e.Header
}

// maxHeaderBytes is the largest header message.Read reads.
const maxHeaderBytes = 1 << 20

// headerLen returns the length of the header of raw MIME with the blank
// line that ends it (LF or CRLF), or len(raw) when there is none.
func headerLen(raw []byte) int {
	for i := 0; ; {
		j := bytes.IndexByte(raw[i:], '\n')
		if j < 0 {
			return len(raw)
		}
		i += j + 1
		switch rest := raw[i:]; {
		case len(rest) > 0 && rest[0] == '\n':
			return i + 1
		case len(rest) > 1 && rest[0] == '\r' && rest[1] == '\n':
			return i + 2
		}
	}
}

// status is a recipient status line.
func status(code string) string { return fmt.Sprintf("Failed (%s)", code) }

package transport

import (
	"bytes"
	"fmt"
	"net/mail"
	"strconv"
	"strings"

	"github.com/emersion/go-message"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/tnef"
	"github.com/exsh/exsh/transport/convert"
	"github.com/exsh/exsh/transport/tnefmime"
)

// event records one tracking-log entry in s.
func (w *world) event(s *site, e *model.TrackingEvent) error {
	w.env.Stamp(s.org(), e)
	if e.ServerHostname == "" {
		e.ServerHostname = s.host()
	}
	e.RecipientCount = len(e.Recipients)
	if e.ReturnPath == "" {
		e.ReturnPath = e.Sender
	}
	return storage.Put(w.tx, s.org().Guid, e)
}

// base returns an event of this trip in the sending organization.
func (t *trip) base(id int64, eventID, source string, rcpts []string) *model.TrackingEvent {
	return &model.TrackingEvent{EventId: eventID, Source: source, InternalMessageId: id, MessageId: t.c.msgID,
		Sender: t.c.from.Address, Recipients: rcpts, MessageSubject: t.c.sub.Subject, TotalBytes: len(t.stnef),
		Directionality: "Originating"}
}

// logSubmit records the submission from the sender's mailbox.
func (t *trip) logSubmit() error {
	all := append(append([]string(nil), addrList(t.c.to)...), addrList(t.c.cc)...)
	for _, e := range []*model.TrackingEvent{
		t.base(t.id, "RECEIVE", "STOREDRIVER", all),
		t.base(t.id, "SUBMIT", "STOREDRIVER", all),
	} {
		if e.EventId == "SUBMIT" {
			e.SourceContext = "MessageClass:" + t.c.sub.class() + ", ClientType:" + clientType(t.mbx)
		}
		if err := t.w.event(t.src, e); err != nil {
			return err
		}
	}
	return nil
}

// clientType is the SUBMIT ClientType of the sender's client.
func clientType(m *model.Mailbox) string {
	switch m.Client {
	case model.OutlookWebApp:
		return "OWA"
	case model.OutlookExpress, model.ThirdPartyMailClient:
		return "SMTP"
	}
	return "MOMT"
}

// logTransfer records the fork id for recipients that need another form;
// its Reference is the parent's InternalMessageId.
func (t *trip) logTransfer(id int64, ds []*decision) error {
	e := t.base(id, "TRANSFER", "ROUTING", addresses(ds))
	e.Reference = []string{fmt.Sprint(t.id)}
	e.SourceContext = "ContentConversion: " + string(ds[0].d.Result)
	return t.w.event(t.src, e)
}

// sentItem stores the sender's copy in Sent Items.
func (t *trip) sentItem(submittedMIME []byte) error {
	item := t.item(t.src, t.mbx, "SentItems", "MAPI")
	item.Submitted = submittedMIME
	item.Route = []string{t.src.org().Name + ": submitted by " + t.mbx.Name}
	return t.w.store(t.src, item)
}

// item returns a mailbox item of this message for mailbox m of s.
func (t *trip) item(s *site, m *model.Mailbox, folder, format string) *model.MailboxMessage {
	return &model.MailboxMessage{Mailbox: m.Name, MailboxGuid: m.Guid, Folder: folder, From: addrString(t.c.from),
		To: addrList(t.c.to), Subject: t.c.sub.Subject, MessageId: t.c.msgID, MessageClass: t.c.sub.class(), Format: format}
}

// store numbers and stores a mailbox item. It reads the identities of
// the organization's items, not the items (their bytes are large).
func (w *world) store(s *site, item *model.MailboxMessage) error {
	ids, err := storage.Fields(w.tx, s.org().Guid, model.KindMailboxMessage, "Identity")
	if err != nil {
		return err
	}
	prefix := strings.ToLower(item.Mailbox + `\`)
	for _, id := range ids {
		if rest, ok := strings.CutPrefix(strings.ToLower(id), prefix); ok {
			n, _ := strconv.Atoi(rest[strings.LastIndexByte(rest, '\\')+1:])
			item.Number = max(item.Number, n)
		}
	}
	item.Number++
	item.Size = len(item.Trace) + len(item.Wire) + len(item.Submitted)
	w.env.Stamp(s.org(), item)
	item.Received = item.WhenCreated
	if err := storage.Put(w.tx, s.org().Guid, item); err != nil {
		return err
	}
	if err := storage.PutBlob(w.tx, s.org().Guid, item, "Submitted", item.Submitted); err != nil {
		return err
	}
	return storage.PutBlob(w.tx, s.org().Guid, item, "Wire", item.Wire)
}

// deliverInternal delivers to a mailbox of the sending organization: the
// summary TNEF (MAPI in Exchange 5.5) never leaves the organization.
func (t *trip) deliverInternal(d *decision, submittedMIME []byte) error {
	m, _ := model.Resolve(t.src.set.Mailboxes, d.d.RecipientName)
	if m == nil {
		return t.unknownInternal(d)
	}
	item := t.item(t.src, m, "Inbox", string(d.d.Result))
	item.Wire = submittedMIME
	item.Route = []string{fmt.Sprintf("%s: categorized as %s for %s (%s)", t.src.org().Name, d.d.Result, d.addr.Address, d.d.DecidedBy),
		fmt.Sprintf("%s: delivered to %s", t.src.org().Name, m.Name)}
	if err := t.w.store(t.src, item); err != nil {
		return err
	}
	if err := t.w.interpret(t.src, item); err != nil {
		return err
	}
	e := t.base(t.id, "DELIVER", "STOREDRIVER", []string{d.d.DeliveryAddress})
	e.RecipientStatus = []string{"250 2.1.5 Recipient OK"}
	if err := t.w.event(t.src, e); err != nil {
		return err
	}
	t.report(d, item.Route, "Delivered")
	return nil
}

// unknownInternal fails an address of an authoritative domain of the
// sending organization that no recipient has: 5.1.1 from the categorizer.
func (t *trip) unknownInternal(d *decision) error {
	route := []string{fmt.Sprintf("%s: no recipient has the address %s (an authoritative domain)", t.src.org().Name, d.addr.Address)}
	return t.fail(t.src, d, route, "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")
}

// fail records a failed recipient in s and returns the NDR to the sender.
func (t *trip) fail(s *site, d *decision, route []string, reason string) error {
	code := strings.Fields(reason)[1]
	e := t.base(t.id, "FAIL", "ROUTING", []string{d.addr.Address})
	e.RecipientStatus = []string{reason}
	if err := t.w.event(s, e); err != nil {
		return err
	}
	if rd := t.ndrBlocked(s); rd != nil {
		route = append(route, fmt.Sprintf("%s: no non-delivery report to %s: RemoteDomain '%s' NDREnabled=False", s.org().Name, t.c.from.Address, rd.Name))
		t.report(d, route, status(code))
		return nil
	}
	route = append(route, fmt.Sprintf("%s: non-delivery report %s returned to %s", s.org().Name, code, t.c.from.Address))
	t.report(d, route, status(code))
	return t.ndr(s, d, reason, route)
}

// ndrBlocked returns the remote domain of s that forbids NDRs to the
// sender's domain (NDREnabled $false), or nil. Inside its own domains an
// organization always reports.
func (t *trip) ndrBlocked(s *site) *model.RemoteDomain {
	dom := domainOf(t.c.from.Address)
	if acceptsAny(s, dom) {
		return nil
	}
	if rd := model.BestRemoteDomain(s.eff.RemoteDomains, dom); rd != nil && !rd.NDREnabled {
		return rd
	}
	return nil
}

// ndr delivers a non-delivery report from s to the sender's Inbox; route
// is the failed trip. The reporting organization's remote domain for the
// sender's domain decides whether diagnostics are included.
func (t *trip) ndr(s *site, d *decision, reason string, route []string) error {
	n := dsn{addr: d.addr.Address, reason: reason, diagnostics: true}
	if rd := t.remoteDomainOf(s); rd != nil {
		n.diagnostics = rd.NDRDiagnosticInfoEnabled
	}
	route = append(route, fmt.Sprintf("%s: %s for %s", s.org().Name, reason, d.addr.Address))
	return t.returnDSN(s, n, "REPORT.IPM.Note.NDR", route)
}

// remoteDomainOf returns the remote domain of s that applies to the
// sender's domain, or nil when the sender is one of s's own.
func (t *trip) remoteDomainOf(s *site) *model.RemoteDomain {
	dom := domainOf(t.c.from.Address)
	if acceptsAny(s, dom) {
		return nil
	}
	return model.BestRemoteDomain(s.eff.RemoteDomains, dom)
}

// deliveryReport returns a delivery report (DSN, Action: delivered) from
// s to the sender when the delivered item asks for one as s reads it,
// unless s's remote domain for the sender's domain has
// DeliveryReportEnabled $false.
func (t *trip) deliveryReport(s *site, item *model.MailboxMessage, addr string, route []string) ([]string, error) {
	if !wantsDeliveryReport(t.w.tnefOf, item.Wire, s.org()) {
		return route, nil
	}
	if rd := t.remoteDomainOf(s); rd != nil && !rd.DeliveryReportEnabled {
		return append(route, fmt.Sprintf("%s: no delivery report: RemoteDomain '%s' DeliveryReportEnabled=False", s.org().Name, rd.Name)), nil
	}
	route = append(route, fmt.Sprintf("%s: delivery report returned to %s", s.org().Name, t.c.from.Address))
	n := dsn{addr: addr, reason: "250 2.0.0 OK", delivered: true}
	return route, t.returnDSN(s, n, "REPORT.IPM.Note.DR", route)
}

// wantsDeliveryReport reports whether org reads a delivery-report
// request in raw: PR_ORIGINATOR_DELIVERY_REPORT_REQUESTED in a TNEF it
// takes (decoded with read), or Return-Receipt-To, which Exchange 2000
// and later read as one (Q324604).
func wantsDeliveryReport(read tnefReader, raw []byte, org *model.Organization) bool {
	if msg, _ := understoodTnef(read, raw, org); msg != nil {
		if v, _ := msg.Props.Bool(tnef.PidOriginatorDeliveryReportRequested); v {
			return true
		}
	}
	if org.ExchangeVersion != model.Exchange2013 {
		return false
	}
	h := readHeader(raw)
	return h.Get("Return-Receipt-To") != ""
}

// returnDSN delivers a DSN from s to the sender's Inbox and records a
// delivery report on the sent item.
func (t *trip) returnDSN(s *site, n dsn, class string, route []string) error {
	raw, err := t.c.writeDSN(s, n)
	if err != nil {
		return err
	}
	e := t.base(t.id, "DSN", "DSN", []string{t.c.from.Address})
	e.Reference = []string{t.c.msgID}
	if err := t.w.event(s, e); err != nil {
		return err
	}
	home, m := t.w.mailbox(t.c.from.Address)
	if m == nil {
		return nil // the sender has no mailbox in the simulated world
	}
	item := t.item(home, m, "Inbox", "MimeHtml")
	item.From, item.To = "postmaster@"+s.org().DomainName, []string{t.c.from.Address}
	item.Subject, item.MessageClass = n.subjectPrefix()+t.c.sub.Subject, class
	h := readHeader(raw)
	item.MessageId = h.Get("Message-ID")
	item.InReplyTo = t.c.msgID
	item.Wire = raw
	item.Route = route
	if err := t.w.store(home, item); err != nil {
		return err
	}
	if !n.delivered {
		return nil
	}
	sent, err := t.w.sentItem(home, t.c.msgID)
	if err != nil || sent == nil {
		return err
	}
	sent.Responses = append(sent.Responses, "Delivered: "+n.addr+" ("+item.Received.Format("1/2/2006 3:04 PM")+")")
	return storage.Put(t.w.tx, home.org().Guid, sent)
}

// mailbox finds the mailbox with address addr in any organization.
func (w *world) mailbox(addr string) (*site, *model.Mailbox) {
	for _, s := range w.orgs {
		if m := w.mailboxByAddress(s, addr); m != nil {
			return s, m
		}
	}
	return nil, nil
}

// sendTo routes one copy to the recipients of one domain and delivers
// it, or queues it when there is no way.
func (t *trip) sendTo(id int64, domain string, ds []*decision, wire []byte) error {
	p := t.w.route(t.src, domain)
	route := []string{fmt.Sprintf("%s: categorized as %s (%s)", t.src.org().Name, ds[0].d.Result, ds[0].d.DecidedBy)}
	if p.fail != "" {
		return t.queue(id, p, ds, wire, append(route, p.hops...))
	}
	return t.sendWithRoute(id, p, ds, wire, route)
}

// sendWithRoute sends a copy along p, whose hops follow route.
func (t *trip) sendWithRoute(id int64, p *path, ds []*decision, wire []byte, route []string) error {
	route = append(route, p.hops...)
	e := t.base(id, "SEND", "SMTP", addresses(ds))
	e.ConnectorId, e.ServerHostname = p.connector.Name, p.host()
	e.RecipientStatus = repeat("250 2.6.0 Queued mail for delivery", len(ds))
	e.TotalBytes = len(wire)
	if err := t.w.event(t.src, e); err != nil {
		return err
	}
	if p.relay != nil {
		var notes []string
		var err error
		if wire, notes, err = relayed(p.relay, wire, int(id)); err != nil {
			return err
		}
		route = append(route, notes...)
	}
	return t.receive(id, p, ds, wire, route)
}

// repeat returns n copies of s.
func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// receive is the destination organization taking the message in and
// delivering it to its mailboxes.
func (t *trip) receive(id int64, p *path, ds []*decision, wire []byte, route []string) error {
	dst := p.dest
	in := dst.nextID
	dst.nextID++
	from := t.src.host()
	if p.relay != nil {
		from = p.relay.Name
	}
	e := &model.TrackingEvent{EventId: "RECEIVE", Source: "SMTP", InternalMessageId: in, MessageId: messageIDOf(t.w.headerOf(wire), t.c.msgID),
		Sender: t.c.from.Address, Recipients: addresses(ds), MessageSubject: t.c.sub.Subject, TotalBytes: len(wire),
		ClientHostname: from, ConnectorId: "Default " + dst.host(), Directionality: "Incoming"}
	if err := t.w.event(dst, e); err != nil {
		return err
	}
	route = append(route, fmt.Sprintf("%s: received from %s", dst.org().Name, from))
	arrived := string(ds[0].d.Result)
	if p.relay != nil {
		arrived = arrivedAs(wire)
	}
	for _, d := range ds {
		if err := t.deliverRemote(dst, in, d, wire, route, arrived); err != nil {
			return err
		}
	}
	return nil
}

// deliverRemote delivers to one recipient of the destination, or fails
// it with 5.1.1 when no mailbox there has the address.
func (t *trip) deliverRemote(dst *site, in int64, d *decision, wire []byte, route []string, arrived string) error {
	m := t.w.mailboxByAddress(dst, d.d.DeliveryAddress)
	if m == nil {
		route = append(route, fmt.Sprintf("%s: no mailbox has the address %s", dst.org().Name, d.d.DeliveryAddress))
		return t.fail(dst, d, route, "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")
	}
	route = append(route, fmt.Sprintf("%s: delivered to %s", dst.org().Name, m.Name))
	item := t.item(dst, m, "Inbox", arrived)
	item.MessageClass = receivedClass(t.w.tnefOf, wire, dst.org())
	item.MessageId = messageIDOf(t.w.headerOf(wire), t.c.msgID)
	item.Wire = wire
	item.Trace = fmt.Sprintf("Received: from %s by %s\r\n", t.src.host(), dst.host())
	item.Route = route
	if err := t.w.store(dst, item); err != nil {
		return err
	}
	if err := t.w.interpret(dst, item); err != nil {
		return err
	}
	e := &model.TrackingEvent{EventId: "DELIVER", Source: "STOREDRIVER", InternalMessageId: in, MessageId: item.MessageId,
		Sender: t.c.from.Address, Recipients: []string{d.d.DeliveryAddress}, MessageSubject: t.c.sub.Subject,
		RecipientStatus: []string{"250 2.1.5 Recipient OK"}, TotalBytes: len(wire), Directionality: "Incoming"}
	if err := t.w.event(dst, e); err != nil {
		return err
	}
	more, err := t.deliveryReport(dst, item, d.d.DeliveryAddress, route)
	if err != nil {
		return err
	}
	if len(more) > len(route) {
		item.Route = more
		if err := storage.Put(t.w.tx, dst.org().Guid, item); err != nil {
			return err
		}
	}
	if dst.org().ExchangeVersion == model.Exchange2013 && strings.HasPrefix(strings.ToLower(item.MessageClass), "ipm.schedule.meeting.") {
		p := *e
		p.EventId, p.Source, p.RecipientStatus = "PROCESSMEETINGMESSAGE", "MEETINGMESSAGEPROCESSOR", nil
		p.SourceContext = "MeetingMessageType:" + item.MessageClass
		if err := t.w.event(dst, &p); err != nil {
			return err
		}
	}
	t.report(d, route, "Delivered")
	return nil
}

// receivedClass is the class the receiving organization's store gives
// what arrived: the TNEF's class when it takes the TNEF, else IPM.Note
// (interpret then recognizes the receipts and responses it can read). It
// decodes the TNEF with read.
func receivedClass(read tnefReader, wire []byte, org *model.Organization) string {
	if msg, _ := understoodTnef(read, wire, org); msg != nil && msg.Class() != "" {
		return msg.Class()
	}
	lower := bytes.ToLower(wire)
	if org.ExchangeVersion == model.Exchange2013 && bytes.Contains(lower, []byte("content-type: text/calendar")) && bytes.Contains(lower, []byte("method=request")) {
		return "IPM.Schedule.Meeting.Request" // Exchange 2007 and later turn iMIP requests into meeting requests
	}
	return "IPM.Note"
}

// arrivedAs names the form of the bytes that arrived, which a relay may
// have changed: TNEF, MimeHtml or MimeText.
func arrivedAs(wire []byte) string {
	if parts, _ := tnefmime.Find(bytes.NewReader(wire)); len(parts) > 0 {
		return string(convert.TNEF)
	}
	if bytes.Contains(bytes.ToLower(wire), []byte("content-type: text/html")) {
		return string(convert.MimeHtml)
	}
	return string(convert.MimeText)
}

// messageIDOf returns the Message-ID of header h, or def.
func messageIDOf(h message.Header, def string) string {
	if id := h.Get("Message-ID"); id != "" {
		return id
	}
	return def
}

// mailboxByAddress finds the mailbox of s with address addr, through the
// store's key index (read only: the mailbox is shared, see getShared).
func (w *world) mailboxByAddress(s *site, addr string) *model.Mailbox {
	var found []*model.Mailbox
	ids, _ := w.tx.Lookup(s.org().Guid, model.KindMailbox, addr)
	for _, id := range ids {
		if m, err := getShared[model.Mailbox](w.tx, s.org().Guid, id); err == nil {
			found = append(found, m)
		}
	}
	if len(ids) == 0 {
		found, _ = storage.Find[model.Mailbox](w.tx, s.org().Guid, addr)
	}
	for _, m := range found {
		if strings.EqualFold(string(m.PrimarySmtpAddress), addr) {
			return m
		}
		for _, p := range m.EmailAddresses {
			if strings.EqualFold(p.Address, addr) {
				return m
			}
		}
	}
	return nil
}

// addrList returns the addresses of a list.
func addrList(list []*mail.Address) []string {
	out := make([]string, len(list))
	for i, a := range list {
		out[i] = a.Address
	}
	return out
}

// queue keeps a copy that has no route in the sending server's queue.
func (t *trip) queue(id int64, p *path, ds []*decision, wire []byte, route []string) error {
	q := &model.QueuedMessage{Queue: t.src.set.Servers[0].Name + `\` + p.queue, FromAddress: t.c.from.Address,
		Recipients: addresses(ds), Subject: t.c.sub.Subject, Status: "Retry", Size: len(wire), LastError: p.fail,
		MessageId: t.c.msgID, Format: string(ds[0].d.Result), Bytes: wire, Route: route}
	if err := t.w.enqueue(t.src, q); err != nil {
		return err
	}
	e := t.base(id, "DEFER", "QUEUE", addresses(ds))
	e.RecipientStatus = repeat(p.fail, len(ds))
	if err := t.w.event(t.src, e); err != nil {
		return err
	}
	for _, d := range ds {
		t.report(d, route, "Queued ("+p.queue+")")
	}
	return nil
}

// enqueue numbers and stores a queued message.
func (w *world) enqueue(s *site, q *model.QueuedMessage) error {
	all, err := storage.List[model.QueuedMessage](w.tx, s.org().Guid)
	if err != nil {
		return err
	}
	for _, o := range all {
		q.Number = max(q.Number, o.Number)
	}
	q.Number++
	w.env.Stamp(s.org(), q)
	if err := storage.Put(w.tx, s.org().Guid, q); err != nil {
		return err
	}
	return storage.PutBlob(w.tx, s.org().Guid, q, "Bytes", q.Bytes)
}

// ReadBytes reads the bytes of item, a message of organization org,
// which are kept beside its record.
func ReadBytes(tx storage.Tx, org model.Guid, item *model.MailboxMessage) error {
	var err error
	if item.Submitted, err = storage.Blob(tx, org, item, "Submitted"); err != nil {
		return err
	}
	item.Wire, err = storage.Blob(tx, org, item, "Wire")
	return err
}

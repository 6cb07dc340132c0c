package model

import (
	"strconv"
	"time"
)

// Kinds of the mail-flow objects: what the transport simulator stores.
const (
	KindMailboxMessage Kind = "MailboxMessage"
	KindTrackingEvent  Kind = "MessageTrackingEvent"
	KindQueuedMessage  Kind = "QueuedMessage"
	// KindRelayHost objects belong to no organization: a relay is a
	// third-party host on the simulated Internet (scope [NilGuid]).
	KindRelayHost Kind = "RelayHost"
)

// MailboxMessage is one item in a mailbox folder, with the bytes of each
// stage of its trip. It is exsh-specific (Get-MailboxMessage shows the
// item as the mailbox's client does).
type MailboxMessage struct {
	// Mailbox is the Name of the mailbox holding the item.
	Mailbox string
	// Folder is Inbox or SentItems.
	Folder       string
	Received     time.Time
	From         string
	To           []string
	Subject      string
	MessageId    string
	MessageClass string
	// Format is the form the message arrived in: TNEF, MimeHtml,
	// MimeText, STNEF (inside the organization) or MAPI (inside an
	// Exchange 5.5 organization).
	Format   string
	Size     int
	Identity string
	Guid     Guid
	// Number is the item's position in its mailbox (1, 2, …), for
	// Identity.
	Number int `ps:"-"`
	// MailboxGuid is the Guid of the mailbox.
	MailboxGuid Guid `ps:"-"`
	// Submitted is the MIME the sender's organization carried (on the
	// Sent Items copy); Wire what crossed into the recipient's
	// organization (after relays), or what was delivered inside the
	// organization; Trace the header fields the receiving organization
	// added in front of it ([MailboxMessage.Delivered]). The bytes are
	// kept beside the record, not in it (storage.PutBlob).
	Submitted []byte `ps:"-" json:"-"`
	Wire      []byte `ps:"-" json:"-"`
	Trace     string `ps:"-"`
	// Route is the trip, hop by hop, as Trace-Message draws it.
	Route []string `ps:"-"`
	// Read is set once the mailbox's client opened the item; ReceiptSent
	// once it sent a read or not-read receipt; Answered names the
	// response its user sent (Accepted: …, Yes: …).
	Read        bool   `ps:"-"`
	ReceiptSent bool   `ps:"-"`
	Answered    string `ps:"-"`
	// Responses are the receipts, responses and votes the sender's
	// organization matched to this sent item.
	Responses []string `ps:"-"`
	// InReplyTo is the Message-ID a receipt or response answers.
	InReplyTo   string `ps:"-"`
	WhenCreated time.Time
}

// Delivered returns the MIME the recipient's organization stored: the
// wire bytes with the fields it added (Received:).
func (m *MailboxMessage) Delivered() []byte {
	if m.Wire == nil {
		return nil
	}
	return append([]byte(m.Trace), m.Wire...)
}

// Kind implements [Object].
func (*MailboxMessage) Kind() Kind { return KindMailboxMessage }

// TypeName implements [Object].
func (*MailboxMessage) TypeName() string { return "Exsh.Transport.MailboxMessage" }

// DefaultTableColumns implements [Object].
func (*MailboxMessage) DefaultTableColumns() []string {
	return []string{"Mailbox", "Folder", "From", "Subject", "Format"}
}

// ObjectGuid implements [Object].
func (m *MailboxMessage) ObjectGuid() Guid { return m.Guid }

// ObjectName implements [Object].
func (m *MailboxMessage) ObjectName() string { return m.Identity }

// IdentityKeys implements [Object]: Identity (Mailbox\Folder\Number).
func (m *MailboxMessage) IdentityKeys() []string { return []string{m.Identity} }

// Refresh implements [Object].
func (m *MailboxMessage) Refresh(*Organization) {
	m.Identity = m.Mailbox + `\` + m.Folder + `\` + strconv.Itoa(m.Number)
}

func (m *MailboxMessage) stamps() stampRefs {
	return stampRefs{guid: &m.Guid, created: &m.WhenCreated, changed: &m.WhenCreated}
}

// TrackingEvent is one entry of an organization's message tracking log
// (Get-MessageTrackingLog), with EMS's field names.
type TrackingEvent struct {
	Timestamp         time.Time
	ClientHostname    string
	ServerHostname    string
	SourceContext     string
	ConnectorId       string
	Source            string
	EventId           string
	InternalMessageId int64
	MessageId         string
	Recipients        []string
	RecipientStatus   []string
	TotalBytes        int
	RecipientCount    int
	Reference         []string
	MessageSubject    string
	Sender            string
	ReturnPath        string
	Directionality    string
	Guid              Guid `ps:"-"`
}

// Kind implements [Object].
func (*TrackingEvent) Kind() Kind { return KindTrackingEvent }

// TypeName implements [Object].
func (*TrackingEvent) TypeName() string {
	return "Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent"
}

// DefaultTableColumns implements [Object]: EMS's view.
func (*TrackingEvent) DefaultTableColumns() []string {
	return []string{"EventId", "Source", "Sender", "Recipients", "MessageSubject"}
}

// ObjectGuid implements [Object].
func (e *TrackingEvent) ObjectGuid() Guid { return e.Guid }

// ObjectName implements [Object].
func (e *TrackingEvent) ObjectName() string { return e.EventId }

// IdentityKeys implements [Object]: the Message-ID.
func (e *TrackingEvent) IdentityKeys() []string { return []string{e.MessageId} }

// Refresh implements [Object].
func (*TrackingEvent) Refresh(*Organization) {}

func (e *TrackingEvent) stamps() stampRefs {
	return stampRefs{guid: &e.Guid, created: &e.Timestamp, changed: &e.Timestamp}
}

// RelayBehavior is what a third-party relay does to the messages it
// carries (exsh-specific; the damage of message-flow.md §8.7).
type RelayBehavior string

// Relay behaviours.
const (
	// RelayPassThrough carries the bytes unchanged.
	RelayPassThrough RelayBehavior = "PassThrough"
	// RelayStripTnefAttachment removes the application/ms-tnef part.
	RelayStripTnefAttachment RelayBehavior = "StripTnefAttachment"
	// RelayFlattenToFirstTextPart replaces the MIME structure by its
	// first text/plain part (a relay that strips the MIME encoding).
	RelayFlattenToFirstTextPart RelayBehavior = "FlattenToFirstTextPart"
	// RelayDropReceiptHeaders removes Disposition-Notification-To and
	// Return-Receipt-To.
	RelayDropReceiptHeaders RelayBehavior = "DropReceiptHeaders"
	// RelayFoldTnefCorrelator folds X-MS-TNEF-Correlator onto a second
	// line, as old gateways did (the TNEF is then ignored).
	RelayFoldTnefCorrelator RelayBehavior = "FoldTnefCorrelator"
	// RelayRewriteMessageId gives the message a new Message-ID.
	RelayRewriteMessageId RelayBehavior = "RewriteMessageId"
)

// RelayBehaviors lists the behaviours in the order a relay applies them.
func RelayBehaviors() []RelayBehavior {
	return []RelayBehavior{RelayPassThrough, RelayStripTnefAttachment, RelayFlattenToFirstTextPart,
		RelayDropReceiptHeaders, RelayFoldTnefCorrelator, RelayRewriteMessageId}
}

// EnumValues implements [Enum].
func (RelayBehavior) EnumValues() []string {
	var out []string
	for _, b := range RelayBehaviors() {
		out = append(out, string(b))
	}
	return out
}

// Set implements [EnumSetter].
func (b *RelayBehavior) Set(s string) error {
	return setEnum(b, "RelayBehavior", s, RelayBehaviors())
}

// RelayHost is a third-party SMTP relay or firewall between
// organizations (exsh-specific): a smart host or an Exchange 5.5 IMS
// "forward all messages to host" may name it.
type RelayHost struct {
	// Name is the host's FQDN.
	Name     string
	Behavior []RelayBehavior
	Identity string
	Guid     Guid
	// WhenChanged and WhenCreated are the lab clock's.
	WhenChanged time.Time
	WhenCreated time.Time
}

// Kind implements [Object].
func (*RelayHost) Kind() Kind { return KindRelayHost }

// TypeName implements [Object].
func (*RelayHost) TypeName() string { return "Exsh.Transport.RelayHost" }

// DefaultTableColumns implements [Object].
func (*RelayHost) DefaultTableColumns() []string { return []string{"Name", "Behavior"} }

// ObjectGuid implements [Object].
func (r *RelayHost) ObjectGuid() Guid { return r.Guid }

// ObjectName implements [Object].
func (r *RelayHost) ObjectName() string { return r.Name }

// IdentityKeys implements [Object].
func (r *RelayHost) IdentityKeys() []string { return []string{r.Name} }

// Refresh implements [Object].
func (r *RelayHost) Refresh(*Organization) { r.Identity = r.Name }

func (r *RelayHost) stamps() stampRefs {
	return stampRefs{guid: &r.Guid, created: &r.WhenCreated, changed: &r.WhenChanged}
}

// Has reports whether the relay applies behaviour b.
func (r *RelayHost) Has(b RelayBehavior) bool {
	for _, x := range r.Behavior {
		if x == b {
			return true
		}
	}
	return false
}

// QueuedMessage is a message waiting in a queue of the sending
// organization's server because it has no route (Get-Message).
type QueuedMessage struct {
	Identity     string
	Queue        string
	FromAddress  string
	Recipients   []string
	Subject      string
	Status       string
	Size         int
	LastError    string
	MessageId    string
	DateReceived time.Time
	Guid         Guid
	// Number is the message's position in the server's queues.
	Number int `ps:"-"`
	// Format and Bytes are the message as the categorizer converted it
	// (the bytes are kept beside the record, not in it).
	Format string `ps:"-"`
	Bytes  []byte `ps:"-" json:"-"`
	// Route is the trip so far.
	Route []string `ps:"-"`
}

// Kind implements [Object].
func (*QueuedMessage) Kind() Kind { return KindQueuedMessage }

// TypeName implements [Object].
func (*QueuedMessage) TypeName() string {
	return "Microsoft.Exchange.Data.QueueViewer.ExtensibleMessageInfo"
}

// DefaultTableColumns implements [Object]: the queue viewer's columns.
func (*QueuedMessage) DefaultTableColumns() []string {
	return []string{"Identity", "FromAddress", "Status", "Size", "Subject"}
}

// ObjectGuid implements [Object].
func (q *QueuedMessage) ObjectGuid() Guid { return q.Guid }

// ObjectName implements [Object].
func (q *QueuedMessage) ObjectName() string { return q.Identity }

// IdentityKeys implements [Object]: Identity and MessageId.
func (q *QueuedMessage) IdentityKeys() []string { return []string{q.Identity, q.MessageId} }

// Refresh implements [Object].
func (q *QueuedMessage) Refresh(*Organization) { q.Identity = q.Queue + `\` + strconv.Itoa(q.Number) }

func (q *QueuedMessage) stamps() stampRefs {
	return stampRefs{guid: &q.Guid, created: &q.DateReceived, changed: &q.DateReceived}
}

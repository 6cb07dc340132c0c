package convert

import (
	"errors"

	"github.com/exsh/exsh/model"
)

// Result is the form a message takes for one recipient when it leaves the
// sending organization's categorizer.
type Result string

// Results of [Decide].
const (
	// STNEF is Summary TNEF: the whole message as one TNEF stream, used
	// only between Exchange 2013 servers of one organization.
	STNEF Result = "STNEF"
	// TNEF is legacy TNEF: multipart/mixed with a text/plain rendering
	// and the application/ms-tnef winmail.dat attachment.
	TNEF Result = "TNEF"
	// MimeHtml is HTML MIME: multipart/alternative with text/plain and
	// text/html (only text/html when the recipient prefers Html).
	MimeHtml Result = "MimeHtml"
	// MimeText is plain-text MIME (or non-MIME text for a recipient whose
	// MessageFormat is Text).
	MimeText Result = "MimeText"
	// MAPI is delivery inside an Exchange 5.5 organization: the MTA
	// carries the MAPI message unconverted (5.5 has no STNEF).
	MAPI Result = "MAPI"
)

// Outcome is what one level of a ladder did.
type Outcome string

// Outcomes of a [Step].
const (
	// Decided: the level gave the answer that counts.
	Decided Outcome = "Decided"
	// Passed: the level was consulted and left the decision to the next.
	Passed Outcome = "Passed"
	// Overruled: the level had an answer, but a level of higher priority
	// had already decided.
	Overruled Outcome = "Overruled"
	// NotApplicable: the level does not apply to this recipient or
	// message (a one-off address has no UseMapiRichTextFormat; Outlook's
	// settings apply only to Rich Text bodies…).
	NotApplicable Outcome = "NotApplicable"
)

// Ladder names one of the two decision ladders.
type Ladder string

// The ladders, in the order they run.
const (
	// TnefLadder decides TNEF or not (message-flow.md §3; §10 for 5.5).
	TnefLadder Ladder = "TNEF"
	// EncodingLadder decides the MIME form and its details (§4).
	EncodingLadder Ladder = "Encoding"
)

// Step is one level of a ladder as it was consulted for one recipient.
type Step struct {
	Ladder Ladder
	// Level is the level's name ("RemoteDomain", "MailRecipient",
	// "OutlookContact", "ContentType"…).
	Level string
	// Object is the object consulted ("RemoteDomain 'Fabrikam'").
	Object string
	// Setting is the property consulted ("TNEFEnabled").
	Setting string
	// Value is the setting's value as the shell prints it ("$null" for
	// an unset nullable value).
	Value   string
	Outcome Outcome
	// Effect says what the level asks for or does ("TNEF", "no TNEF:
	// converted to plain text"…).
	Effect string
}

// Source names the level's object and setting the way DecidedBy shows
// it: "RemoteDomain 'Fabrikam' TNEFEnabled=False".
func (s Step) Source() string {
	if s.Setting == "" && s.Value != "" {
		// A simulation switch: "Outlook contacts from the GAL force
		// TNEF: off".
		return s.Object + ": " + s.Value
	}
	if s.Setting == "" {
		return s.Object
	}
	if s.Value == "" {
		return s.Object + " " + s.Setting
	}
	return s.Object + " " + s.Setting + "=" + s.Value
}

// String is one trace line: "TNEF RemoteDomain: RemoteDomain 'Fabrikam'
// TNEFEnabled=False -> Decided (no TNEF)".
func (s Step) String() string {
	line := string(s.Ladder) + " " + s.Level + ": " + s.Source() + " -> " + string(s.Outcome)
	if s.Effect != "" {
		line += " (" + s.Effect + ")"
	}
	return line
}

// RecipientType is how a recipient address resolved in the sending
// organization.
type RecipientType string

// Recipient types of a [Decision].
const (
	// UserMailbox is a mailbox of the sending organization.
	UserMailbox RecipientType = "UserMailbox"
	// MailUser is a mail user (its mail goes to ExternalEmailAddress).
	MailUser RecipientType = "MailUser"
	// MailContact is a mail contact (the 5.5 custom recipient).
	MailContact RecipientType = "MailContact"
	// OneOff is an address that matches no recipient: a typed SMTP
	// address.
	OneOff RecipientType = "OneOff"
)

// Snapshot is the part of the sending organization the decision reads.
// Build it with [SnapshotOf] so that an Exchange 5.5 organization's
// pending IMS changes wait for their restart.
type Snapshot struct {
	Organization    *model.Organization
	AcceptedDomains []*model.AcceptedDomain
	RemoteDomains   []*model.RemoteDomain
	Mailboxes       []*model.Mailbox
	MailUsers       []*model.MailUser
	MailContacts    []*model.MailContact
}

// SnapshotOf returns the snapshot of the objects the transport acts on
// in set: its effective set (model.OrgSet.Effective), in which an
// Exchange 5.5 IMS still uses the remote domains of its last start.
func SnapshotOf(set *model.OrgSet) *Snapshot {
	e := set.Effective()
	return &Snapshot{Organization: e.Organization, AcceptedDomains: e.AcceptedDomains, RemoteDomains: e.RemoteDomains,
		Mailboxes: e.Mailboxes, MailUsers: e.MailUsers, MailContacts: e.MailContacts}
}

// Sender is the sending mailbox (with its Outlook configuration: Client,
// ComposeFormat, InternetFormat) and its Outlook contacts.
type Sender struct {
	Mailbox  *model.Mailbox
	Contacts []*model.OutlookContact
}

// Recipient is one recipient address of the message.
type Recipient struct {
	Address string
	// InternetFormat is the Internet format set on the recipient in the
	// message itself (double-clicking a typed address); empty means
	// none, so the sender's Outlook contact for the address, if any,
	// applies. OutlookRichText on a one-off address is the 5.5 "Always
	// send to this recipient in Microsoft Exchange rich text format"
	// check box. (The model has no per-message recipient properties, so
	// this input lives here.)
	InternetFormat model.ContactInternetFormat
}

// AttachmentKind is what an attachment is.
type AttachmentKind string

// Attachment kinds.
const (
	// FileAttachment is an ordinary file.
	FileAttachment AttachmentKind = "File"
	// InlineAttachment is an image shown in the body.
	InlineAttachment AttachmentKind = "Inline"
	// OutlookItemAttachment is an attached Outlook item (contact, task,
	// message).
	OutlookItemAttachment AttachmentKind = "OutlookItem"
	// OleAttachment is an embedded OLE object.
	OleAttachment AttachmentKind = "OLE"
)

// Attachment is one attachment of the message.
type Attachment struct {
	Name string
	Kind AttachmentKind
}

// Message is what the sender submits.
type Message struct {
	// BodyFormat is the compose format; empty means the sender's
	// ComposeFormat. Meeting and task requests, custom forms and messages
	// with voting buttons are composed as RichText whatever it says.
	BodyFormat model.ComposeFormat
	// Class is the MAPI message class; empty means IPM.Note.
	Class         string
	ReadReceipt   bool
	VotingButtons bool
	Attachments   []Attachment
	// Charset is the charset the message carries; empty means none, so
	// the remote domain's CharacterSet fills it in.
	Charset string
}

// Input is everything one decision reads.
type Input struct {
	Org       *Snapshot
	Sender    Sender
	Recipient Recipient
	Message   Message
}

// Part is one leaf MIME part of the result.
type Part struct {
	ContentType      string
	Charset          string
	TransferEncoding string
}

// Encoding describes the bytes that leave for one recipient.
type Encoding struct {
	// MIME is false for non-MIME RFC 5322 text (MessageFormat Text).
	MIME bool
	// ContentType is the top-level media type.
	ContentType string
	// Parts are the leaf parts in order (attachments other than the TNEF
	// stream are not listed).
	Parts []Part
	// LineWrap is the maximum line length of text bodies ("Unlimited":
	// the client wraps).
	LineWrap string
	// Calendar is the iCalendar part of a meeting message that is not
	// TNEF ("text/calendar; method=REQUEST").
	Calendar string
	// Headers are the notable headers written (read-receipt request,
	// TNEF correlator).
	Headers []string
	// Lost lists what the recipient does not get.
	Lost []string
	// Notes are remarks (an IMS restart pending, SMTP extensions needed).
	Notes []string
}

// Decision is the engine's answer for one recipient.
type Decision struct {
	// Recipient is the address as given.
	Recipient     string
	RecipientType RecipientType
	// RecipientName is the Name of the resolved mailbox, mail user or
	// contact (empty for a one-off address).
	RecipientName string
	// DeliveryAddress is where the message goes: the address, or a mail
	// user's or contact's ExternalEmailAddress.
	DeliveryAddress string
	// OutlookFormat is the per-recipient Internet format the sender's
	// Outlook applied, and OutlookFormatSource where it came from.
	OutlookFormat       model.ContactInternetFormat
	OutlookFormatSource string
	// RemoteDomain is the remote domain matched for DeliveryAddress (nil
	// for internal recipients).
	RemoteDomain *model.RemoteDomain
	// BodyFormat is the effective compose format and Class the message
	// class.
	BodyFormat model.ComposeFormat
	Class      string
	Result     Result
	// DecidedBy is the Source of the step that decided Result: for TNEF
	// and STNEF the deciding level of the TNEF ladder; for a MIME result
	// the recipient's preferred format or the remote domain's ContentType
	// when one of them forced the form, else the TNEF-ladder level that
	// refused TNEF when it ranks above Outlook (remote domain, mail user
	// or contact, recipient), else the level that produced the body form.
	DecidedBy string
	Encoding  Encoding
	// Trace has one step per level of both ladders, in the order
	// Exchange consults them.
	Trace []Step
}

// Errors of [Decide].
var (
	// ErrNoSender reports an input without a sending mailbox or
	// organization.
	ErrNoSender = errors.New("convert: no sender or organization")
	// ErrBadAddress reports a recipient that is not an SMTP address.
	ErrBadAddress = errors.New("convert: not an SMTP address")
	// ErrUnknownRecipient reports an address in an authoritative accepted
	// domain that no recipient has (Exchange NDRs it with 5.1.1).
	ErrUnknownRecipient = errors.New("convert: recipient not found in an authoritative domain")
)

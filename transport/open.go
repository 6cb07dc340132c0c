package transport

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// Opened is what a client did when its user opened a message.
type Opened struct {
	View *View
	// ReadReceipt says whether a read receipt was sent, and why (not).
	ReadReceipt string
	// Report is the receipt's trip, when one was sent.
	Report *Report
}

// Open opens message id in the Inbox of mailbox mbx as its client does:
// the item is marked read and, when the client sees a read-receipt
// request, answered according to the mailbox's ReadReceiptResponse.
// Ask takes send as the user's answer (nil: not answered, so nothing is
// sent); a request whose Disposition-Notification-To differs from the
// sender is always asked (RFC 8098).
func Open(tx storage.Tx, env model.Env, org model.Guid, mbx, id string, send *bool) (*Opened, error) {
	item, m, v, err := openItem(tx, env, org, mbx, id)
	if err != nil {
		return nil, err
	}
	out := &Opened{View: v}
	why := receiptPolicy(item, m, v, send, false)
	item.Read = true
	if why != "" {
		out.ReadReceipt = why
		item.Route = append(item.Route, fmt.Sprintf("%s opened it: read receipt %s", m.Name, lowerFirst(why)))
		return out, storage.Put(tx, org, item)
	}
	item.Route = append(item.Route, m.Name+" opened it: read receipt sent")
	if err := storage.Put(tx, org, item); err != nil {
		return nil, err
	}
	out.ReadReceipt = "Sent"
	out.Report, err = Respond(tx, env, org, mbx, id, ReadReceipt, "")
	return out, err
}

// lowerFirst lowers the first letter of s.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// Remove deletes message id from the Inbox of mailbox mbx. Deleted
// unread, it is answered with a not-read receipt where the client sends
// one (the same rules as [Open]).
func Remove(tx storage.Tx, env model.Env, org model.Guid, mbx, id string, send *bool) (*Opened, error) {
	item, m, v, err := openItem(tx, env, org, mbx, id)
	if err != nil {
		return nil, err
	}
	out := &Opened{View: v}
	out.ReadReceipt = receiptPolicy(item, m, v, send, true)
	if out.ReadReceipt == "" {
		out.ReadReceipt = "Sent (not read)"
		if out.Report, err = Respond(tx, env, org, mbx, id, NotReadReceipt, ""); err != nil {
			return nil, err
		}
	}
	for _, blob := range []string{"Submitted", "Wire"} {
		if err := storage.DeleteBlob(tx, org, item, blob); err != nil {
			return nil, err
		}
	}
	return out, storage.Delete[model.MailboxMessage](tx, org, item.Guid)
}

// openItem finds and shows message id of mailbox mbx.
func openItem(tx storage.Tx, env model.Env, org model.Guid, mbx, id string) (*model.MailboxMessage, *model.Mailbox, *View, error) {
	w, err := load(tx, env)
	if err != nil {
		return nil, nil, nil, err
	}
	s := w.site(org)
	if s == nil {
		return nil, nil, nil, &model.NotFoundError{Kind: model.KindOrganization, Identity: org.String()}
	}
	item, m, err := w.inboxItem(s, mbx, id)
	if err != nil {
		return nil, nil, nil, err
	}
	v, err := ViewOf(item, s.org(), m)
	return item, m, v, err
}

// askUser is why no receipt went out when the client asks and nobody
// answered.
const askUser = "Not sent (the client asks the user; answer with -SendReadReceipt)"

// receiptPolicy returns why no receipt goes out, or "" to send one.
// deleting is a not-read receipt for an unread item.
func receiptPolicy(item *model.MailboxMessage, m *model.Mailbox, v *View, send *bool, deleting bool) string {
	switch {
	case deleting && item.Read:
		return "Not sent (the item was read)"
	case !v.ReadReceiptRequested && v.DeliveryReceiptRequested && !deleting:
		return "Not requested (Return-Receipt-To asks for a delivery receipt, not a read receipt, in this organization)"
	case !v.ReadReceiptRequested && v.receiptTo != "":
		return "Not requested (Exchange 5.5 reads no read-receipt request in Disposition-Notification-To; only TNEF carries one)"
	case !v.ReadReceiptRequested && v.rrt:
		return "Not requested (Exchange 5.5 reads no read-receipt request in Return-Receipt-To; only TNEF carries one)"
	case !v.ReadReceiptRequested:
		return "Not requested (the client sees no read-receipt request)"
	case item.ReceiptSent:
		return "Already sent"
	case m.ReadReceiptResponse == model.NeverSend:
		return "Not sent (ReadReceiptResponse NeverSend)"
	}
	ask := m.ReadReceiptResponse == model.Ask || v.receiptTo != "" && !sameAddress(v.receiptTo, item.From)
	switch {
	case !ask:
		return ""
	case send == nil:
		return askUser
	case !*send:
		return "Not sent (the user declined)"
	}
	return ""
}

// sameAddress compares the addresses of two address fields.
func sameAddress(a, b string) bool {
	addr := func(s string) string {
		if i := strings.LastIndexByte(s, '<'); i >= 0 {
			s = s[i+1:]
		}
		return strings.ToLower(strings.Trim(strings.TrimSpace(s), "<>"))
	}
	return addr(a) == addr(b)
}

// Peek shows message id of mailbox mbx without opening it, and whether
// opening it would ask the user about a read receipt.
func Peek(tx storage.Tx, env model.Env, org model.Guid, mbx, id string) (*View, bool, error) {
	item, m, v, err := openItem(tx, env, org, mbx, id)
	if err != nil {
		return nil, false, err
	}
	return v, receiptPolicy(item, m, v, nil, false) == askUser, nil
}

// Locate finds the organization and the mailbox that hold address addr.
func Locate(tx storage.Tx, env model.Env, addr string) (model.Guid, *model.Mailbox, error) {
	w, err := load(tx, env)
	if err != nil {
		return model.NilGuid, nil, err
	}
	s, m := w.mailbox(addr)
	if m == nil {
		return model.NilGuid, nil, &model.NotFoundError{Kind: model.KindMailbox, Identity: addr}
	}
	return s.org().Guid, m, nil
}

// SentItem returns the Sent Items copy of message id in organization
// org, with the receipts and responses matched to it, and the Inbox
// items that answer it by their Message-ID reference or by their subject
// ("Read: <subject>"), matched or not.
func SentItem(tx storage.Tx, org model.Guid, id string) (*model.MailboxMessage, []*model.MailboxMessage, error) {
	items, err := storage.List[model.MailboxMessage](tx, org)
	if err != nil {
		return nil, nil, err
	}
	var sent *model.MailboxMessage
	for _, it := range items {
		if it.Folder == "SentItems" && SameMessageID(it.MessageId, id) {
			sent = it
		}
	}
	if sent == nil {
		return nil, nil, nil
	}
	var answers []*model.MailboxMessage
	for _, it := range items {
		if it.Folder == "Inbox" && (SameMessageID(it.InReplyTo, id) || strings.HasSuffix(it.Subject, ": "+sent.Subject)) {
			answers = append(answers, it)
		}
	}
	return sent, answers, nil
}

// AnswerType is the item type a client shows for an answer class ("" for
// an ordinary message).
func AnswerType(class string) string { return itemType(class) }

// Received returns the Message-ID of the newest message with subject in
// the Inbox of mailbox m of organization org ("" for none): a copy whose
// Message-ID a relay rewrote is found by its subject.
func Received(tx storage.Tx, org model.Guid, m *model.Mailbox, subject string) (string, error) {
	items, err := storage.List[model.MailboxMessage](tx, org)
	id := ""
	for _, it := range items {
		if it.MailboxGuid == m.Guid && it.Folder == "Inbox" && it.Subject == subject {
			id = it.MessageId
		}
	}
	return id, err
}

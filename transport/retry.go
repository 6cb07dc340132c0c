package transport

import (
	"net/mail"
	"strings"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/transport/convert"
)

// Retry routes again every message waiting in the queues of organization
// org whose identity matches queue ("" for all), with the connectors and
// hosts as they are now. A message that now has a route leaves the queue
// and is delivered; the others stay with a new LastError. It returns the
// number that left.
func Retry(tx storage.Tx, env model.Env, org model.Guid, queue string) (int, error) {
	w, err := load(tx, env)
	if err != nil {
		return 0, err
	}
	src := w.site(org)
	if src == nil {
		return 0, &model.NotFoundError{Kind: model.KindOrganization, Identity: org.String()}
	}
	queued, err := storage.List[model.QueuedMessage](tx, org)
	if err != nil {
		return 0, err
	}
	left := 0
	for _, q := range queued {
		if queue != "" && !strings.EqualFold(q.Queue, queue) && !strings.HasSuffix(strings.ToLower(q.Queue), `\`+strings.ToLower(queue)) {
			continue
		}
		ok, err := w.retry(src, q)
		if err != nil {
			return left, err
		}
		if ok {
			left++
		}
	}
	return left, nil
}

// retry sends one queued copy again.
func (w *world) retry(src *site, q *model.QueuedMessage) (bool, error) {
	p := w.route(src, domainOf(q.Recipients[0]))
	if p.fail != "" {
		q.LastError = p.fail
		return false, storage.Put(w.tx, src.org().Guid, q)
	}
	bytes, err := storage.Blob(w.tx, src.org().Guid, q, "Bytes")
	if err != nil {
		return false, err
	}
	if err := dequeue(w.tx, src.org().Guid, q); err != nil {
		return false, err
	}
	t := w.queuedTrip(src, q)
	var ds []*decision
	for _, r := range q.Recipients {
		ds = append(ds, &decision{addr: &mail.Address{Address: r}, d: &convert.Decision{DeliveryAddress: r, Result: convert.Result(q.Format), DecidedBy: "queued"}})
	}
	route := append(append([]string(nil), q.Route...), src.org().Name+": Retry-Queue: routed again")
	return true, t.sendWithRoute(t.id, p, ds, bytes, route)
}

// RemoveQueued deletes the queued message identity of organization org
// (Remove-Message); withNDR returns a non-delivery report to its sender.
func RemoveQueued(tx storage.Tx, env model.Env, org model.Guid, identity string, withNDR bool) error {
	w, err := load(tx, env)
	if err != nil {
		return err
	}
	src := w.site(org)
	if src == nil {
		return &model.NotFoundError{Kind: model.KindOrganization, Identity: org.String()}
	}
	q, err := storage.Resolve[model.QueuedMessage](tx, org, identity)
	if err != nil {
		return err
	}
	if err := dequeue(tx, org, q); err != nil || !withNDR {
		return err
	}
	t := w.queuedTrip(src, q)
	for _, r := range q.Recipients {
		d := &decision{addr: &mail.Address{Address: r}}
		route := append(append([]string(nil), q.Route...), src.org().Name+": Remove-Message: deleted by an administrator")
		if err := t.fail(src, d, route, "550 5.0.0 The message was deleted by an administrator"); err != nil {
			return err
		}
	}
	return nil
}

// queuedTrip returns the trip of a queued message, to send it on or
// report on it.
func (w *world) queuedTrip(src *site, q *model.QueuedMessage) *trip {
	from, _ := mail.ParseAddress(q.FromAddress)
	if from == nil {
		from = &mail.Address{Address: q.FromAddress}
	}
	t := &trip{w: w, src: src, id: src.nextID, rep: &Report{MessageId: q.MessageId, Subject: q.Subject},
		c: &content{sub: &Submission{Subject: q.Subject}, from: from, msgID: q.MessageId, date: w.env.Now().UTC()}}
	src.nextID++
	return t
}

// dequeue deletes a queued message and its bytes.
func dequeue(tx storage.Tx, org model.Guid, q *model.QueuedMessage) error {
	if err := storage.DeleteBlob(tx, org, q, "Bytes"); err != nil {
		return err
	}
	return storage.Delete[model.QueuedMessage](tx, org, q.Guid)
}

package transport

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/transport/tnefmime"
)

// lab is two Exchange 2013 organizations in an in-memory store.
type lab struct {
	t   testing.TB
	st  storage.Store
	env model.Env
	a   model.Guid // Contoso
	b   model.Guid // Fabrikam
}

func newLab(t testing.TB, bVersion model.ExchangeVersion) *lab {
	t.Helper()
	env := model.FixedEnv(time.Date(2026, 3, 12, 9, 15, 0, 0, time.UTC), time.Second)
	st, err := storage.NewMemory(storage.ContosoSeed(env))
	if err != nil {
		t.Fatal(err)
	}
	l := &lab{t: t, st: st, env: env}
	l.update(func(tx storage.Tx) error {
		set, err := model.NewOrganization("Fabrikam", "fabrikam.com", bVersion, env)
		if err != nil {
			return err
		}
		if _, err := set.AddMailbox(env, "Bob Baker", "bob"); err != nil {
			return err
		}
		if err := storage.SaveOrgSet(tx, set); err != nil {
			return err
		}
		orgs, err := storage.Orgs(tx)
		l.a, l.b = orgs[0].Guid, set.Organization.Guid
		return err
	})
	return l
}

func (l *lab) update(fn func(tx storage.Tx) error) {
	l.t.Helper()
	if err := l.st.Update(context.Background(), fn); err != nil {
		l.t.Fatal(err)
	}
}

func (l *lab) send(s *Submission) *Report {
	l.t.Helper()
	var rep *Report
	l.update(func(tx storage.Tx) error {
		var err error
		rep, err = Send(tx, l.env, l.a, s)
		return err
	})
	return rep
}

// inbox returns the items of a mailbox folder in org.
func (l *lab) items(org model.Guid, mailbox string) []*model.MailboxMessage {
	l.t.Helper()
	var out []*model.MailboxMessage
	l.update(func(tx storage.Tx) error {
		all, err := storage.List[model.MailboxMessage](tx, org)
		for _, m := range all {
			if m.Mailbox == mailbox {
				if err := ReadBytes(tx, org, m); err != nil {
					return err
				}
				out = append(out, m)
			}
		}
		return err
	})
	return out
}

func TestSendRichTextTnefAndHtml(t *testing.T) {
	l := newLab(t, model.Exchange2013)
	rep := l.send(&Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Numbers", Body: "Hello Bob", BodyFormat: model.RichText})
	if len(rep.Recipients) != 1 || rep.Recipients[0].Status != "Delivered" || rep.Recipients[0].Format != "MimeHtml" {
		t.Fatalf("report %+v", rep.Recipients)
	}
	got := l.items(l.b, "Bob Baker")
	if len(got) != 1 || !bytes.Contains(got[0].Wire, []byte("multipart/alternative")) {
		t.Fatalf("bob's inbox %v", got)
	}
	l.update(func(tx storage.Tx) error {
		rd, err := storage.Resolve[model.RemoteDomain](tx, l.a, "Default")
		if err != nil {
			return err
		}
		yes := true
		rd.TNEFEnabled = &yes
		return storage.Put(tx, l.a, rd)
	})
	rep = l.send(&Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Numbers 2", Body: "Hello Bob", BodyFormat: model.RichText, ReadReceipt: true})
	if rep.Recipients[0].Format != "TNEF" {
		t.Fatalf("report %+v", rep.Recipients)
	}
	got = l.items(l.b, "Bob Baker")
	wire := got[1].Wire
	if _, _, err := tnefmime.Unwrap(bytes.NewReader(wire)); err != nil {
		t.Fatalf("wire TNEF: %v\n%s", err, wire)
	}
	if !strings.Contains(string(wire), "Disposition-Notification-To: ") {
		t.Errorf("no read-receipt request:\n%s", wire)
	}
	t.Logf("%s", wire)
}

// TestSummaryAroundStream checks that the summary TNEF message written
// around the stream, in the room in front of it, is what WriteSummary
// writes, and that it is also right without the room.
func TestSummaryAroundStream(t *testing.T) {
	l := newLab(t, model.Exchange2013)
	l.update(func(tx storage.Tx) error {
		w, err := load(tx, l.env)
		if err != nil {
			return err
		}
		tr, err := w.newTrip(l.a, benchSubmission())
		if err != nil {
			return err
		}
		tr.c.body = model.RichText
		if tr.front, tr.stnef, err = tr.c.stream(); err != nil {
			return err
		}
		var want bytes.Buffer
		if err := tnefmime.WriteSummary(&want, header(tr.c.topFields("")...), tr.stnef); err != nil {
			return err
		}
		if len(tr.front) == 0 {
			t.Error("no room in front of the stream")
		}
		got, err := tr.summary()
		if err != nil || !bytes.Equal(got, want.Bytes()) {
			t.Errorf("summary around the stream differs (%v):\n%.300q\nwant\n%.300q", err, got, want.Bytes())
		}
		tr.front = nil
		if got, err := tr.summary(); err != nil || !bytes.Equal(got, want.Bytes()) {
			t.Errorf("summary without room differs (%v)", err)
		}
		return nil
	})
}

package transport

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// benchSubmission is a Rich Text note with a 100 KB attachment to a
// partner whose remote domain takes TNEF.
func benchSubmission() *Submission {
	att := bytes.Repeat([]byte("0123456789abcdef"), 100<<10/16)
	return &Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Numbers", Body: "Hello Bob,\nthe numbers.",
		BodyFormat: model.RichText, ReadReceipt: true, Attachments: []File{{Name: "numbers.bin", Data: att}}}
}

// BenchmarkSend measures one message through the whole pipeline
// (categorize, TNEF and MIME encoding, routing, delivery, tracking) in an
// in-memory store; Encode is the baseline of the same run: encoding the
// same message alone (the TNEF stream and its MIME).
func BenchmarkSend(b *testing.B) {
	env := model.FixedEnv(time.Date(2026, 3, 12, 9, 15, 0, 0, time.UTC), time.Second)
	b.Run("Pipeline", func(b *testing.B) {
		l := newLab(b, model.Exchange2013)
		setTnef(true)(l)
		s := benchSubmission()
		// Every send starts from the same database: the lab as it was
		// before the first send is put back after each. Memory.Load
		// shares the collections, so putting it back leaves no garbage
		// whose collection would fall into the next send's time.
		st := l.st.(*storage.Memory)
		before, err := storage.NewMemory(nil)
		if err != nil {
			b.Fatal(err)
		}
		ctx := context.Background()
		if err := before.Load(ctx, st); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for b.Loop() {
			l.send(s)
			b.StopTimer()
			if err := st.Load(ctx, before); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
	})
	b.Run("Encode", func(b *testing.B) {
		l := newLab(b, model.Exchange2013)
		setTnef(true)(l)
		s := benchSubmission()
		var t *trip
		var d *decision
		l.update(func(tx storage.Tx) error {
			w, err := load(tx, env)
			if err != nil {
				return err
			}
			if t, err = w.newTrip(l.a, s); err != nil {
				return err
			}
			ds, err := t.categorize()
			d = ds[0]
			t.c.body = model.RichText
			return err
		})
		b.ResetTimer()
		for b.Loop() {
			_, stream, err := t.c.stream()
			if err != nil {
				b.Fatal(err)
			}
			t.stnef = stream
			if _, err := t.encode(d.d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSendHistory measures one short note through the pipeline into
// organizations whose tracking logs and mailboxes already hold 1,000
// messages: what a message costs must not grow with what was sent before
// it more than the store's own costs do.
func BenchmarkSendHistory(b *testing.B) {
	l := newLab(b, model.Exchange2013)
	s := &Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Note", Body: "Hello Bob."}
	for range 1000 {
		l.send(s)
	}
	for b.Loop() {
		l.send(s)
	}
}

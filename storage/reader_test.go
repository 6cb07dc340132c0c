package storage_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// within fails the test when fn does not return within a minute: a
// writer waiting for the read transaction ViewForUpdate kept would wait
// forever.
func within(t *testing.T, what string, fn func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- fn() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	case <-time.After(time.Minute):
		t.Fatalf("%s: still waiting after a minute (for the kept read transaction?)", what)
	}
}

// TestViewForUpdateKeptReader: the read transaction ViewForUpdate keeps
// for the next one gives way to whatever else uses the store. An Update
// that grows the file well past its memory map (which bbolt remaps only
// when no read transaction is open) neither waits for it nor is missed
// by the next ViewForUpdate; a View, Release and Close do not wait
// either.
func TestViewForUpdateKeptReader(t *testing.T) {
	s, org := benchStore(t) // not closed by a defer, which a failure could make wait
	blob := bytes.Repeat([]byte("x"), 64<<10)
	count := func() (n int) {
		within(t, "ViewForUpdate", func() error {
			return s.ViewForUpdate(ctx, func(tx storage.Tx) error {
				recs, err := tx.List(org.Guid, model.KindMailContact)
				n = len(recs)
				return err
			})
		})
		return n
	}
	env := model.DefaultEnv()
	for round := 1; round <= 3; round++ {
		before := count()
		count() // the kept transaction again
		within(t, "Update", func() error {
			return s.Update(ctx, func(tx storage.Tx) error {
				for range 64 { // 4 MB
					if err := tx.Put(org.Guid, model.KindMailContact, env.NewGuid(), blob); err != nil {
						return err
					}
				}
				return nil
			})
		})
		if after := count(); after != before+64 {
			t.Fatalf("round %d: ViewForUpdate sees %d records after the Update, want %d", round, after, before+64)
		}
	}
	count()
	within(t, "View", func() error { return s.View(ctx, func(storage.Tx) error { return nil }) })
	count()
	within(t, "Release", s.Release)
	count()
	within(t, "Close", s.Close)
}

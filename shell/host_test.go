package shell

import (
	"context"
	"io"
	"testing"

	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// countingStore counts the transactions opened on a store.
type countingStore struct {
	storage.Store
	views int
}

func (c *countingStore) View(ctx context.Context, fn func(storage.Tx) error) error {
	c.views++
	return c.Store.View(ctx, fn)
}

// TestOrgOpensNoTransaction checks that a cmdlet may ask for the current
// organization inside its own transaction: the default organization is
// resolved when the store opens, not by Org.
func TestOrgOpensNoTransaction(t *testing.T) {
	mem, err := storage.NewMemory(storage.ContosoSeed(model.DefaultEnv()))
	if err != nil {
		t.Fatal(err)
	}
	cs := &countingStore{Store: mem}
	s := New(Options{Commands: cmdlets.Registry(), Stdout: io.Discard, Stderr: io.Discard, OpenStore: func() (storage.Store, error) { return cs, nil }})
	st, err := s.Store()
	if err != nil {
		t.Fatal(err)
	}
	err = st.View(context.Background(), func(storage.Tx) error {
		before := cs.views
		if got := s.Org(); got != "Contoso" {
			t.Errorf("Org() = %q, want Contoso", got)
		}
		if cs.views != before {
			t.Errorf("Org() opened %d transaction(s) inside a transaction", cs.views-before)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

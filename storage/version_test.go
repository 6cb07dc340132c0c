package storage_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// TestVersionHolds: an object holds the version it was read in until one
// of its properties changes.
func TestVersionHolds(t *testing.T) {
	s, err := storage.NewMemory(storage.ContosoSeed(model.DefaultEnv()))
	if err != nil {
		t.Fatal(err)
	}
	err = s.Update(ctx, func(tx storage.Tx) error {
		_, c, v, err := storedContact(tx, "Holds")
		if err != nil {
			return err
		}
		if !v.Holds(c) {
			t.Error("the object as stored does not hold its version")
		}
		c.UseMapiRichTextFormat = model.UseMapiRichTextFormatNever
		if v.Holds(c) {
			t.Error("a changed object holds its old version")
		}
		c.UseMapiRichTextFormat = model.UseMapiRichTextFormatUseDefaultSettings
		if !v.Holds(c) {
			t.Error("an object changed back does not hold its version")
		}
		c.Name += "x"
		if v.Holds(c) {
			t.Error("an object with a longer name holds its old version")
		}
		if (storage.Version{}).Holds(c) {
			t.Error("an object holds the empty version")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// BenchmarkVersionHolds: what a Set-* fed by Get-* does to check that a
// piped contact is still as stored: read its version, compare.
func BenchmarkVersionHolds(b *testing.B) {
	s, org := benchStore(b)
	defer s.Close()
	c := benchContact(b, org)
	err := s.Update(ctx, func(tx storage.Tx) error { return storage.Put(tx, org.Guid, c) })
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	err = s.View(ctx, func(tx storage.Tx) error {
		for b.Loop() {
			v, err := storage.VersionOf(tx, org.Guid, c)
			if err != nil {
				return err
			}
			if !v.Holds(c) {
				b.Fatal("the stored contact does not hold its version")
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// TestVersionCurrent: a version is current until the object is written
// again, in both stores (Bolt reads the record in place).
func TestVersionCurrent(t *testing.T) {
	mem, err := storage.NewMemory(storage.ContosoSeed(model.DefaultEnv()))
	if err != nil {
		t.Fatal(err)
	}
	bolt, _ := benchStore(t)
	defer bolt.Close()
	for name, s := range map[string]storage.Store{"Memory": mem, "Bolt": bolt} {
		err := s.Update(ctx, func(tx storage.Tx) error {
			org, c, v, err := storedContact(tx, "Current")
			if err != nil {
				return err
			}
			if ok, err := v.Current(tx, org.Guid, c); !ok || err != nil {
				t.Errorf("%s: the version just read is not current (%v)", name, err)
			}
			c.DisplayName = "Changed"
			if err := storage.Put(tx, org.Guid, c); err != nil {
				return err
			}
			if ok, err := v.Current(tx, org.Guid, c); ok || err != nil {
				t.Errorf("%s: the version is current after a write (%v)", name, err)
			}
			if err := storage.Delete[model.MailContact](tx, org.Guid, c.Guid); err != nil {
				return err
			}
			if _, err := v.Current(tx, org.Guid, c); !errors.Is(err, model.ErrNotFound) {
				t.Errorf("%s: the version of a deleted object: %v, want not found", name, err)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// storedContact stores a new mail contact named name in the first
// organization and reads its version.
func storedContact(tx storage.Tx, name string) (*model.Organization, *model.MailContact, storage.Version, error) {
	orgs, err := storage.Orgs(tx)
	if err != nil {
		return nil, nil, storage.Version{}, err
	}
	org := orgs[0]
	c, err := model.DefaultEnv().NewMailContact(org, name, model.ProxyAddress{Prefix: "SMTP", Address: strings.ToLower(name) + "@fabrikam.com"})
	if err != nil {
		return nil, nil, storage.Version{}, err
	}
	if err := storage.Put(tx, org.Guid, c); err != nil {
		return nil, nil, storage.Version{}, err
	}
	v, err := storage.VersionOf(tx, org.Guid, c)
	return org, c, v, err
}

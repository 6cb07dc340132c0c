// Package storetest is the conformance suite every storage.Store
// implementation must pass. It imports storage and model only (no
// bbolt).
package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Opener returns a new, empty (unseeded) store for one subtest.
type Opener func(t *testing.T) storage.Store

// Run runs the conformance suite against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, storage.Store)
	}{
		{"Empty", testEmpty},
		{"Orgs", testOrgs},
		{"LoadOrgSet", testLoadOrgSet},
		{"CRUDPerKind", testCRUD},
		{"Isolation", testIsolation},
		{"DeleteOrg", testDeleteOrg},
		{"Rollback", testRollback},
		{"Copies", testCopies},
		{"Order", testOrder},
		{"Resolve", testResolve},
		{"Find", testFind},
		{"Keys", testKeys},
		{"Names", testNames},
		{"MissingOrg", testMissingOrg},
		{"ReadOnlyView", testReadOnly},
		{"Persistence", testPersistence},
		{"Canceled", testCanceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tc.fn(t, s)
		})
	}
}

// env is the deterministic environment of the suite.
func env() model.Env {
	return model.FixedEnv(time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), time.Second)
}

// opts compares model values after a JSON round trip.
var opts = cmp.Options{cmpopts.EquateEmpty()}

func update(t *testing.T, s storage.Store, fn func(storage.Tx) error) {
	t.Helper()
	if err := s.Update(context.Background(), fn); err != nil {
		t.Fatalf("Update: %v", err)
	}
	if err := s.Release(); err != nil {
		t.Fatalf("Release: %v", err)
	}
}

func view(t *testing.T, s storage.Store, fn func(storage.Tx) error) {
	t.Helper()
	if err := s.View(context.Background(), fn); err != nil {
		t.Fatalf("View: %v", err)
	}
}

// newOrg saves a new organization set and returns it.
func newOrg(t *testing.T, s storage.Store, e model.Env, name string) *model.OrgSet {
	t.Helper()
	set, err := model.NewOrganization(name, name+".com", model.Exchange2013, e)
	if err != nil {
		t.Fatal(err)
	}
	update(t, s, func(tx storage.Tx) error { return storage.SaveOrgSet(tx, set) })
	return set
}

func testEmpty(t *testing.T, s storage.Store) {
	view(t, s, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err != nil || len(orgs) != 0 {
			t.Errorf("Orgs = %v, %v; want none", orgs, err)
		}
		return nil
	})
}

func testOrgs(t *testing.T, s storage.Store) {
	e := env()
	a, b := newOrg(t, s, e, "Contoso"), newOrg(t, s, e, "Fabrikam")
	view(t, s, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err != nil {
			return err
		}
		want := []*model.Organization{a.Organization, b.Organization}
		if d := cmp.Diff(want, orgs, opts); d != "" {
			t.Errorf("Orgs (-want +got):\n%s", d)
		}
		got, err := storage.OrgByName(tx, "fabrikam")
		if err != nil || got.Guid != b.Organization.Guid {
			t.Errorf("OrgByName(fabrikam) = %v, %v", got, err)
		}
		return nil
	})
	dup := *a.Organization
	dup.Guid = e.NewGuid()
	err := s.Update(context.Background(), func(tx storage.Tx) error { return storage.PutOrg(tx, &dup) })
	if !errors.Is(err, model.ErrExists) {
		t.Errorf("PutOrg duplicate name: err = %v, want ErrExists", err)
	}
	dup.Name = "Other"
	err = s.Update(context.Background(), func(tx storage.Tx) error { return storage.PutOrg(tx, &dup) })
	if !errors.Is(err, model.ErrExists) {
		t.Errorf("PutOrg duplicate domain: err = %v, want ErrExists", err)
	}
}

// testLoadOrgSet reads back a whole organization, an Exchange 5.5 one
// with its effective IMS settings.
func testLoadOrgSet(t *testing.T, s storage.Store) {
	e := env()
	set, err := model.NewOrganization("Fabrikam", "fabrikam.com", model.Exchange55, e)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := set.AddMailbox(e, "Administrator", "Administrator"); err != nil {
		t.Fatal(err)
	}
	update(t, s, func(tx storage.Tx) error { return storage.SaveOrgSet(tx, set) })
	view(t, s, func(tx storage.Tx) error {
		got, err := storage.LoadOrgSet(tx, set.Organization.Guid)
		if err != nil {
			return err
		}
		if d := cmp.Diff(set, got, opts); d != "" {
			t.Errorf("LoadOrgSet (-want +got):\n%s", d)
		}
		if _, err := storage.LoadOrgSet(tx, e.NewGuid()); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("LoadOrgSet of a missing organization: err = %v, want ErrNotFound", err)
		}
		return nil
	})
}

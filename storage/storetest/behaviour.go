package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/google/go-cmp/cmp"
)

func testIsolation(t *testing.T, s storage.Store) {
	e := env()
	a, b := newOrg(t, s, e, "Contoso"), newOrg(t, s, e, "Fabrikam")
	c := must(e.NewMailContact(a.Organization, "Ann", model.ProxyAddress{Prefix: "SMTP", Address: "ann@x.com"}))
	update(t, s, func(tx storage.Tx) error { return storage.Put(tx, a.Organization.Guid, c) })
	view(t, s, func(tx storage.Tx) error {
		inB, err := storage.List[model.MailContact](tx, b.Organization.Guid)
		if err != nil || len(inB) != 0 {
			t.Errorf("contacts in other org = %d, %v", len(inB), err)
		}
		if _, err := storage.Get[model.MailContact](tx, b.Organization.Guid, c.Guid); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("Get in other org: err = %v, want ErrNotFound", err)
		}
		rds, _ := storage.List[model.RemoteDomain](tx, b.Organization.Guid)
		if len(rds) != 1 || rds[0].Guid != b.RemoteDomains[0].Guid {
			t.Errorf("remote domains of Fabrikam = %v", rds)
		}
		return nil
	})
}

func testDeleteOrg(t *testing.T, s storage.Store) {
	e := env()
	a, b := newOrg(t, s, e, "Contoso"), newOrg(t, s, e, "Fabrikam")
	update(t, s, func(tx storage.Tx) error { return storage.DeleteOrg(tx, a.Organization.Guid) })
	view(t, s, func(tx storage.Tx) error {
		for _, k := range model.OrgKinds() {
			if recs, _ := tx.List(a.Organization.Guid, k); len(recs) != 0 {
				t.Errorf("%s records left in deleted org: %d", k, len(recs))
			}
		}
		orgs, _ := storage.Orgs(tx)
		if len(orgs) != 1 || orgs[0].Name != "Fabrikam" {
			t.Errorf("Orgs after delete = %v", orgs)
		}
		rds, _ := storage.List[model.RemoteDomain](tx, b.Organization.Guid)
		if len(rds) != 1 {
			t.Errorf("Fabrikam lost its remote domain")
		}
		return nil
	})
	err := s.Update(context.Background(), func(tx storage.Tx) error { return storage.DeleteOrg(tx, a.Organization.Guid) })
	if !errors.Is(err, model.ErrNotFound) {
		t.Errorf("DeleteOrg twice: err = %v, want ErrNotFound", err)
	}
}

var errBoom = errors.New("boom")

func testRollback(t *testing.T, s storage.Store) {
	e := env()
	a := newOrg(t, s, e, "Contoso")
	rd := a.RemoteDomains[0]
	err := s.Update(context.Background(), func(tx storage.Tx) error {
		rd.TNEFEnabled = new(bool)
		if err := storage.Put(tx, a.Organization.Guid, rd); err != nil {
			return err
		}
		other := must(e.NewRemoteDomain(a.Organization, "X", "x.com"))
		if err := storage.Put(tx, a.Organization.Guid, other); err != nil {
			return err
		}
		if err := storage.DeleteOrg(tx, a.Organization.Guid); err != nil {
			return err
		}
		return errBoom
	})
	s.Release()
	if !errors.Is(err, errBoom) {
		t.Fatalf("Update err = %v, want errBoom", err)
	}
	view(t, s, func(tx storage.Tx) error {
		rds, err := storage.List[model.RemoteDomain](tx, a.Organization.Guid)
		if err != nil || len(rds) != 1 || rds[0].TNEFEnabled != nil {
			t.Errorf("after rollback: remote domains %v, %v; want the untouched Default", rds, err)
		}
		return nil
	})
}

func testCopies(t *testing.T, s storage.Store) {
	e := env()
	a := newOrg(t, s, e, "Contoso")
	rd := a.RemoteDomains[0]
	rd.Name = "Changed after Put"
	view(t, s, func(tx storage.Tx) error {
		got := must(storage.Get[model.RemoteDomain](tx, a.Organization.Guid, rd.Guid))
		if got.Name != "Default" {
			t.Errorf("stored object aliases the caller's: Name = %q", got.Name)
		}
		got.Name, got.ObjectClass[0] = "Changed after Get", "x"
		again := must(storage.Get[model.RemoteDomain](tx, a.Organization.Guid, rd.Guid))
		if again.Name != "Default" || again.ObjectClass[0] != "top" {
			t.Errorf("Get returns aliases: %q %v", again.Name, again.ObjectClass)
		}
		raw := must(tx.Get(a.Organization.Guid, model.KindRemoteDomain, rd.Guid))
		raw[0] = 'X'
		if again := must(tx.Get(a.Organization.Guid, model.KindRemoteDomain, rd.Guid)); again[0] == 'X' {
			t.Errorf("Tx.Get returns an alias of stored bytes")
		}
		return nil
	})
}

func testOrder(t *testing.T, s storage.Store) {
	e := env()
	org := bareOrg(t, s, e, "Contoso")
	names := []string{"Zed", "Amy", "Mia", "Bob", "Kim"}
	var contacts []*model.MailContact
	for _, n := range names {
		c := must(e.NewMailContact(org, n, model.ProxyAddress{Prefix: "SMTP", Address: n + "@x.com"}))
		contacts = append(contacts, c)
		update(t, s, func(tx storage.Tx) error { return storage.Put(tx, org.Guid, c) })
	}
	contacts[2].DisplayName = "Mia Updated"
	update(t, s, func(tx storage.Tx) error {
		if err := storage.Put(tx, org.Guid, contacts[2]); err != nil {
			return err
		}
		return storage.Delete[model.MailContact](tx, org.Guid, contacts[1].Guid)
	})
	view(t, s, func(tx storage.Tx) error {
		all := must(storage.List[model.MailContact](tx, org.Guid))
		got := fmt.Sprint(namesOf(all))
		if want := "[Zed Mia Bob Kim]"; got != want {
			t.Errorf("List order = %s, want %s (creation order)", got, want)
		}
		return nil
	})
}

func namesOf[T model.Object](list []T) []string {
	var out []string
	for _, o := range list {
		out = append(out, o.ObjectName())
	}
	return out
}

func testResolve(t *testing.T, s storage.Store) {
	e := env()
	a := newOrg(t, s, e, "Contoso")
	org := a.Organization
	for _, n := range []string{"Ann Lee", "Ann Long"} {
		c := must(e.NewMailContact(org, n, model.ProxyAddress{Prefix: "SMTP", Address: model.AliasFromName(n) + "@x.com"}))
		update(t, s, func(tx storage.Tx) error { return storage.Put(tx, org.Guid, c) })
	}
	view(t, s, func(tx storage.Tx) error {
		rd := a.RemoteDomains[0]
		if got, err := storage.Resolve[model.RemoteDomain](tx, org.Guid, rd.Guid.String()); err != nil || got.Name != "Default" {
			t.Errorf("Resolve by GUID = %v, %v", got, err)
		}
		if got, err := storage.Resolve[model.MailContact](tx, org.Guid, "annlong@x.com"); err != nil || got.Name != "Ann Long" {
			t.Errorf("Resolve by address = %v, %v", got, err)
		}
		if _, err := storage.Resolve[model.MailContact](tx, org.Guid, "Ann*"); !errors.Is(err, model.ErrAmbiguous) {
			t.Errorf("Resolve(Ann*) err = %v, want ErrAmbiguous", err)
		}
		if _, err := storage.Resolve[model.MailContact](tx, org.Guid, "Nobody"); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("Resolve(Nobody) err = %v, want ErrNotFound", err)
		}
		return nil
	})
}

// testFind checks the identity-key index behind Find: every key form,
// case-insensitively, follows renames and deletions, and matches what
// model.Match finds among all objects.
func testFind(t *testing.T, s storage.Store) {
	e := env()
	org := newOrg(t, s, e, "Contoso").Organization
	ann := must(e.NewMailContact(org, "Ann Lee", model.ProxyAddress{Prefix: "SMTP", Address: "ann@x.com"}))
	bob := must(e.NewMailContact(org, "Bob Lee", model.ProxyAddress{Prefix: "SMTP", Address: "bob@x.com"}))
	update(t, s, func(tx storage.Tx) error {
		if err := storage.Put(tx, org.Guid, ann); err != nil {
			return err
		}
		return storage.Put(tx, org.Guid, bob)
	})
	names := func(tx storage.Tx, id string) string {
		found, err := storage.Find[model.MailContact](tx, org.Guid, id)
		if err != nil {
			t.Fatalf("Find(%q): %v", id, err)
		}
		all, _ := storage.List[model.MailContact](tx, org.Guid)
		var got, want []string
		for _, c := range found {
			got = append(got, c.Name)
		}
		for _, c := range model.Match(all, id) {
			want = append(want, c.Name)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("Find(%q) differs from Match (-Match +Find):\n%s", id, d)
		}
		return strings.Join(got, ",")
	}
	view(t, s, func(tx storage.Tx) error {
		for id, want := range map[string]string{
			"ann lee": "Ann Lee", "ANN@X.COM": "Ann Lee", "smtp:bob@x.com": "Bob Lee", "AnnLee": "Ann Lee",
			"contoso.com/Users/Bob Lee": "Bob Lee", ann.Guid.String(): "Ann Lee", "*Lee": "Ann Lee,Bob Lee", "Nobody": "",
			ann.DistinguishedName: "Ann Lee", "SMTP:ANN@x.com": "Ann Lee",
		} {
			if got := names(tx, id); got != want {
				t.Errorf("Find(%q) = %q, want %q", id, got, want)
			}
		}
		return nil
	})
	ann.Name = "Ann Ray"
	ann.Refresh(org)
	update(t, s, func(tx storage.Tx) error {
		if err := storage.Put(tx, org.Guid, ann); err != nil {
			return err
		}
		return storage.Delete[model.MailContact](tx, org.Guid, bob.Guid)
	})
	view(t, s, func(tx storage.Tx) error {
		for id, want := range map[string]string{"Ann Lee": "", "Ann Ray": "Ann Ray", "bob@x.com": ""} {
			if got := names(tx, id); got != want {
				t.Errorf("after rename and delete: Find(%q) = %q, want %q", id, got, want)
			}
		}
		return nil
	})
}

func testMissingOrg(t *testing.T, s storage.Store) {
	e := env()
	org := &model.Organization{Name: "Ghost", DomainName: "ghost.com"}
	e.Stamp(org, org)
	rd := must(e.NewRemoteDomain(org, "X", "x.com"))
	err := s.Update(context.Background(), func(tx storage.Tx) error { return storage.Put(tx, org.Guid, rd) })
	s.Release()
	if !errors.Is(err, model.ErrNotFound) {
		t.Errorf("Put into missing org: err = %v, want ErrNotFound", err)
	}
}

func testReadOnly(t *testing.T, s storage.Store) {
	e := env()
	a := newOrg(t, s, e, "Contoso")
	err := s.View(context.Background(), func(tx storage.Tx) error {
		if tx.Writable() {
			t.Errorf("View tx is writable")
		}
		return storage.Put(tx, a.Organization.Guid, a.RemoteDomains[0])
	})
	if err == nil {
		t.Errorf("Put in View succeeded")
	}
}

func testPersistence(t *testing.T, s storage.Store) {
	e := env()
	a := newOrg(t, s, e, "Contoso")
	if err := s.Release(); err != nil {
		t.Fatal(err)
	}
	view(t, s, func(tx storage.Tx) error {
		set := must(storage.List[model.SendConnector](tx, a.Organization.Guid))
		if len(set) != 1 || set[0].Name != "Internet" {
			t.Errorf("after Release: send connectors %v", namesOf(set))
		}
		return nil
	})
}

func testCanceled(t *testing.T, s storage.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	called := false
	err := s.Update(ctx, func(storage.Tx) error { called = true; return nil })
	if !errors.Is(err, context.Canceled) || called {
		t.Errorf("Update with canceled ctx: err = %v, called = %v", err, called)
	}
}

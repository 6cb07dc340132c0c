package storetest

import (
	"errors"
	"strings"
	"testing"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/google/go-cmp/cmp"
)

// testKeys checks Tx.Keys: folded keys in order from a start key, each
// with its record's Name and GUID, skipping ahead and stopping as the
// visitor says, and only the kind and scope asked for; a change of the
// name's case only changes the name visited.
func testKeys(t *testing.T, s storage.Store) {
	e := env()
	org := newOrg(t, s, e, "Contoso").Organization
	other := newOrg(t, s, e, "Fabrikam").Organization
	ids := map[string]model.Guid{}
	for _, n := range []string{"Kim Akers", "Ann Lee", "Kim Ralls"} {
		c := must(e.NewMailContact(org, n, model.ProxyAddress{Prefix: "SMTP", Address: model.AliasFromName(n) + "@x.com"}))
		ids[n] = c.Guid
		update(t, s, func(tx storage.Tx) error { return storage.Put(tx, org.Guid, c) })
	}
	c := must(e.NewMailContact(other, "Kim Other", model.ProxyAddress{Prefix: "SMTP", Address: "kimother@y.com"}))
	update(t, s, func(tx storage.Tx) error { return storage.Put(tx, other.Guid, c) })

	type hit struct {
		Key, Name string
		ID        model.Guid
	}
	scan := func(from string, fn func(string) string) []hit {
		var out []hit
		view(t, s, func(tx storage.Tx) error {
			return tx.Keys(org.Guid, model.KindMailContact, from, func(k, name string, id model.Guid) string {
				out = append(out, hit{k, name, id})
				return fn(k)
			})
		})
		return out
	}
	// Every key from "KIM" (folded) on, in order (the Fabrikam contact is
	// in another scope).
	got := scan("KIM", func(k string) string {
		if !strings.HasPrefix(k, "kim") {
			return storage.StopKeys
		}
		return storage.NextKey
	})
	akers, ralls := ids["Kim Akers"], ids["Kim Ralls"]
	want := []hit{{"kim akers", "Kim Akers", akers}, {"kim ralls", "Kim Ralls", ralls}, {"kimakers", "Kim Akers", akers},
		{"kimakers@x.com", "Kim Akers", akers}, {"kimralls", "Kim Ralls", ralls}, {"kimralls@x.com", "Kim Ralls", ralls}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Keys(kim) (-want +got):\n%s", diff)
	}
	// Skipping every key that starts with "kim " lands on "kimakers".
	got = scan("kim", func(k string) string {
		if strings.HasPrefix(k, "kim ") {
			return storage.SkipPrefix("kim ")
		}
		return storage.StopKeys
	})
	if diff := cmp.Diff([]hit{{"kim akers", "Kim Akers", akers}, {"kimakers", "Kim Akers", akers}}, got); diff != "" {
		t.Errorf("Keys with skip (-want +got):\n%s", diff)
	}
	// Renaming Kim Akers to KIM akers changes no folded key, but the
	// name each key entry holds.
	update(t, s, func(tx storage.Tx) error {
		c, err := storage.Get[model.MailContact](tx, org.Guid, akers)
		if err != nil {
			return err
		}
		c.Name = "KIM akers"
		c.Refresh(org)
		return storage.Put(tx, org.Guid, c)
	})
	got = scan("kim a", func(string) string { return storage.StopKeys })
	if diff := cmp.Diff([]hit{{"kim akers", "KIM akers", akers}}, got); diff != "" {
		t.Errorf("Keys after a rename changing case only (-want +got):\n%s", diff)
	}
	// A kind without records visits nothing.
	view(t, s, func(tx storage.Tx) error {
		return tx.Keys(org.Guid, model.KindMailUser, "", func(k, _ string, _ model.Guid) string {
			t.Errorf("Keys of an empty kind visited %q", k)
			return storage.NextKey
		})
	})
	if got := storage.SkipPrefix("ab"); got != "ac" {
		t.Errorf("SkipPrefix(ab) = %q, want ac", got)
	}
}

// noGets is a transaction whose records can't be read.
type noGets struct{ storage.Tx }

func (noGets) Get(model.Guid, model.Kind, model.Guid) ([]byte, error) {
	return nil, errors.New("a record was read")
}

// testNames checks storage.FieldsByPrefix: names come from the key index
// without reading any record (keys that are not the name, such as the
// alias, are passed over), other fields from the records.
func testNames(t *testing.T, s storage.Store) {
	e := env()
	org := newOrg(t, s, e, "Contoso").Organization
	for _, n := range []string{"Kim Akers", "kim Ralls", "Kimberly Lee", "Ann Kim"} {
		c := must(e.NewMailContact(org, n, model.ProxyAddress{Prefix: "SMTP", Address: model.AliasFromName(n) + "@x.com"}))
		update(t, s, func(tx storage.Tx) error { return storage.Put(tx, org.Guid, c) })
	}
	names := func(tx storage.Tx, field, prefix string, limit int) []string {
		got, err := storage.FieldsByPrefix(tx, org.Guid, model.KindMailContact, field, prefix, "=/:@", limit)
		if err != nil {
			t.Fatalf("FieldsByPrefix(%s, %q): %v", field, prefix, err)
		}
		return got
	}
	view(t, s, func(tx storage.Tx) error {
		for _, tc := range []struct {
			prefix string
			limit  int
			want   []string
		}{
			{"KIM", 10, []string{"Kim Akers", "kim Ralls", "Kimberly Lee"}},
			{"kim", 2, []string{"Kim Akers", "kim Ralls"}},
			{"kim r", 10, []string{"kim Ralls"}},
			{"kimakers", 10, nil}, // an alias
			{"ann", 10, []string{"Ann Kim"}},
		} {
			if diff := cmp.Diff(tc.want, names(noGets{tx}, "Name", tc.prefix, tc.limit), opts); diff != "" {
				t.Errorf("names %q (-want +got):\n%s", tc.prefix, diff)
			}
		}
		// Another field is read from the records.
		if diff := cmp.Diff([]string{"KimAkers"}, names(tx, "Alias", "kima", 10)); diff != "" {
			t.Errorf("aliases (-want +got):\n%s", diff)
		}
		return nil
	})
}

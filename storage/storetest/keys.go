package storetest

import (
	"strings"
	"testing"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/google/go-cmp/cmp"
)

// testKeys checks Tx.Keys: folded keys in order from a start key, each
// with its record's GUID, skipping ahead and stopping as the visitor
// says, and only the kind and scope asked for.
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
		Key string
		ID  model.Guid
	}
	scan := func(from string, fn func(string) string) []hit {
		var out []hit
		view(t, s, func(tx storage.Tx) error {
			return tx.Keys(org.Guid, model.KindMailContact, from, func(k string, id model.Guid) string {
				out = append(out, hit{k, id})
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
	want := []hit{{"kim akers", ids["Kim Akers"]}, {"kim ralls", ids["Kim Ralls"]}, {"kimakers", ids["Kim Akers"]},
		{"kimakers@x.com", ids["Kim Akers"]}, {"kimralls", ids["Kim Ralls"]}, {"kimralls@x.com", ids["Kim Ralls"]}}
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
	if diff := cmp.Diff([]hit{{"kim akers", ids["Kim Akers"]}, {"kimakers", ids["Kim Akers"]}}, got); diff != "" {
		t.Errorf("Keys with skip (-want +got):\n%s", diff)
	}
	// A kind without records visits nothing.
	view(t, s, func(tx storage.Tx) error {
		return tx.Keys(org.Guid, model.KindMailUser, "", func(k string, _ model.Guid) string {
			t.Errorf("Keys of an empty kind visited %q", k)
			return storage.NextKey
		})
	})
	if got := storage.SkipPrefix("ab"); got != "ac" {
		t.Errorf("SkipPrefix(ab) = %q, want ac", got)
	}
}

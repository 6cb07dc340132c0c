package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/model"
	bolt "go.etcd.io/bbolt"
)

// fill gives the first organization of st a contact, a delivered
// message with its bytes in a blob, and a tracking event, and puts a
// relay host outside any organization.
func fill(t *testing.T, st Store, env model.Env, tag string) {
	t.Helper()
	err := st.Update(context.Background(), func(tx Tx) error {
		orgs, err := Orgs(tx)
		if err != nil {
			return err
		}
		org := orgs[0]
		c, err := env.NewMailContact(org, "Kim "+tag, model.ProxyAddress{Prefix: "SMTP", Address: "kim" + tag + "@fabrikam.com"})
		if err != nil {
			return err
		}
		if err := Put(tx, org.Guid, c); err != nil {
			return err
		}
		item := &model.MailboxMessage{Mailbox: "Administrator", Folder: "Inbox", Subject: "Numbers " + tag}
		env.Stamp(org, item)
		if err := Put(tx, org.Guid, item); err != nil {
			return err
		}
		if err := PutBlob(tx, org.Guid, item, "Wire", []byte("Subject: Numbers "+tag+"\r\n\r\n\x00\xff")); err != nil {
			return err
		}
		ev := &model.TrackingEvent{EventId: "DELIVER", MessageSubject: "Numbers " + tag}
		env.Stamp(org, ev)
		if err := Put(tx, org.Guid, ev); err != nil {
			return err
		}
		relay := &model.RelayHost{Name: "relay" + tag + ".example"}
		env.Stamp(nil, relay)
		return Put(tx, model.NilGuid, relay)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// records lists every record of st as "scope/kind/id keys=... data",
// in creation order per collection: what a snapshot must give back.
func records(t *testing.T, st Store) []string {
	t.Helper()
	var out []string
	err := st.View(context.Background(), func(tx Tx) error {
		var scopes []model.Guid
		orgs, err := Orgs(tx)
		for _, o := range orgs {
			scopes = append(scopes, o.Guid)
		}
		scopes = append(scopes, model.NilGuid)
		kinds := []model.Kind{model.KindOrganization, model.KindMailContact, model.KindRemoteDomain, model.KindMailbox,
			model.KindSendConnector, model.KindAcceptedDomain, model.KindTransportConfig, model.KindExchangeServer,
			(&model.MailboxMessage{}).Kind(), (&model.MailboxMessage{}).Kind() + ".Wire", (&model.TrackingEvent{}).Kind(), (&model.RelayHost{}).Kind()}
		for _, sc := range scopes {
			for _, k := range kinds {
				recs, err := tx.List(sc, k)
				if err != nil {
					return err
				}
				for _, r := range recs {
					out = append(out, fmt.Sprintf("%s/%s %q", sc, k, r))
				}
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 10 {
		t.Fatalf("only %d records: the store was not filled", len(out))
	}
	return out
}

// rawDump lists every bucket, bucket sequence, key and value of the
// bbolt file of b.
func rawDump(t *testing.T, b *Bolt) string {
	t.Helper()
	var lines []string
	var walk func(prefix string, bk *bolt.Bucket) error
	walk = func(prefix string, bk *bolt.Bucket) error {
		lines = append(lines, fmt.Sprintf("%s seq=%d", prefix, bk.Sequence()))
		return bk.ForEach(func(k, v []byte) error {
			if v == nil {
				return walk(fmt.Sprintf("%s/%x", prefix, k), bk.Bucket(k))
			}
			lines = append(lines, fmt.Sprintf("%s/%x=%x", prefix, k, v))
			return nil
		})
	}
	err := b.with(context.Background(), false, func(db *bolt.DB) error {
		return db.View(func(tx *bolt.Tx) error {
			return tx.ForEach(func(name []byte, bk *bolt.Bucket) error { return walk(string(name), bk) })
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// checkpoint writes st's snapshot to a new file and returns its path.
func checkpoint(t *testing.T, st Snapshotter) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "checkpoint.db")
	var buf bytes.Buffer
	if err := st.Snapshot(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// change makes every kind of change a student makes after a
// checkpoint: new objects and messages, a removed contact, a removed
// organization.
func change(t *testing.T, st Store, env model.Env) {
	t.Helper()
	fill(t, st, env, "after")
	err := st.Update(context.Background(), func(tx Tx) error {
		orgs, err := Orgs(tx)
		if err != nil {
			return err
		}
		cs, err := List[model.MailContact](tx, orgs[0].Guid)
		if err != nil {
			return err
		}
		if err := tx.Delete(orgs[0].Guid, model.KindMailContact, cs[0].Guid); err != nil {
			return err
		}
		if len(orgs) > 1 {
			if err := DeleteOrg(tx, orgs[1].Guid); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// twoOrgs is a seed of Contoso and Fabrikam.
func twoOrgs(env model.Env) SeedFunc {
	return SeedOrgSets(func() (*model.OrgSet, error) { return model.ContosoSeed(env) }, func() (*model.OrgSet, error) {
		return model.NewOrganization("Fabrikam", "fabrikam.com", model.Exchange2013, env)
	})
}

// TestSnapshotRestoreBolt: checkpoint, change, restore gives back every
// bucket, key, value and sequence of the file, byte for byte.
func TestSnapshotRestoreBolt(t *testing.T) {
	env := model.FixedEnv(time.Date(2026, 3, 12, 9, 15, 0, 0, time.UTC), time.Second)
	b := OpenBolt(filepath.Join(t.TempDir(), "org.db"), BoltOptions{Seed: twoOrgs(env)})
	defer b.Close()
	fill(t, b, env, "before")
	want, wantRecs := rawDump(t, b), records(t, b)
	cp := checkpoint(t, b)
	change(t, b, env)
	if rawDump(t, b) == want {
		t.Fatal("the change changed nothing")
	}
	if err := b.Restore(context.Background(), cp); err != nil {
		t.Fatal(err)
	}
	if got := rawDump(t, b); got != want {
		t.Errorf("after Restore the file differs:\n got %s\nwant %s", got, want)
	}
	if got := records(t, b); !equal(got, wantRecs) {
		t.Errorf("records after Restore:\n%s\nwant\n%s", got, wantRecs)
	}
	// The restored store goes on: a new record gets the next sequence.
	fill(t, b, env, "again")
}

// TestSnapshotRestoreMemory: the same for the memory store, and
// snapshots move between the two stores.
func TestSnapshotRestoreMemory(t *testing.T) {
	env := model.FixedEnv(time.Date(2026, 3, 12, 9, 15, 0, 0, time.UTC), time.Second)
	m, err := NewMemory(twoOrgs(env))
	if err != nil {
		t.Fatal(err)
	}
	fill(t, m, env, "before")
	want := records(t, m)
	cp := checkpoint(t, m)
	change(t, m, env)
	if equal(records(t, m), want) {
		t.Fatal("the change changed nothing")
	}
	if err := m.Restore(context.Background(), cp); err != nil {
		t.Fatal(err)
	}
	if got := records(t, m); !equal(got, want) {
		t.Errorf("records after Restore:\n%s\nwant\n%s", got, want)
	}

	b := OpenBolt(filepath.Join(t.TempDir(), "org.db"), BoltOptions{Seed: ContosoSeed(env)})
	defer b.Close()
	if err := b.Restore(context.Background(), cp); err != nil {
		t.Fatal(err)
	}
	if got := records(t, b); !equal(got, want) {
		t.Errorf("records of the memory snapshot restored in bbolt:\n%s\nwant\n%s", got, want)
	}
	m2, _ := NewMemory(nil)
	if err := m2.Restore(context.Background(), checkpoint(t, b)); err != nil {
		t.Fatal(err)
	}
	if got := records(t, m2); !equal(got, want) {
		t.Errorf("records of the bbolt snapshot restored in memory:\n%s\nwant\n%s", got, want)
	}
	var keys []model.Guid
	_ = m2.View(context.Background(), func(tx Tx) error {
		keys, err = tx.Lookup(model.NilGuid, model.KindOrganization, "fabrikam")
		return err
	})
	if len(keys) != 1 {
		t.Errorf("the identity keys were not restored: Lookup(fabrikam) = %v, %v", keys, err)
	}
}

func equal(a, b []string) bool { return strings.Join(a, "\n") == strings.Join(b, "\n") }

// TestRestoreRefusesBadSnapshots: a missing, empty or damaged snapshot,
// or a database of another schema, is refused and the store is left as
// it was.
func TestRestoreRefusesBadSnapshots(t *testing.T) {
	env := model.FixedEnv(time.Date(2026, 3, 12, 9, 15, 0, 0, time.UTC), time.Second)
	dir := t.TempDir()
	b := OpenBolt(filepath.Join(dir, "org.db"), BoltOptions{Seed: ContosoSeed(env)})
	defer b.Close()
	m, _ := NewMemory(ContosoSeed(env))
	fill(t, b, env, "x")
	fill(t, m, env, "x")
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, bytes.Repeat([]byte("not a database "), 500), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "foreign.db")
	db, err := bolt.Open(foreign, 0o600, nil)
	if err == nil {
		err = db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("other")); return err })
		db.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]error{filepath.Join(dir, "missing.db"): fs.ErrNotExist, garbage: ErrCorrupt, empty: ErrCorrupt, foreign: ErrForeign, dir: ErrDirectory}
	for name, st := range map[string]interface {
		Store
		Snapshotter
	}{"bolt": b, "memory": m} {
		before := records(t, st)
		for path, want := range cases {
			if err := st.Restore(context.Background(), path); !errors.Is(err, want) {
				t.Errorf("%s: Restore(%s) = %v, want %v", name, filepath.Base(path), err, want)
			}
		}
		if !equal(records(t, st), before) {
			t.Errorf("%s: a refused Restore changed the store", name)
		}
	}
	if info, _ := os.Stat(empty); info.Size() != 0 {
		t.Error("Restore wrote to the empty snapshot file")
	}
}

// TestSnapshotFile copies a file read-only, and does not wait longer
// than its timeout for a file another writer holds.
func TestSnapshotFile(t *testing.T) {
	env := model.FixedEnv(time.Date(2026, 3, 12, 9, 15, 0, 0, time.UTC), time.Second)
	path := filepath.Join(t.TempDir(), "student.db")
	b := OpenBolt(path, BoltOptions{Seed: ContosoSeed(env)})
	defer b.Close()
	fill(t, b, env, "x")
	want := records(t, b)
	if err := b.Release(); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	var buf bytes.Buffer
	if err := SnapshotFile(context.Background(), path, time.Second, &buf); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("SnapshotFile wrote to the file")
	}
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(copyPath, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	m, _ := NewMemory(nil)
	if err := m.Restore(context.Background(), copyPath); err != nil {
		t.Fatal(err)
	}
	if got := records(t, m); !equal(got, want) {
		t.Errorf("the copy holds:\n%s\nwant\n%s", got, want)
	}

	held := make(chan struct{})
	done := make(chan struct{})
	go func() {
		_ = b.Update(context.Background(), func(Tx) error { close(held); <-done; return nil })
	}()
	<-held
	start := time.Now()
	err := SnapshotFile(context.Background(), path, 100*time.Millisecond, &buf)
	close(done)
	if !errors.Is(err, ErrLocked) {
		t.Errorf("SnapshotFile of a held file = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("SnapshotFile waited %s for a held file", d)
	}
	if err := SnapshotFile(context.Background(), filepath.Join(t.TempDir(), "none.db"), time.Second, &buf); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("SnapshotFile of a missing file = %v", err)
	}
}

// TestLoad: a store that loads a memory store holds exactly its
// records, whatever it held before, and goes on from there.
func TestLoad(t *testing.T) {
	env := model.FixedEnv(time.Date(2026, 3, 12, 9, 15, 0, 0, time.UTC), time.Second)
	world, err := NewMemory(twoOrgs(env))
	if err != nil {
		t.Fatal(err)
	}
	fill(t, world, env, "world")
	want := records(t, world)
	b := OpenBolt(filepath.Join(t.TempDir(), "org.db"), BoltOptions{Seed: ContosoSeed(env)})
	defer b.Close()
	m, _ := NewMemory(ContosoSeed(env))
	for name, st := range map[string]interface {
		Store
		Snapshotter
	}{"bolt": b, "memory": m} {
		fill(t, st, env, "old")
		if err := st.Load(context.Background(), world); err != nil {
			t.Fatal(err)
		}
		if got := records(t, st); !equal(got, want) {
			t.Errorf("%s after Load:\n%s\nwant\n%s", name, got, want)
		}
		change(t, st, env)
		if !equal(records(t, world), want) {
			t.Errorf("%s: a change after Load changed the memory store it loaded", name)
		}
	}
}

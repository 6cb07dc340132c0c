package storage_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/storage/storetest"
	bolt "go.etcd.io/bbolt"
)

func TestBoltConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storage.Store {
		return storage.OpenBolt(filepath.Join(t.TempDir(), "sub", "org.db"), storage.BoltOptions{})
	})
}

var ctx = context.Background()

func testEnv() model.Env {
	return model.FixedEnv(time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), time.Second)
}

// seeded opens a store on path with the Contoso seed.
func seeded(path string) *storage.Bolt {
	return storage.OpenBolt(path, storage.BoltOptions{Seed: storage.ContosoSeed(testEnv())})
}

// orgNames lists the organization names in s.
func orgNames(t *testing.T, s storage.Store) []string {
	t.Helper()
	var names []string
	err := s.View(ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		for _, o := range orgs {
			names = append(names, o.Name)
		}
		return err
	})
	if err != nil {
		t.Fatalf("View: %v", err)
	}
	return names
}

// addContact adds a mail contact named name to the first organization.
func addContact(s storage.Store, name string) error {
	return s.Update(ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err != nil {
			return err
		}
		c, err := model.DefaultEnv().NewMailContact(orgs[0], name, model.ProxyAddress{Prefix: "SMTP", Address: name + "@x.com"})
		if err != nil {
			return err
		}
		return storage.Put(tx, orgs[0].Guid, c)
	})
}

// contactNames lists the contacts of the first organization.
func contactNames(t *testing.T, s storage.Store) []string {
	t.Helper()
	var names []string
	err := s.View(ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err != nil {
			return err
		}
		cs, err := storage.List[model.MailContact](tx, orgs[0].Guid)
		for _, c := range cs {
			names = append(names, c.Name)
		}
		return err
	})
	if err != nil {
		t.Fatalf("View: %v", err)
	}
	return names
}

func TestBoltSeedOnCreate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "org.db")
	s := seeded(path)
	if got := orgNames(t, s); len(got) != 1 || got[0] != "Contoso" {
		t.Fatalf("orgs = %v, want [Contoso]", got)
	}
	err := s.View(ctx, func(tx storage.Tx) error {
		org, err := storage.OrgByName(tx, "contoso.com")
		if err != nil {
			return err
		}
		_, err = storage.Resolve[model.Mailbox](tx, org.Guid, "Administrator@contoso.com")
		return err
	})
	if err != nil {
		t.Errorf("Administrator mailbox: %v", err)
	}
	s.Close()
	again := storage.OpenBolt(path, storage.BoltOptions{Seed: storage.ContosoSeed(testEnv())})
	defer again.Close()
	if got := orgNames(t, again); len(got) != 1 {
		t.Errorf("reopened file was seeded again: %v", got)
	}
}

func TestBoltReopenAndRelease(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	s := seeded(path)
	if err := addContact(s, "ann"); err != nil {
		t.Fatal(err)
	}
	if err := s.Release(); err != nil {
		t.Fatal(err)
	}
	if err := addContact(s, "bob"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := s.View(ctx, func(storage.Tx) error { return nil }); !errors.Is(err, storage.ErrClosed) {
		t.Errorf("View after Close: %v, want ErrClosed", err)
	}
	r := seeded(path)
	defer r.Close()
	if got := contactNames(t, r); len(got) != 2 || got[0] != "ann" || got[1] != "bob" {
		t.Errorf("after reopen: %v", got)
	}
}

func TestBoltTwoStoresSideBySide(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	a, b := seeded(path), seeded(path)
	defer a.Close()
	defer b.Close()
	for i, s := range []*storage.Bolt{a, b, a, b} {
		if err := addContact(s, string(rune('a'+i))); err != nil {
			t.Fatalf("write %d: %v", i, err)
		}
		s.Release()
	}
	if got := contactNames(t, a); len(got) != 4 {
		t.Errorf("a sees %v", got)
	}
	// Both now hold read-only (shared) locks at the same time.
	if got := contactNames(t, b); len(got) != 4 {
		t.Errorf("b sees %v", got)
	}
	// A View followed by an Update upgrades to a write lock once b lets go.
	b.Release()
	if err := addContact(a, "e"); err != nil {
		t.Errorf("upgrade to write after View: %v", err)
	}
}

func TestBoltLockTimeout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	holder := seeded(path)
	defer holder.Close()
	if err := addContact(holder, "held"); err != nil { // holder keeps the write lock
		t.Fatal(err)
	}
	other := seeded(path)
	defer other.Close()
	start := time.Now()
	err := addContact(other, "blocked")
	elapsed := time.Since(start)
	if !errors.Is(err, storage.ErrLocked) {
		t.Fatalf("Update while locked: err = %v, want ErrLocked", err)
	}
	if elapsed < 1500*time.Millisecond || elapsed > 4*time.Second {
		t.Errorf("ErrLocked after %v, want about 2s", elapsed)
	}
	quick := storage.OpenBolt(path, storage.BoltOptions{LockTimeout: 100 * time.Millisecond})
	if err := quick.View(ctx, func(storage.Tx) error { return nil }); !errors.Is(err, storage.ErrLocked) {
		t.Errorf("View while write-locked: err = %v, want ErrLocked", err)
	}
	holder.Release()
	if err := addContact(other, "after"); err != nil {
		t.Errorf("Update after Release: %v", err)
	}
}

// fileState captures a file's bytes and modification time.
func fileState(t *testing.T, path string) ([]byte, time.Time) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(path)
	return b, st.ModTime()
}

// refused checks that View and Update fail with want and that the file
// is left byte-for-byte unchanged.
func refused(t *testing.T, path string, want error) {
	t.Helper()
	before, mtime := fileState(t, path)
	s := seeded(path)
	defer s.Close()
	if err := s.Update(ctx, func(storage.Tx) error { return nil }); !errors.Is(err, want) {
		t.Errorf("Update: err = %v, want %v", err, want)
	}
	if err := s.View(ctx, func(storage.Tx) error { return nil }); !errors.Is(err, want) {
		t.Errorf("View: err = %v, want %v", err, want)
	}
	after, mtime2 := fileState(t, path)
	if !bytes.Equal(before, after) || !mtime.Equal(mtime2) {
		t.Errorf("file was modified")
	}
}

func TestBoltCorruptFileRefused(t *testing.T) {
	for _, size := range []int{100, 64 << 10} {
		path := filepath.Join(t.TempDir(), "junk.db")
		junk := make([]byte, size)
		rand.Read(junk)
		if err := os.WriteFile(path, junk, 0o600); err != nil {
			t.Fatal(err)
		}
		refused(t, path, storage.ErrCorrupt)
	}
}

// rawBolt creates a bbolt file at path and runs fn in an update.
func rawBolt(t *testing.T, path string, fn func(*bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
}

func TestBoltForeignFileRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	rawBolt(t, path, func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("someone-else"))
		if err != nil {
			return err
		}
		return b.Put([]byte("k"), []byte("v"))
	})
	refused(t, path, storage.ErrForeign)
}

func TestBoltFutureSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "future.db")
	rawBolt(t, path, func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("exsh"))
		if err != nil {
			return err
		}
		return b.Put([]byte("schema"), []byte(strconv.Itoa(storage.SchemaVersion+1)))
	})
	refused(t, path, storage.ErrSchema)
}

func TestBoltMigratesV0(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v0.db")
	rawBolt(t, path, func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucket([]byte("exsh")); err != nil {
			return err
		}
		_, err := tx.CreateBucket([]byte("orgs"))
		return err
	})
	s := seeded(path)
	if err := s.View(ctx, func(storage.Tx) error { return nil }); err != nil {
		t.Fatalf("View of v0 file: %v", err)
	}
	s.Close()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket([]byte("exsh")).Get([]byte("schema")); string(v) != strconv.Itoa(storage.SchemaVersion) {
			t.Errorf("schema after migration = %q, want %d", v, storage.SchemaVersion)
		}
		if tx.Bucket([]byte("orgs")) != nil || tx.Bucket([]byte("objects")) == nil {
			t.Errorf("layout not migrated")
		}
		return nil
	})
}

func TestBoltEmptyFileIsInitialized(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s := seeded(path)
	defer s.Close()
	if got := orgNames(t, s); len(got) != 1 {
		t.Errorf("orgs = %v", got)
	}
}

// TestBoltHelperProcess is not a test: it is the second process of
// TestBoltOtherProcess.
func TestBoltHelperProcess(t *testing.T) {
	path := os.Getenv("EXSH_STORAGE_HELPER_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	s := seeded(path)
	if err := addContact(s, "from-child"); err != nil {
		os.Exit(2)
	}
	os.Stdout.WriteString("locked\n")
	time.Sleep(30 * time.Second) // killed by the parent, never released
	os.Exit(0)
}

func TestBoltOtherProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a process")
	}
	path := filepath.Join(t.TempDir(), "org.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestBoltHelperProcess$")
	cmd.Env = append(os.Environ(), "EXSH_STORAGE_HELPER_DB="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "locked\n" {
		t.Fatalf("helper said %q", line)
	}
	s := seeded(path)
	defer s.Close()
	if err := addContact(s, "parent"); !errors.Is(err, storage.ErrLocked) {
		t.Fatalf("Update while another process holds the file: err = %v, want ErrLocked", err)
	}
	cmd.Process.Kill() // killed between statements, without Release
	cmd.Wait()
	if err := addContact(s, "parent"); err != nil {
		t.Fatalf("Update after the holder died: %v", err)
	}
	if got := contactNames(t, s); len(got) != 2 || got[0] != "from-child" {
		t.Errorf("contacts = %v, want the child's commit to survive", got)
	}
}

// TestBoltReindexesOldSchemas turns a seeded file back into schema 1 (no
// identity-key index) and checks that opening it rebuilds the index.
func TestBoltReindexesOldSchemas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	s := seeded(path)
	if err := s.View(ctx, func(storage.Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	rawBolt(t, path, func(tx *bolt.Tx) error {
		dropped := 0
		err := tx.Bucket([]byte("objects")).ForEachBucket(func(scope []byte) error {
			sb := tx.Bucket([]byte("objects")).Bucket(scope)
			return sb.ForEachBucket(func(kind []byte) error {
				kb := sb.Bucket(kind)
				for _, name := range []string{"keys", "keysof"} {
					if kb.Bucket([]byte(name)) != nil {
						dropped++
						if err := kb.DeleteBucket([]byte(name)); err != nil {
							return err
						}
					}
				}
				return nil
			})
		})
		if dropped == 0 {
			t.Fatal("the seeded file has no key index")
		}
		if err != nil {
			return err
		}
		return tx.Bucket([]byte("exsh")).Put([]byte("schema"), []byte("1"))
	})
	s = seeded(path)
	defer s.Close()
	err := s.View(ctx, func(tx storage.Tx) error {
		org, err := storage.OrgByName(tx, "contoso.com")
		if err != nil {
			return err
		}
		m, err := storage.Resolve[model.Mailbox](tx, org.Guid, "administrator@CONTOSO.com")
		if err != nil || m.Name != "Administrator" {
			t.Errorf("Resolve after migration = %v, %v", m, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

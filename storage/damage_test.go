package storage_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	bolt "go.etcd.io/bbolt"
)

// damageContacts is how many contacts the damaged files hold: enough for
// branch pages, records spanning pages and free pages.
const damageContacts = 20

// healthyFile builds a file of damageContacts contacts at path, one
// commit each as the shell makes them, deletes every fifth (so that the
// file has free pages) and returns its bytes. The file is the same at
// each run.
func healthyFile(t *testing.T, path string) []byte {
	t.Helper()
	env := testEnv()
	s := damageStore(path, env)
	for i := range damageContacts {
		if err := putContact(s, env, fmt.Sprintf("c%03d", i)); err != nil {
			t.Fatal(err)
		}
	}
	err := s.Update(ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err != nil {
			return err
		}
		cs, err := storage.List[model.MailContact](tx, orgs[0].Guid)
		for i, c := range cs {
			if err == nil && i%5 == 0 {
				err = storage.Delete[model.MailContact](tx, orgs[0].Guid, c.Guid)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := storage.CheckFile(path); err != nil {
		t.Fatalf("the check refuses a healthy file: %v", err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// damageStore opens a store on path seeded with env's Contoso, without
// durable commits (the damage tests make many).
func damageStore(path string, env model.Env) *storage.Bolt {
	return storage.OpenBolt(path, storage.BoltOptions{Seed: storage.ContosoSeed(env), NoSync: true})
}

// putContact adds a mail contact named name, made with env, to the first
// organization; damage may have hidden the organization.
func putContact(s storage.Store, env model.Env, name string) error {
	return s.Update(ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err != nil || len(orgs) == 0 {
			return fmt.Errorf("organizations: %d, %w", len(orgs), err)
		}
		c, err := env.NewMailContact(orgs[0], name, model.ProxyAddress{Prefix: "SMTP", Address: name + "@x.com"})
		if err != nil {
			return err
		}
		return storage.Put(tx, orgs[0].Guid, c)
	})
}

// geometry returns the page size, the number of pages in use and the
// root page of a healthy bbolt file's bytes (see storage/check.go for
// the layout).
func geometry(data []byte) (pageSize, pages, root int) {
	m := currentMeta(data)
	return int(binary.NativeEndian.Uint32(m[8:])), int(binary.NativeEndian.Uint64(m[40:])), int(binary.NativeEndian.Uint64(m[16:]))
}

// currentMeta returns the meta page bbolt uses, after its page header.
func currentMeta(data []byte) []byte {
	m := data[16:]
	if m1 := data[int(binary.NativeEndian.Uint32(m[8:]))+16:]; binary.NativeEndian.Uint64(m1[48:]) > binary.NativeEndian.Uint64(m[48:]) {
		m = m1
	}
	return m
}

// writeFile replaces the file at path with data.
func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// flipped returns data with byte off XORed with mask.
func flipped(data []byte, off int, mask byte) []byte {
	d := bytes.Clone(data)
	d[off] ^= mask
	return d
}

// refusedBecause checks that a store on path refuses to write and to
// read with an error that matches want, names the file and contains
// words, and that the file is left byte for byte as it was.
func refusedBecause(t *testing.T, path string, want error, words string) {
	t.Helper()
	before, mtime := fileState(t, path)
	env := testEnv()
	s := damageStore(path, env)
	defer s.Close()
	for _, op := range []struct {
		name string
		err  error
	}{
		{"Update", putContact(s, env, "refused")},
		{"View", s.View(ctx, func(tx storage.Tx) error { _, err := storage.Orgs(tx); return err })},
	} {
		if !errors.Is(op.err, want) || !strings.Contains(op.err.Error(), words) || !strings.Contains(op.err.Error(), path) {
			t.Errorf("%s: err = %v, want %v naming the file and saying %q", op.name, op.err, want, words)
		}
	}
	after, mtime2 := fileState(t, path)
	if !bytes.Equal(before, after) || !mtime.Equal(mtime2) {
		t.Errorf("the refused file was modified")
	}
}

func TestDamageTruncated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	data := healthyFile(t, path)
	ps, pages, _ := geometry(data)
	for _, size := range []int{20, 50, 100, ps - 1, ps, ps + 100, 2*ps - 1, 2 * ps, pages * ps / 2, (pages - 1) * ps, pages*ps - 1} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			writeFile(t, path, data[:size])
			refusedBecause(t, path, storage.ErrCorrupt, "the file is truncated")
		})
	}
	// bbolt grows a file ahead of its pages: cutting what no page uses
	// loses nothing.
	if len(data) > pages*ps {
		writeFile(t, path, data[:pages*ps])
		env := testEnv()
		s := damageStore(path, env)
		defer s.Close()
		if got := contactNames(t, s); len(got) != damageContacts*4/5 {
			t.Errorf("contacts after cutting unused space: %d, want %d", len(got), damageContacts*4/5)
		}
		if err := putContact(s, env, "after"); err != nil {
			t.Errorf("write after cutting unused space: %v", err)
		}
	}
}

func TestDamageMetaPages(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	data := healthyFile(t, path)
	ps, _, _ := geometry(data)
	// The fields of a meta page: magic, version, page size, root,
	// freelist, high-water mark, transaction id, checksum.
	for _, field := range []int{16, 20, 24, 32, 48, 56, 64, 72} {
		for page := range 2 {
			t.Run(fmt.Sprintf("page%d+%d", page, field), func(t *testing.T) {
				writeFile(t, path, flipped(data, page*ps+field, 0x01))
				refusedBecause(t, path, storage.ErrCorrupt, fmt.Sprintf("meta page %d is damaged", page))
			})
		}
	}
	writeFile(t, path, flipped(flipped(data, 72, 0x01), ps+72, 0x01))
	refusedBecause(t, path, storage.ErrCorrupt, "both meta pages are damaged")
}

// TestDamagePages flips bits all over each page: in its header, in its
// first elements (the low bit of each field, and the high bit of each
// 32-bit field, which sends an offset far outside the file) and in its
// middle. Whatever the flip, reading gives a result or an error that
// matches ErrCorrupt, never a panic; and a write is refused, leaving the
// file as it was, or accepted, leaving a file that passes the check (a
// flip in a free page, or in a record's value, which no structural
// check sees).
func TestDamagePages(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	data := healthyFile(t, path)
	ps, pages, _ := geometry(data)
	flips := []struct {
		off  int
		mask byte
	}{
		{0, 0x01}, {3, 0x80}, {8, 0x01}, {10, 0x01}, {12, 0x01},
		{16, 0x01}, {19, 0x80}, {20, 0x01}, {23, 0x80},
		{24, 0x01}, {27, 0x80}, {28, 0x01}, {31, 0x80}, {ps / 2, 0x01},
	}
	step := 1
	if testing.Short() {
		step = 5
	}
	refused, total := 0, 0
	for id := 2; id < pages; id += step {
		for _, f := range flips {
			writeFile(t, path, flipped(data, id*ps+f.off, f.mask))
			if damagedWrite(t, path, fmt.Sprintf("page %d+%d^%#x", id, f.off, f.mask)) {
				refused++
			}
			total++
		}
	}
	if refused == 0 {
		t.Errorf("no flip was refused")
	}
	t.Logf("%d of %d flips refused for writing", refused, total)
}

// damagedWrite checks a store on a damaged file at path as
// TestDamagePages says, and reports whether it refused the write.
func damagedWrite(t *testing.T, path, name string) (refused bool) {
	t.Helper()
	env := testEnv()
	s := damageStore(path, env)
	defer s.Close()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%s: panic: %v", name, r)
		}
	}()
	err := s.View(ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err != nil || len(orgs) == 0 {
			return err
		}
		_, err = storage.List[model.MailContact](tx, orgs[0].Guid)
		return err
	})
	if err != nil && !errors.Is(err, storage.ErrCorrupt) && !errors.Is(err, storage.ErrForeign) && !errors.Is(err, storage.ErrSchema) {
		t.Errorf("%s: read: %v, want an error matching ErrCorrupt", name, err)
	}
	s.Release()
	before, _ := os.ReadFile(path)
	err = putContact(s, env, "written")
	if err != nil {
		after, _ := os.ReadFile(path)
		if !bytes.Equal(before, after) {
			t.Errorf("%s: refused write (%v) modified the file", name, err)
		}
		return true
	}
	s.Release()
	if err := storage.CheckFile(path); err != nil {
		t.Errorf("%s: the write was accepted and left a damaged file: %v", name, err)
	}
	return false
}

// TestDamagePanicDropsFile damages the file after the store checked it
// (another program writes to it meanwhile): bbolt panics on the damaged
// page, for a read or a write, and the store reports the damage, gives
// the file up (another store gets its lock at once) and refuses to
// write, leaving the file as it is.
func TestDamagePanicDropsFile(t *testing.T) {
	for _, write := range []bool{false, true} {
		t.Run(fmt.Sprintf("write=%v", write), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "org.db")
			data := healthyFile(t, path)
			ps, _, root := geometry(data)
			env := testEnv()
			s := damageStore(path, env)
			defer s.Close()
			use := func() error {
				if write {
					return putContact(s, env, "new")
				}
				return s.View(ctx, func(tx storage.Tx) error { _, err := storage.Orgs(tx); return err })
			}
			if err := use(); err != nil {
				t.Fatal(err)
			}
			s.Release()
			writeFile(t, path, flipped(data, root*ps, 0x01)) // the root page's id
			if err := use(); !errors.Is(err, storage.ErrCorrupt) || !strings.Contains(err.Error(), "a page is damaged (") {
				t.Fatalf("a damaged root page: %v, want ErrCorrupt naming a damaged page", err)
			}
			db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 100 * time.Millisecond})
			if err != nil {
				t.Fatalf("the store kept the file: %v", err)
			}
			db.Close()
			before, _ := os.ReadFile(path)
			if err := putContact(s, env, "refused"); !errors.Is(err, storage.ErrCorrupt) {
				t.Errorf("Update after the damage: %v, want ErrCorrupt", err)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Errorf("the refused write modified the file")
			}
		})
	}
}

// TestDamageOpenPanicReleasesLock damages the freelist after the store
// checked the file: bbolt panics when it opens the file for writing (it
// reads the freelist then), and the store releases the file's lock.
func TestDamageOpenPanicReleasesLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	data := healthyFile(t, path)
	ps, _, _ := geometry(data)
	freelist := int(binary.NativeEndian.Uint64(currentMeta(data)[32:]))
	env := testEnv()
	s := damageStore(path, env)
	defer s.Close()
	if err := s.View(ctx, func(storage.Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	s.Release()
	writeFile(t, path, flipped(data, freelist*ps+8, 0x01)) // its type: a branch page
	if err := putContact(s, env, "refused"); !errors.Is(err, storage.ErrCorrupt) {
		t.Fatalf("Update with a damaged freelist: %v, want ErrCorrupt", err)
	}
	// A shared lock, as bbolt could not open this file for writing.
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 100 * time.Millisecond, ReadOnly: true})
	if err != nil {
		t.Fatalf("the store kept the file locked: %v", err)
	}
	db.Close()
}

// TestDamageCheckedAtFirstOpen damages the root page before the store
// opens the file: its check refuses it, for reading and for writing,
// before bbolt reads it.
func TestDamageCheckedAtFirstOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	data := healthyFile(t, path)
	ps, _, root := geometry(data)
	writeFile(t, path, flipped(data, root*ps, 0x01))
	refusedBecause(t, path, storage.ErrCorrupt, fmt.Sprintf("page %d is damaged: it says it is page %d", root, root^1))
}

func TestDamageCallerPanicIsNotDamage(t *testing.T) {
	s := seeded(filepath.Join(t.TempDir(), "org.db"))
	defer s.Close()
	func() {
		defer func() {
			if r := recover(); r != "boom" {
				t.Errorf("recovered %v, want the caller's own panic", r)
			}
		}()
		s.View(ctx, func(storage.Tx) error { panic("boom") })
	}()
	if err := addContact(s, "after"); err != nil {
		t.Errorf("Update after the caller's panic: %v", err)
	}
}

func TestDamageForeignFiles(t *testing.T) {
	for _, tc := range []struct{ name, content, words string }{
		{"text", "This is a text file, not an exsh organization database.\n", "it is a text file, not a database"},
		{"short", "x", "it is a text file"},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + strings.Repeat("\x00\x01", 5000), "it is a PNG image"},
		{"sqlite", "SQLite format 3\x00" + strings.Repeat("\x00", 8192), "it is an SQLite database"},
		{"zeros", strings.Repeat("\x00", 16384), "it is binary data"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "org.db")
			writeFile(t, path, []byte(tc.content))
			refusedBecause(t, path, storage.ErrCorrupt, tc.words)
		})
	}
}

func TestDamageDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	s := seeded(path)
	defer s.Close()
	for name, err := range map[string]error{
		"Update": addContact(s, "x"),
		"View":   s.View(ctx, func(storage.Tx) error { return nil }),
	} {
		if !errors.Is(err, storage.ErrDirectory) || errors.Is(err, storage.ErrCorrupt) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: err = %v, want ErrDirectory naming the path", name, err)
		}
	}
}

// TestCheckAcceptsBboltFiles runs the check on files bbolt writes through
// many random commits (puts of small and page-spanning values, deletes,
// nested and inline buckets): it must find nothing wrong in any of them.
func TestCheckAcceptsBboltFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "random.db")
	db, err := bolt.Open(path, 0o600, &bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rnd := rand.New(rand.NewPCG(1, 2))
	key := func() []byte { return fmt.Appendf(nil, "k%0*d", 1+rnd.IntN(12), rnd.IntN(500)) }
	buckets := [][]byte{[]byte("a"), []byte("b"), []byte("c")}
	for commit := range 800 {
		err := db.Update(func(tx *bolt.Tx) error {
			for range 1 + rnd.IntN(30) {
				top, err := tx.CreateBucketIfNotExists(buckets[rnd.IntN(len(buckets))])
				if err != nil {
					return err
				}
				b := top
				if rnd.IntN(3) == 0 { // a nested bucket, often small enough to be inline
					if b, err = top.CreateBucketIfNotExists(fmt.Appendf(nil, "sub%d", rnd.IntN(20))); err != nil {
						return err
					}
				}
				switch n := rnd.IntN(10); {
				case n < 6:
					err = b.Put(key(), bytes.Repeat([]byte{'v'}, []int{1, 100, 3000, 9000}[rnd.IntN(4)]))
				case n < 9:
					c := b.Cursor()
					if k, v := c.Seek(key()); k != nil && v != nil {
						err = c.Delete()
					}
				default:
					name := fmt.Appendf(nil, "sub%d", rnd.IntN(20))
					if top.Bucket(name) != nil {
						err = top.DeleteBucket(name)
					}
				}
				if err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if commit%20 == 19 {
			if err := storage.CheckFile(path); err != nil {
				t.Fatalf("after commit %d: %v", commit, err)
			}
		}
	}
}

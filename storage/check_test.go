package storage_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/storage"
	bolt "go.etcd.io/bbolt"
)

// TestDamageEmptyKey empties the first key of a bucket's root page,
// which is nothing else's key: bbolt writes no empty key, and asserts,
// when it reads a page to change it, that the page has none (it
// panics), so the check refuses the file.
func TestDamageEmptyKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plain.db")
	db, err := bolt.Open(path, 0o600, &bolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	var root int
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("b"))
		for i := 0; err == nil && i < 4; i++ { // too big for an inline bucket, small enough for one page
			err = b.Put([]byte{'k', byte('0' + i)}, bytes.Repeat([]byte{'v'}, 500))
		}
		return err
	})
	if err == nil {
		err = db.View(func(tx *bolt.Tx) error { root = int(tx.Bucket([]byte("b")).Root()); return nil })
	}
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := storage.CheckFile(path); err != nil {
		t.Fatalf("the healthy file: %v", err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ps, _, _ := geometry(data)
	binary.NativeEndian.PutUint32(data[root*ps+16+8:], 0) // the key size of its first leaf element
	writeFile(t, path, data)
	want := fmt.Sprintf("page %d is damaged: its element 0 has an empty key", root)
	if err := storage.CheckFile(path); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("CheckFile: %v, want %q", err, want)
	}
}

// checkSeed returns the bytes of a small bbolt file of 1 KB pages,
// written by commits of random puts (small values and values spanning
// pages), deletes and nested buckets (inline ones among them), so that
// it has branch pages, overflow pages and free pages; noFreelist: a file
// that does not record its free pages.
func checkSeed(tb testing.TB, seed uint64, noFreelist bool) []byte {
	path := filepath.Join(tb.TempDir(), fmt.Sprintf("seed%d.db", seed))
	db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: 512, NoSync: true, NoFreelistSync: noFreelist})
	if err != nil {
		tb.Fatal(err)
	}
	rnd := rand.New(rand.NewPCG(seed, 1))
	for range 12 {
		err := db.Update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists([]byte{'a' + byte(rnd.IntN(2))})
			if err == nil && rnd.IntN(2) == 0 {
				b, err = b.CreateBucketIfNotExists(fmt.Appendf(nil, "sub%d", rnd.IntN(4)))
			}
			for i := 0; err == nil && i < 5; i++ {
				key := fmt.Appendf(nil, "k%03d", rnd.IntN(60))
				if rnd.IntN(4) == 0 {
					err = b.Delete(key)
				} else {
					err = b.Put(key, bytes.Repeat([]byte{'v'}, []int{1, 40, 700}[rnd.IntN(3)]))
				}
			}
			return err
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	db.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	ps, pages, _ := geometry(data)
	return data[:ps*pages] // what bbolt grew the file by beyond its pages is no use to the fuzzer
}

// FuzzCheckFile damages bbolt files at random: the check itself never
// panics (its recover is a safety net, not a way to find damage), and
// bbolt reads every bucket, key and value of a file the check accepts,
// and writes to it, without a panic.
func FuzzCheckFile(f *testing.F) {
	f.Add(checkSeed(f, 1, false))
	f.Add(checkSeed(f, 2, true))
	path := filepath.Join(f.TempDir(), "org.db") // one file, rewritten for each input: a directory each costs more than the check
	f.Fuzz(func(t *testing.T, data []byte) {
		writeFile(t, path, data)
		err := storage.CheckFile(path)
		if err != nil && strings.HasPrefix(err.Error(), "a page is damaged (") {
			t.Fatalf("the check panicked: %v", err)
		}
		if err != nil {
			return
		}
		db, err := bolt.Open(path, 0o600, &bolt.Options{NoSync: true, Timeout: time.Second})
		if err != nil {
			return // a refusal is no panic
		}
		err = db.Update(func(tx *bolt.Tx) error {
			var buckets []*bolt.Bucket // those that hold values, to write to
			var read func(b *bolt.Bucket) error
			read = func(b *bolt.Bucket) error {
				values := false
				err := b.ForEach(func(k, v []byte) error {
					if v != nil {
						values = true
					} else if sub := b.Bucket(k); sub != nil {
						return read(sub)
					}
					return nil
				})
				if values {
					buckets = append(buckets, b)
				}
				return err
			}
			if err := tx.ForEach(func(_ []byte, b *bolt.Bucket) error { return read(b) }); err != nil {
				return err
			}
			for _, b := range buckets {
				k, _ := b.Cursor().First()
				if err := b.Delete(k); err != nil {
					return err
				}
				if err := b.Put([]byte("new"), bytes.Repeat([]byte{'w'}, 700)); err != nil {
					return err
				}
			}
			_, err := tx.CreateBucketIfNotExists([]byte("new"))
			return err
		})
		if err != nil {
			t.Logf("bbolt refused the file: %v", err)
		}
		db.Close() // not deferred: after a panic in Update, Close would wait for it forever
	})
}

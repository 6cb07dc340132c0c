package storetest

import (
	"bytes"
	"encoding/binary"
	"encoding/json"

	"github.com/exsh/exsh/model"
	bolt "go.etcd.io/bbolt"
)

// Bare is the baseline of the speed benchmarks of issue 3: mail contact
// records in a bbolt file with nothing but bbolt and encoding/json, under
// 8-byte sequence keys in one bucket, each commit durable (bbolt's
// defaults, as [storage.Bolt] commits). The shell's benchmarks
// (shell/exchange_bench_test.go) and storage's BenchmarkBareContacts use
// it so that store and baseline are measured the same way, in the same
// run.
type Bare struct {
	db *bolt.DB
	n  uint64
}

// bareBucket is the one bucket of a [Bare] file.
var bareBucket = []byte("contacts")

// NewBare creates a bbolt file at path with an empty bucket.
func NewBare(path string) (*Bare, error) {
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		return nil, err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket(bareBucket)
		return err
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Bare{db: db}, nil
}

// Commit adds each record in a durable commit of its own.
func (b *Bare) Commit(recs [][]byte) error {
	for _, r := range recs {
		b.n++
		err := b.db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket(bareBucket).Put(binary.BigEndian.AppendUint64(nil, b.n), r)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Rewrite decodes every record as a mail contact, applies edit, encodes
// it and writes it back, in one durable commit.
func (b *Bare) Rewrite(edit func(*model.MailContact)) error {
	return b.db.Update(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bareBucket)
		type kv struct{ k, v []byte }
		var out []kv
		err := bk.ForEach(func(k, v []byte) error {
			var c model.MailContact
			if err := json.Unmarshal(v, &c); err != nil {
				return err
			}
			edit(&c)
			data, err := json.Marshal(&c)
			out = append(out, kv{bytes.Clone(k), data})
			return err
		})
		for _, e := range out {
			if err == nil {
				err = bk.Put(e.k, e.v)
			}
		}
		return err
	})
}

// Close closes the file.
func (b *Bare) Close() error { return b.db.Close() }

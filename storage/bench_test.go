package storage_test

import (
	"encoding/binary"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	bolt "go.etcd.io/bbolt"
)

// Run with -benchtime=10000x to get the 10,000-call figures.

// benchContact returns the template contact of the benchmarks.
func benchContact(b *testing.B, org *model.Organization) *model.MailContact {
	c, err := model.DefaultEnv().NewMailContact(org, "Bench User", model.ProxyAddress{Prefix: "SMTP", Address: "bench@fabrikam.com"})
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// benchStore returns a seeded bbolt store and its organization.
func benchStore(b *testing.B) (*storage.Bolt, *model.Organization) {
	s := storage.OpenBolt(filepath.Join(b.TempDir(), "bench.db"), storage.BoltOptions{Seed: storage.ContosoSeed(model.DefaultEnv())})
	var org *model.Organization
	err := s.View(ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		org = orgs[0]
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return s, org
}

// BenchmarkPutContact: one Update per contact, durable commit each.
func BenchmarkPutContact(b *testing.B) {
	for _, release := range []bool{true, false} {
		name := "KeepOpen"
		if release {
			name = "ReleaseEachCall"
		}
		b.Run(name, func(b *testing.B) {
			s, org := benchStore(b)
			defer s.Close()
			c := benchContact(b, org)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				c.Guid = model.SequentialGuid(uint64(i + 1))
				if err := s.Update(ctx, func(tx storage.Tx) error { return storage.Put(tx, org.Guid, c) }); err != nil {
					b.Fatal(err)
				}
				if release {
					s.Release()
				}
			}
		})
	}
	b.Run("BareBolt", func(b *testing.B) {
		db, err := bolt.Open(filepath.Join(b.TempDir(), "bare.db"), 0o600, nil)
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		c := benchContact(b, nil)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			c.Guid = model.SequentialGuid(uint64(i + 1))
			err := db.Update(func(tx *bolt.Tx) error {
				bk, err := tx.CreateBucketIfNotExists([]byte("contacts"))
				if err != nil {
					return err
				}
				data, err := json.Marshal(c)
				if err != nil {
					return err
				}
				return bk.Put(c.Guid[:], data)
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}

const rewriteN = 10000

// BenchmarkRewriteAll: read all 10,000 contacts and write each back in
// one Update (decode and encode JSON in both variants).
func BenchmarkRewriteAll(b *testing.B) {
	b.Run("Store", func(b *testing.B) {
		s, org := benchStore(b)
		defer s.Close()
		c := benchContact(b, org)
		err := s.Update(ctx, func(tx storage.Tx) error {
			for i := 0; i < rewriteN; i++ {
				c.Guid = model.SequentialGuid(uint64(i + 1))
				if err := storage.Put(tx, org.Guid, c); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			err := s.Update(ctx, func(tx storage.Tx) error {
				all, err := storage.List[model.MailContact](tx, org.Guid)
				if err != nil {
					return err
				}
				for _, c := range all {
					c.DisplayName = "Rewritten"
					if err := storage.Put(tx, org.Guid, c); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
			s.Release()
		}
	})
	b.Run("BareBolt", benchRewriteBare)
}

// benchRewriteBare is the baseline of BenchmarkRewriteAll.
func benchRewriteBare(b *testing.B) {
	db, err := bolt.Open(filepath.Join(b.TempDir(), "bare.db"), 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	c := benchContact(b, nil)
	db.Update(func(tx *bolt.Tx) error {
		bk, _ := tx.CreateBucket([]byte("contacts"))
		for i := 0; i < rewriteN; i++ {
			data, _ := json.Marshal(c)
			bk.Put(binary.BigEndian.AppendUint64(nil, uint64(i)), data)
		}
		return nil
	})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		err := db.Update(func(tx *bolt.Tx) error {
			bk := tx.Bucket([]byte("contacts"))
			type kv struct{ k, v []byte }
			var out []kv
			err := bk.ForEach(func(k, v []byte) error {
				var c model.MailContact
				if err := json.Unmarshal(v, &c); err != nil {
					return err
				}
				c.DisplayName = "Rewritten"
				data, err := json.Marshal(&c)
				out = append(out, kv{append([]byte(nil), k...), data})
				return err
			})
			for _, e := range out {
				if err := bk.Put(e.k, e.v); err != nil {
					return err
				}
			}
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

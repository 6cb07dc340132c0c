package storage_test

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/storage/storetest"
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
func benchStore(tb testing.TB) (*storage.Bolt, *model.Organization) {
	s := storage.OpenBolt(filepath.Join(tb.TempDir(), "bench.db"), storage.BoltOptions{Seed: storage.ContosoSeed(model.DefaultEnv())})
	var org *model.Organization
	err := s.View(ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		org = orgs[0]
		return err
	})
	if err != nil {
		tb.Fatal(err)
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

// benchContacts is the size of the issue-3 speed benchmarks (see
// shell/exchange_bench_test.go, whose baselines these are).
const benchContacts = 10000

// contactRecords returns the JSON records of the benchmark contacts, as
// New-MailContact -Name "Contact 00001" -ExternalEmailAddress
// contact00001@fabrikam.com stores them.
func contactRecords(b *testing.B) [][]byte {
	env := model.DefaultEnv()
	org := &model.Organization{Name: "Contoso", DomainName: "contoso.com", ExchangeVersion: model.Exchange2013}
	env.Stamp(org, org)
	out := make([][]byte, benchContacts)
	for i := range out {
		addr := model.ProxyAddress{Prefix: "SMTP", Address: fmt.Sprintf("contact%05d@fabrikam.com", i)}
		c, err := env.NewMailContact(org, fmt.Sprintf("Contact %05d", i), addr)
		if err != nil {
			b.Fatal(err)
		}
		if out[i], err = json.Marshal(c); err != nil {
			b.Fatal(err)
		}
	}
	return out
}

// BenchmarkBareContacts are the bare bbolt baselines of the shell's
// Exchange benchmarks ([storetest.Bare], which those benchmarks also run
// as their Bare sub-benchmarks, with the records the shell stored): the
// same contact records with nothing but bbolt and encoding/json. Commit:
// one durable commit per record (the file kept open). ReadWrite: one
// transaction that decodes every record, changes it and encodes and
// writes it back, then one durable commit; its file was filled like the
// shell's, one commit per record, so that both files have the same
// history (a file filled in one transaction is smaller and faster to
// rewrite).
func BenchmarkBareContacts(b *testing.B) {
	recs := contactRecords(b)
	b.Run("Commit", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			bare := newBare(b)
			b.StartTimer()
			if err := bare.Commit(recs); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			bare.Close()
			b.StartTimer()
		}
	})
	b.Run("ReadWrite", func(b *testing.B) {
		bare := newBare(b)
		defer bare.Close()
		if err := bare.Commit(recs); err != nil {
			b.Fatal(err)
		}
		i := 0
		for b.Loop() {
			value := [2]model.UseMapiRichTextFormat{model.UseMapiRichTextFormatAlways, model.UseMapiRichTextFormatNever}[i%2]
			i++
			if err := bare.Rewrite(func(c *model.MailContact) { c.UseMapiRichTextFormat = value }); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// newBare returns a new bare bbolt file with an empty bucket.
func newBare(b *testing.B) *storetest.Bare {
	bare, err := storetest.NewBare(filepath.Join(b.TempDir(), "bare.db"))
	if err != nil {
		b.Fatal(err)
	}
	return bare
}

// BenchmarkFileCheck measures the check a store runs on the file when it
// first opens it (see storage.Bolt's verify) on a file of benchContacts
// contacts filled like the shell's, one commit per contact, against what
// it is weighed with, in the same run. Open: a read-only opening of the
// file (with its header check) and an empty transaction, as each
// statement after a lease pays it. Commit: one durable commit of one
// contact, the file kept open. Check: the check alone. Read, the floor
// of Check: reading the file once, in order, as the check reads it.
// BboltCheck, for
// comparison: bbolt's own consistency check (Tx.Check) on the file just
// opened, which the store cannot use (see storage/check.go). FirstWrite:
// a new store's first write: opening, check and commit.
func BenchmarkFileCheck(b *testing.B) {
	path := filepath.Join(b.TempDir(), "org.db")
	env := model.DefaultEnv()
	fill := storage.OpenBolt(path, storage.BoltOptions{Seed: storage.ContosoSeed(env), NoSync: true})
	var org *model.Organization
	err := fill.View(ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		org = orgs[0]
		return err
	})
	for i := 0; err == nil && i < benchContacts; i++ {
		addr := model.ProxyAddress{Prefix: "SMTP", Address: fmt.Sprintf("contact%05d@fabrikam.com", i)}
		var c *model.MailContact
		if c, err = env.NewMailContact(org, fmt.Sprintf("Contact %05d", i), addr); err == nil {
			err = fill.Update(ctx, func(tx storage.Tx) error { return storage.Put(tx, org.Guid, c) })
		}
	}
	fill.Close()
	if err != nil {
		b.Fatal(err)
	}
	put := func(s *storage.Bolt) {
		c := benchContact(b, org)
		c.Guid = env.NewGuid()
		if err := s.Update(ctx, func(tx storage.Tx) error { return storage.Put(tx, org.Guid, c) }); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("Open", func(b *testing.B) {
		s := storage.OpenBolt(path, storage.BoltOptions{})
		defer s.Close()
		if err := s.View(ctx, func(storage.Tx) error { return nil }); err != nil { // the check
			b.Fatal(err)
		}
		s.Release()
		for b.Loop() {
			if err := s.View(ctx, func(storage.Tx) error { return nil }); err != nil {
				b.Fatal(err)
			}
			s.Release()
		}
	})
	b.Run("Commit", func(b *testing.B) {
		s := storage.OpenBolt(path, storage.BoltOptions{})
		defer s.Close()
		put(s) // the first opening, with its check
		for b.Loop() {
			put(s)
		}
	})
	b.Run("Check", func(b *testing.B) {
		for b.Loop() {
			if err := storage.CheckFile(path); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Read", func(b *testing.B) { // the baseline of Check: reading the file once, in order, a megabyte at a time, as the check reads it
		buf := make([]byte, 1<<20)
		for b.Loop() {
			f, err := os.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			for off := int64(0); ; off += int64(len(buf)) {
				if n, err := f.ReadAt(buf, off); err != nil || n < len(buf) {
					break
				}
			}
			f.Close()
		}
	})
	b.Run("BboltCheck", func(b *testing.B) {
		for b.Loop() {
			db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
			if err != nil {
				b.Fatal(err)
			}
			db.View(func(tx *bolt.Tx) error {
				for err := range tx.Check() {
					b.Fatal(err)
				}
				return nil
			})
			db.Close()
		}
	})
	b.Run("FirstWrite", func(b *testing.B) {
		for b.Loop() {
			s := storage.OpenBolt(path, storage.BoltOptions{})
			put(s)
			s.Close()
		}
	})
}

// BenchmarkListContacts: what Get-MailContact -ResultSize Unlimited
// reads, every contact of a file of benchContacts decoded in one View
// (the records are decoded where they are stored, without a copy).
func BenchmarkListContacts(b *testing.B) {
	s, org := benchStore(b)
	defer s.Close()
	recs := contactRecords(b)
	err := s.Update(ctx, func(tx storage.Tx) error {
		for _, r := range recs {
			var c model.MailContact
			if err := json.Unmarshal(r, &c); err != nil {
				return err
			}
			if err := storage.Put(tx, org.Guid, &c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		err := s.View(ctx, func(tx storage.Tx) error {
			all, err := storage.List[model.MailContact](tx, org.Guid)
			if err == nil && len(all) != benchContacts {
				b.Fatalf("%d contacts, want %d", len(all), benchContacts)
			}
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

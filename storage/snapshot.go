package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/exsh/exsh/model"
	bolt "go.etcd.io/bbolt"
)

// Snapshotter is implemented by stores that copy their whole content
// to a file and put such a copy back: the lab checkpoints
// (Checkpoint-Lab, Restore-Lab). A snapshot is a bbolt database file of
// the current schema, whichever store wrote it.
type Snapshotter interface {
	// Snapshot writes a consistent copy of every record (organizations,
	// objects, messages and their blobs, tracking logs) to w, as one
	// read transaction sees them.
	Snapshot(ctx context.Context, w io.Writer) error
	// Restore replaces every record with those of the snapshot file at
	// path, in one write transaction: afterwards the store holds exactly
	// what it held when the snapshot was taken, byte for byte, or, when
	// it fails, what it held before. The snapshot file is checked as
	// [Bolt] checks a database file, and never written.
	Restore(ctx context.Context, path string) error
	// Load replaces every record with those of m, in one write
	// transaction, as Restore does with a snapshot file: Start-Lab
	// builds a lab's world in memory and loads it.
	Load(ctx context.Context, m *Memory) error
}

var (
	_ Snapshotter = (*Bolt)(nil)
	_ Snapshotter = (*Memory)(nil)
)

// Snapshot implements [Snapshotter] with bbolt's own consistent copy
// of the file (Tx.WriteTo).
func (b *Bolt) Snapshot(ctx context.Context, w io.Writer) error {
	return b.with(ctx, false, func(db *bolt.DB) error {
		return db.View(func(t *bolt.Tx) error {
			_, err := t.WriteTo(w)
			return err
		})
	})
}

// Restore implements [Snapshotter]: every top-level bucket of the file
// is replaced by a copy of the snapshot's, keys, values and bucket
// sequences alike, in one bbolt transaction.
func (b *Bolt) Restore(ctx context.Context, path string) error {
	return readSnapshot(ctx, path, func(src *bolt.Tx) error {
		return b.with(ctx, true, func(db *bolt.DB) error {
			return db.Update(func(dst *bolt.Tx) error {
				var names [][]byte
				err := dst.ForEach(func(name []byte, _ *bolt.Bucket) error {
					names = append(names, bytes.Clone(name))
					return nil
				})
				for _, n := range names {
					if err == nil {
						err = dst.DeleteBucket(n)
					}
				}
				if err != nil {
					return err
				}
				return src.ForEach(func(name []byte, from *bolt.Bucket) error {
					to, err := dst.CreateBucket(name)
					if err != nil {
						return err
					}
					return copyBucket(to, from)
				})
			})
		})
	})
}

// Load implements [Snapshotter]: the objects bucket is replaced by one
// holding m's records, in their creation order, with their identity
// keys.
func (b *Bolt) Load(ctx context.Context, m *Memory) error {
	return m.View(ctx, func(Tx) error {
		return b.with(ctx, true, func(db *bolt.DB) error {
			return db.Update(func(t *bolt.Tx) error {
				if t.Bucket(bucketObjects) != nil {
					if err := t.DeleteBucket(bucketObjects); err != nil {
						return err
					}
				}
				if _, err := t.CreateBucket(bucketObjects); err != nil {
					return err
				}
				return m.copyTo(&boltTx{t: t, path: b.path})
			})
		})
	})
}

// copyTo puts every record of m, in creation order and with its
// identity keys, in tx; the caller holds m.mu.
func (m *Memory) copyTo(tx Tx) error {
	for _, k := range m.keysInOrder() {
		c := m.state[k]
		for _, id := range c.order {
			if err := tx.Put(k.scope, k.kind, id, c.items[id]); err != nil {
				return err
			}
			if err := tx.SetKeys(k.scope, k.kind, id, c.keys[id]); err != nil {
				return err
			}
		}
	}
	return nil
}

// copyBucket copies the keys, values, nested buckets and sequences of
// from into the empty bucket to.
func copyBucket(to, from *bolt.Bucket) error {
	if err := to.SetSequence(from.Sequence()); err != nil {
		return err
	}
	return from.ForEach(func(k, v []byte) error {
		if v != nil {
			return to.Put(k, v)
		}
		nested, err := to.CreateBucket(k)
		if err != nil {
			return err
		}
		return copyBucket(nested, from.Bucket(k))
	})
}

// Snapshot implements [Snapshotter]: the records are written, in their
// creation order and with their identity keys, to a temporary bbolt
// file, whose bytes go to w.
func (m *Memory) Snapshot(ctx context.Context, w io.Writer) error {
	dir, err := os.MkdirTemp("", "exsh-snapshot-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	file := OpenBolt(filepath.Join(dir, "snapshot.db"), BoltOptions{NoSync: true})
	defer file.Close()
	err = m.View(ctx, func(Tx) error {
		return file.Update(ctx, m.copyTo)
	})
	if err != nil {
		return err
	}
	return file.Snapshot(ctx, w)
}

// keysInOrder returns the collections of m in a stable order (scope,
// then kind); the caller holds m.mu.
func (m *Memory) keysInOrder() []collKey {
	keys := make([]collKey, 0, len(m.state))
	for k := range m.state {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b collKey) int {
		if c := bytes.Compare(a.scope[:], b.scope[:]); c != 0 {
			return c
		}
		return bytes.Compare([]byte(a.kind), []byte(b.kind))
	})
	return keys
}

// Restore implements [Snapshotter]: the snapshot's records, in their
// creation order and with their identity keys, become the new state at
// once.
func (m *Memory) Restore(ctx context.Context, path string) error {
	state := map[collKey]*coll{}
	err := readSnapshot(ctx, path, func(t *bolt.Tx) error {
		root := t.Bucket(bucketObjects)
		if root == nil {
			return nil
		}
		return root.ForEachBucket(func(scope []byte) error {
			var sc model.Guid
			if copy(sc[:], scope) != len(sc) {
				return fmt.Errorf("%w: %s: a scope bucket named %x", ErrCorrupt, path, scope)
			}
			return root.Bucket(scope).ForEachBucket(func(kind []byte) error {
				c, err := readColl(root.Bucket(scope).Bucket(kind))
				if err != nil {
					return fmt.Errorf("%w: %s: %v", ErrCorrupt, path, err)
				}
				state[collKey{sc, model.Kind(kind)}] = c
				return nil
			})
		})
	})
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return ErrClosed
	}
	m.state = state
	return nil
}

// Load implements [Snapshotter]: m's records become the new state at
// once (the collections are shared: both stores copy a collection
// before they change it).
func (m *Memory) Load(ctx context.Context, src *Memory) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	src.mu.RLock()
	state := make(map[collKey]*coll, len(src.state))
	for k, c := range src.state {
		state[k] = c
	}
	src.mu.RUnlock()
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return ErrClosed
	}
	m.state = state
	return nil
}

// readColl reads the records of one kind bucket of a bbolt file, in
// creation order, with their folded identity keys.
func readColl(kb *bolt.Bucket) (*coll, error) {
	c := &coll{items: map[model.Guid][]byte{}, keys: map[model.Guid][]string{}}
	items, index := kb.Bucket(bucketItems), kb.Bucket(bucketIndex)
	if items == nil || index == nil {
		return c, nil
	}
	type entry struct {
		id  model.Guid
		seq []byte
	}
	var entries []entry
	err := index.ForEach(func(k, v []byte) error {
		var e entry
		if copy(e.id[:], k) != len(e.id) || len(v) < 8 {
			return fmt.Errorf("a bad index entry %x", k)
		}
		data := items.Get(seqOf(v))
		if data == nil {
			return fmt.Errorf("an index entry %x without its record", k)
		}
		e.seq = bytes.Clone(seqOf(v))
		entries = append(entries, e)
		c.items[e.id] = bytes.Clone(data)
		if ks := keysOf(v); len(ks) > 0 {
			for _, f := range bytes.Split(ks, []byte{0}) {
				c.keys[e.id] = append(c.keys[e.id], string(f))
			}
		}
		return nil
	})
	slices.SortFunc(entries, func(a, b entry) int { return bytes.Compare(a.seq, b.seq) })
	for _, e := range entries {
		c.order = append(c.order, e.id)
	}
	return c, err
}

// readSnapshot runs fn in a read transaction of the snapshot file at
// path, opened read-only and checked as a database file is (see
// [Bolt.verify]); the file must exist and hold exsh's current schema.
func readSnapshot(ctx context.Context, path string, fn func(*bolt.Tx) error) error {
	if err := mustExist(path); err != nil {
		return err
	}
	src := OpenBolt(path, BoltOptions{})
	src.validated = true // read-only: never created, seeded or migrated
	defer src.Close()
	return src.with(ctx, false, func(db *bolt.DB) error {
		return db.View(func(t *bolt.Tx) error {
			switch state, err := readSchema(t); {
			case err != nil:
				return fmt.Errorf("%s: %w", path, err)
			case state != stateCurrent:
				return fmt.Errorf("%w: %s is not a snapshot of this exsh's schema %d", ErrSchema, path, SchemaVersion)
			}
			return fn(t)
		})
	})
}

// mustExist refuses a path that is missing, a directory or an empty
// file, which [Bolt] would create or initialize.
func mustExist(path string) error {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%w: %s", fs.ErrNotExist, path)
	case err != nil:
		return fileError(path, err)
	case st.IsDir():
		return fmt.Errorf("%w: %s", ErrDirectory, path)
	case st.Size() == 0:
		return fmt.Errorf("%w: %s is empty", ErrCorrupt, path)
	}
	return nil
}

// SnapshotFile writes a consistent copy of the database file at path to
// w without writing to it: the file is opened read-only (a shared lock,
// for as long as the copy takes), checked as [Bolt] checks a file, and
// never created, seeded or migrated. A file that another process holds
// for writing for longer than timeout gives [ErrLocked]. The trainer's
// view of the labs reads the students' databases with it.
func SnapshotFile(ctx context.Context, path string, timeout time.Duration, w io.Writer) error {
	if err := mustExist(path); err != nil {
		return err
	}
	src := OpenBolt(path, BoltOptions{LockTimeout: timeout})
	src.validated = true
	defer src.Close()
	return src.with(ctx, false, func(db *bolt.DB) error {
		return db.View(func(t *bolt.Tx) error {
			if _, err := readSchema(t); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			_, err := t.WriteTo(w)
			return err
		})
	})
}

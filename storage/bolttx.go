package storage

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/exsh/exsh/model"
	bolt "go.etcd.io/bbolt"
)

// boltTx implements [Tx] over a bbolt transaction. It remembers the
// kind buckets it opened: opening a nested bucket costs a search per
// level, and one cmdlet looks the same buckets up many times.
//
// Each method that reads the file recovers a panic of bbolt on a
// damaged page (see [Bolt.with]) as its error, a [damageError], and
// keeps it in damage: the transaction then fails (see [Bolt.call]).
type boltTx struct {
	t      *bolt.Tx
	kinds  map[collKey]*bolt.Bucket
	path   string
	damage error
}

// catch turns a panic of bbolt into the method's error *err.
func (x *boltTx) catch(err *error) {
	if r := recover(); r != nil {
		x.damage = &damageError{path: x.path, cause: r}
		*err = x.damage
	}
}

// clone copies a value read from the file. A value longer than the file
// comes from a damaged page; copying it could exhaust memory.
func (x *boltTx) clone(v []byte) []byte { return bytes.Clone(x.sane(v)) }

// sane returns v, a value read from the file, after checking its length
// as clone does.
func (x *boltTx) sane(v []byte) []byte {
	if int64(len(v)) > x.t.Size() {
		panic(fmt.Sprintf("a value of %d bytes is longer than the file", len(v)))
	}
	return v
}

func (x *boltTx) Writable() bool { return x.t.Writable() }

// kindBucket returns the bucket of (scope, kind), or nil when absent.
func (x *boltTx) kindBucket(scope model.Guid, kind model.Kind) *bolt.Bucket {
	if b := x.kinds[collKey{scope, kind}]; b != nil {
		return b
	}
	root := x.t.Bucket(bucketObjects)
	if root == nil {
		return nil
	}
	s := root.Bucket(scope[:])
	if s == nil {
		return nil
	}
	b := s.Bucket([]byte(kind))
	if b != nil {
		if x.kinds == nil {
			x.kinds = map[collKey]*bolt.Bucket{}
		}
		x.kinds[collKey{scope, kind}] = b
	}
	return b
}

// createKindBucket returns the items and index buckets of (scope, kind),
// creating them.
func (x *boltTx) createKindBucket(scope model.Guid, kind model.Kind) (items, index *bolt.Bucket, err error) {
	if !x.t.Writable() {
		return nil, nil, ErrReadOnly
	}
	b, err := x.t.CreateBucketIfNotExists(bucketObjects)
	for _, name := range [][]byte{scope[:], []byte(kind)} {
		if err != nil {
			return nil, nil, err
		}
		b, err = b.CreateBucketIfNotExists(name)
	}
	if err != nil {
		return nil, nil, err
	}
	if items, err = b.CreateBucketIfNotExists(bucketItems); err != nil {
		return nil, nil, err
	}
	index, err = b.CreateBucketIfNotExists(bucketIndex)
	return items, index, err
}

func (x *boltTx) Get(scope model.Guid, kind model.Kind, id model.Guid) (_ []byte, err error) {
	defer x.catch(&err)
	if b := x.kindBucket(scope, kind); b != nil {
		if v := b.Bucket(bucketIndex).Get(id[:]); v != nil {
			return x.clone(b.Bucket(bucketItems).Get(seqOf(v))), nil
		}
	}
	return nil, notFound(kind, id)
}

func (x *boltTx) List(scope model.Guid, kind model.Kind) (_ [][]byte, err error) {
	defer x.catch(&err)
	b := x.kindBucket(scope, kind)
	if b == nil {
		return nil, nil
	}
	items := b.Bucket(bucketItems)
	var out [][]byte
	err = items.ForEach(func(_, v []byte) error {
		out = append(out, x.clone(v))
		return nil
	})
	return out, err
}

func (x *boltTx) Put(scope model.Guid, kind model.Kind, id model.Guid, data []byte) (err error) {
	defer x.catch(&err)
	items, index, err := x.createKindBucket(scope, kind)
	if err != nil {
		return err
	}
	if v := index.Get(id[:]); v != nil {
		return items.Put(bytes.Clone(seqOf(v)), data)
	}
	n, err := items.NextSequence()
	if err != nil {
		return err
	}
	seq := binary.BigEndian.AppendUint64(nil, n)
	if err := index.Put(id[:], seq); err != nil {
		return err
	}
	return items.Put(seq, data)
}

func (x *boltTx) Delete(scope model.Guid, kind model.Kind, id model.Guid) (err error) {
	defer x.catch(&err)
	if !x.t.Writable() {
		return ErrReadOnly
	}
	b := x.kindBucket(scope, kind)
	if b == nil || b.Bucket(bucketIndex).Get(id[:]) == nil {
		return notFound(kind, id)
	}
	v := bytes.Clone(b.Bucket(bucketIndex).Get(id[:]))
	if err := dropKeys(b, id, keysOf(v)); err != nil {
		return err
	}
	if err := b.Bucket(bucketIndex).Delete(id[:]); err != nil {
		return err
	}
	return b.Bucket(bucketItems).Delete(seqOf(v))
}

func (x *boltTx) SetKeys(scope model.Guid, kind model.Kind, id model.Guid, keys []string) (err error) {
	defer x.catch(&err)
	if !x.t.Writable() {
		return ErrReadOnly
	}
	b := x.kindBucket(scope, kind)
	if b == nil || b.Bucket(bucketIndex).Get(id[:]) == nil {
		return notFound(kind, id)
	}
	index := b.Bucket(bucketIndex)
	v := index.Get(id[:])
	name := indexedName(b.Bucket(bucketItems).Get(seqOf(v)))
	list := foldKeys(keys)
	joined := bytes.Join(list, []byte{0})
	if bytes.Equal(keysOf(v), joined) && (len(list) == 0 || bytes.Equal(b.Bucket(bucketKeys).Get(keyEntry(list[0], id)), name)) {
		return nil // unchanged: write nothing
	}
	seq := bytes.Clone(seqOf(v))
	if err := dropKeys(b, id, bytes.Clone(keysOf(v))); err != nil {
		return err
	}
	kb, err := b.CreateBucketIfNotExists(bucketKeys)
	if err != nil {
		return err
	}
	for _, f := range list {
		if err := kb.Put(keyEntry(f, id), name); err != nil {
			return err
		}
	}
	return index.Put(id[:], append(seq, joined...))
}

// maxIndexedName is the longest Name a key entry holds (names are at
// most 64 characters; a longer one is read from its record).
const maxIndexedName = 256

// indexedName returns what the key entries of record rec hold: its
// top-level Name property, or nothing when it has none or a long one.
func indexedName(rec []byte) []byte {
	name, ok := jsonField(rec, nameField)
	if !ok || len(name) > maxIndexedName {
		return nil
	}
	return []byte(name)
}

// An index entry is GUID → the record's 8-byte creation sequence
// followed by its folded identity keys, NUL-separated.

// seqOf returns the creation sequence of index entry v.
func seqOf(v []byte) []byte { return v[:min(len(v), 8)] }

// keysOf returns the joined folded keys of index entry v.
func keysOf(v []byte) []byte {
	if len(v) <= 8 {
		return nil
	}
	return v[8:]
}

// foldKeys returns the distinct non-empty folded keys of keys (a key
// containing a NUL byte can't be indexed and is left out).
func foldKeys(keys []string) [][]byte {
	var list [][]byte
	for _, k := range keys {
		f := []byte(foldKey(k))
		if len(f) == 0 || bytes.IndexByte(f, 0) >= 0 || slices.ContainsFunc(list, func(o []byte) bool { return bytes.Equal(o, f) }) {
			continue
		}
		list = append(list, f)
	}
	return list
}

// keyEntry is the key of one identity key of record id in the keys
// bucket. Its value is the record's Name (see [indexedName]); entries
// written by builds before the name was kept have an empty value.
func keyEntry(folded []byte, id model.Guid) []byte {
	return append(append(append([]byte(nil), folded...), 0), id[:]...)
}

// dropKeys removes the key entries of record id, whose joined folded
// keys are old, from kind bucket b.
func dropKeys(b *bolt.Bucket, id model.Guid, old []byte) error {
	kb := b.Bucket(bucketKeys)
	if kb == nil || len(old) == 0 {
		return nil
	}
	for _, f := range bytes.Split(old, []byte{0}) {
		if err := kb.Delete(keyEntry(f, id)); err != nil {
			return err
		}
	}
	return nil
}

func (x *boltTx) Lookup(scope model.Guid, kind model.Kind, key string) (_ []model.Guid, err error) {
	defer x.catch(&err)
	b := x.kindBucket(scope, kind)
	if b == nil || b.Bucket(bucketKeys) == nil || key == "" {
		return nil, nil
	}
	prefix := append([]byte(foldKey(key)), 0)
	index := b.Bucket(bucketIndex)
	type hit struct {
		id  model.Guid
		seq []byte
	}
	var hits []hit
	c := b.Bucket(bucketKeys).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		var h hit
		if copy(h.id[:], k[len(prefix):]) != len(h.id) {
			continue
		}
		h.seq = seqOf(index.Get(h.id[:]))
		hits = append(hits, h)
	}
	slices.SortFunc(hits, func(a, b hit) int { return bytes.Compare(a.seq, b.seq) })
	out := make([]model.Guid, len(hits))
	for i, h := range hits {
		out[i] = h.id
	}
	return out, nil
}

func (x *boltTx) DropScope(scope model.Guid) (err error) {
	defer x.catch(&err)
	if !x.t.Writable() {
		return ErrReadOnly
	}
	root := x.t.Bucket(bucketObjects)
	if root == nil || root.Bucket(scope[:]) == nil {
		return nil
	}
	clear(x.kinds)
	return root.DeleteBucket(scope[:])
}

func (x *boltTx) Keys(scope model.Guid, kind model.Kind, from string, fn func(string, string, model.Guid) string) (err error) {
	defer x.catch(&err)
	b := x.kindBucket(scope, kind)
	if b == nil || b.Bucket(bucketKeys) == nil {
		return nil
	}
	c := b.Bucket(bucketKeys).Cursor()
	for k, v := c.Seek([]byte(foldKey(from))); k != nil; {
		sep := bytes.IndexByte(k, 0)
		var id model.Guid
		if sep < 0 || copy(id[:], k[sep+1:]) != len(id) {
			k, v = c.Next()
			continue
		}
		key := string(k[:sep])
		switch next := fn(key, string(x.sane(v)), id); {
		case next == StopKeys:
			return nil
		case next > key:
			k, v = c.Seek([]byte(next))
		default:
			k, v = c.Next()
		}
	}
	return nil
}

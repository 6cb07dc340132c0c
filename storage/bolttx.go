package storage

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/exsh/exsh/model"
	bolt "go.etcd.io/bbolt"
)

// boltTx implements [Tx] over a bbolt transaction. It remembers the
// kind buckets it opened, with their items and index buckets: opening a
// nested bucket costs a search per level (and, in a read-only bbolt
// transaction, a new Bucket each time), and one cmdlet looks the same
// buckets up many times.
//
// Each method that reads the file recovers a panic of bbolt on a
// damaged page (see [Bolt.with]) as its error, a [damageError], and
// keeps it in damage: the transaction then fails (see [Bolt.call]).
type boltTx struct {
	t      *bolt.Tx
	kinds  map[collKey]*kindBuckets
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

// sane returns v, a value read from the file, after checking its
// length: a value longer than the file comes from a damaged page, and
// copying it could exhaust memory.
func (x *boltTx) sane(v []byte) []byte {
	if int64(len(v)) > x.t.Size() {
		panic(fmt.Sprintf("a value of %d bytes is longer than the file", len(v)))
	}
	return v
}

func (x *boltTx) Writable() bool { return x.t.Writable() }

// kindBuckets are the bucket of one (scope, kind) and its items, index
// and keys buckets (nil when absent: keys in a kind none of whose
// records has keys yet, the others in a damaged file).
type kindBuckets struct {
	kind, items, index, keys *bolt.Bucket
}

// kindOf returns the buckets of (scope, kind), or nil when absent.
func (x *boltTx) kindOf(scope model.Guid, kind model.Kind) *kindBuckets {
	if k := x.kinds[collKey{scope, kind}]; k != nil {
		return k
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
	if b == nil {
		return nil
	}
	if x.kinds == nil {
		x.kinds = map[collKey]*kindBuckets{}
	}
	k := &kindBuckets{kind: b, items: b.Bucket(bucketItems), index: b.Bucket(bucketIndex), keys: b.Bucket(bucketKeys)}
	x.kinds[collKey{scope, kind}] = k
	return k
}

// createKindBucket returns the items and index buckets of (scope, kind),
// creating them.
func (x *boltTx) createKindBucket(scope model.Guid, kind model.Kind) (items, index *bolt.Bucket, err error) {
	if !x.t.Writable() {
		return nil, nil, ErrReadOnly
	}
	if k := x.kindOf(scope, kind); k != nil && k.items != nil && k.index != nil {
		return k.items, k.index, nil
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
	if index, err = b.CreateBucketIfNotExists(bucketIndex); err != nil {
		return nil, nil, err
	}
	if x.kinds == nil {
		x.kinds = map[collKey]*kindBuckets{}
	}
	x.kinds[collKey{scope, kind}] = &kindBuckets{kind: b, items: items, index: index, keys: b.Bucket(bucketKeys)}
	return items, index, nil
}

func (x *boltTx) Get(scope model.Guid, kind model.Kind, id model.Guid) (out []byte, err error) {
	err = x.record(scope, kind, id, func(rec []byte) error {
		out = bytes.Clone(rec)
		return nil
	})
	return out, err
}

// record implements [inPlace].
func (x *boltTx) record(scope model.Guid, kind model.Kind, id model.Guid, fn func(rec []byte) error) (err error) {
	defer x.catch(&err)
	if k := x.kindOf(scope, kind); k != nil {
		if v := k.index.Get(id[:]); v != nil {
			return fn(x.sane(k.items.Get(seqOf(v))))
		}
	}
	return notFound(kind, id)
}

func (x *boltTx) List(scope model.Guid, kind model.Kind) (out [][]byte, err error) {
	err = x.each(scope, kind, func(rec []byte) error {
		out = append(out, bytes.Clone(rec))
		return nil
	})
	return out, err
}

// each implements [inPlace].
func (x *boltTx) each(scope model.Guid, kind model.Kind, fn func(rec []byte) error) (err error) {
	defer x.catch(&err)
	k := x.kindOf(scope, kind)
	if k == nil {
		return nil
	}
	return k.items.ForEach(func(_, v []byte) error { return fn(x.sane(v)) })
}

func (x *boltTx) Put(scope model.Guid, kind model.Kind, id model.Guid, data []byte) (err error) {
	defer x.catch(&err)
	_, _, err = x.put(scope, kind, id, data)
	return err
}

// put stores data as the record of id and returns its index entry as it
// was (nil for a new record) and the record's creation sequence.
func (x *boltTx) put(scope model.Guid, kind model.Kind, id model.Guid, data []byte) (old, seq []byte, err error) {
	items, index, err := x.createKindBucket(scope, kind)
	if err != nil {
		return nil, nil, err
	}
	if v := index.Get(id[:]); v != nil {
		old = bytes.Clone(v)
		return old, seqOf(old), items.Put(seqOf(old), data)
	}
	n, err := items.NextSequence()
	if err != nil {
		return nil, nil, err
	}
	seq = binary.BigEndian.AppendUint64(nil, n)
	if err := index.Put(id[:], seq); err != nil {
		return nil, nil, err
	}
	return nil, seq, items.Put(seq, data)
}

// putIndexed implements [indexedPutter]: [Tx.Put] and then [Tx.SetKeys]
// with a third of the searches, as the index entry is read once and the
// Name comes from data.
func (x *boltTx) putIndexed(scope model.Guid, kind model.Kind, id model.Guid, data []byte, keys []string) (err error) {
	defer x.catch(&err)
	old, seq, err := x.put(scope, kind, id, data)
	if err != nil {
		return err
	}
	if old == nil {
		old = seq // a new record: its entry holds no keys yet
	}
	return x.writeKeys(x.kindOf(scope, kind), id, old, indexedName(data), keys)
}

func (x *boltTx) Delete(scope model.Guid, kind model.Kind, id model.Guid) (err error) {
	defer x.catch(&err)
	if !x.t.Writable() {
		return ErrReadOnly
	}
	k := x.kindOf(scope, kind)
	if k == nil || k.index.Get(id[:]) == nil {
		return notFound(kind, id)
	}
	v := bytes.Clone(k.index.Get(id[:]))
	if err := dropKeys(k.keys, id, keysOf(v)); err != nil {
		return err
	}
	if err := k.index.Delete(id[:]); err != nil {
		return err
	}
	return k.items.Delete(seqOf(v))
}

func (x *boltTx) SetKeys(scope model.Guid, kind model.Kind, id model.Guid, keys []string) (err error) {
	defer x.catch(&err)
	if !x.t.Writable() {
		return ErrReadOnly
	}
	k := x.kindOf(scope, kind)
	if k == nil || k.index.Get(id[:]) == nil {
		return notFound(kind, id)
	}
	v := k.index.Get(id[:])
	return x.writeKeys(k, id, bytes.Clone(v), indexedName(k.items.Get(seqOf(v))), keys)
}

// writeKeys replaces the identity keys of record id, whose index entry
// is v (a copy), with keys, each entry holding name (see [Tx.SetKeys]).
func (x *boltTx) writeKeys(k *kindBuckets, id model.Guid, v, name []byte, keys []string) error {
	list, joined := foldKeys(keys)
	if bytes.Equal(keysOf(v), joined) && (len(list) == 0 || bytes.Equal(k.keys.Get(keyEntry(list[0], id)), name)) {
		return nil // unchanged: write nothing
	}
	if err := dropKeys(k.keys, id, keysOf(v)); err != nil {
		return err
	}
	if k.keys == nil {
		kb, err := k.kind.CreateBucketIfNotExists(bucketKeys)
		if err != nil {
			return err
		}
		k.keys = kb
	}
	for _, f := range list {
		if err := k.keys.Put(keyEntry(f, id), name); err != nil {
			return err
		}
	}
	return k.index.Put(id[:], append(bytes.Clone(seqOf(v)), joined...))
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
// containing a NUL byte can't be indexed and is left out), and them
// joined by NUL bytes as an index entry holds them; the keys are slices
// of joined. A Set- of 10,000 objects folds the keys of each.
func foldKeys(keys []string) (list [][]byte, joined []byte) {
	type span struct{ from, to int }
	spans := make([]span, 0, 8)
	for _, k := range keys {
		from := len(joined)
		if from > 0 {
			joined = append(joined, 0)
			from++
		}
		joined = appendFolded(joined, k)
		f := joined[from:]
		if len(f) == 0 || bytes.IndexByte(f, 0) >= 0 || slices.ContainsFunc(spans, func(o span) bool { return bytes.Equal(joined[o.from:o.to], f) }) {
			joined = joined[:max(from-1, 0)]
			continue
		}
		spans = append(spans, span{from, len(joined)})
	}
	list = make([][]byte, len(spans))
	for i, sp := range spans {
		list[i] = joined[sp.from:sp.to:sp.to]
	}
	return list, joined
}

// appendFolded appends [foldKey](k) to b.
func appendFolded(b []byte, k string) []byte {
	for i := 0; i < len(k); i++ {
		if k[i] >= utf8.RuneSelf {
			return append(b, foldKey(k)...)
		}
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// keyEntry is the key of one identity key of record id in the keys
// bucket. Its value is the record's Name (see [indexedName]); entries
// written by builds before the name was kept have an empty value.
func keyEntry(folded []byte, id model.Guid) []byte {
	return append(append(append([]byte(nil), folded...), 0), id[:]...)
}

// dropKeys removes the key entries of record id, whose joined folded
// keys are old, from keys bucket kb (nil when there is none).
func dropKeys(kb *bolt.Bucket, id model.Guid, old []byte) error {
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
	kbs := x.kindOf(scope, kind)
	if kbs == nil || key == "" {
		return nil, nil
	}
	kb := kbs.keys
	if kb == nil {
		return nil, nil
	}
	index := kbs.index
	prefix := append([]byte(foldKey(key)), 0)
	type hit struct {
		id  model.Guid
		seq []byte
	}
	var hits []hit
	c := kb.Cursor()
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
	kbs := x.kindOf(scope, kind)
	if kbs == nil || kbs.keys == nil {
		return nil
	}
	c := kbs.keys.Cursor()
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

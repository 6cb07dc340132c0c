package storage

import (
	"bytes"
	"encoding/binary"

	"github.com/exsh/exsh/model"
	bolt "go.etcd.io/bbolt"
)

// boltTx implements [Tx] over a bbolt transaction.
type boltTx struct{ t *bolt.Tx }

func (x *boltTx) Writable() bool { return x.t.Writable() }

// kindBucket returns the bucket of (scope, kind), or nil when absent.
func (x *boltTx) kindBucket(scope model.Guid, kind model.Kind) *bolt.Bucket {
	root := x.t.Bucket(bucketObjects)
	if root == nil {
		return nil
	}
	s := root.Bucket(scope[:])
	if s == nil {
		return nil
	}
	return s.Bucket([]byte(kind))
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

func (x *boltTx) Get(scope model.Guid, kind model.Kind, id model.Guid) ([]byte, error) {
	if b := x.kindBucket(scope, kind); b != nil {
		if seq := b.Bucket(bucketIndex).Get(id[:]); seq != nil {
			return bytes.Clone(b.Bucket(bucketItems).Get(seq)), nil
		}
	}
	return nil, notFound(kind, id)
}

func (x *boltTx) List(scope model.Guid, kind model.Kind) ([][]byte, error) {
	b := x.kindBucket(scope, kind)
	if b == nil {
		return nil, nil
	}
	items := b.Bucket(bucketItems)
	var out [][]byte
	err := items.ForEach(func(_, v []byte) error {
		out = append(out, bytes.Clone(v))
		return nil
	})
	return out, err
}

func (x *boltTx) Put(scope model.Guid, kind model.Kind, id model.Guid, data []byte) error {
	items, index, err := x.createKindBucket(scope, kind)
	if err != nil {
		return err
	}
	if seq := index.Get(id[:]); seq != nil {
		return items.Put(bytes.Clone(seq), data)
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

func (x *boltTx) Delete(scope model.Guid, kind model.Kind, id model.Guid) error {
	if !x.t.Writable() {
		return ErrReadOnly
	}
	b := x.kindBucket(scope, kind)
	if b == nil || b.Bucket(bucketIndex).Get(id[:]) == nil {
		return notFound(kind, id)
	}
	seq := bytes.Clone(b.Bucket(bucketIndex).Get(id[:]))
	if err := b.Bucket(bucketIndex).Delete(id[:]); err != nil {
		return err
	}
	return b.Bucket(bucketItems).Delete(seq)
}

func (x *boltTx) DropScope(scope model.Guid) error {
	if !x.t.Writable() {
		return ErrReadOnly
	}
	root := x.t.Bucket(bucketObjects)
	if root == nil || root.Bucket(scope[:]) == nil {
		return nil
	}
	return root.DeleteBucket(scope[:])
}

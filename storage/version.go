package storage

import (
	"encoding/json"
	"hash/maphash"

	"github.com/exsh/exsh/model"
)

// Version is the stored state of one object at one read: the length and
// a 64-bit hash of its record. Two versions of an object are equal when
// it was not written in between, and unequal when it was, but for a
// chance of 2^-64 (the hash's seed is random in each process); compare
// them with ==. A Set- fed 10,000 objects keeps one Version for each, so
// it holds no copy of the record.
type Version struct {
	n   int // the record's length + 1; 0 for no version
	sum uint64
}

// versionSeed seeds the hashes of [Version].
var versionSeed = maphash.MakeSeed()

// versionOf returns the version of record rec.
func versionOf(rec []byte) Version {
	var h maphash.Hash
	h.SetSeed(versionSeed)
	_, _ = h.Write(rec)
	_ = h.WriteByte('\n') // as json.Encoder ends a value, see Holds
	return Version{n: len(rec) + 1, sum: h.Sum64()}
}

// VersionOf returns the stored version of obj (found by its kind and
// GUID) in organization org.
func VersionOf(tx Tx, org model.Guid, obj model.Object) (v Version, err error) {
	err = withRecord(tx, org, obj.Kind(), obj.ObjectGuid(), func(rec []byte) error {
		v = versionOf(rec)
		return nil
	})
	return v, err
}

// Current reports whether obj (found by its kind and GUID) is still
// stored as in version v in organization org: nothing wrote it since.
// It is VersionOf(tx, org, obj) == v.
func (v Version) Current(tx Tx, org model.Guid, obj model.Object) (bool, error) {
	now, err := VersionOf(tx, org, obj)
	return now == v, err
}

// Holds reports whether obj is, property for property, the object stored
// in version v: an object read in v and not changed since. Its encoding
// is hashed as it is made, without keeping a copy.
func (v Version) Holds(obj model.Object) bool {
	h := &versionHash{}
	h.SetSeed(versionSeed)
	return v.n > 0 && json.NewEncoder(h).Encode(obj) == nil && h.n == v.n && h.Sum64() == v.sum
}

// versionHash is the writer of [Version.Holds]: it hashes and counts
// what json.Encoder writes (the encoding and a newline).
type versionHash struct {
	maphash.Hash
	n int
}

// Write implements io.Writer.
func (h *versionHash) Write(p []byte) (int, error) {
	h.n += len(p)
	return h.Hash.Write(p)
}

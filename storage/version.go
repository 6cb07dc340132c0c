package storage

import (
	"encoding/json"
	"errors"

	"github.com/exsh/exsh/model"
)

// Version is the stored state of one object at one read. Two versions of
// an object are equal exactly when it was not written in between; compare
// them with ==.
type Version struct{ rec string }

// VersionOf returns the stored version of obj (found by its kind and
// GUID) in organization org.
func VersionOf(tx Tx, org model.Guid, obj model.Object) (v Version, err error) {
	err = withRecord(tx, org, obj.Kind(), obj.ObjectGuid(), func(rec []byte) error {
		v.rec = string(rec)
		return nil
	})
	return v, err
}

// Current reports whether obj (found by its kind and GUID) is still
// stored as in version v in organization org: nothing wrote it since.
// It is VersionOf(tx, org, obj) == v without a copy of the record.
func (v Version) Current(tx Tx, org model.Guid, obj model.Object) (bool, error) {
	same := false
	err := withRecord(tx, org, obj.Kind(), obj.ObjectGuid(), func(rec []byte) error {
		same = string(rec) == v.rec
		return nil
	})
	return same, err
}

// Holds reports whether obj is, property for property, the object stored
// in version v: an object read in v and not changed since. Its encoding
// is compared with the record as it is made, without keeping a copy.
func (v Version) Holds(obj model.Object) bool {
	c := &comparer{rest: v.rec}
	return json.NewEncoder(c).Encode(obj) == nil && c.rest == ""
}

// errDiffers stops an encoding that differs from the record.
var errDiffers = errors.New("storage: the object differs from its record")

// comparer is the writer of [Version.Holds]: what is written must be
// the start of rest, which it drops; the newline json.Encoder ends a
// value with matches the end of rest.
type comparer struct{ rest string }

// Write implements io.Writer.
func (c *comparer) Write(p []byte) (int, error) {
	n := len(p)
	if n > 0 && n == len(c.rest)+1 && p[n-1] == '\n' {
		p = p[:n-1]
	}
	if len(p) > len(c.rest) || string(p) != c.rest[:len(p)] {
		return 0, errDiffers
	}
	c.rest = c.rest[len(p):]
	return n, nil
}

package storage

import (
	"encoding/json"

	"github.com/exsh/exsh/model"
)

// Version is the stored state of one object at one read. Two versions of
// an object are equal exactly when it was not written in between; compare
// them with ==.
type Version struct{ rec string }

// VersionOf returns the stored version of obj (found by its kind and
// GUID) in organization org.
func VersionOf(tx Tx, org model.Guid, obj model.Object) (Version, error) {
	rec, err := tx.Get(org, obj.Kind(), obj.ObjectGuid())
	return Version{string(rec)}, err
}

// Holds reports whether obj is, property for property, the object stored
// in version v: an object read in v and not changed since.
func (v Version) Holds(obj model.Object) bool {
	rec, err := json.Marshal(obj)
	return err == nil && string(rec) == v.rec
}

package storage

import (
	"errors"

	"github.com/exsh/exsh/model"
)

// PutBlob stores data beside obj under name as raw bytes, outside obj's
// JSON record: a large payload (the MIME of a message) then costs no
// base64 and no JSON scanning when the object is read or written. The
// blob goes with obj's scope (DropScope removes it); DeleteBlob removes
// it alone. A nil data stores nothing.
func PutBlob(tx Tx, org model.Guid, obj model.Object, name string, data []byte) error {
	if data == nil {
		return nil
	}
	return tx.Put(org, blobKind(obj, name), obj.ObjectGuid(), data)
}

// Blob returns the data stored beside obj under name, or nil when there
// is none.
func Blob(tx Tx, org model.Guid, obj model.Object, name string) ([]byte, error) {
	b, err := tx.Get(org, blobKind(obj, name), obj.ObjectGuid())
	if errors.Is(err, model.ErrNotFound) {
		return nil, nil
	}
	return b, err
}

// DeleteBlob removes the data stored beside obj under name, if any.
func DeleteBlob(tx Tx, org model.Guid, obj model.Object, name string) error {
	err := tx.Delete(org, blobKind(obj, name), obj.ObjectGuid())
	if errors.Is(err, model.ErrNotFound) {
		return nil
	}
	return err
}

// blobKind is the kind blobs named name of obj's kind are kept under.
func blobKind(obj model.Object, name string) model.Kind {
	return obj.Kind() + "." + model.Kind(name)
}

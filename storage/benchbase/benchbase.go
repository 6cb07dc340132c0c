// Package benchbase holds what the bbolt baselines of .ci/bench share:
// the bare programs under it (read, write, rewrite) do with nothing but
// bbolt and encoding/json what an exsh command does, on the same file, so
// that .ci/bench can time exsh against them (internal/benchbase/pairs
// runs the pairs). They live under storage because only storage may
// import bbolt (internal/fence).
//
// The programs read and write exsh's own bbolt layout (see package
// storage): bucket "objects", then the scope (an organization's GUID),
// then the kind, then its "items" bucket of sequence → JSON record. They
// skip everything else exsh does: the file check, the identity index, the
// leases.
package benchbase

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/exsh/exsh/model"
	bolt "go.etcd.io/bbolt"
)

// Items returns the items bucket of kind in the first organization of
// the file, and that organization, or an error when the file has none.
func Items(tx *bolt.Tx, kind model.Kind) (*bolt.Bucket, *model.Organization, error) {
	objects := tx.Bucket([]byte("objects"))
	if objects == nil {
		return nil, nil, errors.New("not an exsh file: no objects bucket")
	}
	orgs := bucket(objects, model.NilGuid[:], []byte(model.KindOrganization), []byte("items"))
	if orgs == nil {
		return nil, nil, errors.New("no organization")
	}
	_, v := orgs.Cursor().First()
	org := new(model.Organization)
	if err := json.Unmarshal(v, org); err != nil {
		return nil, nil, fmt.Errorf("organization record: %w", err)
	}
	items := bucket(objects, org.Guid[:], []byte(kind), []byte("items"))
	if items == nil && tx.Writable() {
		b, err := objects.CreateBucketIfNotExists(org.Guid[:])
		for _, name := range [][]byte{[]byte(kind), []byte("items")} {
			if err == nil {
				b, err = b.CreateBucketIfNotExists(name)
			}
		}
		return b, org, err
	}
	if items == nil {
		return nil, nil, fmt.Errorf("no %s in organization %s", kind, org.Name)
	}
	return items, org, nil
}

// bucket returns the bucket reached by names under b, or nil.
func bucket(b *bolt.Bucket, names ...[]byte) *bolt.Bucket {
	for _, n := range names {
		if b == nil {
			return nil
		}
		b = b.Bucket(n)
	}
	return b
}

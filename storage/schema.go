package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/exsh/exsh/model"
	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the schema version this build writes. Version 2
// added the identity-key index ([Tx.Lookup]); version 3 keeps each
// record's keys in its index entry instead of a bucket of their own.
const SchemaVersion = 3

// migrations[v] upgrades a file from version v to v+1. Version 0 is the
// pre-release layout: an "exsh" bucket without a schema key, objects
// stored flat under "orgs"; it is migrated by dropping that bucket (it
// held no data worth keeping) and creating the version-1 layout.
var migrations = map[int]func(*bolt.Tx) error{
	0: migrateV0,
	1: reindex,
	2: reindex,
}

type schemaState int

const (
	stateCurrent schemaState = iota + 1
	stateEmpty               // no buckets at all: initialize and seed
	stateOld                 // an older exsh schema: migrate
)

// readSchema classifies an open file.
func readSchema(t *bolt.Tx) (schemaState, error) {
	meta := t.Bucket(bucketMeta)
	if meta == nil {
		if empty(t) {
			return stateEmpty, nil
		}
		return 0, fmt.Errorf("%w: no %q bucket", ErrForeign, bucketMeta)
	}
	v, err := schemaOf(meta)
	switch {
	case err != nil:
		return 0, err
	case v > SchemaVersion:
		return 0, fmt.Errorf("%w: file has schema %d, this exsh supports up to %d", ErrSchema, v, SchemaVersion)
	case v < SchemaVersion:
		return stateOld, nil
	}
	return stateCurrent, nil
}

// empty reports whether t has no top-level buckets.
func empty(t *bolt.Tx) bool {
	k, _ := t.Cursor().First()
	return k == nil
}

// schemaOf reads the version; a missing key is version 0.
func schemaOf(meta *bolt.Bucket) (int, error) {
	raw := meta.Get(keySchema)
	if raw == nil {
		return 0, nil
	}
	v, err := strconv.Atoi(string(raw))
	if err != nil {
		return 0, fmt.Errorf("%w: bad schema version %q", ErrCorrupt, raw)
	}
	return v, nil
}

// upgrade brings the file to [SchemaVersion]: initialize and seed an
// empty file, or run the migrations of an older one.
func (b *Bolt) upgrade(t *bolt.Tx) error {
	state, err := readSchema(t)
	if err != nil || state == stateCurrent {
		return err
	}
	if state == stateEmpty {
		return b.create(t)
	}
	v, _ := schemaOf(t.Bucket(bucketMeta))
	for ; v < SchemaVersion; v++ {
		m, ok := migrations[v]
		if !ok {
			return fmt.Errorf("%w: no migration from schema %d", ErrSchema, v)
		}
		if err := m(t); err != nil {
			return fmt.Errorf("migrating schema %d: %w", v, err)
		}
		if err := setSchema(t, v+1); err != nil {
			return err
		}
	}
	return nil
}

// create writes the current layout and runs the seed.
func (b *Bolt) create(t *bolt.Tx) error {
	if _, err := t.CreateBucketIfNotExists(bucketObjects); err != nil {
		return err
	}
	if err := setSchema(t, SchemaVersion); err != nil {
		return err
	}
	if b.opts.Seed == nil {
		return nil
	}
	return b.call(t, b.opts.Seed)
}

func setSchema(t *bolt.Tx, v int) error {
	meta, err := t.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	return meta.Put(keySchema, []byte(strconv.Itoa(v)))
}

// migrateV0 replaces the version-0 layout with the version-1 layout.
func migrateV0(t *bolt.Tx) error {
	if t.Bucket([]byte("orgs")) != nil {
		if err := t.DeleteBucket([]byte("orgs")); err != nil {
			return err
		}
	}
	_, err := t.CreateBucketIfNotExists(bucketObjects)
	return err
}

// kindTypes makes an empty object of each stored kind, to decode records.
var kindTypes = map[model.Kind]func() model.Object{
	model.KindOrganization:    func() model.Object { return new(model.Organization) },
	model.KindRemoteDomain:    func() model.Object { return new(model.RemoteDomain) },
	model.KindAcceptedDomain:  func() model.Object { return new(model.AcceptedDomain) },
	model.KindMailUser:        func() model.Object { return new(model.MailUser) },
	model.KindMailContact:     func() model.Object { return new(model.MailContact) },
	model.KindMailbox:         func() model.Object { return new(model.Mailbox) },
	model.KindOutlookContact:  func() model.Object { return new(model.OutlookContact) },
	model.KindSendConnector:   func() model.Object { return new(model.SendConnector) },
	model.KindTransportConfig: func() model.Object { return new(model.TransportConfig) },
	model.KindExchangeServer:  func() model.Object { return new(model.ExchangeServer) },
}

// reindex rebuilds the identity-key index of every stored record: it
// drops the index buckets of versions 2 ("keys", "keysof") and indexes
// each record again.
func reindex(t *bolt.Tx) error {
	root := t.Bucket(bucketObjects)
	if root == nil {
		return nil
	}
	x := &boltTx{t: t}
	return root.ForEachBucket(func(scope []byte) error {
		var sc model.Guid
		copy(sc[:], scope)
		return root.Bucket(scope).ForEachBucket(func(kind []byte) error {
			kb := root.Bucket(scope).Bucket(kind)
			for _, name := range [][]byte{bucketKeys, []byte("keysof")} {
				if kb.Bucket(name) != nil {
					if err := kb.DeleteBucket(name); err != nil {
						return err
					}
				}
			}
			return indexKind(x, sc, model.Kind(kind))
		})
	})
}

// indexKind sets the identity keys of every record of (scope, kind).
func indexKind(x *boltTx, scope model.Guid, kind model.Kind) error {
	mk, ok := kindTypes[kind]
	if !ok {
		return fmt.Errorf("%w: unknown kind %q", ErrCorrupt, kind)
	}
	recs, err := x.List(scope, kind)
	if err != nil {
		return err
	}
	index := x.kindOf(scope, kind).index
	for _, r := range recs {
		o := mk()
		if err := json.Unmarshal(r, o); err != nil {
			return fmt.Errorf("%w: %s record: %v", ErrCorrupt, kind, err)
		}
		id := o.ObjectGuid()
		if v := index.Get(id[:]); len(v) > 8 {
			if err := index.Put(id[:], bytes.Clone(seqOf(v))); err != nil {
				return err
			}
		}
		if err := x.SetKeys(scope, kind, id, indexKeys(o)); err != nil {
			return err
		}
	}
	return nil
}

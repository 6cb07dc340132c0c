package transport

import (
	"encoding/json"
	"fmt"
	"sync"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// Every trip reads the routing objects of every organization and the
// recipients of the sending one, which hardly change between two sends;
// decoding them took a fifth of a send. The records read through
// [listShared] and [getShared] are decoded once and the objects shared
// for as long as the records stay the same, byte for byte: the bytes are
// the key, so a record that a cmdlet changed between two sends is a new
// key and is decoded afresh. Shared objects are read only: the transport
// never changes an object it routes with (it stores new ones).

// objPtr constrains a type parameter to a pointer to a model object
// type, as storage's typed helpers do.
type objPtr[T any] interface {
	*T
	model.Object
}

// maxSharedBytes bounds the records the cache keeps; past it the cache
// starts again empty.
const maxSharedBytes = 8 << 20

// shared are decoded records by kind and bytes.
var shared struct {
	sync.Mutex
	objs  map[model.Kind]map[string]model.Object
	bytes int
}

// listShared is storage.List with the objects decoded once for all
// trips (read only).
func listShared[T any, P objPtr[T]](tx storage.Tx, org model.Guid) ([]P, error) {
	recs, err := tx.List(org, P(nil).Kind())
	if err != nil {
		return nil, err
	}
	out := make([]P, len(recs))
	for i, rec := range recs {
		if out[i], err = decodeShared[T, P](rec); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// getShared is storage.Get with the object decoded once for all trips
// (read only).
func getShared[T any, P objPtr[T]](tx storage.Tx, org, id model.Guid) (P, error) {
	rec, err := tx.Get(org, P(nil).Kind(), id)
	if err != nil {
		return nil, err
	}
	return decodeShared[T, P](rec)
}

// decodeShared returns the object record rec holds, decoding it when no
// trip has yet.
func decodeShared[T any, P objPtr[T]](rec []byte) (P, error) {
	kind := P(nil).Kind()
	shared.Lock()
	obj, ok := shared.objs[kind][string(rec)]
	shared.Unlock()
	if ok {
		return obj.(P), nil
	}
	p := P(new(T))
	if err := json.Unmarshal(rec, p); err != nil {
		return nil, fmt.Errorf("%w: %s record: %v", storage.ErrCorrupt, kind, err)
	}
	shared.Lock()
	defer shared.Unlock()
	if shared.objs == nil || shared.bytes+len(rec) > maxSharedBytes {
		shared.objs, shared.bytes = map[model.Kind]map[string]model.Object{}, 0
	}
	if shared.objs[kind] == nil {
		shared.objs[kind] = map[string]model.Object{}
	}
	shared.objs[kind][string(rec)] = p
	shared.bytes += len(rec)
	return p, nil
}

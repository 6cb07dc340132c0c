package storage

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/exsh/exsh/model"
)

// Memory is an in-memory [Store] for tests. Updates are serialized and
// copy-on-write per (scope, kind) collection, so a failed Update leaves
// no trace.
type Memory struct {
	mu     sync.RWMutex
	state  map[collKey]*coll
	closed bool
}

type collKey struct {
	scope model.Guid
	kind  model.Kind
}

// coll is one collection: records in creation order and the folded
// identity keys of each.
type coll struct {
	order []model.Guid
	items map[model.Guid][]byte
	keys  map[model.Guid][]string
}

func (c *coll) clone() *coll {
	n := &coll{order: slices.Clone(c.order), items: make(map[model.Guid][]byte, len(c.items)), keys: make(map[model.Guid][]string, len(c.keys))}
	for k, v := range c.items {
		n.items[k] = v
	}
	for k, v := range c.keys {
		n.keys[k] = v
	}
	return n
}

// NewMemory returns an empty Memory store, filled by seed when seed is
// not nil.
func NewMemory(seed SeedFunc) (*Memory, error) {
	m := &Memory{state: map[collKey]*coll{}}
	if seed != nil {
		if err := m.Update(context.Background(), func(tx Tx) error { return seed(tx) }); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// View implements [Store].
func (m *Memory) View(ctx context.Context, fn func(Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	if m.closed {
		return ErrClosed
	}
	return fn(&memTx{base: m.state})
}

// Update implements [Store].
func (m *Memory) Update(ctx context.Context, fn func(Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return ErrClosed
	}
	tx := &memTx{base: m.state, dirty: map[collKey]*coll{}, writable: true}
	if err := fn(tx); err != nil {
		return err
	}
	m.state = tx.commit()
	return nil
}

// Release implements [Store]; it does nothing.
func (m *Memory) Release() error { return nil }

// Close implements [Store].
func (m *Memory) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed = true
	return nil
}

// memTx reads base overlaid by dirty; a nil dirty entry is a dropped
// collection.
type memTx struct {
	base     map[collKey]*coll
	dirty    map[collKey]*coll
	writable bool
}

func (t *memTx) Writable() bool { return t.writable }

func (t *memTx) read(k collKey) *coll {
	if c, ok := t.dirty[k]; ok {
		return c
	}
	return t.base[k]
}

func (t *memTx) write(k collKey) (*coll, error) {
	if !t.writable {
		return nil, ErrReadOnly
	}
	if c := t.dirty[k]; c != nil {
		return c, nil
	}
	c := &coll{items: map[model.Guid][]byte{}, keys: map[model.Guid][]string{}}
	if b := t.read(k); b != nil {
		c = b.clone()
	}
	t.dirty[k] = c
	return c, nil
}

func (t *memTx) Get(scope model.Guid, kind model.Kind, id model.Guid) (out []byte, err error) {
	err = t.record(scope, kind, id, func(rec []byte) error {
		out = bytes.Clone(rec)
		return nil
	})
	return out, err
}

// record implements [inPlace]: a stored record is never changed, only
// replaced (Put stores a copy), so fn may read it where it is.
func (t *memTx) record(scope model.Guid, kind model.Kind, id model.Guid, fn func(rec []byte) error) error {
	if c := t.read(collKey{scope, kind}); c != nil {
		if v, ok := c.items[id]; ok {
			return fn(v)
		}
	}
	return notFound(kind, id)
}

func (t *memTx) List(scope model.Guid, kind model.Kind) (out [][]byte, err error) {
	err = t.each(scope, kind, func(rec []byte) error {
		out = append(out, bytes.Clone(rec))
		return nil
	})
	return out, err
}

// each implements [inPlace], as record does.
func (t *memTx) each(scope model.Guid, kind model.Kind, fn func(rec []byte) error) error {
	c := t.read(collKey{scope, kind})
	if c == nil {
		return nil
	}
	for _, id := range c.order {
		if err := fn(c.items[id]); err != nil {
			return err
		}
	}
	return nil
}

func (t *memTx) Put(scope model.Guid, kind model.Kind, id model.Guid, data []byte) error {
	c, err := t.write(collKey{scope, kind})
	if err != nil {
		return err
	}
	if _, ok := c.items[id]; !ok {
		c.order = append(c.order, id)
	}
	c.items[id] = bytes.Clone(data)
	return nil
}

func (t *memTx) Delete(scope model.Guid, kind model.Kind, id model.Guid) error {
	if _, err := t.Get(scope, kind, id); err != nil {
		if !t.writable {
			return ErrReadOnly
		}
		return err
	}
	c, err := t.write(collKey{scope, kind})
	if err != nil {
		return err
	}
	delete(c.items, id)
	delete(c.keys, id)
	c.order = slices.DeleteFunc(c.order, func(g model.Guid) bool { return g == id })
	return nil
}

func (t *memTx) SetKeys(scope model.Guid, kind model.Kind, id model.Guid, keys []string) error {
	if _, err := t.Get(scope, kind, id); err != nil {
		if !t.writable {
			return ErrReadOnly
		}
		return err
	}
	c, err := t.write(collKey{scope, kind})
	if err != nil {
		return err
	}
	var folded []string
	for _, k := range keys {
		if f := foldKey(k); f != "" && !slices.Contains(folded, f) {
			folded = append(folded, f)
		}
	}
	c.keys[id] = folded
	return nil
}

// Lookup scans the collection: the memory store is for tests.
func (t *memTx) Lookup(scope model.Guid, kind model.Kind, key string) ([]model.Guid, error) {
	c := t.read(collKey{scope, kind})
	if c == nil || key == "" {
		return nil, nil
	}
	var out []model.Guid
	for _, id := range c.order {
		if slices.Contains(c.keys[id], foldKey(key)) {
			out = append(out, id)
		}
	}
	return out, nil
}

// Keys sorts the collection's keys and reads each record's name from
// the record: the memory store is for tests.
func (t *memTx) Keys(scope model.Guid, kind model.Kind, from string, fn func(string, string, model.Guid) string) error {
	c := t.read(collKey{scope, kind})
	if c == nil {
		return nil
	}
	type entry struct {
		key string
		id  model.Guid
	}
	var all []entry
	for id, keys := range c.keys {
		for _, k := range keys {
			all = append(all, entry{k, id})
		}
	}
	slices.SortFunc(all, func(a, b entry) int {
		if a.key != b.key {
			return strings.Compare(a.key, b.key)
		}
		return bytes.Compare(a.id[:], b.id[:])
	})
	at := foldKey(from)
	for _, e := range all {
		if e.key < at {
			continue
		}
		switch next := fn(e.key, string(indexedName(c.items[e.id])), e.id); {
		case next == StopKeys:
			return nil
		case next > e.key:
			at = next
		}
	}
	return nil
}

func (t *memTx) DropScope(scope model.Guid) error {
	if !t.writable {
		return ErrReadOnly
	}
	for _, m := range []map[collKey]*coll{t.base, t.dirty} {
		for k := range m {
			if k.scope == scope {
				t.dirty[k] = nil
			}
		}
	}
	return nil
}

// commit returns the new state: base overlaid by dirty.
func (t *memTx) commit() map[collKey]*coll {
	n := make(map[collKey]*coll, len(t.base)+len(t.dirty))
	for k, v := range t.base {
		n[k] = v
	}
	for k, v := range t.dirty {
		if v == nil {
			delete(n, k)
		} else {
			n[k] = v
		}
	}
	return n
}

package storage

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/exsh/exsh/model"
)

// Errors of this package. Lookups that find nothing wrap
// [model.ErrNotFound]; duplicates wrap [model.ErrExists].
var (
	// ErrLocked reports that another process holds the database file and
	// the lock timeout expired.
	ErrLocked = errors.New("database is locked by another process")
	// ErrCorrupt reports a file that is not a readable bbolt database (not
	// bbolt at all, truncated, or with a damaged page), or a record that
	// cannot be decoded. The error names the file and what is wrong.
	ErrCorrupt = errors.New("database file is corrupt or not a database")
	// ErrReadOnlyFS reports a database file that cannot be created or
	// written because its file system is mounted read-only.
	ErrReadOnlyFS = errors.New("database file is on a read-only file system")
	// ErrAccessDenied reports a database file (or its folder) that the
	// user may not read or write; it also matches [fs.ErrPermission].
	ErrAccessDenied = errors.New("access to the database file is denied")
	// ErrDirectory reports a database path that names a directory.
	ErrDirectory = errors.New("database path is a directory")
	// ErrForeign reports a bbolt database that was not written by exsh.
	ErrForeign = errors.New("database file was not created by exsh")
	// ErrSchema reports a schema version this build cannot use.
	ErrSchema = errors.New("unsupported database schema version")
	// ErrReadOnly reports a write inside [Store.View].
	ErrReadOnly = errors.New("transaction is read-only")
	// ErrClosed reports use of a closed store.
	ErrClosed = errors.New("store is closed")
)

// damageError is a panic of bbolt on a damaged page of the file at path
// (cause is the panic's value), turned into an error that matches
// [ErrCorrupt].
type damageError struct {
	path  string
	cause any
}

func (e *damageError) Error() string {
	return fmt.Sprintf("%v: %s: a page is damaged (%v)", ErrCorrupt, e.path, e.cause)
}

func (e *damageError) Unwrap() error { return ErrCorrupt }

// Store is a transactional object store.
type Store interface {
	// View runs fn in a read-only transaction.
	View(ctx context.Context, fn func(Tx) error) error
	// Update runs fn in a read-write transaction, committed durably when
	// fn returns nil and discarded entirely when it returns an error.
	Update(ctx context.Context, fn func(Tx) error) error
	// Release gives up any file or lock the store holds between
	// transactions; the next View or Update reacquires it. The shell
	// calls it at the end of each run, and after each top-level
	// statement for a store that is not a [Holder].
	Release() error
	// Close releases the store for good.
	Close() error
}

// Preparer is implemented by stores for which reading before writing is
// cheaper when announced: ViewForUpdate is [Store.View] for a caller that
// will call Update next (a New-, Set- or Remove- cmdlet validating its
// change). [Bolt] then opens the file for writing once instead of
// read-only and then again for writing.
type Preparer interface {
	ViewForUpdate(ctx context.Context, fn func(Tx) error) error
}

// Holder is implemented by stores that can keep their file between
// statements for a short lease, so that a script of many statements does
// not reopen it for each, while other processes still get it soon. The
// shell calls Hold when a statement uses the store, Unhold at the end of
// each top-level statement, Idle before it waits for the user or sleeps,
// and [Store.Release] at the end of each run. The file is never released
// between Hold and Unhold.
type Holder interface {
	// Hold marks the store as used by the running statement.
	Hold()
	// Unhold ends the statement's use: the file is released now when it
	// has been open for lease or the statement went idle, else when the
	// lease is over (at the latest by the next Unhold).
	Unhold(lease time.Duration)
	// Idle releases the file now when no statement holds it, else at
	// Unhold.
	Idle()
}

// Lingerer is implemented by stores that can keep their file open for
// reading while the shell waits for the user at the interactive prompt,
// so that Tab completion reads an open file whose pages it has read
// before, instead of opening the file for each request. Only a shared
// lock is kept, and it gives way to a writer at once: the file is
// released as soon as another process waits for it (its waiting
// marker, see the package documentation), when the lease is over, and
// by [Store.Release], [Holder.Idle] or the end of the next statement
// that uses it.
type Lingerer interface {
	// Warm opens the file for reading in the background of the prompt,
	// runs fn in a read-only transaction (to read the pages completion
	// reads first) and keeps the file for lease. It does nothing while
	// a statement holds the store, while another process waits for the
	// file or writes to it, or before the file exists; when the file is
	// kept already it only extends the lease.
	Warm(ctx context.Context, lease time.Duration, fn func(Tx) error) error
	// Linger ends the hold of a request made at the prompt (completion
	// gets the store as a statement does) and keeps the file open for
	// reading for lease.
	Linger(lease time.Duration)
}

// Tx is a transaction over raw records. A record is the JSON encoding of
// one object, addressed by scope (an organization GUID, or
// [model.NilGuid] for the organizations themselves), kind and GUID. Use
// the typed helpers rather than calling these methods directly. Byte
// slices passed in or returned are never retained or aliased.
type Tx interface {
	// Writable reports whether the transaction may write.
	Writable() bool
	// Get returns one record or an error wrapping [model.ErrNotFound].
	Get(scope model.Guid, kind model.Kind, id model.Guid) ([]byte, error)
	// List returns the records of a kind in creation order.
	List(scope model.Guid, kind model.Kind) ([][]byte, error)
	// Put inserts or replaces a record; a replaced record keeps its
	// position in creation order.
	Put(scope model.Guid, kind model.Kind, id model.Guid, data []byte) error
	// Delete removes a record and its identity keys, or returns an error
	// wrapping [model.ErrNotFound].
	Delete(scope model.Guid, kind model.Kind, id model.Guid) error
	// SetKeys replaces the identity keys of an existing record (see
	// [model.Object.IdentityKeys]); empty keys are ignored. The index
	// also keeps the record's Name as it is stored now, for [Tx.Keys]:
	// call SetKeys again after a Put, even one that changes the case of
	// the name only.
	SetKeys(scope model.Guid, kind model.Kind, id model.Guid, keys []string) error
	// Lookup returns, in creation order, the GUIDs of the records of a
	// kind that have key among their identity keys, compared
	// case-insensitively. It reads an index: its cost does not grow
	// with the number of records.
	Lookup(scope model.Guid, kind model.Kind, key string) ([]model.Guid, error)
	// DropScope removes every record (and key) of a scope.
	DropScope(scope model.Guid) error
	// Keys visits, in ascending order, the folded identity keys of the
	// records of a kind from the first key not less than from (folded),
	// calling fn with each key, the record's top-level Name property as
	// of its last [Tx.SetKeys] (empty when the index does not hold it:
	// the record has no Name or a very long one, or its keys were set by
	// an exsh that did not keep names; read the record then) and the
	// GUID of its record. fn returns where to go on: [NextKey] for the
	// following key, [StopKeys] to stop, or a later key to skip ahead to
	// (past every key with some prefix, see [SkipPrefix]). It reads the
	// key index: its cost grows with the keys visited, not with the
	// number of records.
	Keys(scope model.Guid, kind model.Kind, from string, fn func(key, name string, id model.Guid) (next string)) error
}

// NextKey and StopKeys are what a [Tx.Keys] visitor returns to go on
// with the following key or to stop.
const (
	NextKey  = ""
	StopKeys = "\xff\xff\xff\xff"
)

// SkipPrefix returns the least key greater than every key starting with
// prefix, for a [Tx.Keys] visitor to skip them ([StopKeys] when there
// is none).
func SkipPrefix(prefix string) string {
	b := []byte(prefix)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1])
		}
	}
	return StopKeys
}

// foldKey is the form identity keys are indexed and looked up in.
func foldKey(k string) string { return strings.ToLower(k) }

// nameField is the property the key index keeps with each key (see
// [Tx.Keys]).
const nameField = "Name"

// SeedFunc fills a newly created database inside its first Update.
type SeedFunc func(tx Tx) error

// SeedOrgSets returns a SeedFunc that saves the sets made by each maker,
// e.g. SeedOrgSets(func() (*model.OrgSet, error) { return model.ContosoSeed(env) }).
func SeedOrgSets(makers ...func() (*model.OrgSet, error)) SeedFunc {
	return func(tx Tx) error {
		for _, mk := range makers {
			set, err := mk()
			if err != nil {
				return err
			}
			if err := SaveOrgSet(tx, set); err != nil {
				return err
			}
		}
		return nil
	}
}

// ContosoSeed is the seed of a brand-new database: [model.ContosoSeed]
// with env.
func ContosoSeed(env model.Env) SeedFunc {
	return SeedOrgSets(func() (*model.OrgSet, error) { return model.ContosoSeed(env) })
}

// FieldsByPrefix returns, in key order, at most limit distinct values of
// the top-level string property field of the records of a kind whose
// value starts with prefix (ignoring case), found through the identity
// keys that start with prefix. For the Name it reads no record: the key
// index holds each record's Name (see [Tx.Keys]), except in entries
// written before it did, whose records it reads; for another field it
// reads only the records it offers. A key holding one of the characters
// of skip after the prefix is passed over with every key that shares its
// beginning up to that character (for names: the DN, legacy DN,
// canonical name and address keys).
func FieldsByPrefix(tx Tx, scope model.Guid, kind model.Kind, field, prefix, skip string, limit int) ([]string, error) {
	var out []string
	var ferr error
	seen := map[model.Guid]bool{}
	folded := foldKey(prefix)
	err := tx.Keys(scope, kind, folded, func(key, name string, id model.Guid) string {
		if !strings.HasPrefix(key, folded) || len(out) >= limit {
			return StopKeys
		}
		if i := strings.IndexAny(key[len(folded):], skip); i >= 0 {
			return SkipPrefix(key[:len(folded)+i+1])
		}
		if seen[id] {
			return NextKey
		}
		seen[id] = true
		v, ok := name, field == nameField && name != ""
		if !ok {
			rec, err := tx.Get(scope, kind, id)
			if err != nil {
				ferr = err
				return StopKeys
			}
			v, ok = jsonField(rec, field)
		}
		if ok && strings.HasPrefix(foldKey(v), folded) && !slices.Contains(out, v) {
			out = append(out, v)
		}
		return NextKey
	})
	if err == nil {
		err = ferr
	}
	return out, err
}

// AddressesByPrefix returns, in order, at most limit distinct e-mail
// addresses (folded) among the identity keys of the records of a kind
// that start with prefix.
func AddressesByPrefix(tx Tx, scope model.Guid, kind model.Kind, prefix string, limit int) ([]string, error) {
	var out []string
	folded := foldKey(prefix)
	err := tx.Keys(scope, kind, folded, func(key, _ string, _ model.Guid) string {
		if !strings.HasPrefix(key, folded) || len(out) >= limit {
			return StopKeys
		}
		if i := strings.IndexAny(key[len(folded):], " /:=,;<>()\"\\"); i >= 0 {
			return SkipPrefix(key[:len(folded)+i+1]) // a name, DN or TYPE:address
		}
		if strings.Contains(key, "@") {
			out = append(out, key)
			return SkipPrefix(key + "\x00") // the same address of other records
		}
		return NextKey
	})
	return out, err
}

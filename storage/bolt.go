package storage

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// DefaultLockTimeout is how long [Bolt] waits for the file lock.
const DefaultLockTimeout = 2 * time.Second

// BoltOptions configure a [Bolt] store.
type BoltOptions struct {
	// Seed fills a newly created database; nil leaves it empty. The shell
	// passes [ContosoSeed].
	Seed SeedFunc
	// LockTimeout is how long to wait for the file lock before failing
	// with [ErrLocked]; zero means [DefaultLockTimeout].
	LockTimeout time.Duration
	// NoSync skips fsync on commit (faster, not durable). Off by default.
	NoSync bool
}

// Bolt is a [Store] in a bbolt file. It opens the file lazily and closes
// it in [Bolt.Release]; see the package documentation. A Bolt is safe
// for use by several goroutines; transactions are serialized.
type Bolt struct {
	path      string
	opts      BoltOptions
	mu        sync.Mutex
	db        *bolt.DB
	validated bool
	closed    bool

	// The hold lease (see [Holder]): when the file was opened, whether a
	// statement is using it, whether it waited for the user meanwhile,
	// and the timer that releases it when the lease is over.
	openedAt time.Time
	held     atomic.Bool
	idle     bool
	timer    *time.Timer
}

// Bolt keeps its file across statements for a short lease.
var _ Holder = (*Bolt)(nil)

// OpenBolt returns a store for the file at path. It does no I/O: the
// file is opened, created or validated by the first View or Update.
func OpenBolt(path string, opts BoltOptions) *Bolt {
	if opts.LockTimeout == 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	return &Bolt{path: path, opts: opts}
}

// Path returns the database file name.
func (b *Bolt) Path() string { return b.path }

// View implements [Store]. The file is opened read-only (a shared lock)
// unless it is already open for writing.
func (b *Bolt) View(ctx context.Context, fn func(Tx) error) error {
	return b.with(ctx, false, func(db *bolt.DB) error { return db.View(boltFn(fn)) })
}

// ViewForUpdate implements [Preparer]: a read-only transaction on the
// file opened for writing, so that the Update that follows needs no
// second open.
func (b *Bolt) ViewForUpdate(ctx context.Context, fn func(Tx) error) error {
	return b.with(ctx, true, func(db *bolt.DB) error { return db.View(boltFn(fn)) })
}

// Update implements [Store]. The file is opened read-write (an exclusive
// lock held until [Bolt.Release]).
func (b *Bolt) Update(ctx context.Context, fn func(Tx) error) error {
	return b.with(ctx, true, func(db *bolt.DB) error { return db.Update(boltFn(fn)) })
}

// with runs run on the file, opened for writing when write is set, under
// the store's lock; a cancelled ctx runs nothing.
func (b *Bolt) with(ctx context.Context, write bool, run func(*bolt.DB) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	db, err := b.ensure(write)
	if err != nil {
		return err
	}
	return run(db)
}

// boltFn adapts a transaction function to bbolt's.
func boltFn(fn func(Tx) error) func(*bolt.Tx) error {
	return func(t *bolt.Tx) error { return fn(&boltTx{t: t}) }
}

// Release implements [Store]: it closes the file, dropping the lock,
// and ends any hold (the shell calls it outside statements).
func (b *Bolt) Release() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.held.Store(false)
	return b.drop()
}

// drop closes the file and ends the hold lease.
func (b *Bolt) drop() error {
	b.openedAt, b.idle = time.Time{}, false
	if b.timer != nil {
		b.timer.Stop()
	}
	return b.release()
}

// release closes the file, if open.
func (b *Bolt) release() error {
	if b.db == nil {
		return nil
	}
	err := b.db.Close()
	b.db = nil
	return err
}

// Close implements [Store].
func (b *Bolt) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	return b.drop()
}

// Hold implements [Holder].
func (b *Bolt) Hold() { b.held.Store(true) }

// Unhold implements [Holder]: the file is closed now when it has been
// open for lease or the statement waited for the user, else by a timer
// when the lease is over (unless a statement holds it then).
func (b *Bolt) Unhold(lease time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.held.Store(false)
	if b.db == nil {
		return
	}
	left := lease - time.Since(b.openedAt)
	if b.idle || left <= 0 {
		_ = b.drop()
		return
	}
	if b.timer == nil {
		b.timer = time.AfterFunc(left, b.expire)
	} else {
		b.timer.Reset(left)
	}
}

// expire closes the file at the end of its lease unless a statement
// holds it, in which case its Unhold will.
func (b *Bolt) expire() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.held.Load() {
		_ = b.drop()
	}
}

// Idle implements [Holder].
func (b *Bolt) Idle() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.held.Load() {
		b.idle = true
		return
	}
	_ = b.drop()
}

// ensure returns an open database suitable for writing when write is
// set, validating, creating or migrating the file on first use.
func (b *Bolt) ensure(write bool) (*bolt.DB, error) {
	if b.closed {
		return nil, ErrClosed
	}
	if b.db != nil && (!write || !b.db.IsReadOnly()) {
		return b.db, nil
	}
	if err := b.release(); err != nil {
		return nil, err
	}
	if !b.validated {
		if err := b.prepare(); err != nil {
			return nil, err
		}
		b.validated = true
		if b.db != nil {
			b.opened()
			return b.db, nil
		}
	}
	db, err := b.open(!write)
	if err != nil {
		return nil, err
	}
	b.db = db
	b.opened()
	return db, nil
}

// opened starts the hold lease when the file was not held: reopening it
// for writing continues the lease of its read-only opening.
func (b *Bolt) opened() {
	if b.openedAt.IsZero() {
		b.openedAt = time.Now()
	}
}

// lockPoll is how often [Bolt] retries a file another process holds.
const lockPoll = 10 * time.Millisecond

// open opens the file, waiting up to the lock timeout for its lock, and
// maps bbolt's errors. It first yields to a process that is waiting for
// the file; while it waits itself it keeps the waiting marker fresh.
func (b *Bolt) open(readOnly bool) (*bolt.DB, error) {
	deadline := time.Now().Add(b.opts.LockTimeout)
	b.yield(deadline)
	waited := false
	for {
		// A timeout this short makes bbolt try the lock once.
		db, err := bolt.Open(b.path, 0o600, &bolt.Options{Timeout: time.Nanosecond, ReadOnly: readOnly, NoSync: b.opts.NoSync})
		if errors.Is(err, berrors.ErrTimeout) && time.Now().Before(deadline) {
			waited = true
			b.markWaiting()
			time.Sleep(lockPoll)
			continue
		}
		if waited {
			_ = os.Remove(b.waitingPath())
		}
		switch {
		case err == nil:
			return db, nil
		case errors.Is(err, berrors.ErrTimeout):
			return nil, fmt.Errorf("%w: %s (waited %s)", ErrLocked, b.path, b.opts.LockTimeout)
		case errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission):
			return nil, err
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, b.path, err)
	}
}

// The waiting marker is a file next to the database that exists while
// another process waits for its lock. A process that gave the file up
// at the end of its hold lease does not take it again while a fresh
// marker exists, so that a waiter gets the file even when the holder
// runs a long script of short statements.

// waitingPath returns the name of the waiting marker.
func (b *Bolt) waitingPath() string { return b.path + ".waiting" }

// waitingFresh is how long a marker counts after its last refresh; an
// older one was left by a process that died while waiting.
const waitingFresh = 500 * time.Millisecond

// markWaiting creates or refreshes the waiting marker.
func (b *Bolt) markWaiting() {
	now := time.Now()
	if os.Chtimes(b.waitingPath(), now, now) != nil {
		_ = os.WriteFile(b.waitingPath(), nil, 0o600)
	}
}

// yield waits, until deadline at the latest, while a fresh waiting
// marker shows that another process waits for the file.
func (b *Bolt) yield(deadline time.Time) {
	for time.Now().Before(deadline) {
		st, err := os.Stat(b.waitingPath())
		if err != nil || time.Since(st.ModTime()) > waitingFresh {
			return
		}
		time.Sleep(lockPoll / 2)
	}
}

// prepare validates an existing file read-only, then creates, seeds or
// migrates it read-write when needed. On return b.db may be open.
func (b *Bolt) prepare() error {
	st, err := os.Stat(b.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(b.path), 0o755); err != nil {
			return err
		}
		return b.initialize()
	case err != nil:
		return err
	case st.Size() == 0:
		return b.initialize()
	}
	state, err := b.inspect()
	if err != nil || state == stateCurrent {
		return err
	}
	return b.initialize()
}

// inspect opens the file read-only and reports its schema state.
func (b *Bolt) inspect() (schemaState, error) {
	db, err := b.open(true)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var state schemaState
	err = db.View(func(t *bolt.Tx) error {
		state, err = readSchema(t)
		return err
	})
	return state, err
}

// initialize opens the file read-write and brings it to the current
// schema in one transaction: a new file is initialized and seeded, an
// old one migrated. The state is re-read under the exclusive lock.
func (b *Bolt) initialize() error {
	db, err := b.open(false)
	if err != nil {
		return err
	}
	err = db.Update(func(t *bolt.Tx) error { return b.upgrade(t) })
	if err != nil {
		db.Close()
		return err
	}
	b.db = db
	return nil
}

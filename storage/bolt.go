package storage

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"
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
	file      *os.File // db's file
	validated bool
	closed    bool

	// Damage (see the package documentation): whether the file passed
	// the check of its first opening (see [Bolt.verify]), the error that
	// made the store give the file up, and whether the caller's code is
	// running in a transaction (its panics are not damage).
	checked bool
	broken  error
	inFn    bool

	// The hold lease (see [Holder]): when the file was opened, whether a
	// statement is using it, whether it waited for the user meanwhile,
	// and the timer that releases it when the lease is over.
	openedAt time.Time
	held     atomic.Bool
	idle     bool
	timer    *time.Timer

	// The read lease of the prompt (see [Lingerer]): until when the
	// file stays open for reading while the shell waits for the user
	// (zero when it does not), and the timer that watches for its end
	// and for a waiting process.
	lingerUntil time.Time
	watcher     *time.Timer

	// The read transaction that ViewForUpdate keeps for the next one
	// (see [Bolt.ViewForUpdate]), nil when none is kept.
	reader *boltTx
}

// Bolt keeps its file open for reading while the shell waits for the
// user.
var _ Lingerer = (*Bolt)(nil)

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
	return b.with(ctx, false, func(db *bolt.DB) error {
		return db.View(func(t *bolt.Tx) error { return b.call(t, fn) })
	})
}

// ViewForUpdate implements [Preparer]: a read-only transaction on the
// file opened for writing, so that the Update that follows needs no
// second open.
//
// The transaction is kept for the next ViewForUpdate (a Set- fed 10,000
// objects reads each in one, and would otherwise begin a transaction
// and open its buckets 10,000 times). Whatever else uses the store
// first ends it (see [Bolt.with]), as does the release of the file: a
// writer of this process never waits for it, and the file opened for
// writing is changed by no other process meanwhile, so that what it
// reads is always current.
func (b *Bolt) ViewForUpdate(ctx context.Context, fn func(Tx) error) error {
	return b.locked(ctx, func() error {
		db, err := b.ensure(true)
		if err != nil {
			return err
		}
		if b.reader != nil && b.reader.t.DB() != db {
			b.endReader()
		}
		b.take()
		if b.reader == nil {
			t, err := db.Begin(false)
			if err != nil {
				return err
			}
			b.reader = &boltTx{t: t, path: b.path}
		}
		return b.callIn(b.reader, fn)
	})
}

// endReader ends the read transaction ViewForUpdate kept, if any.
func (b *Bolt) endReader() {
	if b.reader != nil {
		_ = b.reader.t.Rollback()
		b.reader = nil
	}
}

// Update implements [Store]. The file is opened read-write (an exclusive
// lock held until [Bolt.Release]).
func (b *Bolt) Update(ctx context.Context, fn func(Tx) error) error {
	return b.with(ctx, true, func(db *bolt.DB) error {
		return db.Update(func(t *bolt.Tx) error { return b.call(t, fn) })
	})
}

// with runs run on the file, opened for writing when write is set, under
// the store's lock; a cancelled ctx runs nothing.
//
// bbolt reads the file through a memory map and trusts what it finds
// there: a damaged page makes it panic, or read outside the map, which
// [debug.SetPanicOnFault] turns into a panic too. The check of the
// file's first opening (see [Bolt.verify]) keeps such pages away, but
// the file can be damaged after it. Such a panic, anywhere but in the
// caller's own code, comes back as a [damageError], after which the
// store gives the file up (see [Bolt.fail]).
func (b *Bolt) with(ctx context.Context, write bool, run func(*bolt.DB) error) error {
	return b.locked(ctx, func() error {
		b.endReader()
		db, err := b.ensure(write)
		if err != nil {
			return err
		}
		b.take()
		return run(db)
	})
}

// take starts the hold lease of a statement that takes over the file
// the prompt kept.
func (b *Bolt) take() {
	if b.held.Load() && !b.lingerUntil.IsZero() {
		b.lingerUntil, b.openedAt = time.Time{}, time.Now()
	}
}

// locked runs fn under the store's lock, turning a panic of bbolt on a
// damaged page into a [damageError] (see [Bolt.with]); a cancelled ctx
// runs nothing.
func (b *Bolt) locked(ctx context.Context, fn func() error) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	abandoned := false
	defer func() {
		if r := recover(); r != nil {
			if b.inFn {
				b.inFn = false
				panic(r) // a bug of the caller's, not damage
			}
			err, abandoned = &damageError{path: b.path, cause: r}, true
		}
		var d *damageError
		if errors.As(err, &d) {
			b.fail(err, abandoned)
		}
	}()
	return fn()
}

// call runs fn, the caller's code, in t. A panic of bbolt inside one of
// the [Tx] methods fails the transaction with a [damageError] whatever
// fn returns; a panic of fn itself is not recovered.
func (b *Bolt) call(t *bolt.Tx, fn func(Tx) error) error {
	return b.callIn(&boltTx{t: t, path: b.path}, fn)
}

// callIn is [Bolt.call] in x.
func (b *Bolt) callIn(x *boltTx, fn func(Tx) error) error {
	b.inFn = true
	err := fn(x)
	b.inFn = false
	if x.damage != nil {
		return x.damage
	}
	return err
}

// fail gives the file up after bbolt panicked on a damaged page. When
// the panic went up through bbolt (abandoned), bbolt may have been left
// holding one of its locks, so that its Close could wait forever: the
// file is then unlocked and closed without it, and bbolt's memory map of
// it is left until the process ends. From then on the store refuses to
// write, with err; it still reads.
func (b *Bolt) fail(err error, abandoned bool) {
	if abandoned {
		b.reader = nil // its Rollback could wait for bbolt's locks too
	}
	b.endReader()
	switch {
	case b.db != nil && !abandoned:
		_ = b.db.Close()
	case b.file != nil:
		unlockFile(b.file)
		_ = b.file.Close()
	}
	b.db, b.file = nil, nil
	b.openedAt, b.idle, b.lingerUntil = time.Time{}, false, time.Time{}
	if b.timer != nil {
		b.timer.Stop()
	}
	b.broken = err
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

// release closes the file, if open, and ends the prompt's read lease.
func (b *Bolt) release() error {
	b.endReader()
	b.lingerUntil = time.Time{}
	if b.watcher != nil {
		b.watcher.Stop()
	}
	if b.db == nil {
		return nil
	}
	err := b.db.Close()
	b.db, b.file = nil, nil
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

// Linger implements [Lingerer]: it ends the hold of the request that
// just read (a completion request holds the store like a statement) and
// keeps the file open for reading for lease.
func (b *Bolt) Linger(lease time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.held.Store(false)
	b.linger(lease)
}

// Warm implements [Lingerer]. It does nothing while a statement holds
// the store, while another process waits for the file or holds it for
// writing (it tries the lock once, leaving no waiting marker), or when
// the file does not exist yet; when the file is already kept, it only
// extends the lease. The first opening of a store validates (and if
// need be migrates) the file as [Bolt.View] does.
func (b *Bolt) Warm(ctx context.Context, lease time.Duration, fn func(Tx) error) error {
	return b.locked(ctx, func() error {
		switch {
		case b.held.Load() || b.closed || b.broken != nil:
			return nil
		case b.db != nil:
			if !b.lingerUntil.IsZero() {
				b.lingerUntil = time.Now().Add(lease)
			}
			return nil // kept already, or by a statement's hold lease
		case b.waiter():
			return nil
		}
		if !b.validated {
			if st, err := os.Stat(b.path); err != nil || !st.Mode().IsRegular() || st.Size() == 0 {
				return nil // created by the first statement that uses it
			}
			if _, err := b.ensure(false); err != nil {
				return err
			}
		} else {
			err := b.open(true, 0)
			if errors.Is(err, ErrLocked) {
				return nil
			}
			if err != nil {
				return err
			}
			b.opened()
		}
		if err := b.db.View(func(t *bolt.Tx) error { return b.call(t, fn) }); err != nil {
			return err
		}
		b.linger(lease)
		return nil
	})
}

// linger keeps the file, open for reading, for lease after now (see
// [Lingerer]); a file open for writing, or wanted by another process,
// is released now.
func (b *Bolt) linger(lease time.Duration) {
	if b.db == nil {
		return
	}
	if !b.db.IsReadOnly() || b.waiter() {
		_ = b.drop()
		return
	}
	if b.timer != nil {
		b.timer.Stop() // the lease of the last statement gives way
	}
	b.lingerUntil = time.Now().Add(lease)
	if b.watcher == nil {
		b.watcher = time.AfterFunc(lockPoll, b.watch)
	} else {
		b.watcher.Reset(lockPoll)
	}
}

// watch releases the file the prompt keeps when its lease is over or
// another process waits for it (a fresh waiting marker), checking every
// lockPoll; a statement that uses the file meanwhile takes it over (see
// [Bolt.with]), and its Unhold releases it.
func (b *Bolt) watch() {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case b.lingerUntil.IsZero() || b.held.Load():
	case b.db == nil:
		b.lingerUntil = time.Time{}
	case time.Now().After(b.lingerUntil) || b.waiter():
		_ = b.drop()
	default:
		b.watcher.Reset(lockPoll)
	}
}

// ensure returns an open database suitable for writing when write is
// set, validating, creating or migrating the file on first use. A store
// that found damage (see [Bolt.fail]) refuses to write.
func (b *Bolt) ensure(write bool) (*bolt.DB, error) {
	if b.closed {
		return nil, ErrClosed
	}
	if write && b.broken != nil {
		return nil, b.broken
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
		if b.db != nil && (!write || !b.db.IsReadOnly()) {
			b.opened()
			return b.db, nil
		}
		if err := b.release(); err != nil {
			return nil, err
		}
	}
	if err := b.open(!write, b.opts.LockTimeout); err != nil {
		return nil, err
	}
	b.opened()
	return b.db, nil
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

// open opens the file into b.db, waiting up to timeout for its lock, and
// checks it (see [Bolt.verify]). It first yields to a process that is
// waiting for the file; while it waits itself it keeps the waiting
// marker fresh. A zero timeout tries the lock once, without a marker.
func (b *Bolt) open(readOnly bool, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	b.yield(deadline)
	waited := false
	for {
		db, file, err := b.boltOpen(readOnly)
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
		case errors.Is(err, berrors.ErrTimeout):
			return fmt.Errorf("%w: %s (waited %s)", ErrLocked, b.path, timeout)
		case err != nil:
			return err
		}
		if err := b.verify(file); err != nil {
			db.Close()
			return err
		}
		b.db, b.file = db, file
		return nil
	}
}

// boltOpen opens the file with bbolt, trying its lock once, and says
// what is wrong when that fails (see [fileError] and [Bolt.diagnose]).
// It recovers a panic of bbolt on a damaged page (bbolt reads the
// freelist when it opens a file for writing): the file it opened is
// unlocked and closed (see [Bolt.fail]).
func (b *Bolt) boltOpen(readOnly bool) (db *bolt.DB, file *os.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			if file != nil {
				unlockFile(file)
				_ = file.Close()
			}
			db, file, err = nil, nil, b.diagnose(&damageError{path: b.path, cause: r})
		}
	}()
	opts := &bolt.Options{Timeout: time.Nanosecond, ReadOnly: readOnly, NoSync: b.opts.NoSync,
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, perm)
			file = f
			return f, err
		}}
	// A timeout this short makes bbolt try the lock once.
	db, err = bolt.Open(b.path, 0o600, opts)
	switch {
	case err == nil:
		return db, file, nil
	case errors.Is(err, berrors.ErrTimeout), errors.Is(err, fs.ErrNotExist):
		return nil, nil, err
	}
	if fe := fileError(b.path, err); fe != err {
		return nil, nil, fe
	}
	return nil, nil, b.diagnose(err)
}

// verify checks the file just opened, under its lock. Every time, its
// meta pages and its length ([readHeader]: a stat and two small reads),
// so that bbolt never reads past the end of a truncated file. The first
// time the store opens it, for reading or writing, and before bbolt
// reads any of its pages, its whole structure ([checkFile]): a damaged
// file is refused rather than damaged further by a write, and bbolt
// never meets a page that would make it panic, or loop forever on a page
// that refers back to one above it (which no recover would end). The
// lock keeps writers out while the check runs. The shell opens one store
// per process, so the check runs once per process and file; it reads the
// file once, in order, keeping the headers of its pages, the keys of
// branch pages and the first and last key of leaf pages (see
// BenchmarkFileCheck for its cost).
func (b *Bolt) verify(f *os.File) error {
	m, err := readHeader(f)
	if err == nil && !b.checked {
		err = checkFile(f, m)
		b.checked = err == nil
	}
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrCorrupt, b.path, err)
	}
	return nil
}

// diagnose says what is wrong with a file bbolt refused, or panicked
// on, with cause: a directory, or the damage [readHeader] finds without
// the lock, else cause itself.
func (b *Bolt) diagnose(cause error) error {
	f, err := os.Open(b.path)
	if err != nil {
		return fileError(b.path, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return fmt.Errorf("%w: %s", ErrDirectory, b.path)
	}
	if _, err := readHeader(f); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrCorrupt, b.path, err)
	}
	var d *damageError
	if errors.As(cause, &d) {
		return cause
	}
	return fmt.Errorf("%w: %s: %v", ErrCorrupt, b.path, cause)
}

// fileError names what keeps the file at path from being used when err
// is the operating system's refusal (a read-only file system, no
// permission, a directory); other errors are returned as they are.
func fileError(path string, err error) error {
	var reason error = err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		reason = pe.Err
	}
	switch {
	case errors.Is(err, syscall.EROFS):
		return fmt.Errorf("%w: %s", ErrReadOnlyFS, path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%w: %s (%w)", ErrAccessDenied, path, reason)
	case errors.Is(err, syscall.EISDIR):
		return fmt.Errorf("%w: %s", ErrDirectory, path)
	}
	return err
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
	for time.Now().Before(deadline) && b.waiter() {
		time.Sleep(lockPoll / 2)
	}
}

// waiter reports whether a fresh waiting marker shows that another
// process waits for the file.
func (b *Bolt) waiter() bool {
	st, err := os.Stat(b.waitingPath())
	return err == nil && time.Since(st.ModTime()) <= waitingFresh
}

// prepare validates an existing file read-only, then creates, seeds or
// migrates it read-write when needed. On return b.db may be open.
func (b *Bolt) prepare() error {
	st, err := os.Stat(b.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(b.path), 0o755); err != nil {
			return fileError(b.path, err)
		}
		return b.initialize()
	case err != nil:
		return fileError(b.path, err)
	case st.IsDir():
		return fmt.Errorf("%w: %s", ErrDirectory, b.path)
	case st.Size() == 0:
		return b.initialize()
	}
	state, err := b.inspect()
	if err == nil && state == stateCurrent {
		return nil
	}
	if rerr := b.release(); err == nil {
		err = rerr
	}
	if err != nil {
		return err
	}
	return b.initialize()
}

// inspect opens the file read-only into b.db and reports its schema
// state.
func (b *Bolt) inspect() (schemaState, error) {
	if err := b.open(true, b.opts.LockTimeout); err != nil {
		return 0, err
	}
	var state schemaState
	err := b.db.View(func(t *bolt.Tx) (err error) {
		state, err = readSchema(t)
		return err
	})
	return state, err
}

// initialize opens the file read-write into b.db and brings it to the
// current schema in one transaction: a new file is initialized and
// seeded, an old one migrated. The state is re-read under the exclusive
// lock.
func (b *Bolt) initialize() error {
	if err := b.open(false, b.opts.LockTimeout); err != nil {
		return err
	}
	err := b.db.Update(func(t *bolt.Tx) error { return b.upgrade(t) })
	if err != nil {
		_ = b.release()
	}
	return err
}

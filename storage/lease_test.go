package storage_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/exsh/exsh/storage"
)

// blocked reports whether a second store on path is refused the file
// (ErrLocked within a short timeout) or gets it (nil).
func blocked(t *testing.T, path string) bool {
	t.Helper()
	other := storage.OpenBolt(path, storage.BoltOptions{LockTimeout: 150 * time.Millisecond})
	defer other.Close()
	err := other.View(ctx, func(storage.Tx) error { return nil })
	if err != nil && !errors.Is(err, storage.ErrLocked) {
		t.Fatalf("View: %v", err)
	}
	return err != nil
}

// heldStatement runs one statement's write on s as the shell does: Hold,
// Update, Unhold(lease).
func heldStatement(t *testing.T, s *storage.Bolt, name string, lease time.Duration) {
	t.Helper()
	s.Hold()
	if err := addContact(s, name); err != nil {
		t.Fatal(err)
	}
	s.Unhold(lease)
}

// TestBoltHoldLease: after a statement the file stays open while its
// lease runs, and is released when the lease is over, by the next Unhold
// or by a timer.
func TestBoltHoldLease(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	s := seeded(path)
	defer s.Close()
	heldStatement(t, s, "a", time.Hour)
	if !blocked(t, path) {
		t.Fatal("the file was released during its lease")
	}
	heldStatement(t, s, "b", 0)
	if blocked(t, path) {
		t.Fatal("the file was kept after its lease")
	}
	heldStatement(t, s, "c", 50*time.Millisecond)
	time.Sleep(200 * time.Millisecond) // the timer ends the lease
	if blocked(t, path) {
		t.Fatal("the file was kept after its lease ran out")
	}
	if got := contactNames(t, s); len(got) != 3 {
		t.Errorf("contacts = %q, want a, b, c", got)
	}
}

// TestBoltLeaseKeptWhileHeld: a lease that runs out while a statement
// holds the store does not release the file before the statement ends.
func TestBoltLeaseKeptWhileHeld(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	s := seeded(path)
	defer s.Close()
	heldStatement(t, s, "a", 50*time.Millisecond)
	s.Hold() // the next statement starts before the timer fires
	time.Sleep(200 * time.Millisecond)
	if !blocked(t, path) {
		t.Fatal("the file was released while a statement held it")
	}
	if err := addContact(s, "b"); err != nil {
		t.Fatal(err)
	}
	s.Unhold(50 * time.Millisecond)
	if blocked(t, path) {
		t.Fatal("the file was kept at the end of a statement past its lease")
	}
}

// TestBoltIdle: Idle releases the file at once between statements, and at
// the end of the statement when one holds it.
func TestBoltIdle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	s := seeded(path)
	defer s.Close()
	heldStatement(t, s, "a", time.Hour)
	s.Idle()
	if blocked(t, path) {
		t.Fatal("Idle between statements kept the file")
	}
	s.Hold()
	if err := addContact(s, "b"); err != nil {
		t.Fatal(err)
	}
	s.Idle()
	if !blocked(t, path) {
		t.Fatal("Idle released the file in the middle of a statement")
	}
	s.Unhold(time.Hour)
	if blocked(t, path) {
		t.Fatal("a statement that went idle kept the file after it ended")
	}
}

// TestBoltYieldsToWaiter: a store opening the file first lets a process
// that waits for it (a fresh waiting marker) go first; a stale marker,
// left by a process that died while waiting, is ignored.
func TestBoltYieldsToWaiter(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	s := seeded(path)
	defer s.Close()
	heldStatement(t, s, "a", 0)
	marker := path + ".waiting"
	if err := os.WriteFile(marker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(150 * time.Millisecond)
		_ = os.Remove(marker)
	}()
	start := time.Now()
	heldStatement(t, s, "b", 0)
	if d := time.Since(start); d < 100*time.Millisecond {
		t.Errorf("opened after %v, while another process waited", d)
	}
	if err := os.WriteFile(marker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Minute)
	if err := os.Chtimes(marker, old, old); err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	heldStatement(t, s, "c", 0)
	if d := time.Since(start); d > time.Second {
		t.Errorf("a stale marker delayed the open by %v", d)
	}
}

// TestBoltWaiterMarker: a store waiting for the file keeps the waiting
// marker while it waits and removes it once it has the file.
func TestBoltWaiterMarker(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	holder := seeded(path)
	defer holder.Close()
	heldStatement(t, holder, "held", time.Hour)
	done := make(chan error)
	go func() {
		other := seeded(path)
		defer other.Close()
		done <- addContact(other, "waiter")
	}()
	time.Sleep(300 * time.Millisecond)
	if _, err := os.Stat(path + ".waiting"); err != nil {
		t.Errorf("no waiting marker while waiting: %v", err)
	}
	holder.Release()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".waiting"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("waiting marker left behind: %v", err)
	}
}

// TestBoltReleaseEndsHold: Release (called outside statements, e.g.
// before the interactive prompt) ends the hold of the store, so that a
// later Idle releases the file at once.
func TestBoltReleaseEndsHold(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	s := seeded(path)
	defer s.Close()
	s.Hold()
	if err := addContact(s, "a"); err != nil {
		t.Fatal(err)
	}
	s.Release()
	if err := addContact(s, "b"); err != nil {
		t.Fatal(err)
	}
	s.Idle()
	if blocked(t, path) {
		t.Fatal("Idle after Release kept the file")
	}
}

// writable reports whether a writer that tries the lock once, without
// leaving a waiting marker, gets the file on path.
func writable(t *testing.T, path string) bool {
	t.Helper()
	other := storage.OpenBolt(path, storage.BoltOptions{LockTimeout: time.Nanosecond})
	defer other.Close()
	err := other.Update(ctx, func(storage.Tx) error { return nil })
	if err != nil && !errors.Is(err, storage.ErrLocked) {
		t.Fatalf("Update: %v", err)
	}
	return err == nil
}

// warm runs s.Warm for lease and reports whether it read the file.
func warm(t *testing.T, s *storage.Bolt, lease time.Duration) bool {
	t.Helper()
	read := false
	if err := s.Warm(ctx, lease, func(storage.Tx) error { read = true; return nil }); err != nil {
		t.Fatal(err)
	}
	return read
}

// TestBoltWarmLinger: the prompt's warm-up keeps the file open for
// reading for its lease (a writer that tries once is refused, a reader
// is not), then releases it; a writer that waits gets it at once, well
// within its lock timeout, however long the lease.
func TestBoltWarmLinger(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	s := seeded(path)
	defer s.Close()
	heldStatement(t, s, "a", 0)
	if !warm(t, s, 100*time.Millisecond) {
		t.Fatal("Warm did not read the file")
	}
	if writable(t, path) || blocked(t, path) {
		t.Fatal("the warm-up did not keep the file open for reading (shared)")
	}
	time.Sleep(300 * time.Millisecond)
	if !writable(t, path) {
		t.Fatal("the file was kept after the lease")
	}
	warm(t, s, time.Hour)
	writer := seeded(path)
	defer writer.Close()
	start := time.Now()
	if err := addContact(writer, "writer"); err != nil {
		t.Fatalf("a waiting writer: %v", err)
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("a waiting writer got the file after %v", d)
	}
	writer.Release()
	if got := contactNames(t, s); len(got) != 2 {
		t.Errorf("contacts = %q, want a and writer", got)
	}
}

// TestBoltWarmSkips: the warm-up does nothing while a statement holds
// the store, while another process waits for the file, or before the
// file exists (it is not created).
func TestBoltWarmSkips(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	s := seeded(path)
	defer s.Close()
	heldStatement(t, s, "a", 0)
	s.Hold()
	if warm(t, s, time.Hour) {
		t.Error("Warm read the file while a statement held the store")
	}
	s.Unhold(0)
	marker := path + ".waiting"
	if err := os.WriteFile(marker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if warm(t, s, time.Hour) || !writable(t, path) {
		t.Error("Warm took the file while another process waited for it")
	}
	if err := os.Remove(marker); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "new.db")
	n := storage.OpenBolt(missing, storage.BoltOptions{})
	defer n.Close()
	if warm(t, n, time.Hour) {
		t.Error("Warm read a file that does not exist")
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Warm created the file: %v", err)
	}
}

// TestBoltLinger: a completion request (Hold, View, Linger) keeps the
// file for reading for the lease; the next statement that uses it takes
// it over and releases it when it ends, as its hold lease says.
func TestBoltLinger(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	s := seeded(path)
	defer s.Close()
	heldStatement(t, s, "a", 0)
	s.Hold()
	if got := contactNames(t, s); len(got) != 1 {
		t.Fatalf("contacts = %q", got)
	}
	s.Linger(time.Hour)
	if writable(t, path) {
		t.Fatal("Linger released the file")
	}
	s.Hold() // a statement that reads
	if got := contactNames(t, s); len(got) != 1 {
		t.Fatalf("contacts = %q", got)
	}
	s.Unhold(0)
	if !writable(t, path) {
		t.Fatal("the file was kept after a statement past its lease")
	}
	warm(t, s, time.Hour)
	s.Idle()
	if !writable(t, path) {
		t.Fatal("Idle kept the file of the warm-up")
	}
	warm(t, s, time.Hour)
	s.Release()
	if !writable(t, path) {
		t.Fatal("Release kept the file of the warm-up")
	}
}

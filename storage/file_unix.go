//go:build linux || darwin || freebsd || openbsd || netbsd || dragonfly

package storage

import (
	"os"
	"syscall"
)

// unlockFile releases bbolt's lock (flock) on f. Closing f is not enough
// while bbolt's memory map of the file remains: the map keeps the open
// file, and so its lock, alive.
func unlockFile(f *os.File) { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }

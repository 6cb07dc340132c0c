//go:build !(linux || darwin || freebsd || openbsd || netbsd || dragonfly)

package storage

import "os"

// unlockFile does nothing: on these systems bbolt's lock ends when its
// file is closed.
func unlockFile(*os.File) {}

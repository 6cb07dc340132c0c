// Package resident hands back memory a waiting process keeps resident
// without needing it: the heap the garbage collector has freed, and the
// pages of the program's code and read-only data that start-up and the
// last command touched. The kernel maps code in 64 KiB runs around each
// page used (fault-around), so a shell that ran once holds most of its
// 8 MiB binary even while it only waits for a key; the pages come back
// from the page cache, at the cost of a minor fault, when used again.
package resident

import "runtime/debug"

// Shrink returns the freed heap to the operating system and drops the
// process's mappings of read-only file pages (on Linux). It is safe to
// call from any goroutine at any time; it changes no data.
func Shrink() {
	debug.FreeOSMemory()
	dropReadOnly()
}

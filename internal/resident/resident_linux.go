package resident

import (
	"bufio"
	"bytes"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// maxLines bounds the lines of /proc/self/smaps read.
const maxLines = 1 << 16

// dropReadOnly drops the mappings of file pages that are not writable
// and hold only the file's own contents: code and read-only data of the
// program and its shared libraries. A read-only mapping with private
// copies (Anonymous pages: data relocated at load time, then protected)
// is left alone, as are writable ones (data, heap, stacks).
func dropReadOnly() {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var start, end uintptr
	candidate := false
	for n := 0; n < maxLines && sc.Scan(); n++ {
		line := sc.Bytes()
		if s, e, isHeader, ok := mapping(line); isHeader {
			start, end, candidate = s, e, ok
			continue
		}
		if v, found := bytes.CutPrefix(line, []byte("Anonymous:")); found && candidate {
			if kib := bytes.Fields(v); len(kib) > 0 && string(kib[0]) == "0" {
				// The raw call takes the range as numbers: a []byte over
				// memory the Go runtime does not own would need unsafe.
				_, _, _ = unix.Syscall(unix.SYS_MADVISE, start, end-start, unix.MADV_DONTNEED)
			}
			candidate = false
		}
	}
}

// mapping parses a mapping's header line of /proc/self/smaps ("start-end
// perms offset dev inode path"): isHeader reports such a line, ok one
// of a file (a path, not [vdso] or the like) without write permission.
func mapping(line []byte) (start, end uintptr, isHeader, ok bool) {
	fields := bytes.Fields(line)
	if len(fields) < 5 || len(fields[1]) != 4 {
		return 0, 0, false, false
	}
	lo, hi, found := bytes.Cut(fields[0], []byte("-"))
	if !found {
		return 0, 0, false, false
	}
	s, err1 := strconv.ParseUint(string(lo), 16, 64)
	e, err2 := strconv.ParseUint(string(hi), 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false, false
	}
	ok = e > s && fields[1][1] != 'w' && len(fields) >= 6 && fields[5][0] == '/'
	return uintptr(s), uintptr(e), true, ok
}

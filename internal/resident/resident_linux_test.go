package resident

import (
	"bytes"
	"os"
	"strconv"
	"testing"
)

// rssFile reads the process's resident file pages (KiB).
func rssFile(t *testing.T) int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range bytes.Split(b, []byte("\n")) {
		if v, ok := bytes.CutPrefix(l, []byte("RssFile:")); ok {
			n, err := strconv.Atoi(string(bytes.Fields(v)[0]))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatal("no RssFile in /proc/self/status")
	return 0
}

// TestShrinkDropsFilePages: the code and read-only data start-up mapped
// leave the resident set.
func TestShrinkDropsFilePages(t *testing.T) {
	before := rssFile(t)
	Shrink()
	after := rssFile(t)
	if after >= before {
		t.Fatalf("RssFile %d KiB before Shrink, %d KiB after; want fewer", before, after)
	}
	t.Logf("RssFile %d KiB -> %d KiB", before, after)
}

// TestMapping: smaps header lines are recognised, and only file
// mappings without write permission are candidates.
func TestMapping(t *testing.T) {
	tests := []struct {
		line       string
		header, ok bool
		lo, hi     uintptr
	}{
		{"00400000-007e7000 r-xp 00000000 fe:00 10223969   /usr/bin/exsh", true, true, 0x400000, 0x7e7000},
		{"007e7000-00c3a000 r--p 003e7000 fe:00 10223969   /usr/bin/exsh", true, true, 0x7e7000, 0xc3a000},
		{"00c3a000-00c80000 rw-p 0083a000 fe:00 10223969   /usr/bin/exsh", true, false, 0xc3a000, 0xc80000},
		{"c000000000-c000400000 rw-p 00000000 00:00 0", true, false, 0xc000000000, 0xc000400000},
		{"7ffd1000-7ffd3000 r-xp 00000000 00:00 0    [vdso]", true, false, 0x7ffd1000, 0x7ffd3000},
		{"2000-1000 r--p 0 0 0 /x", true, false, 0x2000, 0x1000},
		{"Anonymous:             0 kB", false, false, 0, 0},
		{"Rss:                 812 kB", false, false, 0, 0},
		{"VmFlags: rd ex mr mw me sd", false, false, 0, 0},
		{"zz-yy r--p 0 0 0 /x", false, false, 0, 0},
	}
	for _, tt := range tests {
		lo, hi, header, ok := mapping([]byte(tt.line))
		if header != tt.header || ok != tt.ok || (header && (lo != tt.lo || hi != tt.hi)) {
			t.Errorf("mapping(%q) = %#x, %#x, %v, %v; want %#x, %#x, %v, %v", tt.line, lo, hi, header, ok, tt.lo, tt.hi, tt.header, tt.ok)
		}
	}
}

package resident

import (
	"runtime"
	"testing"
)

// TestShrinkKeepsRunning: after Shrink the program's code, read-only data
// and heap are all still usable (dropped pages come back from the file).
func TestShrinkKeepsRunning(t *testing.T) {
	data := make([]int, 1<<16)
	for i := range data {
		data[i] = i
	}
	msg := "read-only data survives"
	for range 3 {
		Shrink()
		runtime.GC()
	}
	sum := 0
	for _, v := range data {
		sum += v
	}
	if sum != (1<<16)*(1<<16-1)/2 || msg != "read-only data survives" {
		t.Fatalf("data changed after Shrink: sum %d, %q", sum, msg)
	}
}

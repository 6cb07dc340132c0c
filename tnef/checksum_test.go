package tnef

import (
	"math/rand/v2"
	"testing"
)

func TestChecksum(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	for _, n := range []int{0, 1, 7, 8, 9, 1023, 1024, 1025, 5000, 70001} {
		b := make([]byte, n)
		var want uint16
		for i := range b {
			b[i] = byte(r.UintN(256))
			if i%3 == 0 {
				b[i] = 0xFF
			}
			want += uint16(b[i])
		}
		if got := checksum(b); got != want {
			t.Errorf("checksum of %d bytes = %#04x, want %#04x", n, got, want)
		}
	}
	if got := checksum([]byte{0, 0, 1, 0}); got != 1 {
		t.Errorf("attTnefVersion checksum = %d, want 1", got)
	}
}

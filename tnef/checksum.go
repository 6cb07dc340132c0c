package tnef

import "encoding/binary"

// checksum returns the TNEF attribute checksum of b: the sum of its bytes
// modulo 65536. It adds eight bytes at a time in four 16-bit lanes, folding
// the lanes before they can overflow.
func checksum(b []byte) uint16 {
	const mask = 0x00FF00FF00FF00FF
	var total uint64
	for len(b) >= 8 {
		var lanes uint64
		n := min(len(b)/8, 128) // 128 words × 510 per lane < 65536
		for i := range n {
			w := binary.LittleEndian.Uint64(b[8*i:])
			lanes += w&mask + w>>8&mask
		}
		total += lanes&0xFFFF + lanes>>16&0xFFFF + lanes>>32&0xFFFF + lanes>>48
		b = b[8*n:]
	}
	for _, c := range b {
		total += uint64(c)
	}
	return uint16(total)
}

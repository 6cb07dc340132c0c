package rtf

// crcTable is the CRC-32 table of the reflected polynomial 0xEDB88320.
var crcTable = func() (t [256]uint32) {
	for i := range t {
		c := uint32(i)
		for range 8 {
			if c&1 != 0 {
				c = 0xEDB88320 ^ c>>1
			} else {
				c >>= 1
			}
		}
		t[i] = c
	}
	return t
}()

// CRC returns the MS-OXRTFCP checksum of b: CRC-32 with the table of
// polynomial 0xEDB88320 but an initial value of 0 and no final XOR.
func CRC(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = crcTable[byte(c)^x] ^ c>>8
	}
	return c
}

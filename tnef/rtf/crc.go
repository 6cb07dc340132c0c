package rtf

import "hash/crc32"

// CRC returns the MS-OXRTFCP checksum of b: CRC-32 with the table of
// polynomial 0xEDB88320 (IEEE) but an initial value of 0 and no final XOR.
// hash/crc32 (hardware-assisted) starts from and ends with an inversion,
// so both are undone around it.
func CRC(b []byte) uint32 {
	return ^crc32.Update(^uint32(0), crc32.IEEETable, b)
}

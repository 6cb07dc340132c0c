package rtf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Errors returned by [Decompress]. They are wrapped with details; test them
// with errors.Is.
var (
	// ErrFormat means the header is not a compressed RTF header.
	ErrFormat = errors.New("rtf: not compressed rtf")
	// ErrTruncated means the data ends before the size its header gives.
	ErrTruncated = errors.New("rtf: compressed rtf truncated")
	// ErrCRC means the CRC of the compressed data does not match its header.
	ErrCRC = errors.New("rtf: compressed rtf crc mismatch")
	// ErrSize means the decompressed size differs from the header's RAWSIZE.
	ErrSize = errors.New("rtf: decompressed size mismatch")
	// ErrTooLarge means the data decompresses to more than [MaxSize] bytes.
	ErrTooLarge = errors.New("rtf: decompressed rtf too large")
)

// MaxSize is the most [Decompress] expands compressed RTF to, whatever its
// header claims: 128 MiB, far more than a message body needs.
const MaxSize = 128 << 20

// Compression types found in the header's COMPTYPE field.
const (
	magicCompressed   = 0x75465A4C // "LZFu"
	magicUncompressed = 0x414C454D // "MELA"
	headerSize        = 16
	dictSize          = 4096
	maxMatch          = 17
	// maxRatio bounds output per input byte: a control byte and eight
	// two-byte references (17 bytes) expand to at most 8×17 bytes.
	maxRatio = 8
	// group is the most one control byte's group of eight items produces.
	group = 8 * maxMatch
)

// prefix is the dictionary's initial content defined by MS-OXRTFCP.
const prefix = `{\rtf1\ansi\mac\deff0\deftab720{\fonttbl;}{\f0\fnil \froman ` +
	`\fswiss \fmodern \fscript \fdecor MS Sans SerifSymbolArialTimes New ` +
	`RomanCourier{\colortbl\red0\green0\blue0` + "\r\n" + `\par ` +
	`\pard\plain\f0\fs20\b\i\u\tab\tx`

// header is the 16-byte compressed RTF header.
type header struct {
	compSize, rawSize, magic, crc uint32
}

func parseHeader(data []byte) (header, error) {
	if len(data) < headerSize {
		return header{}, fmt.Errorf("%w: %d-byte header", ErrTruncated, len(data))
	}
	h := header{
		compSize: binary.LittleEndian.Uint32(data),
		rawSize:  binary.LittleEndian.Uint32(data[4:]),
		magic:    binary.LittleEndian.Uint32(data[8:]),
		crc:      binary.LittleEndian.Uint32(data[12:]),
	}
	if h.magic != magicCompressed && h.magic != magicUncompressed {
		return h, fmt.Errorf("%w: type %#08x", ErrFormat, h.magic)
	}
	return h, nil
}

// Decompress returns the RTF held in a PR_RTF_COMPRESSED value. For the LZFu
// form it checks the CRC; on a CRC or size mismatch it returns the
// decompressed bytes together with an error wrapping [ErrCRC] or [ErrSize],
// so a caller may still show them. Data that would expand beyond [MaxSize]
// fails with [ErrTooLarge].
func Decompress(data []byte) ([]byte, error) {
	return decompress(data, MaxSize)
}

func decompress(data []byte, limit int) ([]byte, error) {
	h, err := parseHeader(data)
	if err != nil {
		return nil, err
	}
	end := uint64(h.compSize) + 4
	if end < headerSize {
		return nil, fmt.Errorf("%w: size %d is smaller than the header", ErrFormat, h.compSize)
	}
	if end > uint64(len(data)) {
		return nil, fmt.Errorf("%w: header says %d bytes, have %d", ErrTruncated, end, len(data))
	}
	body := data[headerSize:end]
	if h.magic == magicUncompressed {
		return uncompressed(body, h.rawSize)
	}
	out, err := inflate(body, h.rawSize, limit)
	if err != nil {
		return nil, err
	}
	if got := CRC(body); got != h.crc {
		return out, fmt.Errorf("%w: header %#08x, computed %#08x", ErrCRC, h.crc, got)
	}
	if uint32(len(out)) != h.rawSize {
		return out, fmt.Errorf("%w: header %d, got %d", ErrSize, h.rawSize, len(out))
	}
	return out, nil
}

func uncompressed(body []byte, rawSize uint32) ([]byte, error) {
	if uint64(rawSize) > uint64(len(body)) {
		return nil, fmt.Errorf("%w: raw size %d, have %d", ErrTruncated, rawSize, len(body))
	}
	return append([]byte(nil), body[:rawSize]...), nil
}

// inflate runs the LZFu decoder. It stops at the end marker (a reference to
// the write position) or when the input runs out, and fails with
// ErrTooLarge once the output passes limit bytes. It allocates its output
// once when rawSize is right (rawSize plus one group) and at most twice
// when rawSize is too small (then 8n more for n input bytes, at most limit
// plus a group); a group never reallocates.
//
// The 4096-byte dictionary is not kept apart: the output buffer starts
// with the dictionary's initial content, so that it holds the whole
// history and a reference is a copy from dist bytes back (dist is how far
// the reference's position lies behind the write position in the ring).
// Each output byte is written once, and a reference that does not overlap
// its own output is one copy.
func inflate(in []byte, rawSize uint32, limit int) ([]byte, error) {
	most := min(len(in)*maxRatio, limit+group)
	buf := make([]byte, dictSize, dictSize+min(int(min(rawSize, math.MaxInt32))+group, most))
	// The ring's positions from len(prefix) on hold zeros written before
	// the prefix; in buf they come first, then the prefix.
	start := dictSize - len(prefix)
	copy(buf[start:], prefix)
	wp := len(prefix) // the write position in the ring
	for i := 0; i < len(in); {
		if len(buf)-dictSize > limit {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
		}
		ctrl := in[i]
		i++
		if cap(buf)-len(buf) < group {
			// Only a header that understates the size gets here: grow
			// once to the most the input can produce.
			buf = slices.Grow(buf, dictSize+most-len(buf))
		}
		for bit := 0; bit < 8 && i < len(in); bit++ {
			if ctrl&(1<<bit) == 0 {
				buf = append(buf, in[i])
				wp, i = (wp+1)&(dictSize-1), i+1
				continue
			}
			if i+1 >= len(in) {
				return buf[dictSize:], nil
			}
			ref := int(in[i])<<8 | int(in[i+1])
			i += 2
			off, n := ref>>4, ref&0xF+2
			if off == wp {
				return buf[dictSize:], nil
			}
			dist := (wp - off) & (dictSize - 1)
			from, to := len(buf)-dist, len(buf)
			buf = buf[:to+n]
			if dist >= n {
				copy(buf[to:], buf[from:from+n])
			} else {
				for k := range n { // overlapping: bytes repeat
					buf[to+k] = buf[from+k]
				}
			}
			wp = (wp + n) & (dictSize - 1)
		}
	}
	return buf[dictSize:], nil
}

package rtf

import (
	"encoding/binary"
	"errors"
	"fmt"
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
	// winSize is the size of the window [group8] decodes a group in: the
	// history, the group's output positions (under 128, as 7×17 < 128),
	// and room for a 16-byte copy at the last of them.
	winSize = dictSize + 128 + 16
	// spare is the room past the output [inflate] allocates, so that the
	// last group also fits a whole window.
	spare = winSize - dictSize
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
// once when rawSize is right (rawSize plus 4 KiB) and at most twice when
// rawSize is too small (then 8n more for n input bytes, at most limit plus
// 4 KiB).
//
// The 4096-byte dictionary is not kept apart: the output buffer starts
// with the dictionary's initial content, so that it holds the whole
// history and a reference is a copy from dist bytes back (dist is how far
// the reference's position lies behind the write position in the ring).
// Groups with room in buf and in the input go to [group8]; the few near
// either end are decoded item by item.
func inflate(in []byte, rawSize uint32, limit int) ([]byte, error) {
	// most is the largest buf the input can need: LZFu output is at most
	// 8 bytes per input byte, the limit is checked once per group, and
	// the last group's window needs its spare room.
	most := dictSize + min(len(in)*maxRatio, limit+group) + spare
	size := most
	if want := uint64(rawSize) + spare; want < uint64(most-dictSize) {
		size = dictSize + int(want)
	}
	buf := make([]byte, size)
	// The ring's positions from len(prefix) on hold zeros written before
	// the prefix; in buf they come first, then the prefix.
	copy(buf[dictSize-len(prefix):], prefix)
	o := dictSize // the write position in buf
	for i := 0; i < len(in); {
		if o-dictSize > limit {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
		}
		if len(buf)-o < group && len(buf) < most {
			// Only a header that understates the size gets here: grow
			// once to the most the input can produce.
			buf = append(buf, make([]byte, most-len(buf))...)
		}
		ctrl := in[i]
		i++
		if len(in)-i >= 2*8+1 && len(buf)-o >= spare {
			o2, read, end := group8((*[winSize]byte)(buf[o-dictSize:]), (*[2*8 + 1]byte)(in[i:]), o, ctrl)
			if o, i = o2, i+read; end {
				break
			}
			continue
		}
		for bit := 0; bit < 8 && i < len(in); bit++ {
			if ctrl&(1<<bit) == 0 {
				buf[o] = in[i]
				o, i = o+1, i+1
				continue
			}
			if i+1 >= len(in) {
				return buf[dictSize:o], nil
			}
			ref := int(in[i])<<8 | int(in[i+1])
			i += 2
			dist, n := (o-dictSize+len(prefix)-ref>>4)&(dictSize-1), ref&0xF+2
			if dist == 0 {
				return buf[dictSize:o], nil
			}
			copyRef(buf, o, dist, n)
			o += n
		}
	}
	return buf[dictSize:o], nil
}

// group8 decodes the eight items of control byte ctrl, read from in, into
// the window w of buf: the 4096 bytes of history before position o of buf,
// and room for the group after them. It returns the new write position,
// the number of input bytes read, and end true when it met the end marker.
//
// The window and the input are fixed-size arrays, and positions in them
// are masked, so that the compiler can prove each access in bounds and
// checks none. The masks change nothing: the group's output so far, q, is
// at most 7×17 bytes before an item, under 128; a reference points 1 to
// 4095 bytes back, so within the window; and the items read at most 16
// bytes of input (in has a 17th only so that in[i&15+1] is provably in
// bounds).
//
// A reference that does not overlap its output (dist >= n) is copied as a
// 16-byte array (moved in registers, without a call) and one byte: the
// bytes past n are spare, and the next item overwrites them.
func group8(w *[winSize]byte, in *[2*8 + 1]byte, o int, ctrl byte) (int, int, bool) {
	// ring+q is the ring position of o+q, modulo 4096.
	ring := o - dictSize + len(prefix)
	q, i := 0, 0
	for range 8 {
		to := dictSize + q&127 // o+q in the window
		if ctrl&1 == 0 {
			w[to] = in[i&15]
			q, i = q+1, i+1
		} else {
			ref := int(in[i&15])<<8 | int(in[i&15+1])
			i += 2
			dist, n := (ring+q-ref>>4)&(dictSize-1), ref&0xF+2
			from := to - dist
			switch {
			case dist >= n:
				*(*[16]byte)(w[to:]) = *(*[16]byte)(w[from:])
				w[to+16] = w[from+16]
			case dist == 0: // the end marker
				return o + q, i, true
			default: // overlapping its output: the bytes repeat
				for k := range n {
					w[to+k] = w[from+k]
				}
			}
			q += n
		}
		ctrl >>= 1
	}
	return o + q, i, false
}

// copyRef writes the n bytes that start dist bytes before o in buf at o.
// When they overlap (dist < n) the bytes repeat, so they are copied one by
// one.
func copyRef(buf []byte, o, dist, n int) {
	from := o - dist
	if dist >= n {
		copy(buf[o:o+n], buf[from:])
		return
	}
	for k := range n {
		buf[o+k] = buf[from+k]
	}
}

package rtf

import (
	"encoding/binary"
	"slices"
	"sync"
)

// Compressor tuning: hash chains over 3-byte prefixes, bounded search.
const (
	hashBits  = 14
	maxChain  = 64
	minMatch  = 3
	endMarker = 0 // length bits of the end-of-stream reference
)

// matcher finds back-references in the virtual stream prefix+input, whose
// byte at index v sits at dictionary position v mod 4096, exactly as the
// decoder's ring buffer holds it.
type matcher struct {
	buf  []byte
	head []int32
	prev []int32
}

// matchers keeps the tables of earlier compressions: the head table alone
// is 64 KiB, more than most bodies.
var matchers = sync.Pool{New: func() any { return &matcher{head: make([]int32, 1<<hashBits)} }}

func newMatcher(rtf []byte) *matcher {
	m := matchers.Get().(*matcher)
	m.buf = append(append(m.buf[:0], prefix...), rtf...)
	m.prev = slices.Grow(m.prev[:0], len(m.buf))[:len(m.buf)]
	for i := range m.head {
		m.head[i] = -1
	}
	for v := range len(prefix) {
		m.insert(v)
	}
	return m
}

// release gives m's tables back for the next compression.
func (m *matcher) release() { matchers.Put(m) }

func (m *matcher) hash(v int) int {
	b := m.buf[v:]
	return int((uint32(b[0])<<16|uint32(b[1])<<8|uint32(b[2]))*2654435761) >> (32 - hashBits) & (1<<hashBits - 1)
}

func (m *matcher) insert(v int) {
	if v+minMatch > len(m.buf) {
		return
	}
	h := m.hash(v)
	m.prev[v] = m.head[h]
	m.head[h] = int32(v)
}

// longest returns the best earlier index and match length for position cur.
// Matches may overlap cur, as in any LZ77 stream; the decoder copies byte by
// byte, so it sees the bytes it has just written.
func (m *matcher) longest(cur int) (best, length int) {
	if cur+minMatch > len(m.buf) {
		return 0, 0
	}
	limit := min(maxMatch, len(m.buf)-cur)
	for v, n := int(m.head[m.hash(cur)]), 0; v >= 0 && cur-v < dictSize && n < maxChain; v, n = int(m.prev[v]), n+1 {
		l := 0
		for l < limit && m.buf[v+l] == m.buf[cur+l] {
			l++
		}
		if l > length {
			best, length = v, l
			if l == limit {
				break
			}
		}
	}
	return best, length
}

// tokenWriter groups tokens under control bytes.
type tokenWriter struct {
	out  []byte
	ctrl int // index of the current control byte
	bit  uint
}

func (w *tokenWriter) next(isRef bool) {
	if w.bit == 8 || w.ctrl < 0 {
		w.ctrl, w.bit = len(w.out), 0
		w.out = append(w.out, 0)
	}
	if isRef {
		w.out[w.ctrl] |= 1 << w.bit
	}
	w.bit++
}

func (w *tokenWriter) literal(c byte) {
	w.next(false)
	w.out = append(w.out, c)
}

func (w *tokenWriter) ref(pos, length int) {
	w.next(true)
	w.out = binary.BigEndian.AppendUint16(w.out, uint16(pos%dictSize)<<4|uint16(length))
}

// Compress returns rtf as a PR_RTF_COMPRESSED value in the LZFu form, with
// back-references, the end marker and the CRC of MS-OXRTFCP.
func Compress(rtf []byte) []byte {
	m := newMatcher(rtf)
	w := &tokenWriter{out: make([]byte, headerSize, headerSize+len(rtf)/2+32), ctrl: -1}
	for cur := len(prefix); cur < len(m.buf); {
		v, n := m.longest(cur)
		if n < minMatch {
			w.literal(m.buf[cur])
			n = 1
		} else {
			w.ref(v, n-2)
		}
		for k := range n {
			m.insert(cur + k)
		}
		cur += n
	}
	w.ref(len(m.buf), endMarker)
	m.release()
	out := w.out
	binary.LittleEndian.PutUint32(out, uint32(len(out)-4))
	binary.LittleEndian.PutUint32(out[4:], uint32(len(rtf)))
	binary.LittleEndian.PutUint32(out[8:], magicCompressed)
	binary.LittleEndian.PutUint32(out[12:], CRC(out[headerSize:]))
	return out
}

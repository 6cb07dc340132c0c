package rtf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
)

func TestPrefixLength(t *testing.T) {
	if len(prefix) != 207 {
		t.Fatalf("prefix is %d bytes, want 207", len(prefix))
	}
}

// TestSpecExample checks the MS-OXRTFCP example "{\rtf1\ansi\ansicpg1252\pard hello world}\r\n".
func TestSpecExample(t *testing.T) {
	in := []byte("{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n")
	c := Compress(in)
	got, err := Decompress(c)
	if err != nil || !bytes.Equal(got, in) {
		t.Fatalf("Decompress(Compress) = %q, %v", got, err)
	}
	if len(c) >= len(in)+headerSize {
		t.Errorf("compressed %d bytes to %d: no back-references used", len(in), len(c))
	}
}

func TestRoundTripRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"{\\rtf1", "\\par", " hello", " world", "\\b", "}", "\r\n", "é", "\\'e9"}
	for i := range 200 {
		var sb strings.Builder
		for range r.IntN(3000) {
			if r.IntN(4) == 0 {
				sb.WriteByte(byte(r.IntN(256)))
			} else {
				sb.WriteString(words[r.IntN(len(words))])
			}
		}
		in := []byte(sb.String())
		got, err := Decompress(Compress(in))
		if err != nil || !bytes.Equal(got, in) {
			t.Fatalf("case %d: round trip failed (%v), %d vs %d bytes", i, err, len(got), len(in))
		}
	}
}

func TestLongRuns(t *testing.T) {
	in := bytes.Repeat([]byte("a"), 100000)
	c := Compress(in)
	got, err := Decompress(c)
	if err != nil || !bytes.Equal(got, in) {
		t.Fatalf("round trip of a long run failed: %v", err)
	}
	if len(c) > len(in)/6 {
		t.Errorf("run of 100000 bytes compressed to %d bytes", len(c))
	}
}

func TestDecompressErrors(t *testing.T) {
	good := Compress([]byte("{\\rtf1 hi}"))
	badCRC := bytes.Clone(good)
	badCRC[len(badCRC)-3] ^= 0x40
	huge := bytes.Clone(good)
	huge[4], huge[5], huge[6], huge[7] = 0xFF, 0xFF, 0xFF, 0xFF
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"short", good[:10], ErrTruncated},
		{"magic", append([]byte("\x10\x00\x00\x00\x00\x00\x00\x00XXXX"), good[12:]...), ErrFormat},
		{"truncated", good[:len(good)-1], ErrTruncated},
		{"crc", badCRC, ErrCRC},
		{"raw size 4 GB", huge, ErrSize},
		{"size below header", append([]byte{4, 0, 0, 0}, good[4:]...), ErrFormat},
		{"size wraps", append([]byte{0xFE, 0xFF, 0xFF, 0xFF}, good[4:]...), ErrTruncated},
	}
	for _, tt := range tests {
		if _, err := Decompress(tt.in); !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestUncompressedForm(t *testing.T) {
	body := []byte("{\\rtf1 plain}")
	in := []byte{byte(len(body) + 12), 0, 0, 0, byte(len(body)), 0, 0, 0, 'M', 'E', 'L', 'A', 0, 0, 0, 0}
	in = append(in, body...)
	got, err := Decompress(in)
	if err != nil || !bytes.Equal(got, body) {
		t.Fatalf("MELA: got %q, %v", got, err)
	}
}

// TestDecompressAllocBound checks the documented allocation bound: about
// the output size for a truthful header, never more than 16 times the
// input for a lying one.
func TestDecompressAllocBound(t *testing.T) {
	doc := bytes.Repeat([]byte(`{\rtf1 some text that repeats \par}`), 30000)
	good := Compress(doc)
	const slack = 64 << 10 // error messages and the like
	for name, tc := range map[string]struct {
		rawSize uint32
		max     int
	}{
		"truthful":   {uint32(len(doc)), len(doc) + slack},
		"too small":  {1, 16*len(good) + slack},
		"too large":  {0xFFFFFFFF, 8*len(good) + slack},
		"half right": {uint32(len(doc) / 2), 16*len(good) + slack},
	} {
		data := bytes.Clone(good)
		binary.LittleEndian.PutUint32(data[4:], tc.rawSize)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		out, _ := Decompress(data)
		runtime.ReadMemStats(&after)
		if used := int(after.TotalAlloc - before.TotalAlloc); used > tc.max || !bytes.Equal(out, doc) {
			t.Errorf("%s: allocated %d bytes (bound %d) for %d in, %d out", name, used, tc.max, len(data), len(doc))
		}
	}
}

// specInflate decodes an LZFu body as MS-OXRTFCP describes it, through a
// 4096-byte ring one byte at a time: the reference inflate is checked
// against. Like inflate, it stops at the end marker, at a reference cut
// short, or when the input runs out.
func specInflate(in []byte) []byte {
	var ring [dictSize]byte
	copy(ring[:], prefix)
	wp := len(prefix)
	out := []byte{}
	put := func(c byte) {
		out = append(out, c)
		ring[wp] = c
		wp = (wp + 1) % dictSize
	}
	for i := 0; i < len(in); {
		ctrl := in[i]
		i++
		for bit := 0; bit < 8 && i < len(in); bit++ {
			if ctrl&(1<<bit) == 0 {
				put(in[i])
				i++
				continue
			}
			if i+1 >= len(in) {
				return out
			}
			ref := int(in[i])<<8 | int(in[i+1])
			i += 2
			off := ref >> 4
			if off == wp {
				return out
			}
			for k := range ref&0xF + 2 {
				put(ring[(off+k)%dictSize])
			}
		}
	}
	return out
}

// randomBody returns an LZFu body of random items: literals, references
// to any position, references a few bytes back (which overlap their own
// output), rarely the end marker, and sometimes cut short.
func randomBody(r *rand.Rand) []byte {
	var body []byte
	wp := len(prefix)
	for range r.IntN(400) {
		ctrl := byte(r.IntN(256))
		body = append(body, ctrl)
		for bit := range 8 {
			if ctrl&(1<<bit) == 0 {
				body = append(body, byte(r.IntN(256)))
				wp++
				continue
			}
			n := r.IntN(16)
			var off int
			switch r.IntN(10) {
			case 0:
				off = r.IntN(dictSize)
			case 1:
				off = wp - 17 - r.IntN(4000)
			default:
				off = wp - 1 - r.IntN(24)
			}
			if r.IntN(500) == 0 {
				off = wp // the end marker
			}
			off &= dictSize - 1
			body = binary.BigEndian.AppendUint16(body, uint16(off<<4|n))
			wp += n + 2
		}
	}
	if len(body) > 0 && r.IntN(4) == 0 {
		body = body[:r.IntN(len(body))]
	}
	return body
}

// TestInflateMatchesSpec checks inflate, whose fast path copies whole
// words and runs past a reference's end, against the byte-by-byte
// decoder of the specification, whatever rawSize claims.
func TestInflateMatchesSpec(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 3000 {
		body := randomBody(r)
		want := specInflate(body)
		for _, raw := range []uint32{uint32(len(want)), 0, uint32(r.IntN(len(want) + 1)), 0xFFFFFFFF} {
			got, err := inflate(body, raw, MaxSize)
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("case %d, raw size %d: %d bytes, %v; want %d bytes", i, raw, len(got), err, len(want))
			}
		}
	}
}

// FuzzInflate compares inflate with the specification's decoder on any
// body and claimed size.
func FuzzInflate(f *testing.F) {
	f.Add(Compress([]byte(`{\rtf1\ansi hello hello hello}`))[headerSize:], uint32(30))
	r := rand.New(rand.NewPCG(5, 6))
	for range 8 {
		f.Add(randomBody(r), r.Uint32N(4000))
	}
	f.Fuzz(func(t *testing.T, body []byte, raw uint32) {
		want := specInflate(body)
		got, err := inflate(body, raw, MaxSize)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("%d bytes, %v; want %d bytes", len(got), err, len(want))
		}
	})
}

// BenchmarkDecompress decompresses a 1 MB RTF document (MB/s of output).
func BenchmarkDecompress(b *testing.B) {
	doc := bytes.Repeat([]byte(`{\rtf1\ansi\deff0 {\b Lab report} line with some text, \'e9 and \u8364? \par}`), 13000)
	data := Compress(doc)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		if _, err := Decompress(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCopyBaseline copies the same number of bytes as
// BenchmarkDecompress writes: the yardstick it is compared against.
func BenchmarkCopyBaseline(b *testing.B) {
	doc := bytes.Repeat([]byte(`{\rtf1\ansi\deff0 {\b Lab report} line with some text, \'e9 and \u8364? \par}`), 13000)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		_ = append([]byte(nil), doc...)
	}
}

// bomb returns compressed RTF whose groups are all 17-byte references,
// the most LZFu expands: groups×136 bytes from groups×17. Its header
// claims rawSize.
func bomb(groups int, rawSize uint32) []byte {
	body := make([]byte, 0, groups*17)
	wp := len(prefix)
	for range groups {
		body = append(body, 0xFF)
		for range 8 {
			off := (wp + 1) % dictSize // anything but wp, which would end the data
			ref := off<<4 | (maxMatch - 2)
			body = append(body, byte(ref>>8), byte(ref))
			wp = (wp + maxMatch) % dictSize
		}
	}
	h := binary.LittleEndian.AppendUint32(nil, uint32(len(body)+12))
	h = binary.LittleEndian.AppendUint32(h, rawSize)
	h = binary.LittleEndian.AppendUint32(h, magicCompressed)
	h = binary.LittleEndian.AppendUint32(h, CRC(body))
	return append(h, body...)
}

// TestDecompressBomb checks that data expanding beyond the limit fails
// with ErrTooLarge, having allocated about the limit, whether its header
// is truthful or not.
func TestDecompressBomb(t *testing.T) {
	const limit = 1 << 20
	groups := 2 * limit / (8 * maxMatch) // twice the limit
	for _, raw := range []uint32{uint32(groups * 8 * maxMatch), 0xFFFFFFFF, 100} {
		data := bomb(groups, raw)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		out, err := decompress(data, limit)
		runtime.ReadMemStats(&after)
		if !errors.Is(err, ErrTooLarge) || out != nil {
			t.Errorf("raw size %d: %d bytes, %v; want ErrTooLarge", raw, len(out), err)
		}
		if used := after.TotalAlloc - before.TotalAlloc; used > limit+64<<10 {
			t.Errorf("raw size %d: allocated %d bytes for a limit of %d", raw, used, limit)
		}
	}
	if out, err := decompress(bomb(limit/(8*maxMatch)-1, 0), limit); err != nil && !errors.Is(err, ErrSize) || len(out) == 0 {
		t.Errorf("a bomb below the limit: %d bytes, %v", len(out), err)
	}
}

// TestDecompressMaxSize runs a bomb past the real limit: 17 MiB that
// would expand to 136 MiB.
func TestDecompressMaxSize(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 128 MiB")
	}
	data := bomb((MaxSize/(8*maxMatch))+(1<<20)/(8*maxMatch), 0xFFFFFFFF)
	if _, err := Decompress(data); !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}

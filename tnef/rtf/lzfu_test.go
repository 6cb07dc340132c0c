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

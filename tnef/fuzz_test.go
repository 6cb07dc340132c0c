package tnef_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
	"unicode/utf8"

	"github.com/exsh/exsh/internal/tneftest"
	"github.com/exsh/exsh/tnef"
	"github.com/exsh/exsh/tnef/rtf"
)

// allocBound is the documented decoding bound: at most allocFactor times the
// input size plus allocSlack bytes (see the package documentation).
const (
	allocFactor = 16
	allocSlack  = 4 << 20
)

// rtfSlack is the constant of rtf.Decompress's documented bound of 16 times
// its input.
const rtfSlack = 64 << 10

// maxSeed bounds the samples used as seeds: the fuzzer minimizes every new
// input it finds, which takes minutes for samples of hundreds of KiB. The
// large samples are decoded by TestCorpus instead.
const maxSeed = 64 << 10

// addCorpus adds the shared samples, read in place, to a fuzz corpus.
func addCorpus(f *testing.F, add func([]byte)) {
	dir := filepath.Join(tneftest.RepoRoot(f), "..", "shared", "testdata", "tnef")
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, name := range files {
		if ext := filepath.Ext(name); ext == ".md" || ext == ".eml" {
			continue
		}
		if data, err := os.ReadFile(name); err == nil && len(data) <= maxSeed {
			add(data)
		}
	}
}

// sameError reports whether a and b are the same error but for an
// *tnef.Error's detail.
func sameError(a, b error) bool {
	var ta, tb *tnef.Error
	if errors.As(a, &ta) && errors.As(b, &tb) {
		return ta.Offset == tb.Offset && ta.Err == tb.Err
	}
	return fmt.Sprint(a) == fmt.Sprint(b)
}

func FuzzDecode(f *testing.F) {
	addCorpus(f, func(b []byte) { f.Add(b) })
	f.Fuzz(func(t *testing.T, data []byte) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		m, err := tnef.Decode(bytes.NewReader(data), tnef.WithChecksumWarnings())
		runtime.ReadMemStats(&after)
		if used := after.TotalAlloc - before.TotalAlloc; used > uint64(allocFactor*len(data)+allocSlack) {
			t.Fatalf("decoding %d bytes allocated %d", len(data), used)
		}
		// Decoding from a stream (through bufio) gives what decoding in
		// place does; only the detail of an error may differ, as a sized
		// source reports a length beyond its end before reading the data.
		sm, serr := tnef.Decode(struct{ io.Reader }{bytes.NewReader(data)}, tnef.WithChecksumWarnings())
		if !sameError(serr, err) || !reflect.DeepEqual(sm, m) {
			t.Fatalf("from a stream: %v, %+v; in place: %v, %+v", serr, sm, err, m)
		}
		if err != nil {
			return
		}
		if _, err := m.Body(); err != nil && !errors.Is(err, rtf.ErrCRC) && !errors.Is(err, rtf.ErrSize) &&
			!errors.Is(err, rtf.ErrTruncated) && !errors.Is(err, rtf.ErrFormat) && !errors.Is(err, rtf.ErrTooLarge) {
			t.Fatalf("Body: unexpected error %v", err)
		}
		if text, _ := m.BodyText(); !utf8.ValidString(text) {
			t.Fatalf("BodyText is not UTF-8: %q", text)
		}
		var buf bytes.Buffer
		if tnef.Encode(&buf, m, tnef.WithoutCompatChecks()) != nil {
			return // decoded values the writer rejects, such as a nil object
		}
		if _, err := tnef.Decode(&buf); err != nil {
			t.Fatalf("re-decoding our own encoding failed: %v", err)
		}
	})
}

func FuzzRTFDecompress(f *testing.F) {
	f.Add(rtf.Compress([]byte(`{\rtf1\ansi hello hello hello}`)))
	f.Add(rtf.Compress(rtf.EncapsulateHTML([]byte("<p>x</p>"), 1252)))
	addCorpus(f, func(b []byte) {
		if m, err := tnef.Decode(bytes.NewReader(b)); err == nil {
			if c, ok := m.Props.Bytes(tnef.PidRTFCompressed); ok {
				f.Add(c)
			}
		}
	})
	f.Fuzz(func(t *testing.T, data []byte) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		out, err := rtf.Decompress(data)
		runtime.ReadMemStats(&after)
		if used := after.TotalAlloc - before.TotalAlloc; used > uint64(16*len(data)+rtfSlack) {
			t.Fatalf("decompressing %d bytes allocated %d", len(data), used)
		}
		if len(out) > 8*len(data)+16 {
			t.Fatalf("%d bytes decompressed to %d", len(data), len(out))
		}
		if err == nil {
			if got, err := rtf.Decompress(rtf.Compress(out)); err != nil || !bytes.Equal(got, out) {
				t.Fatalf("recompression round trip failed: %v", err)
			}
		}
		rtf.Decapsulate(out)
		if text := rtf.PlainText(out); !utf8.ValidString(text) {
			t.Fatalf("PlainText is not UTF-8: %q", text)
		}
	})
}

// TestHostileLength checks that a header claiming a 4 GB attribute fails
// fast, without allocating for the claim, both from a sized source and from
// a plain stream.
func TestHostileLength(t *testing.T) {
	data := binary.LittleEndian.AppendUint32(nil, tnef.Signature)
	data = append(data, 1, 0, 1)
	data = binary.LittleEndian.AppendUint32(data, uint32(tnef.AttrMsgProps))
	data = binary.LittleEndian.AppendUint32(data, 0xFFFFFFF0)
	data = append(data, "short"...)
	for name, r := range map[string]io.Reader{
		"sized":  bytes.NewReader(data),
		"stream": struct{ io.Reader }{bytes.NewReader(data)}, // hides Len
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := tnef.Decode(r, tnef.WithMaxAttributeSize(0xFFFFFFFF))
		runtime.ReadMemStats(&after)
		if !errors.Is(err, tnef.ErrTruncated) {
			t.Errorf("%s: err = %v, want ErrTruncated", name, err)
		}
		if used := after.TotalAlloc - before.TotalAlloc; used > 1<<20 {
			t.Errorf("%s: allocated %d bytes for a 4 GB claim", name, used)
		}
	}
	if _, err := tnef.Decode(bytes.NewReader(data)); !errors.Is(err, tnef.ErrTooLarge) {
		t.Errorf("default limit: err = %v, want ErrTooLarge", err)
	}
}

// TestHostileCounts checks that a property count larger than the data fails
// before allocating for it.
func TestHostileCounts(t *testing.T) {
	var buf bytes.Buffer
	m := &tnef.Message{Key: 1}
	if err := tnef.Encode(&buf, m); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	// The stream ends with attMsgProps: 4 bytes of count, then the checksum.
	binary.LittleEndian.PutUint32(data[len(data)-6:], 0x7FFFFFFF)
	sum := uint16(0x7F + 3*0xFF)
	binary.LittleEndian.PutUint16(data[len(data)-2:], sum)
	if _, err := tnef.Decode(bytes.NewReader(data)); !errors.Is(err, tnef.ErrProperty) {
		t.Fatalf("err = %v, want ErrProperty", err)
	}
}

package tnef_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/tnef"
	"github.com/exsh/exsh/tnef/rtf"
)

// Crafted streams: attributes are written byte by byte with correct
// checksums, so each test controls every length and count.

// u32 writes little-endian u32 values.
func u32(vs ...uint32) []byte {
	var b []byte
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// attr writes one attribute with its checksum.
func attr(level tnef.Level, id tnef.AttrID, data []byte) []byte {
	b := append([]byte{byte(level)}, u32(uint32(id), uint32(len(data)))...)
	b = append(b, data...)
	var sum uint16
	for _, c := range data {
		sum += uint16(c)
	}
	return binary.LittleEndian.AppendUint16(b, sum)
}

// stream writes the signature, key 1 and the attributes.
func stream(attrs ...[]byte) []byte {
	b := u32(tnef.Signature)
	b = append(b, 1, 0)
	for _, a := range attrs {
		b = append(b, a...)
	}
	return b
}

// tag is the u32 of a property tag.
func tag(id uint16, t tnef.Type) uint32 { return uint32(tnef.NewTag(id, t)) }

var (
	version  = attr(tnef.LevelMessage, tnef.AttrTnefVersion, u32(0x10000))
	rendData = attr(tnef.LevelAttachment, tnef.AttrAttachRendData, append(u32(1, 0xFFFFFFFF, 0), 0, 0))
	title    = attr(tnef.LevelAttachment, tnef.AttrAttachTitle, []byte("a.txt\x00"))
	data     = attr(tnef.LevelAttachment, tnef.AttrAttachData, []byte("hello"))
)

func msgProps(b ...[]byte) []byte {
	return attr(tnef.LevelMessage, tnef.AttrMsgProps, bytes.Join(b, nil))
}

// decodeWarn decodes data and collects the warnings.
func decodeWarn(data []byte) (*tnef.Message, []error, error) {
	var warnings []error
	m, err := tnef.Decode(bytes.NewReader(data), tnef.WithWarnings(func(e error) { warnings = append(warnings, e) }))
	return m, warnings, err
}

// TestUnknownAttachmentAttribute checks that attachment-level attributes
// the decoder does not know are skipped with a warning naming them. Before
// an attachment they used to create a phantom one without name or data.
func TestUnknownAttachmentAttribute(t *testing.T) {
	unknown := attr(tnef.LevelAttachment, 0x00069999, []byte("junk"))
	subject := attr(tnef.LevelAttachment, tnef.AttrSubject, []byte("not here\x00")) // a message attribute
	attrs := [][]byte{version, unknown, subject, rendData, title, unknown, data}
	var want []string
	for i, off := 0, 6; i < len(attrs); off, i = off+len(attrs[i]), i+1 {
		if i == 1 || i == 5 {
			want = append(want, fmt.Sprintf("attr0x00069999 at offset %d", off))
		}
		if i == 2 {
			want = append(want, fmt.Sprintf("attSubject at offset %d", off))
		}
	}
	m, warnings, err := decodeWarn(stream(attrs...))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].FileName() != "a.txt" || string(m.Attachments[0].Data) != "hello" {
		t.Fatalf("attachments %+v, want only a.txt", m.Attachments)
	}
	if len(warnings) != len(want) {
		t.Fatalf("warnings %v, want %d", warnings, len(want))
	}
	for i, w := range warnings {
		var te *tnef.Error
		if !errors.Is(w, tnef.ErrUnknownAttribute) || !errors.As(w, &te) || fmt.Sprintf("%s at offset %d", te.Detail, te.Offset) != want[i] {
			t.Errorf("warning %d = %v, want %s", i, w, want[i])
		}
	}
}

// TestNoAttributeAfterKey checks that a stream with no valid attribute
// after its key is an error; garbage there used to decode as an empty
// message with a trailing-data warning.
func TestNoAttributeAfterKey(t *testing.T) {
	// An attachment whose PR_ATTACH_DATA_OBJ holds a message stream with
	// garbage after its key.
	obj := append(tnef.IIDMessage[:], stream([]byte("garbage"))...)
	obj = append(obj, make([]byte, (4-len(obj)%4)%4)...)
	embedded := attr(tnef.LevelAttachment, tnef.AttrAttachment,
		append(u32(1, tag(tnef.PidAttachDataBin, tnef.TypeObject), 1, uint32(len(obj))), obj...))
	at := 6 + len(version) + len(rendData) + 9 + 16 + 16 // the embedded stream
	tests := []struct {
		name   string
		in     []byte
		want   error
		offset int64
	}{
		{"garbage", stream([]byte("garbage that is no attribute")), tnef.ErrAttribute, 6},
		{"zero", stream(make([]byte, 100)), tnef.ErrAttribute, 6},
		{"key only", stream(), tnef.ErrTruncated, 6},
		{"embedded garbage", stream(version, rendData, embedded), tnef.ErrAttribute, int64(at + 6)},
	}
	for _, tc := range tests {
		var te *tnef.Error
		_, warnings, err := decodeWarn(tc.in)
		if !errors.Is(err, tc.want) || !errors.As(err, &te) || te.Offset != tc.offset {
			t.Errorf("%s: err = %v (warnings %v), want %v at offset %d", tc.name, err, warnings, tc.want, tc.offset)
		}
	}
	r, err := tnef.NewReader(bytes.NewReader(stream([]byte{0xFF})))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Next(); !errors.Is(err, tnef.ErrAttribute) {
		t.Errorf("Reader.Next = %v, want ErrAttribute", err)
	}
}

// endless is a source of junk that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 0xEE
	}
	return len(p), nil
}

// TestTrailingData checks the warning for bytes after the stream, and that
// an endless source after it is not read to its end.
func TestTrailingData(t *testing.T) {
	valid := stream(version, msgProps(u32(0)))
	for _, tc := range []struct{ junk, want string }{{"\n", "1 byte"}, {"\r\n", "2 bytes"}} {
		_, warnings, err := decodeWarn(append(bytes.Clone(valid), tc.junk...))
		var te *tnef.Error
		if err != nil || len(warnings) != 1 || !errors.As(warnings[0], &te) || !errors.Is(te, tnef.ErrTrailingData) ||
			te.Detail != tc.want || te.Offset != int64(len(valid)) {
			t.Errorf("%q: err %v, warnings %v; want %s at offset %d", tc.junk, err, warnings, tc.want, len(valid))
		}
	}
	done := make(chan error, 1)
	go func() {
		var warning error
		_, err := tnef.Decode(io.MultiReader(bytes.NewReader(valid), endless{}), tnef.WithWarnings(func(e error) { warning = e }))
		if err == nil && (warning == nil || !strings.HasSuffix(warning.Error(), "bytes or more")) {
			err = errors.New("warning " + warning.Error())
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("endless junk: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("endless junk after the stream: still reading after 10 s")
	}
}

// TestHostileBounds checks every count and length a stream gives against
// the bytes that remain: each claim below fails before anything is
// allocated for it.
func TestHostileBounds(t *testing.T) {
	guid := make([]byte, 16)
	mv := tnef.MultiValued
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"property count", stream(version, msgProps(u32(0x7FFFFFFF))), tnef.ErrProperty},
		{"value count", stream(version, msgProps(u32(1, tag(0x6000, tnef.TypeBinary), 0x40000000))), tnef.ErrProperty},
		{"value length", stream(version, msgProps(u32(1, tag(0x6000, tnef.TypeBinary), 1, 0xFFFFFFF0))), tnef.ErrProperty},
		{"string length", stream(version, msgProps(u32(1, tag(0x6000, tnef.TypeUnicode), 1, 0x7FFFFFFF), []byte("ab"))), tnef.ErrProperty},
		{"multi-value count", stream(version, msgProps(u32(1, tag(0x6000, tnef.TypeLong|mv), 0x7FFFFFFF, 1, 2))), tnef.ErrProperty},
		{"multi-value guid count", stream(version, msgProps(u32(1, tag(0x6000, tnef.TypeCLSID|mv), 2), guid)), tnef.ErrProperty},
		{"multi-value binary count", stream(version, msgProps(u32(1, tag(0x6000, tnef.TypeBinary|mv), 0x7FFFFFFF, 0))), tnef.ErrProperty},
		{"multi-value string length", stream(version, msgProps(u32(1, tag(0x6000, tnef.TypeString8|mv), 1, 0xFFFFFFFF))), tnef.ErrProperty},
		{"named property name length", stream(version, msgProps(u32(1, tag(0x8000, tnef.TypeLong)), guid, u32(1, 0xFFFFFFF0))), tnef.ErrProperty},
		{"named property kind", stream(version, msgProps(u32(1, tag(0x8000, tnef.TypeLong)), guid, u32(7, 0))), tnef.ErrProperty},
		{"property type", stream(version, msgProps(u32(1, tag(0x6000, 0x0999), 1, 4, 0))), tnef.ErrProperty},
		{"recipient rows", stream(version, attr(tnef.LevelMessage, tnef.AttrRecipTable, u32(0x7FFFFFFF, 0))), tnef.ErrProperty},
		{"recipient properties", stream(version, attr(tnef.LevelMessage, tnef.AttrRecipTable, u32(1, 0x7FFFFFFF))), tnef.ErrProperty},
		{"attachment properties", stream(version, rendData, attr(tnef.LevelAttachment, tnef.AttrAttachment, u32(0x7FFFFFFF))), tnef.ErrProperty},
		{"object shorter than its interface id", stream(version, rendData,
			attr(tnef.LevelAttachment, tnef.AttrAttachment, u32(1, tag(tnef.PidAttachDataBin, tnef.TypeObject), 1, 8, 0, 0))), tnef.ErrProperty},
		{"attribute length", stream(version, []byte{1}, u32(uint32(tnef.AttrMsgProps), 0x3FFFFFF0), []byte("short")), tnef.ErrTruncated},
		{"attribute over the limit", stream(version, []byte{1}, u32(uint32(tnef.AttrMsgProps), 0xFFFFFFF0), []byte("short")), tnef.ErrTooLarge},
	}
	for _, tc := range tests {
		// A first decoding builds the code page tables once, whichever
		// test runs first; the second one is measured.
		tnef.Decode(bytes.NewReader(tc.in))
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := tnef.Decode(bytes.NewReader(tc.in))
		runtime.ReadMemStats(&after)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
		if used := after.TotalAlloc - before.TotalAlloc; used > 256<<10 {
			t.Errorf("%s: allocated %d bytes for %d bytes of input", tc.name, used, len(tc.in))
		}
	}
}

// TestHostileDense decodes valid streams packed with the smallest items
// each structure allows and checks that memory stays within 10 times the
// input (the fuzz test allows 16). Empty multi-valued binaries used to take
// 17 times, empty recipient rows 34 times.
func TestHostileDense(t *testing.T) {
	const n = 100000
	multi := func(typ tnef.Type, item []byte) []byte {
		return msgProps(u32(1, tag(0x6000, typ|tnef.MultiValued), n), bytes.Repeat(item, n))
	}
	props := u32(n)
	for range n {
		props = append(props, u32(tag(0x6000, tnef.TypeI2), 1)...)
	}
	cases := map[string]struct {
		in     []byte
		factor int
	}{
		"empty binaries":        {stream(version, multi(tnef.TypeBinary, u32(0))), 10},
		"empty strings":         {stream(version, multi(tnef.TypeString8, u32(0))), 10},
		"empty unicode strings": {stream(version, multi(tnef.TypeUnicode, u32(0))), 10},
		"short integers":        {stream(version, multi(tnef.TypeI2, u32(300))), 10},
		"times":                 {stream(version, multi(tnef.TypeSysTime, u32(1, 1))), 10},
		"properties":            {stream(version, msgProps(props)), 10},
		"empty recipient rows":  {stream(version, attr(tnef.LevelMessage, tnef.AttrRecipTable, append(u32(n), make([]byte, 4*n)...))), 10},
		"empty attachments": {stream(append([][]byte{version},
			bytes.Split(bytes.Repeat(append(attr(tnef.LevelAttachment, tnef.AttrAttachRendData, nil), '|'), n/10), []byte("|"))...)...), 16},
	}
	for name, tc := range cases {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := tnef.Decode(bytes.NewReader(tc.in))
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if used := after.TotalAlloc - before.TotalAlloc; used > uint64(tc.factor*len(tc.in)+1<<20) {
			t.Errorf("%s: allocated %d bytes for %d of input (%.1f times)", name, used, len(tc.in), float64(used)/float64(len(tc.in)))
		}
	}
}

// TestManyAttachmentRecords decodes one attachment split over 100,000
// attAttachment attributes. Each used to search all the properties read
// so far, which took minutes; now it is linear.
func TestManyAttachmentRecords(t *testing.T) {
	const n = 100000
	attrs := [][]byte{version, rendData, title}
	one := attr(tnef.LevelAttachment, tnef.AttrAttachment, u32(1, tag(0x6000, tnef.TypeI2), 1))
	for range n {
		attrs = append(attrs, one)
	}
	attrs = append(attrs, attr(tnef.LevelAttachment, tnef.AttrAttachment, append(u32(1, tag(tnef.PidAttachDataBin, tnef.TypeBinary), 1, 2), "hi\x00\x00"...)))
	start := time.Now()
	m, err := tnef.Decode(bytes.NewReader(stream(attrs...)))
	if err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("%d attachment records took %v", n, elapsed)
	}
	if a := m.Attachments; len(a) != 1 || len(a[0].Props) != n || string(a[0].Data) != "hi" {
		t.Errorf("%d attachments; want one with %d properties and data \"hi\"", len(a), n)
	}
}

// TestHugeRTFHeader checks a body whose compressed RTF header claims 4 GB:
// the body is read with a size error, allocating about what the data holds.
func TestHugeRTFHeader(t *testing.T) {
	m := tnef.NewMessage(tnef.ClassNote, "huge")
	m.SetRTF([]byte(`{\rtf1\ansi small body}`))
	c, _ := m.Props.Bytes(tnef.PidRTFCompressed)
	binary.LittleEndian.PutUint32(c[4:], 0xFFFFFFFF)
	got, err := tnef.Decode(bytes.NewReader(encoded(t, m)))
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b, err := got.Body()
	runtime.ReadMemStats(&after)
	if !errors.Is(err, rtf.ErrSize) || string(b.RTF) != `{\rtf1\ansi small body}` {
		t.Errorf("Body = %q, %v; want the body with ErrSize", b.RTF, err)
	}
	if used := after.TotalAlloc - before.TotalAlloc; used > 64<<10 {
		t.Errorf("allocated %d bytes for a 4 GB claim", used)
	}
}

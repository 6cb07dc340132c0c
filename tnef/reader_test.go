package tnef_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/exsh/exsh/tnef"
)

func encoded(t *testing.T, m *tnef.Message, opts ...tnef.WriteOption) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := tnef.Encode(&buf, m, opts...); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReaderStreams(t *testing.T) {
	m := tnef.NewMessage(tnef.ClassNote, "stream")
	m.Attachments = append(m.Attachments, tnef.NewFileAttachment("a.bin", randomBytes(4, 100000), ""))
	r, err := tnef.NewReader(bytes.NewReader(encoded(t, m, tnef.WithKey(0x0237))))
	if err != nil || r.Key != 0x0237 {
		t.Fatalf("NewReader: key %#x, %v", r.Key, err)
	}
	var ids []tnef.AttrID
	for {
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
		if a.ID == tnef.AttrAttachData {
			n, err := io.Copy(io.Discard, r)
			if err != nil || n != 100000 {
				t.Fatalf("streamed %d bytes of attAttachData: %v", n, err)
			}
		}
	}
	want := []tnef.AttrID{tnef.AttrTnefVersion, tnef.AttrOemCodepage, tnef.AttrPriority, tnef.AttrMessageClass,
		tnef.AttrSubject, tnef.AttrMsgProps, tnef.AttrAttachRendData, tnef.AttrAttachTitle, tnef.AttrAttachData, tnef.AttrAttachment}
	if !equalIDs(ids, want) {
		t.Errorf("attributes %v, want the Exchange order %v", ids, want)
	}
}

func equalIDs(a, b []tnef.AttrID) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDecodeErrors(t *testing.T) {
	good := encoded(t, tnef.NewMessage(tnef.ClassNote, "errors"))
	badSum := bytes.Clone(good)
	badSum[len(badSum)-1] ^= 1
	tests := []struct {
		name   string
		in     []byte
		want   error
		offset int64
	}{
		{"empty", nil, tnef.ErrSignature, 0},
		{"signature", []byte("not a tnef stream"), tnef.ErrSignature, 0},
		{"header", good[:6+5], tnef.ErrTruncated, 6},
		{"data", good[:len(good)-3], tnef.ErrTruncated, -1},
		{"checksum", badSum, tnef.ErrChecksum, -1},
	}
	for _, tt := range tests {
		_, err := tnef.Decode(bytes.NewReader(tt.in))
		var te *tnef.Error
		if !errors.Is(err, tt.want) || !errors.As(err, &te) || tt.offset >= 0 && te.Offset != tt.offset {
			t.Errorf("%s: err = %v, want %v at offset %d", tt.name, err, tt.want, tt.offset)
		}
	}
}

func TestDepthLimit(t *testing.T) {
	m := tnef.NewMessage(tnef.ClassNote, "level 0")
	for range 4 {
		outer := tnef.NewMessage(tnef.ClassNote, "level")
		outer.Attachments = append(outer.Attachments, tnef.NewEmbeddedAttachment(m))
		m = outer
	}
	data := encoded(t, m)
	if _, err := tnef.Decode(bytes.NewReader(data), tnef.WithMaxDepth(3)); !errors.Is(err, tnef.ErrDepth) {
		t.Errorf("depth 4 with limit 3: err = %v, want ErrDepth", err)
	}
	if _, err := tnef.Decode(bytes.NewReader(data), tnef.WithMaxDepth(4)); err != nil {
		t.Errorf("depth 4 with limit 4: %v", err)
	}
}

func TestWriterCompat(t *testing.T) {
	long := tnef.NewMessage(tnef.ClassNote, "names")
	long.SetNamed(tnef.Name{Set: tnef.PSInternetHeaders, Kind: tnef.NameString, Str: "x-ms-exchange-organization-a-very-long-header-name"}, tnef.TypeUnicode, "v")
	apptime := tnef.NewMessage(tnef.ClassNote, "apptime")
	apptime.Props.Set(tnef.Property{Tag: tnef.NewTag(0x6000, tnef.TypeAppTime), Value: 1.5})
	big := tnef.NewMessage(tnef.ClassNote, "big")
	big.SetHTML(make([]byte, 600<<10), 65001)
	bad := tnef.NewMessage(tnef.ClassNote, "bad value")
	bad.Props.Set(tnef.Property{Tag: tnef.NewTag(0x6001, tnef.TypeLong), Value: "not a number"})
	for name, tt := range map[string]struct {
		m    *tnef.Message
		want error
	}{"long name": {long, tnef.ErrCompat}, "apptime": {apptime, tnef.ErrCompat}, "600 KiB value": {big, tnef.ErrCompat}, "type": {bad, tnef.ErrValue}} {
		if err := tnef.Encode(io.Discard, tt.m); !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", name, err, tt.want)
		}
		if err := tnef.Encode(io.Discard, tt.m, tnef.WithoutCompatChecks()); tt.want == tnef.ErrCompat && err != nil {
			t.Errorf("%s without checks: %v", name, err)
		}
	}
}

func TestLongSubjectTruncatedInAttribute(t *testing.T) {
	subject := string(bytes.Repeat([]byte("ü"), 150))
	m := tnef.NewMessage(tnef.ClassNote, subject)
	var listing bytes.Buffer
	if err := tnef.Dump(&listing, bytes.NewReader(encoded(t, m))); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(listing.Bytes(), []byte("attSubject (100 bytes)")) {
		t.Errorf("attSubject not truncated to 99 bytes + NUL:\n%s", listing.Bytes())
	}
	got, _ := tnef.Decode(bytes.NewReader(encoded(t, m)))
	if got.Subject() != subject {
		t.Error("PR_SUBJECT lost the full subject")
	}
}

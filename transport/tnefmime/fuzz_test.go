package tnefmime_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/emersion/go-message"
	"github.com/exsh/exsh/transport/tnefmime"
)

// walkFind is the reference Find: go-message's entity walk, which decodes
// every part through its readers (Find decodes base64 in one pass).
func walkFind(r io.Reader) ([]tnefmime.Part, error) {
	e, err := message.Read(r)
	if err != nil && !message.IsUnknownCharset(err) {
		return nil, err
	}
	correlator := strings.TrimSpace(e.Header.Get(tnefmime.CorrelatorField))
	var parts []tnefmime.Part
	err = e.Walk(func(path []int, part *message.Entity, err error) error {
		if len(path) > tnefmime.MaxNesting {
			return tnefmime.ErrNesting
		}
		if err != nil && !message.IsUnknownCharset(err) {
			return err
		}
		t, params, _ := part.Header.ContentType()
		if !strings.EqualFold(t, tnefmime.ContentType) && !strings.EqualFold(t, tnefmime.ContentTypeVnd) {
			return nil
		}
		p := tnefmime.Part{ContentType: strings.ToLower(t), FileName: params["name"], Correlator: correlator}
		if _, dp, err := part.Header.ContentDisposition(); err == nil && dp["filename"] != "" {
			p.FileName = dp["filename"]
		}
		p.Data, err = io.ReadAll(part.Body)
		parts = append(parts, p)
		return err
	})
	return parts, err
}

// tnefPart is a message whose TNEF part has the given transfer encoding
// and body.
func tnefPart(encoding, body string) string {
	return "Content-Type: multipart/mixed; boundary=b\r\nX-MS-TNEF-Correlator: <c@d>\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n" +
		"--b\r\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\r\nContent-Transfer-Encoding: " + encoding + "\r\n\r\n" + body + "\r\n--b--\r\n"
}

// FuzzFind reads any bytes as a message holding TNEF: Find never panics,
// and it finds what go-message's walk finds. The two differ only where
// Find is stricter or more lenient on purpose: base64 that goes on after
// its padding, which the walk's decoder accepts when the padding ends one
// of the chunks it reads, is corrupt for Find; and an unknown transfer
// encoding of a part that is not TNEF, which the walk fails on, Find
// ignores (it decodes only the TNEF parts).
func FuzzFind(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "golden", "*.eml"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	stream := base64.StdEncoding.EncodeToString([]byte("\x78\x9f\x3e\x22 some stream bytes"))
	for _, s := range []string{
		"",
		"Subject: x\r\n\r\nplain\r\n",
		tnefPart("base64", stream),
		tnefPart("base64", stream[:8]+"\r\n "+stream[8:20]+"\t"+stream[20:]),
		tnefPart("base64", stream[:10]),
		tnefPart("base64", stream[:8]+"*"+stream[9:]),
		tnefPart("base64", "QQ==QUFB"),
		tnefPart("quoted-printable", "a=3Db=\r\nc"),
		tnefPart("x-unknown", "abc"),
		tnefPart("binary", "\x78\x9f\x3e\x22"),
		"Content-Type: application/ms-tnef\r\nContent-Transfer-Encoding: base64\r\n\r\n" + stream,
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: x-unknown\r\n\r\nhi\r\n--b--\r\n",
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/ms-tnef\r\nContent-Transfer-Encoding: base64\r\n\r\nQUFB",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, err := tnefmime.Find(bytes.NewReader(raw))
		want, wantErr := walkFind(bytes.NewReader(raw))
		var corrupt base64.CorruptInputError
		switch {
		case err == nil && wantErr == nil:
			if !samePartList(got, want) {
				t.Errorf("Find: %+v\nwalk: %+v", got, want)
			}
		case err == nil && !message.IsUnknownEncoding(wantErr):
			t.Errorf("Find found %d parts, the walk failed: %v", len(got), wantErr)
		case wantErr == nil && !errors.As(err, &corrupt):
			t.Errorf("Find failed (%v), the walk found %d parts", err, len(want))
		}
	})
}

// samePartList reports whether two lists of parts are equal, an empty
// Data equal to a nil one.
func samePartList(a, b []tnefmime.Part) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if !bytes.Equal(x.Data, y.Data) {
			return false
		}
		x.Data, y.Data = nil, nil
		if !reflect.DeepEqual(x, y) {
			return false
		}
	}
	return true
}

// TestFindBase64 checks the one-pass base64 decoding of a TNEF part: line
// breaks, spaces and tabs are skipped; corrupt base64 is an error whose
// offset is the byte offset in the part's body (line breaks included) of
// the first byte that cannot be decoded, or of the incomplete group of
// four at the end, and the part keeps what was decoded before it.
func TestFindBase64(t *testing.T) {
	tests := []struct {
		body, data string
		offset     int64 // -1: no error
	}{
		{"QUFB\r\nQUFB", "AAAAAA", -1},
		{"QUFB\r\n QU\tFB\r\n", "AAAAAA", -1},
		{"QUFB\nQQ=\r\n=", "AAAA", -1},
		{"QUFB\r\nQU*B", "AAA", 8},
		{"QUFB\r\nQQ", "AAA", 6},
		{"QQ==\r\nQUFB", "A", 6},
	}
	for _, tt := range tests {
		parts, err := tnefmime.Find(strings.NewReader(tnefPart("base64", tt.body)))
		var corrupt base64.CorruptInputError
		switch {
		case len(parts) != 1 || string(parts[0].Data) != tt.data:
			t.Errorf("%q: parts %+v, want one holding %q", tt.body, parts, tt.data)
		case tt.offset < 0 && err != nil:
			t.Errorf("%q: %v", tt.body, err)
		case tt.offset >= 0 && (!errors.As(err, &corrupt) || int64(corrupt) != tt.offset):
			t.Errorf("%q: err = %v, want illegal base64 data at input byte %d", tt.body, err, tt.offset)
		case tt.offset >= 0 && !strings.HasPrefix(err.Error(), "tnefmime: illegal base64 data at input byte "):
			t.Errorf("%q: err = %q", tt.body, err)
		}
	}
}

// TestFindEncodings checks the other transfer encodings of a TNEF part
// and that only the TNEF part's encoding matters.
func TestFindEncodings(t *testing.T) {
	parts, err := tnefmime.Find(strings.NewReader(tnefPart("quoted-printable", "a=3Db=\r\nc")))
	if err != nil || len(parts) != 1 || string(parts[0].Data) != "a=bc" || parts[0].Correlator != "<c@d>" {
		t.Errorf("quoted-printable: %v, %+v", err, parts)
	}
	if _, err := tnefmime.Find(strings.NewReader(tnefPart("x-uue", "abc"))); err == nil || !strings.Contains(err.Error(), `unhandled Content-Transfer-Encoding "x-uue"`) {
		t.Errorf("unknown encoding of the TNEF part: err = %v", err)
	}
	raw := strings.Replace(tnefPart("binary", "tnef"), "Content-Type: text/plain\r\n", "Content-Type: text/plain\r\nContent-Transfer-Encoding: x-uue\r\n", 1)
	if parts, err := tnefmime.Find(strings.NewReader(raw)); err != nil || len(parts) != 1 || string(parts[0].Data) != "tnef" {
		t.Errorf("unknown encoding of the text part: %v, %+v", err, parts)
	}
}

package tnef_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/exsh/exsh/internal/tneftest"
	"github.com/exsh/exsh/tnef"
	"github.com/exsh/exsh/tnef/rtf"
	"github.com/google/go-cmp/cmp"
)

func TestCorpus(t *testing.T) {
	dir := tneftest.CorpusDir(t)
	seen := map[string]bool{}
	for _, s := range tneftest.Corpus {
		if seen[s.File] {
			t.Fatalf("duplicate table entry %s", s.File)
		}
		seen[s.File] = true
		t.Run(s.File, func(t *testing.T) { checkSample(t, dir, s) })
	}
}

func checkSample(t *testing.T, dir string, s tneftest.Sample) {
	f, err := os.Open(filepath.Join(dir, s.File))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var warnings []error
	m, err := tnef.Decode(f, tnef.WithWarnings(func(e error) { warnings = append(warnings, e) }))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if got := len(warnings) == 1 && errors.Is(warnings[0], tnef.ErrTrailingData); got != s.Trailing || !s.Trailing && len(warnings) > 0 {
		t.Errorf("warnings = %v, want trailing-data warning: %v", warnings, s.Trailing)
	}
	if m.CodePage != s.CodePage || m.Class() != s.Class || m.Subject() != s.Subject {
		t.Errorf("code page, class, subject = %d, %q, %q; want %d, %q, %q", m.CodePage, m.Class(), m.Subject(), s.CodePage, s.Class, s.Subject)
	}
	checkBody(t, m, s)
	if diff := cmp.Diff(s.Atts, attachments(m)); diff != "" {
		t.Errorf("attachments (-want +got):\n%s", diff)
	}
}

func checkBody(t *testing.T, m *tnef.Message, s tneftest.Sample) {
	b, err := m.Body()
	if err != nil {
		t.Errorf("Body: %v", err)
	}
	n := len(b.RTF)
	if n == 0 {
		n = len(b.HTML)
	}
	if b.Kind != s.Body || n != s.BodyLen {
		t.Errorf("body %v of %d bytes, want %v of %d", b.Kind, n, s.Body, s.BodyLen)
	}
}

func attachments(m *tnef.Message) []tneftest.Attachment {
	var out []tneftest.Attachment
	for _, a := range m.Attachments {
		x := tneftest.Attachment{Name: a.FileName(), Size: len(a.Data)}
		if a.Embedded != nil {
			x.Embedded = a.Embedded.Subject()
		}
		if a.Object != nil {
			x.OLE, x.Size = a.Object.IID == tnef.IIDStorage, len(a.Object.Data)
		}
		out = append(out, x)
	}
	return out
}

// TestCorpusDetails checks facts beyond the table that the manifest gives.
func TestCorpusDetails(t *testing.T) {
	dir := tneftest.CorpusDir(t)
	read := func(name string) *tnef.Message {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		m, err := tnef.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return m
	}
	m := read("christmas.tnef")
	if v, _ := m.Props.Bool(tnef.PidReadReceiptRequested); !v {
		t.Error("christmas: PR_READ_RECEIPT_REQUESTED not TRUE")
	}
	inner := m.Attachments[2].Embedded
	if len(inner.Attachments) != 1 || len(inner.Attachments[0].Data) != 375081 || inner.Key != m.Key {
		t.Error("christmas: embedded appointment should hold the 375081-byte kitten and reuse key 0x0F26")
	}
	task := read("horde-tnef_task.tnef").Attachments[0]
	if hidden, _ := task.Props.Bool(tnef.PidAttachmentHidden); !hidden || task.Embedded.Class() != "IPM.Task" {
		t.Error("horde task: want a hidden embedded IPM.Task")
	}
	if r := task.Embedded.Recipients; len(r) != 1 || r[0].Name() != "Michael Rubinsky (mrubinsk@horde.org)" {
		t.Errorf("horde task: recipients = %v", r)
	}
	ukr := read("mimekit-ukr.tnef")
	if html, _ := ukr.Props.Bytes(tnef.PidHTML); !bytes.Contains(html, []byte("{EMAILSIGNATURE}")) {
		t.Error("ukr: HTML lacks {EMAILSIGNATURE}")
	}
}

func TestInvalidChecksum(t *testing.T) {
	path := filepath.Join(tneftest.CorpusDir(t), tneftest.CorruptSample)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = tnef.Decode(bytes.NewReader(data))
	var te *tnef.Error
	if !errors.Is(err, tnef.ErrChecksum) || !errors.As(err, &te) || te.Offset != tneftest.CorruptOffset {
		t.Fatalf("Decode = %v, want checksum error at offset 194 (attMsgProps)", err)
	}
	var warnings []error
	m, err := tnef.Decode(bytes.NewReader(data), tnef.WithChecksumWarnings(),
		tnef.WithWarnings(func(e error) { warnings = append(warnings, e) }))
	if err != nil || len(warnings) != 1 || !errors.Is(warnings[0], tnef.ErrChecksum) {
		t.Fatalf("with checksum warnings: err %v, warnings %v", err, warnings)
	}
	if got, _ := m.Props.Bytes(tnef.PidSearchKey); fmt.Sprintf("%X", got) != "4C8701152E82D311A7A50008C71BCA8D" || m.Class() != "IPM.Note" {
		t.Errorf("message ID %s, class %q", got, m.Class())
	}
	if _, err := m.Body(); !errors.Is(err, rtf.ErrCRC) {
		t.Errorf("Body() = %v, want the LZFu CRC error", err)
	}
}

// TestCorpusRawRTF rewrites the \'hh escapes above 0x7F in the RTF bodies
// of the corpus (and of its embedded messages) as the raw bytes they stand
// for, as some RTF writers store text: the text must not change. Raw bytes
// used to pass through undecoded, leaving invalid UTF-8.
func TestCorpusRawRTF(t *testing.T) {
	dir := tneftest.CorpusDir(t)
	escape := regexp.MustCompile(`\\'[89a-fA-F][0-9a-fA-F]`)
	unescape := func(e []byte) []byte {
		v, _ := strconv.ParseUint(string(e[2:]), 16, 8)
		return []byte{byte(v)}
	}
	checked := map[string]string{}
	for _, s := range tneftest.Corpus {
		data, err := os.ReadFile(filepath.Join(dir, s.File))
		if err != nil {
			t.Fatal(err)
		}
		m, err := tnef.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", s.File, err)
		}
		for _, msg := range withEmbedded(m) {
			b, _ := msg.Body()
			if !escape.Match(b.RTF) {
				continue
			}
			raw := escape.ReplaceAllFunc(b.RTF, unescape)
			want := rtf.PlainText(b.RTF)
			if got := rtf.PlainText(raw); got != want || !utf8.ValidString(got) {
				t.Errorf("%s: text of the raw RTF differs:\n%q\nwant\n%q", s.File, got, want)
			}
			kind, got := rtf.Decapsulate(raw)
			if wantKind, want := rtf.Decapsulate(b.RTF); kind != wantKind || kind != rtf.Native && !bytes.Equal(got, want) {
				t.Errorf("%s: the raw RTF decapsulates to other bytes", s.File)
			}
			checked[s.File] = want
		}
	}
	if len(checked) < 2 {
		t.Fatalf("only %d samples have escaped 8-bit text", len(checked))
	}
	if text := checked["MAPI_ATTACH_DATA_OBJ.tnef"]; !strings.Contains(text, "bodødamene er noe mer jålete") {
		t.Errorf("MAPI_ATTACH_DATA_OBJ.tnef: Norwegian text not decoded from code page 1252:\n%s", text)
	}
}

// withEmbedded returns m and every message embedded in it, at any depth.
func withEmbedded(m *tnef.Message) []*tnef.Message {
	out := []*tnef.Message{m}
	for _, a := range m.Attachments {
		if a.Embedded != nil {
			out = append(out, withEmbedded(a.Embedded)...)
		}
	}
	return out
}

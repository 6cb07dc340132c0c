package tnef_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/exsh/exsh/tnef"
	"github.com/exsh/exsh/tnef/rtf"
	"github.com/google/go-cmp/cmp"
)

// att is what the manifest says about one attachment.
type att struct {
	Name     string
	Size     int    // file bytes, or object bytes without the 16-byte IID
	Embedded string // subject of an embedded message
	OLE      bool
}

// sample is what the manifest says a corpus file decodes to.
type sample struct {
	file     string
	codePage uint32
	class    string
	subject  string
	body     tnef.BodyKind
	bodyLen  int // length of the decompressed RTF, or of the HTML when no RTF
	atts     []att
	trailing bool
}

var corpus = []sample{
	{file: "one-file.tnef", codePage: 1252, class: "IPM.Note", subject: "one-file", atts: []att{{Name: "AUTHORS", Size: 244}}},
	{file: "two-files.tnef", codePage: 1252, class: "IPM.Note", subject: "two files", atts: []att{{Name: "AUTHORS", Size: 244}, {Name: "README", Size: 893}}},
	{file: "rtf.tnef", codePage: 1252, class: "IPM.Note", body: tnef.BodyRTF, bodyLen: 593},
	{file: "body.tnef", codePage: 1252, class: "IPM.Note", subject: "Bill of Rights", body: tnef.BodyHTML, bodyLen: 5358},
	{file: "triples.tnef", codePage: 1251, class: "IPM.Appointment", subject: "Sample Summary", body: tnef.BodyRTF, bodyLen: 247},
	{file: "long-filename.tnef", codePage: 1252, class: "IPM.Note", subject: "RE: license file", body: tnef.BodyText, bodyLen: 1066,
		atts: []att{{Name: "allproductsmar2000.dat", Size: 279}}},
	{file: "MAPI_OBJECT.tnef", codePage: 1252, class: "IPM.Note", subject: "OCTOBER DISCOUNTED PRICE LIST", body: tnef.BodyRTF, bodyLen: 732,
		atts: []att{{Name: "Untitled_Attachment", Size: 628240 - 16, OLE: true}}},
	{file: "MAPI_ATTACH_DATA_OBJ.tnef", codePage: 1252, class: "IPM.Note", subject: "Bodø-damer på vei!", body: tnef.BodyRTF, bodyLen: 2429,
		atts: []att{{Name: "VIA_Nytt_1402.doc", Size: 61952}, {Name: "VIA_Nytt_1402.pdf", Size: 213685}, {Name: "VIA_Nytt_14021.htm", Size: 68919}}},
	{file: "multi-name-property.tnef", codePage: 1252, class: "IPM.Appointment", subject: "Pfingstmontag"},
	{file: "multi-value-attribute.tnef", codePage: 1252, class: "IPM.Note.Microsoft.Voicemail.UM.CA", subject: "Voice Mail (5 seconds)",
		body: tnef.BodyHTML, bodyLen: 1796, atts: []att{{Name: "208225__5_seconds__Voice_Mail.mp3", Size: 10656}}},
	{file: "unicode-mapi-attr.tnef", codePage: 1252, class: "IPM.Note", subject: "example", body: tnef.BodyHTML, bodyLen: 1226,
		atts: []att{{Name: "example.dat", Size: 1024}}},
	{file: "garbage-at-end.tnef", codePage: 1252, class: "REPORT.IPM.Note.IPNRN", subject: "Test with lots of addresses", trailing: true},
	{file: "christmas.tnef", codePage: 1252, class: "IPM.Note", subject: "Rich Text", body: tnef.BodyRTF, bodyLen: 15237,
		atts: []att{{Name: "kitten-playing-with-a-christmas-tree.jpg", Size: 375081},
			{Name: "Untitled Attachment", Embedded: "Build a train table"},
			{Name: "Untitled Attachment", Embedded: "Christmas Celebration!"}}},
	{file: "mimekit-winmail.tnef", codePage: 936, class: "IPM.Note", subject: "rt", body: tnef.BodyRTF, bodyLen: 13412,
		atts: []att{{Name: "Untitled Attachment", Size: 29200 - 16, OLE: true}, {Name: "Untitled Attachment", Size: 68624 - 16, OLE: true}}},
	{file: "mimekit-ukr.tnef", codePage: 1251, class: "IPM.Note", subject: "rr test 7", body: tnef.BodyHTML, bodyLen: 830},
	{file: "horde-winmail2.dat", codePage: 1252, class: "IPM.Schedule.Meeting.Request", subject: "Test Meeting", body: tnef.BodyRTF, bodyLen: 10106},
	{file: "horde-tnef_task.tnef", codePage: 1252, class: "IPM.TaskRequest", subject: "Test Task", body: tnef.BodyRTF, bodyLen: 856,
		atts: []att{{Name: "Untitled Attachment", Embedded: "Test Task"}}},
	{file: "poi-bug52400-winmail-simple.dat", codePage: 1252, class: "IPM.Note", subject: "Testing TNEF Message", body: tnef.BodyHTML, bodyLen: 473, trailing: true},
	{file: "poi-quick-winmail.dat", codePage: 1252, class: "IPM.Note", subject: "This is a test message", body: tnef.BodyRTF, bodyLen: 25528,
		atts: []att{{Name: "quick.doc", Size: 19968}, {Name: "quick.html", Size: 428}, {Name: "quick.pdf", Size: 18638},
			{Name: "quick.txt", Size: 235}, {Name: "quick.xml", Size: 143}}},
	{file: "uponus-signed.tnef", codePage: 1252, class: "IPM.Note.SMIME.MultipartSigned", subject: "Outlook 2003 signiert + Anhang",
		body: tnef.BodyHTML, bodyLen: 2455, atts: []att{{Name: "smime.p7m", Size: 11179}}},
}

func TestCorpus(t *testing.T) {
	dir := corpusDir(t)
	seen := map[string]bool{}
	for _, s := range corpus {
		if seen[s.file] {
			t.Fatalf("duplicate table entry %s", s.file)
		}
		seen[s.file] = true
		t.Run(s.file, func(t *testing.T) { checkSample(t, dir, s) })
	}
}

func checkSample(t *testing.T, dir string, s sample) {
	f, err := os.Open(filepath.Join(dir, s.file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var warnings []error
	m, err := tnef.Decode(f, tnef.WithWarnings(func(e error) { warnings = append(warnings, e) }))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if got := len(warnings) == 1 && errors.Is(warnings[0], tnef.ErrTrailingData); got != s.trailing || !s.trailing && len(warnings) > 0 {
		t.Errorf("warnings = %v, want trailing-data warning: %v", warnings, s.trailing)
	}
	if m.CodePage != s.codePage || m.Class() != s.class || m.Subject() != s.subject {
		t.Errorf("code page, class, subject = %d, %q, %q; want %d, %q, %q", m.CodePage, m.Class(), m.Subject(), s.codePage, s.class, s.subject)
	}
	checkBody(t, m, s)
	if diff := cmp.Diff(s.atts, attachments(m)); diff != "" {
		t.Errorf("attachments (-want +got):\n%s", diff)
	}
}

func checkBody(t *testing.T, m *tnef.Message, s sample) {
	b, err := m.Body()
	if err != nil {
		t.Errorf("Body: %v", err)
	}
	n := len(b.RTF)
	if n == 0 {
		n = len(b.HTML)
	}
	if b.Kind != s.body || n != s.bodyLen {
		t.Errorf("body %v of %d bytes, want %v of %d", b.Kind, n, s.body, s.bodyLen)
	}
}

func attachments(m *tnef.Message) []att {
	var out []att
	for _, a := range m.Attachments {
		x := att{Name: a.FileName(), Size: len(a.Data)}
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
	dir := corpusDir(t)
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
	path := filepath.Join(corpusDir(t), "qu-invalid-checksum.tnef")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = tnef.Decode(bytes.NewReader(data))
	var te *tnef.Error
	if !errors.Is(err, tnef.ErrChecksum) || !errors.As(err, &te) || te.Offset != 194 {
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

package tneftest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/exsh/exsh/tnef"
)

// Attachment is what the manifest says about one attachment.
type Attachment struct {
	Name     string
	Size     int    // file bytes, or object bytes without the 16-byte IID
	Embedded string // subject of an embedded message
	OLE      bool
}

// Sample is what the manifest says a corpus file decodes to.
type Sample struct {
	File     string
	CodePage uint32
	Class    string
	Subject  string
	Body     tnef.BodyKind
	BodyLen  int // length of the decompressed RTF, or of the HTML when no RTF
	Atts     []Attachment
	Trailing bool // bytes follow the stream
}

// Corpus lists every valid TNEF stream of the corpus with its facts.
// qu-invalid-checksum.tnef, the corrupt sample, is [CorruptSample].
var Corpus = []Sample{
	{File: "one-file.tnef", CodePage: 1252, Class: "IPM.Note", Subject: "one-file", Atts: []Attachment{{Name: "AUTHORS", Size: 244}}},
	{File: "two-files.tnef", CodePage: 1252, Class: "IPM.Note", Subject: "two files", Atts: []Attachment{{Name: "AUTHORS", Size: 244}, {Name: "README", Size: 893}}},
	{File: "rtf.tnef", CodePage: 1252, Class: "IPM.Note", Body: tnef.BodyRTF, BodyLen: 593},
	{File: "body.tnef", CodePage: 1252, Class: "IPM.Note", Subject: "Bill of Rights", Body: tnef.BodyHTML, BodyLen: 5358},
	{File: "triples.tnef", CodePage: 1251, Class: "IPM.Appointment", Subject: "Sample Summary", Body: tnef.BodyRTF, BodyLen: 247},
	{File: "long-filename.tnef", CodePage: 1252, Class: "IPM.Note", Subject: "RE: license file", Body: tnef.BodyText, BodyLen: 1066,
		Atts: []Attachment{{Name: "allproductsmar2000.dat", Size: 279}}},
	{File: "MAPI_OBJECT.tnef", CodePage: 1252, Class: "IPM.Note", Subject: "OCTOBER DISCOUNTED PRICE LIST", Body: tnef.BodyRTF, BodyLen: 732,
		Atts: []Attachment{{Name: "Untitled_Attachment", Size: 628240 - 16, OLE: true}}},
	{File: "MAPI_ATTACH_DATA_OBJ.tnef", CodePage: 1252, Class: "IPM.Note", Subject: "Bodø-damer på vei!", Body: tnef.BodyRTF, BodyLen: 2429,
		Atts: []Attachment{{Name: "VIA_Nytt_1402.doc", Size: 61952}, {Name: "VIA_Nytt_1402.pdf", Size: 213685}, {Name: "VIA_Nytt_14021.htm", Size: 68919}}},
	{File: "multi-name-property.tnef", CodePage: 1252, Class: "IPM.Appointment", Subject: "Pfingstmontag"},
	{File: "multi-value-attribute.tnef", CodePage: 1252, Class: "IPM.Note.Microsoft.Voicemail.UM.CA", Subject: "Voice Mail (5 seconds)",
		Body: tnef.BodyHTML, BodyLen: 1796, Atts: []Attachment{{Name: "208225__5_seconds__Voice_Mail.mp3", Size: 10656}}},
	{File: "unicode-mapi-attr.tnef", CodePage: 1252, Class: "IPM.Note", Subject: "example", Body: tnef.BodyHTML, BodyLen: 1226,
		Atts: []Attachment{{Name: "example.dat", Size: 1024}}},
	{File: "garbage-at-end.tnef", CodePage: 1252, Class: "REPORT.IPM.Note.IPNRN", Subject: "Test with lots of addresses", Trailing: true},
	{File: "christmas.tnef", CodePage: 1252, Class: "IPM.Note", Subject: "Rich Text", Body: tnef.BodyRTF, BodyLen: 15237,
		Atts: []Attachment{{Name: "kitten-playing-with-a-christmas-tree.jpg", Size: 375081},
			{Name: "Untitled Attachment", Embedded: "Build a train table"},
			{Name: "Untitled Attachment", Embedded: "Christmas Celebration!"}}},
	{File: "mimekit-winmail.tnef", CodePage: 936, Class: "IPM.Note", Subject: "rt", Body: tnef.BodyRTF, BodyLen: 13412,
		Atts: []Attachment{{Name: "Untitled Attachment", Size: 29200 - 16, OLE: true}, {Name: "Untitled Attachment", Size: 68624 - 16, OLE: true}}},
	{File: "mimekit-ukr.tnef", CodePage: 1251, Class: "IPM.Note", Subject: "rr test 7", Body: tnef.BodyHTML, BodyLen: 830},
	{File: "horde-winmail2.dat", CodePage: 1252, Class: "IPM.Schedule.Meeting.Request", Subject: "Test Meeting", Body: tnef.BodyRTF, BodyLen: 10106},
	{File: "horde-tnef_task.tnef", CodePage: 1252, Class: "IPM.TaskRequest", Subject: "Test Task", Body: tnef.BodyRTF, BodyLen: 856,
		Atts: []Attachment{{Name: "Untitled Attachment", Embedded: "Test Task"}}},
	{File: "poi-bug52400-winmail-simple.dat", CodePage: 1252, Class: "IPM.Note", Subject: "Testing TNEF Message", Body: tnef.BodyHTML, BodyLen: 473, Trailing: true},
	{File: "poi-quick-winmail.dat", CodePage: 1252, Class: "IPM.Note", Subject: "This is a test message", Body: tnef.BodyRTF, BodyLen: 25528,
		Atts: []Attachment{{Name: "quick.doc", Size: 19968}, {Name: "quick.html", Size: 428}, {Name: "quick.pdf", Size: 18638},
			{Name: "quick.txt", Size: 235}, {Name: "quick.xml", Size: 143}}},
	{File: "uponus-signed.tnef", CodePage: 1252, Class: "IPM.Note.SMIME.MultipartSigned", Subject: "Outlook 2003 signiert + Anhang",
		Body: tnef.BodyHTML, BodyLen: 2455, Atts: []Attachment{{Name: "smime.p7m", Size: 11179}}},
}

// MIMESamples are the corpus's complete MIME messages and the TNEF stream
// each carries.
var MIMESamples = map[string]string{
	"mimekit-ukr.eml":     "mimekit-ukr.tnef",
	"horde-tnef_task.eml": "horde-tnef_task.tnef",
}

// CorruptSample is rtf.tnef with one byte changed inside attMsgProps: its
// checksum does not match at offset CorruptOffset.
const (
	CorruptSample = "qu-invalid-checksum.tnef"
	CorruptOffset = 194
)

// CorpusDir returns the shared sample directory, which sits beside the
// repository root: <root>/../shared/testdata/tnef. Without it the test is
// skipped, except under CI, where it fails.
func CorpusDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(RepoRoot(t), "..", "shared", "testdata", "tnef")
	if _, err := os.Stat(dir); err != nil {
		Missing(t, "TNEF sample corpus not found at "+dir)
	}
	return dir
}

// RepoRoot returns the directory holding go.mod above the working directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// Missing skips the test, or fails it when the CI variable is set.
func Missing(t testing.TB, what string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s (CI is set, so this is an error)", what)
	}
	t.Skipf("%s; skipping", what)
}

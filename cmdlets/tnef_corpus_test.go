package cmdlets

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/exsh/exsh/internal/tneftest"
)

// TestGetTnefContentCorpus runs Get-TnefContent over every valid corpus
// sample (and the MIME messages carrying two of them) and checks the
// manifest's facts: subject, class, body format, attachment names and
// sizes.
func TestGetTnefContentCorpus(t *testing.T) {
	dir := tneftest.CorpusDir(t)
	byFile := map[string]tneftest.Sample{}
	for _, s := range tneftest.Corpus {
		byFile[s.File] = s
		t.Run(s.File, func(t *testing.T) { checkTnefContent(t, filepath.Join(dir, s.File), s) })
	}
	for eml, stream := range tneftest.MIMESamples {
		t.Run(eml, func(t *testing.T) { checkTnefContent(t, filepath.Join(dir, eml), byFile[stream]) })
	}
}

func checkTnefContent(t *testing.T, path string, s tneftest.Sample) {
	res := utilRun(newUtilHost(t), "Get-TnefContent", nil, path)
	if res.err != nil || len(res.sink.errs) > 0 || len(res.sink.warnings) > 0 || len(res.sink.out) != 1 {
		t.Fatalf("err %v, errors %v, warnings %v, %d objects", res.err, res.sink.errs, res.sink.warnings, len(res.sink.out))
	}
	m := res.sink.out[0].(*TnefMessage)
	if m.Subject != s.Subject || m.MessageClass != s.Class || m.BodyFormat != bodyFormats[s.Body] {
		t.Errorf("subject, class, body = %q, %q, %s; want %q, %q, %s", m.Subject, m.MessageClass, m.BodyFormat, s.Subject, s.Class, bodyFormats[s.Body])
	}
	if len(m.Attachments) != len(s.Atts) {
		t.Fatalf("%d attachments, want %d", len(m.Attachments), len(s.Atts))
	}
	for i, want := range s.Atts {
		got := m.Attachments[i]
		embedded := want.Embedded != ""
		if embedded && (got.EmbeddedMessage == nil || got.EmbeddedMessage.Subject != want.Embedded || got.Size == 0) {
			t.Errorf("attachment %d: embedded message %+v, want subject %q", i, got.EmbeddedMessage, want.Embedded)
		}
		if got.Name != want.Name || got.IsEmbeddedMessage != embedded || !embedded && got.Size != want.Size {
			t.Errorf("attachment %d = %q (%d bytes, embedded %v), want %q (%d bytes, embedded %v)",
				i, got.Name, got.Size, got.IsEmbeddedMessage, want.Name, want.Size, embedded)
		}
	}
	if len(m.Properties) == 0 {
		t.Error("no properties")
	}
}

func TestGetTnefContentCorrupt(t *testing.T) {
	path := filepath.Join(tneftest.CorpusDir(t), tneftest.CorruptSample)
	res := utilRun(newUtilHost(t), "Get-TnefContent", nil, path)
	var e *Error
	if res.err != nil || len(res.sink.out) != 0 || len(res.sink.errs) != 1 || !errors.As(res.sink.errs[0], &e) {
		t.Fatalf("err %v, output %v, errors %v; want one non-terminating error", res.err, res.sink.out, res.sink.errs)
	}
	if e.ID != "TnefChecksumMismatch" || e.Category != "InvalidData" || e.Reason != "InvalidDataException" || e.TargetName != path {
		t.Errorf("error %+v", e)
	}
	res = utilRun(newUtilHost(t), "Get-TnefContent", nil, path, utilParam("IgnoreChecksum"))
	if len(res.sink.errs) != 0 || len(res.sink.out) != 1 || len(res.sink.warnings) != 2 {
		t.Fatalf("-IgnoreChecksum: errors %v, %d objects, warnings %q; want the message with checksum and body warnings",
			res.sink.errs, len(res.sink.out), res.sink.warnings)
	}
	if m := res.sink.out[0].(*TnefMessage); m.BodyFormat != "RichText" || m.MessageClass != "IPM.Note" {
		t.Errorf("-IgnoreChecksum: %s body, class %q", m.BodyFormat, m.MessageClass)
	}
}

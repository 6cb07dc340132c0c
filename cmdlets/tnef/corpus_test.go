package tnef

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlet/cmdlettest"
	"github.com/exsh/exsh/internal/tneftest"
	"github.com/google/go-cmp/cmp"
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
	res := cmdlettest.Run(newHost(t), "Get-TnefContent", nil, path)
	if res.Err != nil || len(res.Errs) > 0 || len(res.Out) != 1 {
		t.Fatalf("err %v, errors %v, %d objects", res.Err, res.Errs, len(res.Out))
	}
	// Bytes after the stream are a warning the user sees, as `tnef` prints
	// "garbage at end of file"; they used to show only with -Verbose.
	var want []string
	if s.Trailing {
		want = []string{fmt.Sprintf("The TNEF stream of '%s' ends at offset %d, before the end of its data; the rest (%s) is ignored.",
			path, trailing[s.File].offset, trailing[s.File].rest)}
	}
	if diff := cmp.Diff(want, res.Warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	m := res.Out[0].(*TnefMessage)
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

// trailing gives, for the samples with bytes after the stream, where the
// stream ends and what follows (MANIFEST.md: one 0x0A byte, and CR LF).
var trailing = map[string]struct {
	offset int
	rest   string
}{
	"garbage-at-end.tnef":             {4183, "1 byte"},
	"poi-bug52400-winmail-simple.dat": {4545, "2 bytes"},
}

func TestGetTnefContentCorrupt(t *testing.T) {
	path := filepath.Join(tneftest.CorpusDir(t), tneftest.CorruptSample)
	res := cmdlettest.Run(newHost(t), "Get-TnefContent", nil, path)
	var e *cmdlet.Error
	if res.Err != nil || len(res.Out) != 0 || len(res.Errs) != 1 || !errors.As(res.Errs[0], &e) {
		t.Fatalf("err %v, output %v, errors %v; want one non-terminating error", res.Err, res.Out, res.Errs)
	}
	if e.ID != "TnefChecksumMismatch" || e.Category != "InvalidData" || e.Reason != "InvalidDataException" || e.TargetName != path {
		t.Errorf("error %+v", e)
	}
	res = cmdlettest.Run(newHost(t), "Get-TnefContent", nil, path, cmdlettest.Param("IgnoreChecksum"))
	if len(res.Errs) != 0 || len(res.Out) != 1 || len(res.Warnings) != 2 {
		t.Fatalf("-IgnoreChecksum: errors %v, %d objects, warnings %q; want the message with checksum and body warnings",
			res.Errs, len(res.Out), res.Warnings)
	}
	if m := res.Out[0].(*TnefMessage); m.BodyFormat != "RichText" || m.MessageClass != "IPM.Note" {
		t.Errorf("-IgnoreChecksum: %s body, class %q", m.BodyFormat, m.MessageClass)
	}
}

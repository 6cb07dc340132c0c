package tnef_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/exsh/exsh/internal/tneftest"
	"github.com/exsh/exsh/tnef"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenCases are written streams pinned byte for byte; each .tnef has a
// Dump listing beside it (.txt), so a change shows up readably in review.
func goldenCases() map[string]struct {
	m    *tnef.Message
	opts []tnef.WriteOption
} {
	at := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	text := tnef.NewMessage(tnef.ClassNote, "Golden plain text")
	text.SetText("Hello,\r\nthis is plain text.\r\n")
	text.SetTime(tnef.PidClientSubmitTime, at)
	text.Props.Set(tnef.Property{Tag: tnef.NewTag(tnef.PidSearchKey, tnef.TypeBinary), Value: []byte("0123456789abcdef")})
	text.Attachments = append(text.Attachments, tnef.NewFileAttachment("hello.txt", []byte("hello\r\n"), "text/plain"))
	html := tnef.NewMessage(tnef.ClassNote, "Golden HTML")
	html.SetHTML([]byte("<html><body><p>Hi</p></body></html>"), 65001)
	html.AddRecipient(tnef.To, "Bo Bell", "bo@fabrikam.com")
	meeting := tnef.NewMeetingRequest(tnef.Meeting{Subject: "Golden meeting", Location: "Room 1",
		Start: at, End: at.Add(time.Hour), Organizer: "alex@contoso.com", UID: []byte("golden")})
	task := tnef.NewTaskRequest(tnef.NewTask("Golden task", at, at.Add(24*time.Hour)))
	return map[string]struct {
		m    *tnef.Message
		opts []tnef.WriteOption
	}{
		"text-exchange": {text, []tnef.WriteOption{tnef.WithKey(0x1234), tnef.WithCorrelator("<golden@contoso.com>")}},
		"text-outlook":  {text, []tnef.WriteOption{tnef.WithKey(0x1234), tnef.WithProfile(tnef.ProfileOutlook)}},
		"html-pure":     {html, []tnef.WriteOption{tnef.WithKey(0x1234), tnef.WithProfile(tnef.ProfilePure)}},
		"meeting":       {meeting, []tnef.WriteOption{tnef.WithKey(0x4321)}},
		"task-request":  {task, []tnef.WriteOption{tnef.WithKey(0x4321)}},
	}
}

func TestGolden(t *testing.T) {
	dir := filepath.Join("testdata", "golden")
	for name, c := range goldenCases() {
		var stream, listing bytes.Buffer
		if err := tnef.Encode(&stream, c.m, c.opts...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := tnef.Dump(&listing, bytes.NewReader(stream.Bytes())); err != nil {
			t.Fatalf("%s: Dump: %v", name, err)
		}
		base := filepath.Join(dir, name)
		if *update {
			os.MkdirAll(dir, 0o755)
			os.WriteFile(base+".tnef", stream.Bytes(), 0o644)
			os.WriteFile(base+".txt", listing.Bytes(), 0o644)
			continue
		}
		wantStream, err1 := os.ReadFile(base + ".tnef")
		wantListing, err2 := os.ReadFile(base + ".txt")
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: missing golden files (run go test -update): %v %v", name, err1, err2)
		}
		if diff := cmp.Diff(string(wantListing), listing.String()); diff != "" {
			t.Errorf("%s: listing differs (-golden +got):\n%s", name, diff)
		}
		if !bytes.Equal(wantStream, stream.Bytes()) {
			t.Errorf("%s: stream bytes differ from %s.tnef", name, base)
		}
	}
}

func TestDumpCorpus(t *testing.T) {
	dir := tneftest.CorpusDir(t)
	for _, s := range tneftest.Corpus {
		data, err := os.ReadFile(filepath.Join(dir, s.File))
		if err != nil {
			t.Fatal(err)
		}
		if err := tnef.Dump(new(bytes.Buffer), bytes.NewReader(data)); err != nil {
			t.Errorf("%s: Dump: %v", s.File, err)
		}
	}
}

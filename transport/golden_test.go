package transport

import (
	"bytes"
	"encoding/hex"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"
	"github.com/exsh/exsh/internal/tneftest"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/transport/tnefmime"
)

var update = flag.Bool("update", false, "rewrite the golden .eml files in testdata/golden")

// goldenCases are the wire forms, each made by one submission in a new lab.
var goldenCases = []struct {
	name  string
	setup func(l *lab)
	sub   Submission
}{
	{"tnef", setTnef(true), Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Quarterly numbers",
		Body: "Hello Bob,\nthe numbers are attached.", BodyFormat: model.RichText, ReadReceipt: true,
		Attachments: []File{{Name: "numbers.txt", Data: []byte("Q1 42\r\nQ2 43\r\n")}}}},
	{"html", nil, Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Quarterly numbers",
		Body: "Hello Bob,\nthe numbers are attached.", BodyFormat: model.RichText, ReadReceipt: true,
		Attachments: []File{{Name: "numbers.txt", Data: []byte("Q1 42\r\nQ2 43\r\n")}}}},
	{"text", setTnef(false), Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Plain", Body: "Just text.", BodyFormat: model.PlainText}},
	{"meeting", nil, Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Design review", Body: "Let's meet.",
		Meeting: &Meeting{Start: time.Date(2026, 3, 15, 14, 0, 0, 0, time.UTC), End: time.Date(2026, 3, 15, 15, 0, 0, 0, time.UTC), Location: "Room 4"}}},
}

// setTnef sets TNEFEnabled on Contoso's Default remote domain.
func setTnef(v bool) func(l *lab) {
	return func(l *lab) { l.setTnefIn(l.a, v) }
}

// setTnefIn sets TNEFEnabled on the Default remote domain of org.
func (l *lab) setTnefIn(org model.Guid, v bool) {
	l.update(func(tx storage.Tx) error {
		rd, err := storage.Resolve[model.RemoteDomain](tx, org, "Default")
		if err != nil {
			return err
		}
		rd.TNEFEnabled = &v
		return storage.Put(tx, org, rd)
	})
}

// TestGolden checks the bytes that cross the boundary for each wire form
// against testdata/golden, and that a MIME parser reads them.
func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			l := newLab(t, model.Exchange2013)
			if tc.setup != nil {
				tc.setup(l)
			}
			l.send(&tc.sub)
			items := l.items(l.b, "Bob Baker")
			if len(items) != 1 {
				t.Fatalf("bob has %d items", len(items))
			}
			wire := items[0].Wire
			path := filepath.Join("testdata", "golden", tc.name+".eml")
			if *update {
				if err := os.WriteFile(path, wire, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(wire, want) {
				t.Errorf("%s differs from the golden file (go test ./transport -run TestGolden -update rewrites it):\n%s", path, wire)
			}
			walkAll(t, wire)
		})
	}
}

// walkAll parses raw with go-message and reads every part.
func walkAll(t *testing.T, raw []byte) {
	t.Helper()
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("MIME: %v", err)
	}
	err = e.Walk(func(_ []int, p *message.Entity, err error) error {
		if err != nil || p.MultipartReader() != nil {
			return err
		}
		_, err = io.Copy(io.Discard, p.Body)
		return err
	})
	if err != nil {
		t.Fatalf("MIME: %v", err)
	}
}

// goldenTnef returns the winmail.dat of the golden TNEF message.
func goldenTnef(t *testing.T) (string, []byte) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "golden", "tnef.eml"))
	if err != nil {
		t.Fatal(err)
	}
	parts, err := tnefmime.Find(bytes.NewReader(raw))
	if err != nil || len(parts) != 1 {
		t.Fatalf("tnef.eml: %d TNEF parts, %v", len(parts), err)
	}
	path := filepath.Join(t.TempDir(), "winmail.dat")
	if err := os.WriteFile(path, parts[0].Data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, parts[0].Data
}

// TestGoldenDecoders opens the winmail.dat that crossed the boundary with
// the independent decoders: tnef, ytnef and Convert::TNEF each find the
// attachment.
func TestGoldenDecoders(t *testing.T) {
	path, _ := goldenTnef(t)
	t.Run("tnef", func(t *testing.T) {
		dir := t.TempDir()
		out, err := tneftest.Run(tneftest.Tool(t, "tnef"), "-C", dir, "-f", path)
		if err != nil || out != "" {
			t.Fatalf("tnef: %v %s", err, out)
		}
		wantAttachment(t, filepath.Join(dir, "numbers.txt"))
	})
	t.Run("ytnef", func(t *testing.T) {
		dir := t.TempDir()
		out, err := tneftest.Run(tneftest.Tool(t, "ytnef"), "-f", dir, path)
		if err != nil {
			t.Fatalf("ytnef: %v %s", err, out)
		}
		wantAttachment(t, filepath.Join(dir, "numbers.txt"))
	})
	t.Run("Convert::TNEF", func(t *testing.T) {
		perl, script := tneftest.Perl(t)
		dir := t.TempDir()
		out, err := tneftest.Run(perl, script, path, dir)
		if err != nil || !strings.Contains(out, "Subject\t") {
			t.Fatalf("Convert::TNEF: %v %s", err, out)
		}
		wantAttachment(t, filepath.Join(dir, "att1"))
	})
}

// wantAttachment checks a decoded attachment's bytes.
func wantAttachment(t *testing.T, path string) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "Q1 42\r\nQ2 43\r\n" {
		t.Errorf("%s: %q %v", filepath.Base(path), got, err)
	}
}

// answerCases are the answers whose bytes are golden: each sends the
// original, lets Bob answer and keeps what reached the Administrator.
var answerCases = []struct {
	name     string
	setup    func(l *lab)
	sub      Submission
	kind     AnswerKind
	response string
}{
	{"mdn", nil, Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Quarterly numbers", Body: "Please confirm.", ReadReceipt: true}, ReadReceipt, ""},
	{"tnef-report", bothTnef, Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Quarterly numbers", Body: "Please confirm.", ReadReceipt: true}, ReadReceipt, ""},
	{"ical-reply", nil, Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Design review",
		Meeting: &Meeting{Start: time.Date(2026, 3, 15, 14, 0, 0, 0, time.UTC), End: time.Date(2026, 3, 15, 15, 0, 0, 0, time.UTC), Location: "Room 4"}}, MeetingResponse, "Accept"},
	{"dsn", nil, Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Tracked", DeliveryReceipt: true}, "", ""},
}

// bothTnef makes both organizations send TNEF to each other.
func bothTnef(l *lab) {
	l.setTnefIn(l.a, true)
	l.setTnefIn(l.b, true)
}

// TestGoldenAnswers checks the bytes of a receipt, a response and a
// delivery report as they reach the original sender.
func TestGoldenAnswers(t *testing.T) {
	for _, tc := range answerCases {
		t.Run(tc.name, func(t *testing.T) {
			l := newLab(t, model.Exchange2013)
			if tc.setup != nil {
				tc.setup(l)
			}
			rep := l.send(&tc.sub)
			if tc.kind != "" {
				l.update(func(tx storage.Tx) error {
					_, err := Respond(tx, l.env, l.b, "bob", rep.MessageId, tc.kind, tc.response)
					return err
				})
			}
			var wire []byte
			for _, it := range l.items(l.a, "Administrator") {
				if it.Folder == "Inbox" {
					wire = it.Wire
				}
			}
			if wire == nil {
				t.Fatal("nothing came back")
			}
			path := filepath.Join("testdata", "golden", tc.name+".eml")
			if *update {
				if err := os.WriteFile(path, wire, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(wire, want) {
				t.Errorf("%s differs from the golden file (-update rewrites it):\n%s", path, wire)
			}
			walkAll(t, wire)
		})
	}
}

// TestGoldenReportDecoders opens the TNEF read receipt with the
// independent decoders.
func TestGoldenReportDecoders(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "golden", "tnef-report.eml"))
	if err != nil {
		t.Fatal(err)
	}
	parts, err := tnefmime.Find(bytes.NewReader(raw))
	if err != nil || len(parts) != 1 {
		t.Fatalf("tnef-report.eml: %d TNEF parts, %v", len(parts), err)
	}
	path := filepath.Join(t.TempDir(), "winmail.dat")
	if err := os.WriteFile(path, parts[0].Data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := tneftest.Run(tneftest.Tool(t, "tnef"), "-C", t.TempDir(), "-f", path); err != nil || out != "" {
		t.Errorf("tnef: %v %s", err, out)
	}
	if out, err := tneftest.Run(tneftest.Tool(t, "ytnef"), "-f", t.TempDir(), path); err != nil {
		t.Errorf("ytnef: %v %s", err, out)
	}
	perl, script := tneftest.Perl(t)
	out, err := tneftest.Run(perl, script, path, t.TempDir())
	if err != nil || !strings.Contains(out, "MessageClass\t"+hex.EncodeToString([]byte("IPM.Microsoft Mail.Read Receipt"))) {
		t.Errorf("Convert::TNEF: %v %s", err, out)
	}
}

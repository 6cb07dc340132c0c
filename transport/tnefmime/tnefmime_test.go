package tnefmime_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"
	"github.com/exsh/exsh/internal/tneftest"
	"github.com/exsh/exsh/tnef"
	"github.com/exsh/exsh/transport/tnefmime"
)

func TestUnwrapCorpus(t *testing.T) {
	dir := tneftest.CorpusDir(t)
	tests := []struct {
		eml, tnef, class, subject string
		correlatorLen             int
	}{
		{"mimekit-ukr.eml", "mimekit-ukr.tnef", "IPM.Note", "rr test 7", 84},
		{"horde-tnef_task.eml", "horde-tnef_task.tnef", "IPM.TaskRequest", "Test Task", 140},
	}
	for _, tt := range tests {
		f, err := os.Open(filepath.Join(dir, tt.eml))
		if err != nil {
			t.Fatal(err)
		}
		m, p, err := tnefmime.Unwrap(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", tt.eml, err)
		}
		want, _ := os.ReadFile(filepath.Join(dir, tt.tnef))
		if !bytes.Equal(p.Data, want) || p.FileName != "winmail.dat" || p.ContentType != tnefmime.ContentType {
			t.Errorf("%s: part %q %q with %d bytes, want winmail.dat equal to %s", tt.eml, p.ContentType, p.FileName, len(p.Data), tt.tnef)
		}
		if m.Class() != tt.class || m.Subject() != tt.subject || len(p.Correlator) != tt.correlatorLen || m.Correlator() != p.Correlator {
			t.Errorf("%s: class %q subject %q correlator %q / %q", tt.eml, m.Class(), m.Subject(), p.Correlator, m.Correlator())
		}
	}
}

func encode(t *testing.T, correlator string) []byte {
	m := tnef.NewMessage(tnef.ClassNote, "wrapped")
	m.SetText("body\r\n")
	m.Attachments = append(m.Attachments, tnef.NewFileAttachment("a.txt", []byte("data"), "text/plain"))
	var buf bytes.Buffer
	if err := tnef.Encode(&buf, m, tnef.WithCorrelator(correlator)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func header() message.Header {
	var h message.Header
	h.Set("Subject", "wrapped")
	h.Set("Message-Id", "<w1@contoso.com>")
	return h
}

func TestWrapRoundTrip(t *testing.T) {
	stream := encode(t, "<w1@contoso.com>")
	var out bytes.Buffer
	if err := tnefmime.Wrap(&out, header(), stream, tnefmime.Options{Correlator: "<w1@contoso.com>", Text: "body\r\n"}); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	disp := strings.Index(text, `Content-Disposition: attachment; filename="winmail.dat"`)
	ctype := strings.Index(text, `Content-Type: application/ms-tnef; name="winmail.dat"`)
	if disp < 0 || ctype < disp || !strings.Contains(text, "X-Ms-Tnef-Correlator: <w1@contoso.com>") {
		t.Errorf("unexpected MIME layout:\n%s", text)
	}
	m, p, err := tnefmime.Unwrap(bytes.NewReader(out.Bytes()))
	if err != nil || !bytes.Equal(p.Data, stream) || len(m.Attachments) != 1 {
		t.Fatalf("Unwrap: %v", err)
	}
	var again bytes.Buffer
	tnefmime.Wrap(&again, header(), stream, tnefmime.Options{Correlator: "<w1@contoso.com>", Text: "body\r\n"})
	if !bytes.Equal(out.Bytes(), again.Bytes()) {
		t.Error("Wrap output is not deterministic")
	}
}

func TestCorrelatorMismatch(t *testing.T) {
	var out bytes.Buffer
	stream := encode(t, "<other@contoso.com>")
	if err := tnefmime.Wrap(&out, header(), stream, tnefmime.Options{Correlator: "<w1@contoso.com>"}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := tnefmime.Unwrap(&out); !errors.Is(err, tnefmime.ErrCorrelator) {
		t.Errorf("err = %v, want ErrCorrelator", err)
	}
}

func TestVndAndSummary(t *testing.T) {
	stream := encode(t, "")
	raw := "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=koi8-r\r\n\r\nhi\r\n" +
		"--b\r\nContent-Type: application/vnd.ms-tnef; name=win.dat\r\n\r\n" + string(stream) + "\r\n--b--\r\n"
	parts, err := tnefmime.Find(strings.NewReader(raw))
	if err != nil || len(parts) != 1 || parts[0].FileName != "win.dat" || !bytes.Equal(parts[0].Data, stream) {
		t.Fatalf("vnd.ms-tnef: %v, %+v", err, parts)
	}
	var out bytes.Buffer
	if err := tnefmime.WriteSummary(&out, header(), stream); err != nil {
		t.Fatal(err)
	}
	parts, err = tnefmime.Find(&out)
	if err != nil || len(parts) != 1 || !bytes.Equal(parts[0].Data, stream) {
		t.Fatalf("summary TNEF: %v, %d parts", err, len(parts))
	}
	if _, _, err := tnefmime.Unwrap(strings.NewReader("Subject: x\r\n\r\nplain\r\n")); !errors.Is(err, tnefmime.ErrNoTNEF) {
		t.Errorf("plain message: err = %v, want ErrNoTNEF", err)
	}
}

// nested returns a message of depth multiparts, each holding the next, with
// inner as the innermost part.
func nested(depth int, inner string) []byte {
	var sb strings.Builder
	for i := range depth {
		fmt.Fprintf(&sb, "Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n", i, i)
	}
	sb.WriteString(inner)
	for i := depth - 1; i >= 0; i-- {
		fmt.Fprintf(&sb, "\r\n--b%d--\r\n", i)
	}
	return []byte(sb.String())
}

// TestFindNesting checks that multiparts nested deeper than MaxNesting
// fail at once: 10,000 levels (580 KB) used to take over two minutes and
// allocate half a gigabyte.
func TestFindNesting(t *testing.T) {
	stream := encode(t, "")
	part := "Content-Type: application/ms-tnef\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString(stream)
	m, _, err := tnefmime.Unwrap(bytes.NewReader(nested(tnefmime.MaxNesting, part)))
	if err != nil || m.Subject() != "wrapped" {
		t.Fatalf("%d levels: %v", tnefmime.MaxNesting, err)
	}
	data := nested(10000, part)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err = tnefmime.Find(bytes.NewReader(data))
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, tnefmime.ErrNesting) {
		t.Errorf("10000 levels: err = %v, want ErrNesting", err)
	}
	if used := after.TotalAlloc - before.TotalAlloc; used > 4<<20 || elapsed > 5*time.Second {
		t.Errorf("10000 levels: %v and %d bytes", elapsed, used)
	}
}

package tnef_test

import (
	"bytes"
	"encoding/hex"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/internal/tneftest"
	"github.com/exsh/exsh/tnef"
	"github.com/exsh/exsh/tnef/internal/codepage"
	"github.com/exsh/exsh/tnef/rtf"
)

var sent = time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)

func randomBytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 7))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

func note(subject string) *tnef.Message {
	m := tnef.NewMessage(tnef.ClassNote, subject)
	m.SetTime(tnef.PidClientSubmitTime, sent)
	m.SetSender("Alex Admin", "alex@contoso.com")
	m.AddRecipient(tnef.To, "Bo Bell", "bo@fabrikam.com")
	return m
}

// interopCases is the message matrix fed to the independent decoders.
func interopCases() map[string]*tnef.Message {
	text := note("Plain text, no attachments")
	text.SetText("Hello from exsh.\r\nSecond line with caf\u00e9.\r\n")

	html := note("HTML with one attachment")
	html.SetHTML([]byte("<html><body><p>Hello <b>world</b></p></body></html>"), 65001)
	html.Attachments = append(html.Attachments, tnef.NewFileAttachment("report.pdf", randomBytes(1, 5000), "application/pdf"))

	rich := note("RTF with three attachments")
	rich.SetRTF([]byte(`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\f0\fs20 Native {\b RTF} body.\par}`))
	rich.Attachments = append(rich.Attachments,
		tnef.NewFileAttachment("notes.txt", []byte("some notes\r\n"), "text/plain"),
		tnef.NewFileAttachment("Grüße und Übersicht.bin", randomBytes(2, 70000), "application/octet-stream"),
		tnef.NewFileAttachment("данные.dat", randomBytes(3, 1), ""))

	inner := note("Forwarded item")
	inner.SetText("The embedded message body.\r\n")
	inner.Attachments = append(inner.Attachments, tnef.NewFileAttachment("inner.csv", []byte("a,b\r\n1,2\r\n"), "text/csv"))
	embedded := note("Message with an embedded message")
	embedded.SetText("See the attached item.\r\n")
	embedded.Attachments = append(embedded.Attachments, tnef.NewEmbeddedAttachment(inner))

	meeting := tnef.NewMeetingRequest(tnef.Meeting{Subject: "Quarterly review", Location: "Room 4",
		Start: sent.Add(24 * time.Hour), End: sent.Add(25 * time.Hour), Organizer: "alex@contoso.com", UID: []byte("exsh-meeting-1")})
	meeting.SetRTF(rtf.EncapsulateText("Please join the quarterly review.\r\n"))

	receipt := note("Please confirm reading")
	receipt.SetText("A read receipt is requested.\r\n")
	receipt.RequestReadReceipt()

	return map[string]*tnef.Message{"text": text, "html": html, "rtf-3att": rich, "embedded": embedded,
		"meeting": meeting, "read-receipt-request": receipt,
		"read-receipt": tnef.NewReadReceipt(receipt, sent.Add(time.Hour), false),
		"task-request": tnef.NewTaskRequest(tnef.NewTask("Build the lab", sent, sent.Add(48*time.Hour)))}
}

func writeCase(t *testing.T, m *tnef.Message) string {
	t.Helper()
	var buf bytes.Buffer
	if err := tnef.Encode(&buf, m, tnef.WithCorrelator("<exsh-1@contoso.com>")); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	path := filepath.Join(t.TempDir(), "winmail.dat")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func wantFile(t *testing.T, path string, want []byte) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("decoder did not write %s", filepath.Base(path))
		return
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s: %d bytes differ from the %d written", filepath.Base(path), len(got), len(want))
	}
}

func cp1252(s string) []byte { return codepage.Encode(1252, s) }

func TestInteropTnef(t *testing.T) {
	bin := tneftest.Tool(t, "tnef")
	for name, m := range interopCases() {
		t.Run(name, func(t *testing.T) { checkTnef(t, bin, writeCase(t, m), m) })
	}
}

func checkTnef(t *testing.T, bin, path string, m *tnef.Message) {
	dir := t.TempDir()
	out, err := tneftest.Run(bin, "--save-body", "--body-pref=all", "-C", dir, "-f", path)
	if err != nil || out != "" {
		t.Fatalf("tnef: %v\n%s", err, out)
	}
	for _, a := range m.Attachments {
		if a.Embedded == nil {
			wantFile(t, filepath.Join(dir, a.FileName()), a.Data)
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, a.Title))
		if err != nil || len(raw) < 16 || tnef.GUID(raw[:16]) != tnef.IIDMessage {
			t.Fatalf("tnef did not extract the embedded message object: %v", err)
		}
		inner := filepath.Join(t.TempDir(), "inner.tnef")
		os.WriteFile(inner, raw[16:], 0o644)
		checkTnef(t, bin, inner, a.Embedded)
	}
	checkTnefBody(t, dir, m)
}

func checkTnefBody(t *testing.T, dir string, m *tnef.Message) {
	b, err := m.Body()
	if err != nil {
		t.Fatal(err)
	}
	if len(b.RTF) > 0 {
		wantFile(t, filepath.Join(dir, "message.rtf"), b.RTF)
	}
	if text, ok := m.Props.String(tnef.PidBody); ok {
		wantFile(t, filepath.Join(dir, "message.txt"), append(cp1252(text), 0))
	}
	if b.Kind == tnef.BodyHTML {
		wantFile(t, filepath.Join(dir, "message.html"), b.HTML)
	}
}

func TestInteropYtnef(t *testing.T) {
	ytnef, print := tneftest.Tool(t, "ytnef"), tneftest.Tool(t, "ytnefprint")
	for name, m := range interopCases() {
		t.Run(name, func(t *testing.T) {
			path, dir := writeCase(t, m), t.TempDir()
			out, err := tneftest.Run(ytnef, "-F", "-H", "-f", dir, path)
			out2, err2 := tneftest.Run(print, path)
			if err != nil || err2 != nil || strings.Contains(out+out2, "ERROR") {
				t.Fatalf("ytnef: %v %v\n%s\n%s", err, err2, out, out2)
			}
			if !strings.Contains(out2, "Subject: "+string(cp1252(m.Subject()))) {
				t.Errorf("ytnefprint does not show the subject:\n%s", out2)
			}
			checkYtnefFiles(t, dir, m)
			checkYtnefBody(t, dir, m)
		})
	}
}

// checkYtnefFiles compares the files ytnef saved, recursing into embedded
// messages as ytnef does. It names files by attAttachTitle in the code page,
// with spaces as underscores.
func checkYtnefFiles(t *testing.T, dir string, m *tnef.Message) {
	for _, a := range m.Attachments {
		if a.Embedded != nil {
			checkYtnefFiles(t, dir, a.Embedded)
			continue
		}
		name := strings.ReplaceAll(string(cp1252(a.Title)), " ", "_")
		wantFile(t, filepath.Join(dir, name), a.Data)
	}
}

func checkYtnefBody(t *testing.T, dir string, m *tnef.Message) {
	b, _ := m.Body()
	switch {
	case strings.HasPrefix(m.Class(), "IPM.Schedule.Meeting"):
		ics, _ := filepath.Glob(filepath.Join(dir, "*.ics"))
		if len(ics) != 1 {
			t.Fatalf("ytnef wrote %d calendar files", len(ics))
		}
		data, _ := os.ReadFile(ics[0])
		for _, want := range []string{"SUMMARY:Quarterly review", "LOCATION: Room 4", "DTSTART:20240507T070809Z",
			"UID:" + strings.ToUpper(hex.EncodeToString(tnef.GlobalObjectID([]byte("exsh-meeting-1"))))} {
			if !bytes.Contains(data, []byte(want)) {
				t.Errorf("calendar lacks %q:\n%s", want, data)
			}
		}
	case m.Class() != tnef.ClassNote:
	case len(b.RTF) > 0:
		wantGlob(t, dir, "*.rtf", b.RTF)
	case b.Kind == tnef.BodyHTML:
		wantGlob(t, dir, "*.html", b.HTML)
	}
}

func wantGlob(t *testing.T, dir, pattern string, want []byte) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(files) == 0 {
		t.Errorf("no %s file written", pattern)
		return
	}
	for _, f := range files {
		if got, _ := os.ReadFile(f); bytes.Equal(got, want) {
			return
		}
	}
	t.Errorf("no %s file holds the body", pattern)
}

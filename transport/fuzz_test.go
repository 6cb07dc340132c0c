package transport

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/emersion/go-message"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// The fuzz targets below feed the readers of delivered MIME (the client
// view, the store's reading of receipts and responses, the relays) bytes
// that did not come from the writer: a damaged or crafted database can
// hold any. They must never panic; the invariants checked are the ones
// that hold for any input.

// fuzzVersions are the organizations that read a message.
var fuzzVersions = []model.ExchangeVersion{model.Exchange2013, model.Exchange55, model.NonExchange}

// addMIMESeeds adds the golden messages and a few odd shapes.
func addMIMESeeds(f *testing.F, add func(raw []byte)) {
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.eml"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			add(data)
		}
	}
	for _, s := range []string{
		"",
		"Subject: no body",
		"Subject: lf only\n\nbody\n",
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n--c\r\n\r\ninner\r\n--c--\r\n--b--\r\n",
		"Content-Type: text/plain\r\nX-MS-TNEF-Correlator:\r\n\t<a@b>\r\n\r\ntext\r\nbegin 644 a.txt\r\n#86)C\r\n`\r\nend\r\n",
		"Content-Type: multipart/report; report-type=disposition-notification; boundary=x\r\n\r\n--x\r\nContent-Type: message/disposition-notification\r\n\r\nDisposition: manual-action/MDN-sent-manually; deleted\r\nOriginal-Message-ID: <1@a>\r\n--x--\r\n",
		"Content-Type: text/calendar; method=REPLY\r\n\r\nBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
	} {
		add([]byte(s))
	}
}

// FuzzViewOf reads any bytes as a delivered item (and as the Sent Items
// copy) the way each kind of client shows it.
func FuzzViewOf(f *testing.F) {
	addMIMESeeds(f, func(raw []byte) {
		f.Add(raw, "IPM.Note")
		f.Add(raw, "IPM.Note.NDR")
		f.Add(raw, "REPORT.IPM.Note.IPNRN")
	})
	f.Fuzz(func(t *testing.T, raw []byte, class string) {
		for _, v := range fuzzVersions {
			org := &model.Organization{Name: "Fabrikam", ExchangeVersion: v}
			for _, client := range []model.OutlookClient{model.Outlook2013, model.OutlookExpress} {
				m := &model.Mailbox{Client: client}
				for _, folder := range []string{"Inbox", "SentItems"} {
					item := &model.MailboxMessage{Mailbox: "Bob Baker", Folder: folder, MessageClass: class, Wire: raw, Submitted: raw}
					view, err := ViewOf(item, org, m)
					if view == nil {
						t.Fatalf("%s, %s, %s: no view (error %v)", v, client, folder, err)
					}
					if view.ItemType == "" {
						t.Errorf("%s, %s, %s: no item type", v, client, folder)
					}
				}
			}
		}
	})
}

// FuzzAnswerOf reads any bytes as an arriving receipt or response, and
// as what the other readers of arriving messages look at.
func FuzzAnswerOf(f *testing.F) {
	addMIMESeeds(f, func(raw []byte) { f.Add(raw) })
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, v := range fuzzVersions {
			org := &model.Organization{Name: "Contoso", ExchangeVersion: v}
			if u := answerOf(unwrapTnef, raw, org); u != nil && u.label == "" {
				t.Errorf("%s: answer %+v without a label", v, u)
			}
			if receivedClass(unwrapTnef, raw, org) == "" {
				t.Errorf("%s: no class", v)
			}
			wantsDeliveryReport(unwrapTnef, raw, org)
		}
		switch arrivedAs(raw) {
		case "TNEF", "MimeHtml", "MimeText":
		default:
			t.Errorf("arrived as %q", arrivedAs(raw))
		}
		if messageIDOf(readHeader(raw), "<default>") == "" {
			t.Error("empty Message-ID")
		}
		if got, want := headerFields(readHeader(raw)), headerFields(readHeaderWhole(raw)); !slices.Equal(got, want) {
			t.Errorf("readHeader: %q\nmessage.Read: %q", got, want)
		}
		mdnOf(raw)
		icalAnswer(raw)
		foldedCorrelator(raw)
		uuAttachments(string(raw))
	})
}

// FuzzRelay passes any bytes through relays with any set of behaviours:
// a relay without a behaviour that changes bytes passes them on as they
// are.
func FuzzRelay(f *testing.F) {
	addMIMESeeds(f, func(raw []byte) {
		f.Add(raw, uint8(0))
		f.Add(raw, uint8(0x3F))
	})
	behaviours := model.RelayBehaviors()
	f.Fuzz(func(t *testing.T, raw []byte, mask uint8) {
		r := &model.RelayHost{Name: "relay.isp.example"}
		for i, b := range behaviours {
			if mask&(1<<i) != 0 {
				r.Behavior = append(r.Behavior, b)
			}
		}
		out, notes, err := relayed(r, raw, 1)
		if err != nil {
			return
		}
		if len(notes) == 0 && !bytes.Equal(out, raw) {
			t.Errorf("behaviours %v changed the bytes without a note", r.Behavior)
		}
	})
}

// FuzzSendView sends a message with any subject, body and attachment
// name in every wire form and opens it in the recipient's client: the
// client lists the attachment under the name it was sent with.
func FuzzSendView(f *testing.F) {
	f.Add("Numbers", "Hello Bob", "numbers.txt", uint8(0))
	f.Add("Ünïcode", "line\r\nline", "résumé (1).pdf", uint8(1))
	f.Add("", "", "a\"b;c=d.txt", uint8(2))
	f.Add("=?utf-8?q?x?=", "begin 644 x\r\nend", "name with spaces.doc", uint8(3))
	f.Fuzz(func(t *testing.T, subject, body, name string, form uint8) {
		if !plainName(name) {
			return
		}
		l := newLab(t, model.Exchange2013)
		formats := []model.ComposeFormat{model.PlainText, model.Html, model.RichText, model.RichText}
		if form%4 == 3 {
			l.setTnefIn(l.a, true)
		}
		rep := l.send(&Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: subject, Body: body,
			BodyFormat: formats[form%4], Attachments: []File{{Name: name, Data: []byte("data")}}})
		l.update(func(tx storage.Tx) error {
			v, _, err := Peek(tx, l.env, l.b, "bob", rep.MessageId)
			if err != nil {
				t.Fatalf("opening the message: %v", err)
			}
			if len(v.Attachments) != 1 || v.Attachments[0] != name {
				t.Errorf("%s: attachments %q, want [%q]", v.Format, v.Attachments, name)
			}
			return nil
		})
	})
}

// plainName reports whether a file name is one a user could give an
// attachment: valid UTF-8, not blank, no control characters, not a path.
func plainName(name string) bool {
	if !utf8.ValidString(name) || strings.TrimSpace(name) == "" || strings.ContainsAny(name, `/\`) || len(name) > 200 {
		return false
	}
	for _, r := range name {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// TestStripTnefBrokenMultipartPart is FuzzRelay's first find: a relay
// that strips winmail.dat re-encoded every other part with go-message,
// which panics on a multipart part whose Content-Type parameters don't
// parse. Such a part is now passed on as it is.
func TestStripTnefBrokenMultipartPart(t *testing.T) {
	for _, ctype := range []string{"multipart/alternative", "multipart/alternative; boundary", "multipArt/0;BoundArY"} {
		raw := "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: " + ctype + "\r\n\r\nkept text\r\n" +
			"--b\r\nContent-Type: application/ms-tnef\r\nContent-Transfer-Encoding: base64\r\n\r\neJ8+Ig==\r\n" +
			"--b--\r\n"
		out, note, err := stripTnef([]byte(raw))
		if err != nil {
			t.Fatalf("%s: %v", ctype, err)
		}
		if note == "" || bytes.Contains(out, []byte("ms-tnef")) || !bytes.Contains(out, []byte("Content-Type: "+ctype+"\r\n\r\nkept text")) {
			t.Errorf("%s: note %q, out:\n%s", ctype, note, out)
		}
	}
}

// TestViewUnicodeAttachmentName is FuzzSendView's first find: Outlook
// showed the attachments of a TNEF message under their legacy titles, in
// the sender's code page, so that "ֆ.txt" became "?.txt". It lists the
// Unicode long file names.
func TestViewUnicodeAttachmentName(t *testing.T) {
	l := newLab(t, model.Exchange2013)
	l.setTnefIn(l.a, true)
	names := []string{"ֆ.txt", "résumé.pdf", "報告.docx"}
	var files []File
	for _, n := range names {
		files = append(files, File{Name: n, Data: []byte("data")})
	}
	rep := l.send(&Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Names", Body: "x",
		BodyFormat: model.RichText, Attachments: files})
	l.update(func(tx storage.Tx) error {
		v, _, err := Peek(tx, l.env, l.b, "bob", rep.MessageId)
		if err != nil {
			return err
		}
		if v.Format != "TNEF" || strings.Join(v.Attachments, "|") != strings.Join(names, "|") {
			t.Errorf("%s: attachments %q, want %q", v.Format, v.Attachments, names)
		}
		return nil
	})
}

// readHeaderWhole is readHeader through message.Read of the whole
// message, the reference readHeader must agree with.
func readHeaderWhole(raw []byte) message.Header {
	e, err := message.Read(bytes.NewReader(raw))
	if e == nil || err != nil && !message.IsUnknownCharset(err) {
		return message.Header{}
	}
	return e.Header
}

// headerFields lists the raw fields of h.
func headerFields(h message.Header) []string {
	var out []string
	for fs := h.Fields(); fs.Next(); {
		raw, err := fs.Raw()
		if err != nil {
			raw = []byte(fs.Key() + ": " + fs.Value())
		}
		out = append(out, string(raw))
	}
	return out
}

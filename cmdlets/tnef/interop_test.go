package tnef

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlet/cmdlettest"
	"github.com/exsh/exsh/internal/tneftest"
)

// The subject and plain-text body of the message ConvertTo-Tnef writes for
// the decoders.
const (
	interopSubject = "Lab 4: three attachments"
	interopBody    = "See the three attachments."
)

// interopFile is one attachment: its name and bytes.
type interopFile struct {
	name string
	data []byte
}

// interopFiles are a text file, 70,000 random bytes (every byte value
// occurs) and a file with a non-ASCII name.
func interopFiles() []interopFile {
	r := rand.New(rand.NewPCG(4, 4))
	bin := make([]byte, 70000)
	for i := range bin {
		bin[i] = byte(r.UintN(256))
	}
	return []interopFile{
		{"notes.txt", []byte("Lab notes\r\nsecond line\r\n")},
		{"photo.bin", bin},
		{"Grüße.dat", []byte{0, 1, 2, 0xFF, 'x'}},
	}
}

// writeInteropMessage runs ConvertTo-Tnef with the three attachments and
// returns the path of the winmail.dat it wrote.
func writeInteropMessage(t *testing.T) (string, []interopFile) {
	h := newHost(t)
	files := interopFiles()
	var names []any
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(h.Dir, f.name), f.data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, f.name)
	}
	res := cmdlettest.Run(h, "ConvertTo-Tnef", nil, cmdlettest.Param("Subject"), interopSubject, cmdlettest.Param("Body"), interopBody,
		cmdlettest.Param("Attachment"), names, cmdlettest.Param("From"), "Alex Admin <alex@contoso.com>", cmdlettest.Param("RequestReadReceipt"),
		cmdlettest.Param("Path"), "winmail.dat")
	if res.Err != nil || len(res.Errs) > 0 || len(res.Out) != 1 {
		t.Fatalf("ConvertTo-Tnef: err %v, errors %v, output %v", res.Err, res.Errs, res.Out)
	}
	return res.Out[0].(*TnefFile).FullName, files
}

// TestConvertToTnefInterop feeds the winmail.dat ConvertTo-Tnef writes to
// the three independent decoders: each must extract the same three files
// byte for byte and see the subject, without reporting an error.
func TestConvertToTnefInterop(t *testing.T) {
	path, files := writeInteropMessage(t)
	t.Run("tnef", func(t *testing.T) {
		bin := tneftest.Tool(t, "tnef")
		dir := t.TempDir()
		if out, err := tneftest.Run(bin, "-C", dir, "-f", path); err != nil || out != "" {
			t.Fatalf("tnef: %v\n%s", err, out)
		}
		wantFiles(t, dir, files, func(name string) string { return name })
		out, err := tneftest.Run(bin, "--debug", "-t", "-f", path)
		if err != nil || !strings.Contains(out, "MAPI_SUBJECT") || !strings.Contains(out, "'"+interopSubject+"'") {
			t.Errorf("tnef --debug does not show the subject: %v", err)
		}
	})
	t.Run("ytnef", func(t *testing.T) {
		ytnef, print := tneftest.Tool(t, "ytnef"), tneftest.Tool(t, "ytnefprint")
		dir := t.TempDir()
		out, err := tneftest.Run(ytnef, "-f", dir, path)
		out2, err2 := tneftest.Run(print, path)
		if err != nil || err2 != nil || strings.Contains(out+out2, "ERROR") {
			t.Fatalf("ytnef: %v %v\n%s\n%s", err, err2, out, out2)
		}
		// ytnef names files by attAttachTitle in code page 1252.
		wantFiles(t, dir, files, func(name string) string { return string(latin1(name)) })
		if !strings.Contains(out2, "Subject: "+interopSubject+"\n") {
			t.Errorf("ytnefprint does not show the subject:\n%s", out2)
		}
	})
	t.Run("Convert::TNEF", func(t *testing.T) {
		perl, script := tneftest.Perl(t)
		dir := t.TempDir()
		out, err := tneftest.Run(perl, script, path, dir)
		if err != nil {
			t.Fatalf("Convert::TNEF: %v\n%s", err, out)
		}
		want := fmt.Sprintf("Subject\t%s\nMessageClass\t%s\nBody\t%s\n", hex.EncodeToString([]byte(interopSubject)),
			hex.EncodeToString([]byte("IPM.Microsoft Mail.Note")), hex.EncodeToString([]byte(interopBody)))
		for i, f := range files {
			h := hex.EncodeToString(latin1(f.name))
			want += fmt.Sprintf("att\t%s\t%s\t%d\n", h, h, len(f.data))
			files[i].name = fmt.Sprintf("att%d", i+1)
		}
		if out != want {
			t.Errorf("Convert::TNEF printed:\n%s\nwant:\n%s", out, want)
		}
		wantFiles(t, dir, files, func(name string) string { return name })
	})
}

// wantFiles checks that dir holds exactly the files, named by name().
func wantFiles(t *testing.T, dir string, files []interopFile, name func(string) string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var got, want []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	for _, f := range files {
		want = append(want, name(f.name))
		data, err := os.ReadFile(filepath.Join(dir, name(f.name)))
		if err != nil || !bytes.Equal(data, f.data) {
			t.Errorf("%s: %d bytes (%v), want the %d written", f.name, len(data), err, len(f.data))
		}
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("files %q, want %q", got, want)
	}
}

// latin1 encodes s, whose characters are all below U+0100, as code page
// 1252 (which agrees with Latin-1 there) encodes it.
func latin1(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

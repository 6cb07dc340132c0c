//go:build linux

package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exsh/exsh/tnef"
	"github.com/exsh/exsh/tnef/rtf"
)

// The hostile inputs of TestHostile that are files: nested script text,
// TNEF streams built to hurt a decoder, and damaged databases.

// nested returns open n times, then inner, then close n times.
func nested(open, inner, close string, n int) []byte {
	return []byte(strings.Repeat(open, n) + inner + strings.Repeat(close, n) + "\n")
}

// bigLiteral writes big.ps1, a script with a 50 MiB string literal, when
// the case runs (the test doesn't keep it in memory).
func bigLiteral(t *testing.T, dir string) {
	script := "$s = '" + strings.Repeat("a", 50<<20) + "'\n$s.Length\n"
	writeFile(t, dir, "big.ps1", []byte(script))
}

// writeFile writes data to name inside dir.
func writeFile(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// encodeTnef encodes m without the checks that keep a stream readable by
// other decoders: the hostile streams break those limits on purpose.
func encodeTnef(t *testing.T, m *tnef.Message) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := tnef.Encode(&buf, m, tnef.WithoutCompatChecks()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// plainTnef is a small valid stream with one attachment.
func plainTnef(t *testing.T) []byte {
	m := tnef.NewMessage("IPM.Note", "Plain")
	m.SetText("hello")
	m.Attachments = append(m.Attachments, tnef.NewFileAttachment("a.txt", []byte("attachment\r\n"), "text/plain"))
	return encodeTnef(t, m)
}

// hugeLengthTnef is a stream whose first attribute claims almost 4 GiB of
// data and holds five bytes.
func hugeLengthTnef() []byte {
	data := binary.LittleEndian.AppendUint32(nil, tnef.Signature)
	data = append(data, 1, 0) // the legacy key
	data = append(data, 1)    // message level
	data = binary.LittleEndian.AppendUint32(data, uint32(tnef.AttrMsgProps))
	data = binary.LittleEndian.AppendUint32(data, 0xFFFFFFF0)
	return append(data, "short"...)
}

// hugeCountTnef is a valid stream whose attMsgProps claims 2^31-1
// properties (with a checksum that matches the claim).
func hugeCountTnef(t *testing.T) []byte {
	m := &tnef.Message{Key: 1}
	data := encodeTnef(t, m)
	// The stream ends with attMsgProps: its 4-byte count, then the checksum.
	binary.LittleEndian.PutUint32(data[len(data)-6:], 0x7FFFFFFF)
	binary.LittleEndian.PutUint16(data[len(data)-2:], uint16(0x7F+3*0xFF))
	return data
}

// deepTnef is a message that embeds a message that embeds a message…
// depth levels deep.
func deepTnef(t *testing.T, depth int) []byte {
	m := tnef.NewMessage("IPM.Note", fmt.Sprintf("level %d", depth))
	for i := depth - 1; i >= 0; i-- {
		outer := tnef.NewMessage("IPM.Note", fmt.Sprintf("level %d", i))
		outer.Attachments = append(outer.Attachments, tnef.NewEmbeddedAttachment(m))
		m = outer
	}
	return encodeTnef(t, m)
}

// hostileNames are attachment names that try to leave the destination
// folder or to disguise what they are; abs is an absolute path to a file
// that must not be created.
func hostileNames(abs string) []string {
	return []string{
		"../../escape1.txt",
		`..\..\escape2.txt`,
		abs,
		`C:\Windows\escape4.txt`,
		`\\server\share\escape5.txt`,
		"photo\u202Egpj.exe",
		"\u202E../escape6.txt",
		"a/../../escape7.txt",
		"..",
		".",
		"",
		"CON",
		"nul.txt",
		"name\x00hidden.txt",
		"line\nbreak.txt",
		strings.Repeat("long", 200) + ".txt",
	}
}

// namesTnef is a stream with one attachment for each of names.
func namesTnef(t *testing.T, names []string) []byte {
	m := tnef.NewMessage("IPM.Note", "Names")
	for i, name := range names {
		m.Attachments = append(m.Attachments, tnef.NewFileAttachment(name, []byte(fmt.Sprintf("attachment %d\r\n", i)), ""))
	}
	return encodeTnef(t, m)
}

// sameNameTnef is a stream with n attachments all named name.
func sameNameTnef(t *testing.T, n int, name string) []byte {
	m := tnef.NewMessage("IPM.Note", "Same names")
	for i := range n {
		m.Attachments = append(m.Attachments, tnef.NewFileAttachment(name, []byte(fmt.Sprint(i)), ""))
	}
	return encodeTnef(t, m)
}

// rtfBombTnef is a message whose compressed RTF body is a real 16 MiB
// document whose header claims almost 4 GiB (the CRC covers only the
// compressed data, so it still matches).
func rtfBombTnef(t *testing.T) []byte {
	doc := append([]byte(`{\rtf1\ansi `), bytes.Repeat([]byte("a"), 16<<20)...)
	doc = append(doc, '}')
	c := rtf.Compress(doc)
	binary.LittleEndian.PutUint32(c[4:], 0xFFFFFFF0) // RAWSIZE
	m := tnef.NewMessage("IPM.Note", "Bomb")
	m.Props.Set(tnef.Property{Tag: tnef.NewTag(tnef.PidRTFCompressed, tnef.TypeBinary), Value: c})
	return encodeTnef(t, m)
}

// filesOutside lists the regular files under dir that are neither below
// inside, nor the database (org.db and any file beside it whose name
// starts so), nor named in known (paths relative to dir).
func filesOutside(t *testing.T, dir, inside string, known ...string) []string {
	t.Helper()
	var out []string
	err := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		switch {
		case info.IsDir() && rel == inside:
			return filepath.SkipDir
		case info.IsDir() || strings.HasPrefix(rel, "org.db"):
			return nil
		}
		for _, k := range known {
			if rel == k {
				return nil
			}
		}
		out = append(out, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Damaged databases: each function turns a copy of a good database into
// a damaged one.

// truncateDB keeps the first n bytes.
func truncateDB(n int) func(t *testing.T, path string) {
	return func(t *testing.T, path string) {
		data := readFile(t, path)
		writeBytes(t, path, data[:min(n, len(data))])
	}
}

// flipPageIDs flips the top bit of the page id in the header of every page
// after the two meta pages (bbolt's checksums cover only the meta pages).
func flipPageIDs(t *testing.T, path string) {
	data := readFile(t, path)
	const page = 4096
	for off := 2 * page; off+8 <= len(data); off += page {
		data[off+7] ^= 0x80
	}
	writeBytes(t, path, data)
}

// flipMeta flips one bit inside each meta page.
func flipMeta(t *testing.T, path string) {
	data := readFile(t, path)
	data[0x20] ^= 0x40
	data[4096+0x20] ^= 0x40
	writeBytes(t, path, data)
}

// foreignFile replaces the database by a PNG header and noise.
func foreignFile(t *testing.T, path string) {
	data := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	for i := range 64 << 10 {
		data = append(data, byte(i*7+i/251))
	}
	writeBytes(t, path, data)
}

// emptyFile leaves an empty file.
func emptyFile(t *testing.T, path string) { writeBytes(t, path, nil) }

// directoryDB puts a folder where the database should be.
func directoryDB(t *testing.T, path string) {
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
}

// chmodDB sets the file's permission bits.
func chmodDB(mode os.FileMode) func(t *testing.T, path string) {
	return func(t *testing.T, path string) {
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func writeBytes(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

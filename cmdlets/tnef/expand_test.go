package tnef

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlet/cmdlettest"
	"github.com/exsh/exsh/tnef"
)

// writeTnefFile encodes a message with one attachment per name (its data
// is the name) into dir/name.
func writeTnefFile(t *testing.T, dir, name string, attachments ...string) string {
	t.Helper()
	m := tnef.NewMessage(tnef.ClassNote, "names")
	m.SetText("body\r\n")
	for _, a := range attachments {
		m.Attachments = append(m.Attachments, tnef.NewFileAttachment(a, []byte(a), ""))
	}
	var buf bytes.Buffer
	if err := tnef.Encode(&buf, m); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestExpandTnefAttachmentStaysInside expands hostile names and checks
// that every file lands directly in the destination, that duplicates are
// numbered and that an existing file or symbolic link is never written
// through.
func TestExpandTnefAttachmentStaysInside(t *testing.T) {
	h := newHost(t)
	root := h.Dir
	writeTnefFile(t, root, "in.dat", "../../evil", "../evil", "/etc/evil", `C:\evil`, `..\..\evil`, "sub/../../evil",
		"a\x00b", "NUL", "aux.txt", "x.txt", "x.txt", "link.txt", "   ", "..")
	dest := filepath.Join(root, "deep", "out")
	outside := filepath.Join(root, "target.txt")
	os.WriteFile(outside, []byte("keep"), 0o644)
	os.MkdirAll(dest, 0o755)
	if err := os.Symlink(outside, filepath.Join(dest, "link.txt")); err != nil {
		t.Fatal(err)
	}

	res := cmdlettest.Run(h, "Expand-TnefAttachment", nil, "in.dat", cmdlettest.Param("Destination"), "deep/out", cmdlettest.Param("IncludeBody"))
	if res.Err != nil || len(res.Errs) > 0 {
		t.Fatalf("err %v, errors %v", res.Err, res.Errs)
	}
	want := []string{"_NUL", "_aux.txt", "a_b", "attachment", "attachment (1)", "evil", "evil (1)", "evil (2)", "evil (3)",
		"evil (4)", "evil (5)", "link (1).txt", "link.txt", "message.txt", "x (1).txt", "x.txt"}
	if got := filesUnder(t, root); strings.Join(got, "|") != strings.Join(append(prefixed("deep/out/", want), "in.dat", "target.txt"), "|") {
		t.Errorf("files:\n%s", strings.Join(got, "\n"))
	}
	if data, _ := os.ReadFile(outside); string(data) != "keep" {
		t.Errorf("the symbolic link was written through: %q", data)
	}
	if len(res.Out) != len(want)-1 { // all but the pre-existing link
		t.Errorf("%d file objects for %d files", len(res.Out), len(want)-1)
	}
	for _, o := range res.Out {
		if f := o.(*TnefFile); f.DirectoryName != dest || f.Length == 0 {
			t.Errorf("file object %+v", f)
		}
	}
}

// filesUnder lists the regular files and links under dir, relative and
// sorted.
func filesUnder(t *testing.T, dir string) []string {
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return err
	})
	sort.Strings(out)
	return out
}

func prefixed(prefix string, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = prefix + n
	}
	return out
}

package tnef

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

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
		if f := o.(*TnefFile); f.DirectoryName != dest || f.Length == nil || *f.Length == 0 {
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

// within runs f and fails the test when it has not returned after d, so a
// hang is a failure rather than a stuck test binary.
func within(t *testing.T, d time.Duration, f func() cmdlettest.Result) cmdlettest.Result {
	t.Helper()
	done := make(chan cmdlettest.Result, 1)
	go func() { done <- f() }()
	select {
	case res := <-done:
		return res
	case <-time.After(d):
		t.Fatalf("still running after %v", d)
	}
	return cmdlettest.Result{}
}

// TestExpandTnefAttachmentBadDestination expands into destinations whose
// names cannot be checked: each fails with one error naming the path, where
// every error used to count as "name taken" and the search never ended.
func TestExpandTnefAttachmentBadDestination(t *testing.T) {
	h := newHost(t)
	writeTnefFile(t, h.Dir, "in.dat", "a.txt", "b.txt")
	os.WriteFile(filepath.Join(h.Dir, "file.txt"), []byte("keep"), 0o644)
	os.Symlink("loop", filepath.Join(h.Dir, "loop"))
	tests := []struct{ dest, id, msg string }{
		{"file.txt", "DestinationIsFile", "Cannot expand '%s' into '%s' because it is a file, not a folder."},
		{"file.txt/sub", "TnefWriteError", "Cannot check whether '%[2]s/a.txt' exists: Not a directory."},
		{"loop", "TnefWriteError", "Cannot check whether '%[2]s/a.txt' exists: Too many levels of symbolic links."},
	}
	for _, tc := range tests {
		t.Run(tc.dest, func(t *testing.T) {
			res := within(t, 10*time.Second, func() cmdlettest.Result {
				return cmdlettest.Run(h, "Expand-TnefAttachment", nil, "in.dat", cmdlettest.Param("Destination"), tc.dest)
			})
			if res.Err != nil || len(res.Out) != 0 || len(res.Errs) != 1 {
				t.Fatalf("err %v, output %v, errors %v; want one error", res.Err, res.Out, res.Errs)
			}
			e := res.Failed(t)
			want := fmt.Sprintf(tc.msg, filepath.Join(h.Dir, "in.dat"), filepath.Join(h.Dir, tc.dest))
			if e.ID != tc.id || e.Message != want {
				t.Errorf("error %s %q, want %s %q", e.ID, e.Message, tc.id, want)
			}
		})
	}
	if data, _ := os.ReadFile(filepath.Join(h.Dir, "file.txt")); string(data) != "keep" {
		t.Errorf("file.txt changed to %q", data)
	}
}

// TestExpandTnefAttachmentUnsearchable expands into a folder the user may
// not search: one permission error, no endless search.
func TestExpandTnefAttachmentUnsearchable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may search any folder; the symbolic-link loop of TestExpandTnefAttachmentBadDestination covers the same path")
	}
	h := newHost(t)
	writeTnefFile(t, h.Dir, "in.dat", "a.txt", "b.txt")
	locked := filepath.Join(h.Dir, "locked")
	os.Mkdir(locked, 0o600) // readable and writable, not searchable
	defer os.Chmod(locked, 0o755)
	res := within(t, 10*time.Second, func() cmdlettest.Result {
		return cmdlettest.Run(h, "Expand-TnefAttachment", nil, "in.dat", cmdlettest.Param("Destination"), "locked")
	})
	if len(res.Errs) != 1 || len(res.Out) != 0 {
		t.Fatalf("output %v, errors %v; want one error", res.Out, res.Errs)
	}
	if e := res.Failed(t); !strings.HasSuffix(e.Message, "exists: Permission denied.") {
		t.Errorf("error %q", e.Message)
	}
}

// TestExpandTnefAttachmentSameNames expands 5,000 attachments of one name.
// Probing name, name (1), name (2)... afresh for each file made this
// quadratic (61 s); remembering the next number per name makes it linear.
func TestExpandTnefAttachmentSameNames(t *testing.T) {
	const n = 5000
	h := newHost(t)
	names := make([]string, n)
	for i := range names {
		names[i] = "same.txt"
	}
	writeTnefFile(t, h.Dir, "in.dat", names...)
	os.MkdirAll(filepath.Join(h.Dir, "out"), 0o755)
	os.WriteFile(filepath.Join(h.Dir, "out", "same (2).txt"), []byte("keep"), 0o644)
	res := within(t, 30*time.Second, func() cmdlettest.Result {
		return cmdlettest.Run(h, "Expand-TnefAttachment", nil, "in.dat", cmdlettest.Param("Destination"), "out")
	})
	out := res.OK(t)
	if len(out) != n {
		t.Fatalf("%d files written, want %d", len(out), n)
	}
	first, third, last := out[0].(*TnefFile).Name, out[2].(*TnefFile).Name, out[n-1].(*TnefFile).Name
	if first != "same.txt" || third != "same (3).txt" || last != fmt.Sprintf("same (%d).txt", n) {
		t.Errorf("names %q, %q ... %q", first, third, last)
	}
}

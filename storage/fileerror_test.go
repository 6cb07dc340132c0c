package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"
	"testing"
)

// TestFileError classifies the operating system's refusals, as the
// tests (run as root) cannot provoke them all with real files.
func TestFileError(t *testing.T) {
	const path = "/data/org.db"
	for _, tc := range []struct {
		err   error
		want  error
		words string
	}{
		{syscall.EROFS, ErrReadOnlyFS, "database file is on a read-only file system: /data/org.db"},
		{syscall.EACCES, ErrAccessDenied, "access to the database file is denied: /data/org.db (permission denied)"},
		{syscall.EPERM, ErrAccessDenied, "access to the database file is denied: /data/org.db (operation not permitted)"},
		{syscall.EISDIR, ErrDirectory, "database path is a directory: /data/org.db"},
	} {
		for _, err := range []error{
			&fs.PathError{Op: "open", Path: path, Err: tc.err},
			fmt.Errorf("creating: %w", &fs.PathError{Op: "mkdir", Path: "/data", Err: tc.err}),
		} {
			got := fileError(path, err)
			if !errors.Is(got, tc.want) || got.Error() != tc.words {
				t.Errorf("fileError(%v) = %v, want %v: %q", err, got, tc.want, tc.words)
			}
			if errors.Is(got, ErrCorrupt) {
				t.Errorf("fileError(%v) = %v, which matches ErrCorrupt", err, got)
			}
			if tc.want == ErrAccessDenied && !errors.Is(got, fs.ErrPermission) {
				t.Errorf("fileError(%v) = %v, which no longer matches fs.ErrPermission", err, got)
			}
		}
	}
	other := &fs.PathError{Op: "open", Path: path, Err: syscall.ENOSPC}
	if got := fileError(path, other); got != error(other) {
		t.Errorf("fileError(%v) = %v, want it unchanged", other, got)
	}
}

// TestDescribe names what a file that is not a database holds.
func TestDescribe(t *testing.T) {
	for head, want := range map[string]string{
		"\x89PNG\r\n\x1a\n\x00\x00": "a PNG image",
		"PK\x03\x04\x14\x00":        "a ZIP archive",
		"SQLite format 3\x00\x10":   "an SQLite database",
		"Name,Email\r\nAnn,a@x\n":   "a text file",
		"\x00\x01\x02\x03":          "binary data",
	} {
		if got := describe([]byte(head)); !strings.EqualFold(got, want) {
			t.Errorf("describe(%q) = %q, want %q", head, got, want)
		}
	}
}

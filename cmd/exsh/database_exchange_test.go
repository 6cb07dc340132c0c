package main

import (
	"bytes"
	"crypto/rand"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/shell"
	"github.com/exsh/exsh/storage"
)

// runExsh runs exsh in-process and returns its exit code and output.
func runExsh(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := shell.Main(cmdlets.Registry(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// foreignBolt returns the bytes of a valid bbolt file that exsh did not
// write: an exsh database whose "exsh" meta bucket is renamed. bbolt
// checksums only its meta pages, so the renamed bucket is still a
// well-formed database, with buckets "acme" and "objects".
func foreignBolt(t *testing.T, dir string) []byte {
	t.Helper()
	path := filepath.Join(dir, "made.db")
	if code, _, stderr := runExsh(t, "-Database", path, "-Command", "Get-RemoteDomain | Out-Null"); code != 0 {
		t.Fatalf("creating a database: exit %d\n%s", code, stderr)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(data, []byte("exsh")); n != 1 {
		t.Fatalf("the database holds %d copies of the bucket name, want 1", n)
	}
	return bytes.Replace(data, []byte("exsh"), []byte("acme"), 1)
}

// TestDatabaseRefusedUntouched opens files exsh can't use: each gives a
// clear error naming the problem, for reads and writes alike, and the
// file stays the same byte for byte.
func TestDatabaseRefusedUntouched(t *testing.T) {
	dir := t.TempDir()
	junk := make([]byte, 64<<10)
	_, _ = rand.Read(junk)
	tests := []struct {
		name, want string
		data       []byte
	}{
		{"random bytes", "Database file is corrupt or not a database", junk},
		{"text", "Database file is corrupt or not a database", []byte("Name,DomainName\r\nFabrikam,fabrikam.com\r\n")},
		{"foreign bbolt", "Database file was not created by exsh", foreignBolt(t, dir)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "org.db")
			if err := os.WriteFile(path, tt.data, 0o600); err != nil {
				t.Fatal(err)
			}
			for _, cmd := range []string{"Get-RemoteDomain", "New-RemoteDomain -Name X -DomainName x.example", "New-Organization -Name X -DomainName x.example"} {
				code, stdout, stderr := runExsh(t, "-Database", path, "-Command", cmd)
				if code != 1 || stdout != "" {
					t.Errorf("%s: exit %d, stdout %q; want 1 and nothing", cmd, code, stdout)
				}
				if !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, "DataSourceOperationException") {
					t.Errorf("%s: stderr\n%s\nwant %q and DataSourceOperationException", cmd, stderr, tt.want)
				}
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tt.data) {
				t.Errorf("the file changed (%d bytes, was %d)", len(got), len(tt.data))
			}
		})
	}
}

// entryReader feeds exsh its input one entry per Read and, before each
// entry after the first, runs check: it sees the file as the previous
// entry left it.
type entryReader struct {
	entries []string
	check   func()
	n       int
}

func (r *entryReader) Read(p []byte) (int, error) {
	if r.n == len(r.entries) {
		return 0, io.EOF
	}
	if r.n > 0 {
		r.check()
	}
	r.n++
	return copy(p, r.entries[r.n-1]), nil
}

// TestEntryReleasesDatabase: each entry read from the input (as typed at
// the console) releases the database when it ends, even within the hold
// lease that keeps it across the statements of one entry: another
// process gets the file while exsh waits for the next entry.
func TestEntryReleasesDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "org.db")
	var locked []bool
	in := &entryReader{
		entries: []string{
			"New-MailContact -Name A -ExternalEmailAddress a@example.com | Out-Null; Get-MailContact A | Out-Null\n",
			"Set-MailContact A -UseMapiRichTextFormat Always\n",
			"(Get-MailContact A).UseMapiRichTextFormat\n",
		},
		check: func() {
			other := storage.OpenBolt(path, storage.BoltOptions{LockTimeout: 30 * time.Millisecond})
			defer other.Close()
			err := other.Update(t.Context(), func(storage.Tx) error { return nil })
			if err != nil && !errors.Is(err, storage.ErrLocked) {
				t.Fatal(err)
			}
			locked = append(locked, err != nil)
		},
	}
	var out, errOut bytes.Buffer
	if code := shell.Main(cmdlets.Registry(), []string{"-Database", path}, in, &out, &errOut); code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut.String())
	}
	if out.String() != "Always\n" || errOut.Len() > 0 {
		t.Errorf("stdout %q, stderr %q; want Always", out.String(), errOut.String())
	}
	if len(locked) != 2 || locked[0] || locked[1] {
		t.Errorf("file locked between entries: %v, want [false false]", locked)
	}
}

package tnef_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// corpusDir returns the shared sample directory, which sits beside the
// repository root: <root>/../shared/testdata/tnef. Without it the test is
// skipped, except under CI, where it fails.
func corpusDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "..", "shared", "testdata", "tnef")
	if _, err := os.Stat(dir); err != nil {
		missing(t, "TNEF sample corpus not found at "+dir)
	}
	return dir
}

func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// missing skips the test, or fails it when the CI variable is set.
func missing(t testing.TB, what string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s (CI is set, so this is an error)", what)
	}
	t.Skipf("%s; skipping", what)
}

// tool returns the path of a decoder binary or skips (fails under CI).
func tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(t, name+" not installed (apt-get install tnef ytnef-tools libconvert-tnef-perl)")
	}
	return p
}

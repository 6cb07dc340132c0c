package storage

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestFoldKeys: the distinct non-empty folded keys, without those
// holding a NUL byte, and them joined by NUL bytes as an index entry
// holds them.
func TestFoldKeys(t *testing.T) {
	for _, tc := range []struct {
		keys []string
		want []string
	}{
		{nil, nil},
		{[]string{"Contact 00001"}, []string{"contact 00001"}},
		{[]string{"", "A", "a", "B\x00C", "Ünïcode É", "b", "A"}, []string{"a", "ünïcode é", "b"}},
		{[]string{"", "x\x00"}, nil},
		{[]string{"x\x00", "SMTP:Contact@Fabrikam.com", "smtp:contact@fabrikam.com", "Other"}, []string{"smtp:contact@fabrikam.com", "other"}},
	} {
		list, joined := foldKeys(tc.keys)
		var got []string
		for _, f := range list {
			got = append(got, string(f))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("foldKeys(%q) = %q, want %q", tc.keys, got, tc.want)
		}
		if want := strings.Join(tc.want, "\x00"); !bytes.Equal(joined, []byte(want)) {
			t.Errorf("foldKeys(%q) joined %q, want %q", tc.keys, joined, want)
		}
		for _, k := range tc.keys {
			if f := appendFolded(nil, k); string(f) != foldKey(k) {
				t.Errorf("appendFolded(%q) = %q, want %q", k, f, foldKey(k))
			}
		}
	}
}

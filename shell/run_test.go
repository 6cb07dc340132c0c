package shell

import "testing"

// TestDecodeScript reads script files as Windows PowerShell's editors
// save them: UTF-8 with or without a byte order mark, and UTF-16 in
// either byte order with its mark.
func TestDecodeScript(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"utf-8", []byte("'é'"), "'é'"},
		{"utf-8 bom", []byte("\xef\xbb\xbf'é'"), "'é'"},
		{"utf-16le", []byte("\xff\xfe'\x00\xe9\x00'\x00"), "'é'"},
		{"utf-16be", []byte("\xfe\xff\x00'\x00\xe9\x00'"), "'é'"},
		{"utf-16le pair", []byte("\xff\xfe\x3d\xd8\x00\xde"), "\U0001F600"},
		{"utf-16le lone surrogate", []byte("\xff\xfea\x00\x00\xd8b\x00"), "a\uFFFDb"},
		{"utf-16le odd byte", []byte("\xff\xfea\x00b"), "a"},
		{"empty", nil, ""},
	}
	for _, tc := range tests {
		if got := decodeScript(tc.in); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

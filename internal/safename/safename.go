package safename

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxLen is the longest name [Clean] returns, in bytes (the usual file
// system limit for one path element).
const MaxLen = 255

// Clean returns a file name made from name that stays inside the directory
// it is created in:
//
//   - only the last element of a path is kept (after / or \), without a
//     drive letter ("../../evil" and `C:\evil` give "evil");
//   - NUL, control characters and the characters Windows forbids
//     (< > : " / \ | ? *) become "_";
//   - leading spaces and trailing dots and spaces are removed;
//   - Windows device names (CON, NUL, COM1, LPT1..., with or without an
//     extension) get a "_" prefix;
//   - names longer than [MaxLen] bytes are shortened, keeping the extension.
//
// When nothing usable is left ("", ".", ".."), Clean returns fallback, which
// must itself be a clean name.
func Clean(name, fallback string) string {
	name = strings.ToValidUTF8(name, "_")
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	if len(name) >= 2 && name[1] == ':' && isLetter(name[0]) {
		name = name[2:]
	}
	name = strings.Map(replaceBad, name)
	name = strings.TrimRight(strings.TrimLeft(name, " "), ". ")
	if name == "" {
		return fallback
	}
	if isDevice(name) {
		name = "_" + name
	}
	return shorten(name, MaxLen)
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// replaceBad maps the characters no Windows file name may hold to "_".
func replaceBad(r rune) rune {
	if r < 0x20 || r == 0x7F || strings.ContainsRune(`<>:"/\|?*`, r) {
		return '_'
	}
	return r
}

// devices are the reserved Windows device names; a name is reserved when
// the part before its first dot, without trailing spaces, is one of them.
var devices = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true, "CONIN$": true, "CONOUT$": true,
	"COM0": true, "COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true,
	"COM6": true, "COM7": true, "COM8": true, "COM9": true, "COM¹": true, "COM²": true, "COM³": true,
	"LPT0": true, "LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true,
	"LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true, "LPT¹": true, "LPT²": true, "LPT³": true,
}

func isDevice(name string) bool {
	stem, _, _ := strings.Cut(name, ".")
	return devices[strings.ToUpper(strings.TrimRight(stem, " "))]
}

// shorten cuts name to at most n bytes on a character boundary, keeping
// an extension of up to 16 bytes.
func shorten(name string, n int) string {
	if len(name) <= n {
		return name
	}
	stem, ext := splitExt(name)
	if len(ext) > 16 {
		stem, ext = name, ""
	}
	cut := n - len(ext)
	for cut > 0 && !utf8.RuneStart(stem[cut]) {
		cut--
	}
	return strings.TrimRight(stem[:cut], ". ") + ext
}

// splitExt splits "report.final.pdf" into "report.final" and ".pdf"; a
// leading dot does not start an extension.
func splitExt(name string) (stem, ext string) {
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		return name[:i], name[i:]
	}
	return name, ""
}

// numbered returns the n-th alternative of name: name itself for n = 0,
// else "stem (n).ext", as Windows Explorer numbers copies ("a.txt",
// "a (1).txt", "a (2).txt"). The result is shortened to [MaxLen] bytes.
func numbered(name string, n int) string {
	if n == 0 {
		return name
	}
	stem, ext := splitExt(name)
	suffix := " (" + strconv.Itoa(n) + ")" + ext
	return shorten(stem, MaxLen-len(suffix)) + suffix
}

// Unique returns the first of name, "stem (1).ext", "stem (2).ext"... for
// which taken reports false.
func Unique(name string, taken func(string) bool) string {
	for n := 0; ; n++ {
		if c := numbered(name, n); !taken(c) {
			return c
		}
	}
}

package safename

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
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
//   - NUL, control characters (C0 and C1), the line and paragraph
//     separators and the characters Windows forbids (< > : " / \ | ? *)
//     become "_";
//   - invisible format characters (Unicode category Cf) are removed: the
//     bidirectional overrides, embeddings, isolates and marks (U+202A–U+202E,
//     U+2066–U+2069, U+200E, U+200F, U+061C) that make "photo\u202Egpj.exe"
//     display as "photoexe.jpg", zero-width characters and the byte order
//     mark;
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

// replaceBad drops format characters and maps controls, line breaks and
// the characters no Windows file name may hold to "_".
func replaceBad(r rune) rune {
	switch {
	case unicode.Is(unicode.Cf, r):
		return -1
	case unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || strings.ContainsRune(`<>:"/\|?*`, r):
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

// MaxProbes is the most names [Namer.Unique] tries for one file.
const MaxProbes = 10000

// ErrNoFreeName means that [MaxProbes] numbered names were all taken.
var ErrNoFreeName = errors.New("no free name")

// Namer hands out names that are free in one folder: name itself, else
// "stem (1).ext", "stem (2).ext"... It remembers the names it gave and,
// for each wanted name, the next number to try, so n files wanting one name
// cost n probes, not n²/2. Names compare case-insensitively, as on Windows.
type Namer struct {
	exists func(name string) (bool, error)
	given  map[string]bool // lower-cased names handed out
	next   map[string]int  // lower-cased wanted name: the next number to try
}

// NewNamer returns a Namer that asks exists whether a name is already used
// in the folder. Only a true answer means taken; an error stops
// [Namer.Unique].
func NewNamer(exists func(name string) (bool, error)) *Namer {
	return &Namer{exists: exists, given: map[string]bool{}, next: map[string]int{}}
}

// Unique returns a free name for name and records it as given. It returns
// the first error of exists, or [ErrNoFreeName] after [MaxProbes] names.
func (n *Namer) Unique(name string) (string, error) {
	key := strings.ToLower(name)
	start := n.next[key]
	for i := start; i < start+MaxProbes; i++ {
		c := numbered(name, i)
		if n.given[strings.ToLower(c)] {
			continue
		}
		taken, err := n.exists(c)
		if err != nil {
			return "", err
		}
		if !taken {
			n.next[key], n.given[strings.ToLower(c)] = i+1, true
			return c, nil
		}
	}
	n.next[key] = start + MaxProbes
	return "", ErrNoFreeName
}

package repl

import (
	"bytes"
	"errors"

	prompt "github.com/c-bata/go-prompt"
)

// keyParser hands go-prompt one key or one run of text per read. go-prompt
// takes each read as a single key and inserts anything it does not know
// as literal text, so keys that reach the terminal together - "Get-RemoteD"
// and Tab, a line and Enter (tmux send-keys, a fast typist, a pasted
// block) - would be inserted as text instead of completing or running.
//
// After Enter it hands out nothing more until go-prompt sets up its next
// input: go-prompt drops what its reader took after the line ended, which
// would lose the next lines of a block typed ahead or pasted.
type keyParser struct {
	prompt.ConsoleParser
	pending []byte
	entered bool // an Enter was handed out since the last Setup
	// translate, when set, turns each key into what go-prompt gets (see
	// [editor.translate]).
	translate func([]byte) []byte
}

// Alt key sequences go-prompt does not know (Escape and the key).
const (
	altDot       = "\x1b."
	altB         = "\x1bb"
	altF         = "\x1bf"
	altBackspace = "\x1b\x7f"
)

// altKeys are read as one key each.
var altKeys = []string{altDot, altB, altF, altBackspace}

// errNoKey is the read result while nothing may be handed out.
var errNoKey = errors.New("repl: no key")

// Setup implements prompt.ConsoleParser: a new line of input begins.
func (k *keyParser) Setup() error {
	k.entered = false
	return k.ConsoleParser.Setup()
}

// Read returns the next key or text run of what the terminal delivered.
func (k *keyParser) Read() ([]byte, error) {
	if k.entered {
		return nil, errNoKey
	}
	if len(k.pending) == 0 {
		b, err := k.ConsoleParser.Read()
		if err != nil || len(b) == 0 {
			return b, err
		}
		k.pending = append(k.pending[:0], b...)
	}
	n := nextKey(k.pending)
	out := append([]byte(nil), k.pending[:n]...)
	k.pending = k.pending[n:]
	if k.translate != nil {
		out = k.translate(out)
	}
	k.entered = len(out) == 1 && (out[0] == '\r' || out[0] == '\n')
	return out, nil
}

// nextKey returns the length of the first unit of b (not empty): the
// longest key sequence go-prompt knows that b starts with, else one
// control byte, else the run of text up to the next control byte.
func nextKey(b []byte) int {
	best := 0
	for _, s := range altKeys {
		if bytes.HasPrefix(b, []byte(s)) {
			return len(s)
		}
	}
	for _, s := range prompt.ASCIISequences {
		if len(s.ASCIICode) > best && bytes.HasPrefix(b, s.ASCIICode) {
			best = len(s.ASCIICode)
		}
	}
	switch {
	case best > 0:
		return best
	case isControl(b[0]):
		return 1
	}
	n := 1
	for n < len(b) && !isControl(b[n]) {
		n++
	}
	return n
}

// isControl reports whether c is an ASCII control byte (Escape included).
func isControl(c byte) bool { return c < 0x20 || c == 0x7f }

package repl

import (
	"strings"
	"sync"
	"unicode"

	prompt "github.com/c-bata/go-prompt"
)

// actionCode is the private key sequence the key parser hands go-prompt
// for a key exsh edits itself: go-prompt knows no such key, so it calls
// the ASCII-code binding, which runs the next queued action on the
// buffer. Keys are turned into actions in the order they are read, so
// the queue and go-prompt's own keys stay in order.
var actionCode = []byte("\x1b[exsh~")

// action edits the buffer for one key.
type action func(*prompt.Buffer)

// actions is the queue between the key parser (go-prompt's reader
// goroutine) and the binding (its main goroutine).
type actions struct {
	mu    sync.Mutex
	queue []action
}

func (a *actions) push(f action) {
	a.mu.Lock()
	a.queue = append(a.queue, f)
	a.mu.Unlock()
}

// run runs the oldest queued action on b.
func (a *actions) run(b *prompt.Buffer) {
	a.mu.Lock()
	if len(a.queue) == 0 {
		a.mu.Unlock()
		return
	}
	f := a.queue[0]
	a.queue = a.queue[1:]
	a.mu.Unlock()
	f(b)
}

// setText replaces the whole buffer with text, the cursor at its end.
func setText(b *prompt.Buffer, text string) {
	b.CursorRight(len([]rune(b.Document().TextAfterCursor())))
	b.DeleteBeforeCursor(len([]rune(b.Text())))
	b.InsertText(text, false, true)
}

// replaceBefore replaces the n bytes before the cursor with text.
func replaceBefore(b *prompt.Buffer, n int, text string) {
	before := b.Document().TextBeforeCursor()
	b.DeleteBeforeCursor(len([]rune(before[len(before)-n:])))
	b.InsertText(text, false, true)
}

// isWordRune is what PSReadLine's word moves take as part of a word.
func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordLeft is the rune index of the start of the word before cursor
// (BackwardWord, Ctrl+Left).
func wordLeft(text []rune, cursor int) int {
	i := cursor
	for i > 0 && !isWordRune(text[i-1]) {
		i--
	}
	for i > 0 && isWordRune(text[i-1]) {
		i--
	}
	return i
}

// wordRight is the rune index of the start of the next word (NextWord,
// Ctrl+Right, in PSReadLine's Windows mode).
func wordRight(text []rune, cursor int) int {
	i := cursor
	for i < len(text) && isWordRune(text[i]) {
		i++
	}
	for i < len(text) && !isWordRune(text[i]) {
		i++
	}
	return i
}

// lastArgument is the last blank-separated word of entry (Alt+.,
// YankLastArg).
func lastArgument(entry string) string {
	f := strings.Fields(entry)
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}

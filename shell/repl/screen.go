package repl

import (
	"strings"

	prompt "github.com/c-bata/go-prompt"
)

// continuation is PSReadLine's ContinuationPrompt, drawn before each
// further line of a multi-line entry.
const continuation = ">> "

// screen is go-prompt's console writer, made to draw a buffer that holds
// a whole multi-line entry (a recalled block). go-prompt places the
// cursor by the width of the text and knows nothing of newlines, so a
// frame that begins after a multi-line one would start on its last line.
// screen draws each further line after [continuation], counts the rows
// the newlines added, and turns the next frame's first move (back to the
// start of the prompt) into a move up by those rows to column 0.
type screen struct {
	prompt.ConsoleWriter
	rows   int  // rows the last frame's newlines added above its end
	adding int  // rows the newlines of the frame being written added
	begun  bool // the frame being written drew something
}

// CursorUp implements prompt.ConsoleWriter.
func (s *screen) CursorUp(n int) {
	if !s.begun && s.rows > 0 {
		s.ConsoleWriter.WriteRaw([]byte{'\r'})
		s.ConsoleWriter.CursorUp(n + s.rows)
		s.rows = -1 // the move's CursorBackward is done by the \r
		return
	}
	s.ConsoleWriter.CursorUp(n)
}

// CursorBackward implements prompt.ConsoleWriter.
func (s *screen) CursorBackward(n int) {
	switch {
	case !s.begun && s.rows > 0:
		s.CursorUp(0)
	case !s.begun && s.rows < 0:
	default:
		s.ConsoleWriter.CursorBackward(n)
	}
}

// HideCursor implements prompt.ConsoleWriter: a frame of Render begins.
func (s *screen) HideCursor() { s.begin(); s.ConsoleWriter.HideCursor() }

// EraseDown implements prompt.ConsoleWriter: the frame of BreakLine
// begins with it.
func (s *screen) EraseDown() { s.begin(); s.ConsoleWriter.EraseDown() }

func (s *screen) begin() {
	if !s.begun && s.rows > 0 {
		s.CursorUp(0)
	}
	s.begun = true
}

// WriteStr implements prompt.ConsoleWriter.
func (s *screen) WriteStr(text string) {
	s.begin()
	body, final := strings.CutSuffix(text, "\n")
	if n := strings.Count(body, "\n"); n > 0 {
		text = strings.ReplaceAll(body, "\n", "\n"+continuation)
		if final {
			text += "\n"
		}
		s.adding += n
	}
	if final {
		s.adding = 0 // the entry was entered: the next frame starts below it
	}
	s.ConsoleWriter.WriteStr(text)
}

// Flush implements prompt.ConsoleWriter: the frame ends.
func (s *screen) Flush() error {
	if s.begun {
		s.rows, s.adding, s.begun = s.adding, 0, false
	}
	return s.ConsoleWriter.Flush()
}

package cmdlet

import (
	"strings"
	"unicode/utf8"

	"github.com/exsh/exsh/shell/value"
)

// Terminal is implemented by hosts whose console may be a terminal: a
// cmdlet draws pictures and progress bars on it. A host without it
// (tests, an embedding program) gets plain text and no progress.
type Terminal interface {
	// Painted reports whether what ctx emits goes straight to a colour
	// terminal: not captured in a variable, piped into another command,
	// redirected, transcribed, nor under NO_COLOR. Only then may a
	// cmdlet emit colours and box drawing instead of its plain text.
	Painted(ctx *Context) bool
	// Progress shows rec in the console's progress pane, replacing the
	// record of the same activity id; a completed record removes it. A
	// console that is not a terminal shows nothing. The pane is cleared
	// when the running top-level statement ends.
	Progress(rec *ProgressRecord)
	// Tally adds one to the counter key of the running top-level
	// statement and returns its value (1 the first time in a statement;
	// always 0 when the console shows no progress).
	Tally(key string) int
}

// ProgressRecord is one activity of the progress pane
// (System.Management.Automation.ProgressRecord).
type ProgressRecord struct {
	ActivityId        int
	ParentActivityId  int // -1: a top-level activity
	Activity          string
	StatusDescription string
	CurrentOperation  string
	PercentComplete   int // -1: no bar
	SecondsRemaining  int // -1: not shown
	Completed         bool
	SourceId          int64
}

// TypeName returns the .NET type name.
func (*ProgressRecord) TypeName() string { return "System.Management.Automation.ProgressRecord" }

// Painted reports whether ctx's output goes straight to a colour
// terminal (see [Terminal]).
func Painted(ctx *Context) bool {
	t, ok := ctx.Host.(Terminal)
	return ok && t.Painted(ctx)
}

// WriteProgress shows rec on the console's progress pane, as
// Write-Progress does, unless $ProgressPreference is SilentlyContinue or
// Ignore or the host has no terminal.
func WriteProgress(ctx *Context, rec *ProgressRecord) {
	t, ok := ctx.Host.(Terminal)
	if !ok {
		return
	}
	if v, _ := ctx.Host.Variable("ProgressPreference"); v != nil {
		switch strings.ToLower(value.ToString(v)) {
		case "silentlycontinue", "ignore":
			return
		}
	}
	t.Progress(rec)
}

// Tally counts an event of the running top-level statement (see
// [Terminal]); it is 0 on a host without a terminal.
func Tally(ctx *Context, key string) int {
	if t, ok := ctx.Host.(Terminal); ok {
		return t.Tally(key)
	}
	return 0
}

// Styles of [Paint]: ANSI SGR attributes.
const (
	Bold    = "1"
	Dim     = "2"
	Red     = "31"
	Green   = "32"
	Yellow  = "33"
	Blue    = "34"
	Magenta = "35"
	Cyan    = "36"
)

// Paint wraps text in the SGR attributes style ("1", "1;32"); an empty
// style or text is returned as is.
func Paint(style, text string) string {
	if style == "" || text == "" {
		return text
	}
	return "\x1b[" + style + "m" + text + "\x1b[0m"
}

// Wrap splits text into lines of at most width characters, at the last
// space that fits, else mid-word. A width below 10 does not wrap.
func Wrap(text string, width int) []string {
	if width < 10 {
		return []string{text}
	}
	var out []string
	for utf8.RuneCountInString(text) > width {
		r := []rune(text)
		cut := width
		if i := strings.LastIndex(string(r[:width+1]), " "); i > 0 {
			cut = utf8.RuneCountInString(string(r[:width+1])[:i])
		}
		out = append(out, strings.TrimRight(string(r[:cut]), " "))
		text = strings.TrimLeft(string(r[cut:]), " ")
	}
	return append(out, text)
}

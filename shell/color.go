package shell

import (
	"bytes"
	"io"
	"os"
)

// ANSI colors of the console: errors red, warnings yellow, as the
// PowerShell console shows them.
const (
	colorRed    = "\x1b[91m"
	colorYellow = "\x1b[93m"
	colorReset  = "\x1b[0m"
)

// useColor reports whether output to w is colored: w is a terminal and
// NO_COLOR is not set (see noColor).
func useColor(w io.Writer) bool {
	return !noColor() && isTerminalWriter(w)
}

// noColor reports whether the user asked for no colours: NO_COLOR is
// set to a value that is not empty (https://no-color.org).
func noColor() bool { return os.Getenv("NO_COLOR") != "" }

// colorWriter wraps every write in one color.
type colorWriter struct {
	w     io.Writer
	color string
}

func (c colorWriter) Write(p []byte) (int, error) {
	body := bytes.TrimRight(p, "\n")
	if len(body) == 0 {
		return c.w.Write(p)
	}
	out := append(append([]byte(c.color), body...), colorReset...)
	out = append(out, p[len(body):]...)
	if _, err := c.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// colorLine returns the color of a console line: yellow for warnings
// and verbose output, none otherwise.
func colorLine(p []byte) string {
	if bytes.HasPrefix(p, []byte("WARNING: ")) || bytes.HasPrefix(p, []byte("VERBOSE: ")) {
		return colorYellow
	}
	return ""
}

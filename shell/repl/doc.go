// Package repl is exsh's interactive prompt: line editing, tab
// completion display, persistent history and multi-line entry on a
// terminal. It is the only package that imports github.com/c-bata/go-prompt;
// the shell reaches it through [Host], and completion logic lives in
// shell/complete. go-prompt v0.2.6 leaves the terminal in raw mode (its
// saved termios is modified in place, c-bata/go-prompt#228) and panics
// without a terminal, so [Run] saves and restores the terminal itself on
// every exit path and recovers go-prompt's panics.
//
// The keys PSReadLine binds differently from go-prompt (Up/Down over whole
// entries, Ctrl+R/Ctrl+S search, Tab cycling, Ctrl+Space, Alt+., word
// moves) are turned by the key parser into actions of the [editor]; the
// [screen] writer lets go-prompt draw a recalled multi-line entry.
package repl

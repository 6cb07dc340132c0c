package repl

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"

	prompt "github.com/c-bata/go-prompt"
	"github.com/exsh/exsh/shell/complete"
	"golang.org/x/sys/unix"
)

// Host is the shell as the prompt sees it.
type Host interface {
	// Prompt returns the prompt text ("[PS] Contoso> ").
	Prompt() string
	// Incomplete reports whether text needs more lines.
	Incomplete(text string) bool
	// Entry runs one entry; cancelling ctx stops it. It returns exit's
	// code and whether exit was called.
	Entry(ctx context.Context, text string) (code int, exited bool)
	// Complete returns the completions at cursor (a byte offset) in text.
	Complete(text string, cursor int) complete.Result
}

// Config configures [Run].
type Config struct {
	Host Host
	// In is the terminal the prompt reads (standard input).
	In *os.File
	// Out receives the banner.
	Out io.Writer
	// Banner is printed once at start.
	Banner string
	// History is the persistent history (nil: none).
	History *History
	// Options returns the PSReadLine options in force (nil: the
	// defaults); they are read for every key that depends on them.
	Options func() Options
	// Warm, if set, is called when the prompt is shown and on each key
	// typed at it, and must return at once: the shell opens its database
	// in the background then, so that Tab completion finds it open.
	Warm func()
	// Rest, if set, is called in the background when the prompt for a
	// new entry is shown: the shell hands back memory it does not need
	// while it waits.
	Rest func()
}

// ErrNoTerminal is returned by [Run] when go-prompt could not start; the
// caller reads lines without it.
var ErrNoTerminal = fmt.Errorf("repl: no usable terminal")

// Run reads and runs entries until exit or Ctrl+D and returns the exit
// code. The terminal's settings are restored on every way out, including
// SIGTERM and SIGHUP (which exit the process) and a panic.
func Run(cfg Config) (code int, err error) {
	fd := int(cfg.In.Fd())
	saved, terr := unix.IoctlGetTermios(fd, unix.TCGETS)
	if terr != nil {
		return 0, ErrNoTerminal
	}
	restore := func() { _ = unix.IoctlSetTermios(fd, unix.TCSETS, saved) }
	defer restore()
	l := &loop{cfg: cfg, restore: restore}
	stop := l.handleSignals()
	defer stop()
	fmt.Fprint(cfg.Out, cfg.Banner)
	return l.run()
}

// loop is one interactive session.
type loop struct {
	cfg     Config
	restore func()
	mu      sync.Mutex
	cancel  context.CancelFunc
	chunk   strings.Builder // the lines of an incomplete entry
	prefix  string
	entered bool // the last Input ended with Enter (not Ctrl+D)
	p       *prompt.Prompt
	ed      *editor
	entries []string // the history, oldest first, with this session's
}

// handleSignals makes SIGINT stop the running entry, and SIGTERM and
// SIGHUP restore the terminal and exit.
func (l *loop) handleSignals() func() {
	sigs := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		for {
			select {
			case <-done:
				return
			case sig := <-sigs:
				l.signal(sig)
			}
		}
	}()
	return func() { signal.Stop(sigs); close(done) }
}

func (l *loop) signal(sig os.Signal) {
	if sig == syscall.SIGINT {
		l.mu.Lock()
		if l.cancel != nil {
			l.cancel()
		}
		l.mu.Unlock()
		return
	}
	l.restore()
	os.Exit(128 + int(sig.(syscall.Signal)))
}

// run is the read-run loop.
func (l *loop) run() (code int, err error) {
	defer func() {
		if r := recover(); r != nil {
			l.restore()
			code, err = 1, fmt.Errorf("%w: %v", ErrNoTerminal, r)
		}
	}()
	if h := l.cfg.History; h != nil {
		l.entries = h.Lines()
		defer func() {
			if l.options().HistorySaveStyle == "SaveAtExit" {
				_ = h.Save()
			}
		}()
	}
	l.p = l.newPrompt()
	for {
		line, eof := l.read()
		if eof {
			if l.chunk.Len() == 0 {
				return 0, nil
			}
			l.chunk.Reset()
			continue
		}
		text := l.chunk.String() + line
		if l.cfg.Host.Incomplete(text) {
			l.chunk.WriteString(line + "\n")
			continue
		}
		l.chunk.Reset()
		if strings.TrimSpace(text) == "" {
			continue
		}
		if code, exited := l.execute(text); exited {
			return code, nil
		}
	}
}

// read reads one line with go-prompt; eof is Ctrl+D on an empty line.
func (l *loop) read() (string, bool) {
	if l.chunk.Len() == 0 {
		l.prefix = l.cfg.Host.Prompt()
		if l.cfg.Rest != nil {
			go l.cfg.Rest()
		}
	}
	l.warm()
	l.entered = false
	l.ed.reset()
	line := l.p.Input()
	l.restore() // go-prompt's own teardown leaves raw mode on
	return line, line == "" && !l.entered
}

// execute runs one entry with Ctrl+C wired to cancel it.
func (l *loop) execute(text string) (int, bool) {
	l.entries = append(l.entries, text)
	if h := l.cfg.History; h != nil {
		h.Append(text)
		if l.options().HistorySaveStyle == "SaveIncrementally" {
			_ = h.Save()
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	l.mu.Lock()
	l.cancel = cancel
	l.mu.Unlock()
	defer func() {
		l.mu.Lock()
		l.cancel = nil
		l.mu.Unlock()
		cancel()
	}()
	code, exited := l.cfg.Host.Entry(ctx, text)
	if ctx.Err() != nil {
		fmt.Fprintln(l.cfg.Out) // end the ^C line
	}
	return code, exited
}

// warm calls the Warm hook, if any.
func (l *loop) warm() {
	if l.cfg.Warm != nil {
		l.cfg.Warm()
	}
}

// options returns the PSReadLine options in force.
func (l *loop) options() Options {
	if l.cfg.Options == nil {
		return DefaultOptions
	}
	return l.cfg.Options()
}

// newPrompt builds the go-prompt editor. exsh keeps the history itself
// (go-prompt's recalls line by line), and the keys PSReadLine binds
// differently reach the [editor] through the key parser.
func (l *loop) newPrompt() *prompt.Prompt {
	l.ed = &editor{host: l.cfg.Host, options: l.options, chunk: l.chunk.String,
		history: func() []string { return l.entries }}
	l.ed.reset()
	enter := func(*prompt.Buffer) { l.entered = true }
	parser := &keyParser{ConsoleParser: prompt.NewStandardInputParser(), translate: l.ed.translate}
	return prompt.New(func(string) {}, l.suggest,
		prompt.OptionParser(parser),
		prompt.OptionWriter(&screen{ConsoleWriter: prompt.NewStdoutWriter()}),
		prompt.OptionTitle("exsh"),
		prompt.OptionLivePrefix(l.livePrefix),
		prompt.OptionPrefixTextColor(prompt.DefaultColor),
		prompt.OptionMaxSuggestion(8),
		prompt.OptionCompletionWordSeparator(" \t"),
		prompt.OptionAddASCIICodeBind(prompt.ASCIICodeBind{ASCIICode: actionCode, Fn: l.ed.acts.run}),
		prompt.OptionAddKeyBind(
			prompt.KeyBind{Key: prompt.Enter, Fn: enter},
			prompt.KeyBind{Key: prompt.ControlM, Fn: enter},
			prompt.KeyBind{Key: prompt.ControlJ, Fn: enter},
			prompt.KeyBind{Key: prompt.ControlC, Fn: func(*prompt.Buffer) { l.chunk.Reset(); l.prefix = l.cfg.Host.Prompt(); l.ed.reset() }},
		),
	)
}

// livePrefix is ">> " inside an incomplete entry, else the prompt.
func (l *loop) livePrefix() (string, bool) {
	if p, ok := l.ed.prefix(); ok {
		return p, true
	}
	if l.chunk.Len() > 0 {
		return ">> ", true
	}
	return l.prefix, true
}

// suggest adapts the engine to go-prompt's menu, shown only on demand
// (see [editor.showMenu]); go-prompt replaces the word before the cursor
// (up to a blank) with a suggestion's Text.
func (l *loop) suggest(d prompt.Document) []prompt.Suggest {
	l.warm() // go-prompt asks on each key
	if !l.ed.showMenu() {
		return nil
	}
	before := d.TextBeforeCursor()
	base := l.chunk.String()
	res := l.cfg.Host.Complete(base+d.Text, len(base)+len(before))
	word := d.GetWordBeforeCursorUntilSeparator(" \t")
	wordStart := len(base) + len(before) - len(word)
	var out []prompt.Suggest
	for _, c := range res.Candidates {
		if res.Start < wordStart {
			continue
		}
		full := base + before
		out = append(out, prompt.Suggest{Text: full[wordStart:res.Start] + c.Text, Description: c.Description})
	}
	return out
}

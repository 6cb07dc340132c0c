package repl

import (
	"strings"
	"sync"

	prompt "github.com/c-bata/go-prompt"
	"github.com/exsh/exsh/shell/complete"
)

// Options are the PSReadLine options exsh honours (Set-PSReadLineOption).
type Options struct {
	// EditMode is "Windows" (Tab cycles through the candidates inline)
	// or "Emacs" (Tab completes the common part, a second Tab lists).
	EditMode string
	// HistoryNoDuplicates shows each entry once when recalling.
	HistoryNoDuplicates bool
	// HistorySaveStyle is SaveIncrementally, SaveAtExit or SaveNothing.
	HistorySaveStyle string
}

// DefaultOptions are PSReadLine's defaults on Windows.
var DefaultOptions = Options{EditMode: "Windows", HistoryNoDuplicates: true, HistorySaveStyle: "SaveIncrementally"}

// editor is the PSReadLine part of the prompt: whole-entry history
// recall, incremental history search, completion cycling, the menu on
// demand and word moves. The key parser decides, in the order keys
// arrive, which action a key is (see [editor.translate]); the actions run
// on go-prompt's buffer in its main goroutine.
type editor struct {
	host    Host
	options func() Options
	chunk   func() string // the earlier lines of an incomplete entry
	history func() []string
	acts    actions

	mu        sync.Mutex
	searching bool   // Ctrl+R / Ctrl+S search is on
	forward   bool   // the search goes to newer entries (Ctrl+S)
	query     string // the search text
	menu      bool   // the completion menu is shown (Ctrl+Space)

	// state of the actions (main goroutine only)
	index    int             // recalled history entry; len(history) = none
	saved    string          // the line typed before recalling or searching
	shown    map[string]bool // entries recalled in this walk, when folding
	cands    []complete.Candidate
	pick     int    // the candidate inserted
	start    int    // byte offset of the completed word in the buffer
	inserted string // the buffer right after the last insertion
}

// reset starts a new line of input.
func (e *editor) reset() {
	e.mu.Lock()
	e.searching, e.menu, e.query = false, false, ""
	e.mu.Unlock()
	e.index, e.cands, e.shown = -1, nil, nil
}

// prefix is the live prompt while searching, as PSReadLine shows it.
func (e *editor) prefix() (string, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	switch {
	case !e.searching:
		return "", false
	case e.forward:
		return "fwd-i-search: " + e.query + "_ ", true
	}
	return "bck-i-search: " + e.query + "_ ", true
}

// showMenu reports whether completion candidates are listed below the
// line: only after Ctrl+Space (or a second Tab in Emacs mode), never
// while typing or over recalled history.
func (e *editor) showMenu() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.menu
}

// translate returns what go-prompt gets for key (one key or run of
// text): the key itself, or [actionCode] with an action queued.
func (e *editor) translate(key []byte) []byte {
	e.mu.Lock()
	defer e.mu.Unlock()
	k := prompt.GetKey(key)
	if e.searching {
		return e.translateSearch(key, k)
	}
	if e.menu {
		switch k {
		case prompt.Tab, prompt.BackTab, prompt.Up, prompt.Down:
			return key // go-prompt moves through its menu
		case prompt.Enter, prompt.ControlM, prompt.ControlJ:
			e.menu = false // accept the selected candidate, run nothing
			return e.queue(func(*prompt.Buffer) {})
		}
		e.menu = false
	}
	switch {
	case k == prompt.Up || k == prompt.ControlP:
		return e.queue(func(b *prompt.Buffer) { e.recall(b, -1) })
	case k == prompt.Down || k == prompt.ControlN:
		return e.queue(func(b *prompt.Buffer) { e.recall(b, +1) })
	case k == prompt.ControlR || k == prompt.ControlS:
		e.searching, e.forward, e.query = true, k == prompt.ControlS, ""
		return e.queue(func(b *prompt.Buffer) { e.saved, e.index = b.Text(), len(e.history()) })
	case k == prompt.Tab || k == prompt.BackTab:
		dir := 1
		if k == prompt.BackTab {
			dir = -1
		}
		return e.queue(func(b *prompt.Buffer) { e.complete(b, dir) })
	case k == prompt.ControlSpace:
		e.menu = true
		return e.queue(func(*prompt.Buffer) {})
	case string(key) == altDot:
		return e.queue(e.yankLastArg)
	case k == prompt.ControlLeft || string(key) == altB:
		return e.queue(func(b *prompt.Buffer) { moveTo(b, wordLeft) })
	case k == prompt.ControlRight || string(key) == altF:
		return e.queue(func(b *prompt.Buffer) { moveTo(b, wordRight) })
	case k == prompt.ControlH || string(key) == altBackspace:
		return e.queue(func(b *prompt.Buffer) { killTo(b, wordLeft) })
	case k == prompt.ControlDelete:
		return e.queue(func(b *prompt.Buffer) { killTo(b, wordRight) })
	case k == prompt.Escape:
		return e.queue(func(b *prompt.Buffer) { setText(b, "") }) // RevertLine
	}
	return key
}

// translateSearch handles a key during incremental search.
func (e *editor) translateSearch(key []byte, k prompt.Key) []byte {
	switch {
	case k == prompt.ControlR || k == prompt.ControlS:
		e.forward = k == prompt.ControlS
		q, fwd := e.query, e.forward
		return e.queue(func(b *prompt.Buffer) { e.search(b, q, fwd, true) })
	case k == prompt.Backspace || k == prompt.ControlH:
		r := []rune(e.query)
		e.query = string(r[:max(0, len(r)-1)])
		q, fwd := e.query, e.forward
		return e.queue(func(b *prompt.Buffer) { e.index = len(e.history()); e.search(b, q, fwd, false) })
	case k == prompt.Escape || k == prompt.ControlG:
		e.searching = false
		return e.queue(func(b *prompt.Buffer) { setText(b, e.saved) })
	case k == prompt.NotDefined && !isControl(key[0]):
		e.query += string(key)
		q, fwd := e.query, e.forward
		return e.queue(func(b *prompt.Buffer) { e.search(b, q, fwd, false) })
	}
	e.searching = false // any other key accepts the match and acts
	return key
}

// queue queues f and returns the code that runs it.
func (e *editor) queue(f action) []byte {
	e.acts.push(f)
	return actionCode
}

// recall shows the previous (dir -1) or next entry of the history, a
// multi-line entry whole. With HistoryNoDuplicates an entry already shown
// in this walk is passed over.
func (e *editor) recall(b *prompt.Buffer, dir int) {
	h := e.history()
	if e.index < 0 || e.index > len(h) {
		e.index, e.saved, e.shown = len(h), b.Text(), map[string]bool{}
	}
	fold := e.options().HistoryNoDuplicates
	for i := e.index + dir; i >= 0 && i <= len(h); i += dir {
		if i == len(h) {
			e.index = i
			setText(b, e.saved)
			return
		}
		if fold && (e.shown[h[i]] || h[i] == b.Text()) && dir < 0 {
			continue
		}
		e.index = i
		e.shown[h[i]] = true
		setText(b, h[i])
		return
	}
}

// search shows the entry that contains q (ignoring case), from the one
// shown on: the next older one (newer when forward) when again is set.
func (e *editor) search(b *prompt.Buffer, q string, forward, again bool) {
	h := e.history()
	if e.index < 0 || e.index > len(h) {
		e.index = len(h)
	}
	dir, i := -1, e.index
	if forward {
		dir = 1
	}
	if again || i == len(h) {
		i += dir
	}
	for ; i >= 0 && i < len(h); i += dir {
		if strings.Contains(strings.ToLower(h[i]), strings.ToLower(q)) {
			e.index = i
			setText(b, h[i])
			return
		}
	}
}

// complete handles Tab (dir 1) and Shift+Tab (-1). In Windows mode the
// first press inserts the first (last) candidate and the next ones cycle
// through them in place; in Emacs mode Tab inserts what all candidates
// share and a second Tab lists them.
func (e *editor) complete(b *prompt.Buffer, dir int) {
	d := b.Document()
	text, cur := d.Text, len(d.TextBeforeCursor())
	if e.cands != nil && text == e.inserted && e.options().EditMode != "Emacs" {
		e.pick = (e.pick + dir + len(e.cands)) % len(e.cands)
		replaceBefore(b, cur-e.start, e.cands[e.pick].Text)
		e.inserted = b.Text()
		return
	}
	base := e.chunk()
	res := e.host.Complete(base+text, len(base)+cur)
	start := res.Start - len(base)
	e.cands = nil
	if len(res.Candidates) == 0 || start < 0 || start > cur {
		return
	}
	if e.options().EditMode == "Emacs" {
		common := commonPrefix(res.Candidates)
		if common == text[start:cur] && len(res.Candidates) > 1 {
			e.mu.Lock()
			e.menu = true
			e.mu.Unlock()
			return
		}
		replaceBefore(b, cur-start, common)
		return
	}
	e.cands, e.start, e.pick = res.Candidates, start, 0
	if dir < 0 {
		e.pick = len(e.cands) - 1
	}
	replaceBefore(b, cur-start, e.cands[e.pick].Text)
	e.inserted = b.Text()
}

// commonPrefix is the text all candidates start with.
func commonPrefix(cands []complete.Candidate) string {
	p := cands[0].Text
	for _, c := range cands[1:] {
		for !strings.HasPrefix(c.Text, p) {
			p = p[:len(p)-1]
		}
	}
	return p
}

// yankLastArg inserts the last argument of the latest entry that has
// one (Alt+.).
func (e *editor) yankLastArg(b *prompt.Buffer) {
	h := e.history()
	for i := len(h) - 1; i >= 0; i-- {
		if arg := lastArgument(h[i]); arg != "" {
			b.InsertText(arg, false, true)
			return
		}
	}
}

// moveTo moves the cursor to where find says.
func moveTo(b *prompt.Buffer, find func([]rune, int) int) {
	text := []rune(b.Text())
	cur := len([]rune(b.Document().TextBeforeCursor()))
	if to := find(text, cur); to < cur {
		b.CursorLeft(cur - to)
	} else {
		b.CursorRight(to - cur)
	}
}

// killTo deletes from the cursor to where find says.
func killTo(b *prompt.Buffer, find func([]rune, int) int) {
	text := []rune(b.Text())
	cur := len([]rune(b.Document().TextBeforeCursor()))
	if to := find(text, cur); to < cur {
		b.DeleteBeforeCursor(cur - to)
	} else {
		b.Delete(to - cur)
	}
}

package repl

import (
	"context"
	"testing"

	prompt "github.com/c-bata/go-prompt"
	"github.com/exsh/exsh/shell/complete"
)

// fakeHost completes $abc to $abc1 and $abc2.
type fakeHost struct{}

func (fakeHost) Prompt() string                            { return "> " }
func (fakeHost) Incomplete(string) bool                    { return false }
func (fakeHost) Entry(context.Context, string) (int, bool) { return 0, false }
func (fakeHost) Complete(text string, cursor int) complete.Result {
	return complete.Result{Start: cursor - 4, End: cursor, Candidates: []complete.Candidate{{Text: "$abc1"}, {Text: "$abc2"}}}
}

func newEditor(opts Options, hist ...string) *editor {
	e := &editor{host: fakeHost{}, options: func() Options { return opts }, chunk: func() string { return "" },
		history: func() []string { return hist }}
	e.reset()
	return e
}

// press feeds key to the editor as the parser does and runs the action.
func press(e *editor, b *prompt.Buffer, key string) {
	if out := e.translate([]byte(key)); string(out) == string(actionCode) {
		e.acts.run(b)
	} else {
		b.InsertText(string(out), false, true)
	}
}

func TestRecallFoldsDuplicates(t *testing.T) {
	hist := []string{"a", "b", "a", "a"}
	for _, tc := range []struct {
		fold bool
		want []string
	}{{true, []string{"a", "b", "b"}}, {false, []string{"a", "a", "b"}}} {
		e := newEditor(Options{EditMode: "Windows", HistoryNoDuplicates: tc.fold}, hist...)
		b := prompt.NewBuffer()
		var got []string
		for range tc.want {
			press(e, b, "\x1b[A")
			got = append(got, b.Text())
		}
		if len(got) != len(tc.want) || got[0] != tc.want[0] || got[1] != tc.want[1] || got[2] != tc.want[2] {
			t.Errorf("fold=%v: Up shows %q, want %q", tc.fold, got, tc.want)
		}
		press(e, b, "\x1b[B")
		press(e, b, "\x1b[B")
		press(e, b, "\x1b[B")
		if b.Text() != "" {
			t.Errorf("fold=%v: Down past the newest = %q, want the line typed (empty)", tc.fold, b.Text())
		}
	}
}

func TestSearch(t *testing.T) {
	e := newEditor(DefaultOptions, "Get-RemoteDomain", "Get-Mailbox", "Set-RemoteDomain x")
	b := prompt.NewBuffer()
	b.InsertText("typed", false, true)
	press(e, b, "\x12")
	for _, k := range []string{"R", "emote"} {
		press(e, b, k)
	}
	if b.Text() != "Set-RemoteDomain x" {
		t.Errorf("bck-i-search Remote = %q", b.Text())
	}
	if p, _ := e.prefix(); p != "bck-i-search: Remote_ " {
		t.Errorf("prefix = %q", p)
	}
	press(e, b, "\x12")
	if b.Text() != "Get-RemoteDomain" {
		t.Errorf("Ctrl+R again = %q, want the older match", b.Text())
	}
	press(e, b, "\x1b")
	if b.Text() != "typed" {
		t.Errorf("Esc = %q, want the line typed before the search", b.Text())
	}
	if _, ok := e.prefix(); ok {
		t.Error("search still on after Esc")
	}
}

func TestTabCycles(t *testing.T) {
	e := newEditor(DefaultOptions)
	b := prompt.NewBuffer()
	b.InsertText("x $abc", false, true)
	var got []string
	for _, k := range []string{"\t", "\t", "\t", "\x1b[Z"} {
		press(e, b, k)
		got = append(got, b.Text())
	}
	want := []string{"x $abc1", "x $abc2", "x $abc1", "x $abc2"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Tab, Tab, Tab, Shift+Tab = %q, want %q", got, want)
		}
	}
	if e.showMenu() {
		t.Error("Tab opened the menu in Windows mode")
	}
	press(e, b, "\x00")
	if !e.showMenu() {
		t.Error("Ctrl+Space did not open the menu")
	}
}

func TestWordMoves(t *testing.T) {
	text := []rune("Get-Mailbox -Identity kim")
	for _, tc := range []struct {
		find       func([]rune, int) int
		from, want int
	}{{wordLeft, 25, 22}, {wordLeft, 22, 13}, {wordLeft, 4, 0}, {wordRight, 0, 4}, {wordRight, 13, 22}, {wordRight, 22, 25}} {
		if got := tc.find(text, tc.from); got != tc.want {
			t.Errorf("from %d: %d, want %d", tc.from, got, tc.want)
		}
	}
	if got := lastArgument("Set-RemoteDomain Default"); got != "Default" {
		t.Errorf("lastArgument = %q", got)
	}
}

package complete

import (
	"sort"
	"strconv"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// Candidate is one completion: Text replaces the range, Display is shown
// in the menu, Description beside it.
type Candidate struct {
	Text, Display, Description string
}

// Result is the answer to one request: replace text[Start:End] with the
// Text of one of Candidates. No candidates means nothing changes.
type Result struct {
	Start, End int
	Candidates []Candidate
}

// Variable is one session variable offered after $.
type Variable struct {
	Name  string
	Value any
}

// Source is what the engine reads besides the registry. The shell
// implements it over the session and the org database; tests use fixtures.
// Every lookup takes what was typed as a prefix, matched ignoring case,
// and returns at most limit names sorted ignoring case: the shell answers
// it from the storage key index without reading every object.
type Source interface {
	// Names returns the identities (names) of the objects cmdlet get
	// emits in the connected organization (the organizations themselves
	// for Get-Organization).
	Names(get *cmdlet.Info, prefix string, limit int) []string
	// Addresses returns the e-mail addresses of the mailboxes, mail users
	// and mail contacts of the connected organization, and with everyOrg
	// of every organization in the database.
	Addresses(prefix string, limit int, everyOrg bool) []string
	// MessageIds returns the Message-IDs of the messages tracked in the
	// connected organization.
	MessageIds(prefix string, limit int) []string
	// Variables returns the visible variables.
	Variables() []Variable
	// Dir returns the current location, for relative paths.
	Dir() string
	// History returns the command lines of the session history, oldest
	// first (Id n is element n-1).
	History() []string
}

// DefaultLimit is how many candidates a request returns at most when
// [Engine.Limit] is zero.
const DefaultLimit = 100

// Engine completes command lines.
type Engine struct {
	// Commands is the registry whose cmdlets, aliases and parameters are
	// offered.
	Commands *cmdlet.Registry
	Source   Source
	// Limit caps the number of candidates (0: [DefaultLimit]).
	Limit int
}

// request is one completion request being answered.
type request struct {
	e       *Engine
	text    string
	cur     *frame
	outer   []*frame
	partial word // the word being completed (empty at the cursor if none)
	prior   []word
}

// Complete returns the candidates for the word that ends at cursor (a
// byte offset in text). Text after the cursor is ignored.
func (e *Engine) Complete(text string, cursor int) Result {
	if cursor < 0 || cursor > len(text) {
		cursor = len(text)
	}
	text = text[:cursor]
	if res, ok := e.recall(text); ok && len(res.Candidates) > 0 {
		return res
	} else if ok {
		return Result{Start: cursor, End: cursor}
	}
	inner, outer, partial, comment := scan(text)
	if comment {
		return Result{Start: cursor, End: cursor}
	}
	r := &request{e: e, text: text, cur: inner, outer: outer, partial: word{start: cursor, end: cursor}}
	r.prior = inner.current().words
	if partial {
		r.partial = r.prior[len(r.prior)-1]
		r.prior = r.prior[:len(r.prior)-1]
	}
	res := r.complete()
	if n := e.limit(); len(res.Candidates) > n {
		res.Candidates = res.Candidates[:n]
	}
	if len(res.Candidates) == 0 {
		return Result{Start: cursor, End: cursor}
	}
	return res
}

func (e *Engine) limit() int {
	if e.Limit > 0 {
		return e.Limit
	}
	return DefaultLimit
}

// complete dispatches on the shape of the word being completed.
func (r *request) complete() Result {
	w := r.partial.text
	switch {
	case strings.HasPrefix(w, "$") && strings.Contains(w, "."):
		return r.members()
	case strings.HasPrefix(w, "$"):
		return r.variables()
	case len(r.prior) == 0 && w == "":
		return Result{}
	case len(r.prior) == 0:
		return r.commands()
	case strings.HasPrefix(w, "-") && !isNumber(w[1:]) && !strings.Contains(w, ":"):
		return r.parameters()
	}
	return r.argument()
}

func isNumber(s string) bool {
	return s != "" && strings.Trim(s, "0123456789.") == ""
}

// result wraps candidates replacing the partial word from offset skip.
func (r *request) result(skip int, cands []Candidate) Result {
	return Result{Start: r.partial.start + skip, End: r.partial.end, Candidates: cands}
}

// commands completes cmdlet names and aliases by prefix or wildcard.
func (r *request) commands() Result {
	typed, _ := unquote(r.partial.text)
	match := prefixMatcher(typed)
	if strings.ContainsAny(typed, "*?") {
		match = wildcardMatcher(typed + "*")
	}
	var out []Candidate
	for _, info := range r.e.Commands.All() {
		if match(info.Name) {
			out = append(out, Candidate{Text: info.Name, Display: info.Name, Description: info.Synopsis})
		}
	}
	if !strings.ContainsAny(typed, "*?") {
		for _, a := range r.e.Commands.Aliases() {
			if match(a.Name) {
				out = append(out, Candidate{Text: a.Name, Display: a.Name, Description: "Alias of " + a.Target.Name})
			}
		}
	}
	return r.result(0, out)
}

// prefixMatcher matches names starting with p, ignoring case.
func prefixMatcher(p string) func(string) bool {
	lp := strings.ToLower(p)
	return func(s string) bool { return len(s) >= len(lp) && strings.ToLower(s[:len(lp)]) == lp }
}

// spec returns the registry entry and parameters of the command being
// typed in the innermost frame.
func (r *request) spec() (*cmdlet.Info, *bind.Spec) {
	return r.specOf(r.prior)
}

// specOf returns the registry entry and parameters of the command whose
// words are words.
func (r *request) specOf(words []word) (*cmdlet.Info, *bind.Spec) {
	if len(words) == 0 {
		return nil, nil
	}
	name, _ := unquote(words[0].text)
	info, _ := r.e.Commands.Lookup(name)
	if info == nil {
		return nil, nil
	}
	sp, err := info.Spec()
	if err != nil {
		return nil, nil
	}
	return info, sp
}

// parameters completes -Name with the command's parameters not given yet.
func (r *request) parameters() Result {
	_, sp := r.spec()
	if sp == nil {
		return Result{}
	}
	given := r.given(sp)
	match := prefixMatcher(r.partial.text[1:])
	var out []Candidate
	for _, p := range sp.Params {
		if given[p] || !match(p.Name) {
			continue
		}
		desc := "[" + p.TypeName + "]"
		if p.Help != "" {
			desc += " " + p.Help
		}
		out = append(out, Candidate{Text: "-" + p.Name, Display: "-" + p.Name, Description: desc})
	}
	return r.result(0, out)
}

// given returns the parameters named before the cursor.
func (r *request) given(sp *bind.Spec) map[*bind.Param]bool {
	given := map[*bind.Param]bool{}
	for _, w := range r.prior[1:] {
		if name, ok := paramName(w.text); ok {
			if p, err := sp.Lookup(name); err == nil {
				given[p] = true
			}
		}
	}
	return given
}

// paramName returns the name of a -Name or -Name:value word.
func paramName(s string) (string, bool) {
	if len(s) < 2 || s[0] != '-' || isNumber(s[1:]) {
		return "", false
	}
	name, _, _ := strings.Cut(s[1:], ":")
	return name, name != ""
}

// sortedCandidates sorts candidates by text, ignoring case.
func sortedCandidates(out []Candidate) []Candidate {
	sort.SliceStable(out, func(i, j int) bool { return strings.ToLower(out[i].Text) < strings.ToLower(out[j].Text) })
	return out
}

// wildcardMatcher matches names against a PowerShell wildcard pattern,
// ignoring case.
func wildcardMatcher(pattern string) func(string) bool {
	return func(s string) bool { return value.MatchWildcard(pattern, s, false) }
}

// recall completes #<n> with history entry n and #<text> with the
// entries containing text, newest first, as PSReadLine does; the line
// must hold nothing else.
func (e *Engine) recall(text string) (Result, bool) {
	start := len(text) - len(strings.TrimLeft(text, " \t"))
	word := text[start:]
	if !strings.HasPrefix(word, "#") || len(word) < 2 || strings.ContainsAny(word, " \t\n") {
		return Result{}, false
	}
	hist := e.Source.History()
	var out []Candidate
	if n, err := strconv.Atoi(word[1:]); err == nil {
		if n >= 1 && n <= len(hist) {
			out = append(out, Candidate{Text: hist[n-1], Display: hist[n-1], Description: "history " + word[1:]})
		}
		return Result{Start: start, End: len(text), Candidates: out}, true
	}
	pattern := strings.ToLower(word[1:])
	for i := len(hist) - 1; i >= 0 && len(out) < e.limit(); i-- {
		if strings.Contains(strings.ToLower(hist[i]), pattern) {
			out = append(out, Candidate{Text: hist[i], Display: hist[i], Description: "history " + strconv.Itoa(i+1)})
		}
	}
	return Result{Start: start, End: len(text), Candidates: out}, true
}

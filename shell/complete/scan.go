package complete

import "strings"

// word is one argument-mode word of the text before the cursor.
type word struct {
	text       string // as typed, quotes included
	start, end int    // byte offsets in the text
	block      bool   // a {…} or (…) group that closed before the cursor
}

// command is the words of one pipeline element.
type command struct{ words []word }

// frame is one nesting level: the pipeline being typed in it and, for a
// script block, the pipeline of the enclosing frame it is an argument of.
type frame struct {
	pipe  []*command
	owner []*command
	open  byte
}

// scanner splits the text before the cursor into frames, pipelines and
// words. It never fails: unterminated quotes and groups are expected.
type scanner struct {
	src     string
	i       int
	frames  []*frame
	comment bool // the text ends inside a comment
}

// scan returns the innermost frame at the end of src and whether the last
// word ends at the end of src (it is the word being completed).
func scan(src string) (inner *frame, outer []*frame, partial, comment bool) {
	sc := &scanner{src: src, frames: []*frame{{pipe: []*command{{}}}}}
	for sc.i < len(src) {
		sc.step()
	}
	n := len(sc.frames)
	cur := sc.frames[n-1].current()
	if k := len(cur.words); k > 0 && cur.words[k-1].end == len(src) && !cur.words[k-1].block {
		partial = true
	}
	return sc.frames[n-1], sc.frames[:n-1], partial, sc.comment
}

// current is the command being typed in f.
func (f *frame) current() *command { return f.pipe[len(f.pipe)-1] }

func (sc *scanner) top() *frame { return sc.frames[len(sc.frames)-1] }

// step consumes one token.
func (sc *scanner) step() {
	c := sc.src[sc.i]
	switch {
	case c == ' ' || c == '\t' || c == '\r':
		sc.i++
	case c == '\n' || c == ';':
		sc.top().pipe = []*command{{}}
		sc.i++
	case c == '|':
		f := sc.top()
		f.pipe = append(f.pipe, &command{})
		sc.i++
		if sc.i < len(sc.src) && sc.src[sc.i] == '|' {
			sc.i++
		}
	case c == '#':
		for sc.i < len(sc.src) && sc.src[sc.i] != '\n' {
			sc.i++
		}
		sc.comment = sc.i == len(sc.src)
	case c == '{' || c == '(':
		sc.push(c)
	case c == '}' || c == ')':
		sc.pop()
	case c == '@' && sc.peek(1) == '(', c == '$' && sc.peek(1) == '(':
		sc.i++
		sc.push('(')
	default:
		sc.word()
	}
}

func (sc *scanner) peek(k int) byte {
	if sc.i+k < len(sc.src) {
		return sc.src[sc.i+k]
	}
	return 0
}

// push opens a group; a script block remembers the enclosing pipeline.
func (sc *scanner) push(open byte) {
	f := &frame{pipe: []*command{{}}, open: open}
	if open == '{' {
		f.owner = append([]*command(nil), sc.top().pipe...)
	}
	sc.frames = append(sc.frames, f)
	sc.i++
}

// pop closes a group; the group becomes one argument of the enclosing
// command.
func (sc *scanner) pop() {
	start := sc.i
	if len(sc.frames) > 1 {
		sc.frames = sc.frames[:len(sc.frames)-1]
	}
	sc.i++
	cur := sc.top().current()
	cur.words = append(cur.words, word{text: "{}", start: start, end: sc.i, block: true})
}

// word reads one word, with quoted parts, up to a blank or separator.
func (sc *scanner) word() {
	start := sc.i
	for sc.i < len(sc.src) {
		c := sc.src[sc.i]
		if strings.IndexByte(" \t\r\n;|{}()", c) >= 0 {
			break
		}
		if c == '\'' || c == '"' {
			sc.quoted(c)
			continue
		}
		if c == '`' {
			sc.i++
		}
		sc.i++
	}
	if sc.i > len(sc.src) {
		sc.i = len(sc.src)
	}
	cur := sc.top().current()
	w := word{text: sc.src[start:sc.i], start: start, end: sc.i}
	if len(cur.words) == 1 && isAssignOp(w.text) && strings.HasPrefix(cur.words[0].text, "$") {
		cur.words = nil // $x = <command>
		return
	}
	cur.words = append(cur.words, w)
}

// quoted skips a quoted part; an unterminated one runs to the end.
func (sc *scanner) quoted(q byte) {
	sc.i++
	for sc.i < len(sc.src) {
		c := sc.src[sc.i]
		switch {
		case c == '`' && q == '"':
			sc.i += 2
			continue
		case c == q && sc.peek(1) == q:
			sc.i += 2
			continue
		case c == q:
			sc.i++
			return
		}
		sc.i++
	}
}

func isAssignOp(s string) bool {
	switch s {
	case "=", "+=", "-=", "*=", "/=", "%=":
		return true
	}
	return false
}

// unquote returns the value a partial word stands for and the quote it
// opened with (0 for none).
func unquote(s string) (string, byte) {
	if s == "" {
		return "", 0
	}
	q := s[0]
	if q != '\'' && q != '"' {
		return strings.ReplaceAll(s, "`", ""), 0
	}
	body := s[1:]
	if strings.HasSuffix(body, string(q)) && !strings.HasSuffix(body, string(q)+string(q)) {
		body = body[:len(body)-1]
	}
	return strings.ReplaceAll(body, string(q)+string(q), string(q)), q
}

// quote returns s as a word: bare when it is plain, else single-quoted.
func quote(s string, q byte) string {
	if q == 0 && !strings.ContainsAny(s, " \t'\"`$;|{}(),#<>&") && !strings.HasPrefix(s, "@") {
		return s
	}
	if q == '"' {
		return `"` + strings.NewReplacer("`", "``", `"`, "`\"", "$", "`$").Replace(s) + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

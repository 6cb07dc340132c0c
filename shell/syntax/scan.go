package syntax

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Character classes of the PowerShell tokenizer.

func isDash(r rune) bool { return r == '-' || r == '\u2013' || r == '\u2014' || r == '\u2015' }

func isSQuote(r rune) bool { return r == '\'' || (r >= '\u2018' && r <= '\u201b') }

func isDQuote(r rune) bool { return r == '"' || (r >= '\u201c' && r <= '\u201e') }

func isNameChar(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

func isVarChar(r rune) bool { return isNameChar(r) || r == '?' }

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\v' || r == '\f' || r == '\u00a0' || (r > 127 && unicode.Is(unicode.Zs, r))
}

// isArgEnd reports the characters that end a bare word in argument mode.
func isArgEnd(r rune) bool {
	switch r {
	case ';', '|', ')', '}', ',', '&', '(', '{', '>', '<', '\n', '\r':
		return true
	}
	return isSpace(r)
}

var numberRE = regexp.MustCompile(`(?i)^[-+]?(0x[0-9a-f]+|(\d+\.?\d*|\.\d+)(e[+-]?\d+)?)(l|d)?(kb|mb|gb|tb|pb)?$`)

// IsNumber reports whether s is, in its entirety, a PowerShell numeric literal.
func IsNumber(s string) bool { return numberRE.MatchString(s) }

var dashOps = map[string]bool{}

var unaryDashOps = map[string]bool{"not": true, "bnot": true, "split": true, "join": true}

func init() {
	for _, op := range strings.Fields("eq ne gt ge lt le like notlike match notmatch contains notcontains in notin replace") {
		dashOps[op], dashOps["c"+op], dashOps["i"+op] = true, true, true
	}
	for _, op := range strings.Fields("split join is isnot as and or xor band bor bxor shl shr f not bnot") {
		dashOps[op] = true
	}
	dashOps["csplit"], dashOps["isplit"] = true, true
}

// src is the text under the tokenizer with a rune-aware cursor.
type src struct {
	text string
	off  int
	line int
	col  int
}

func (s *src) eof() bool { return s.off >= len(s.text) }

func (s *src) peekAt(n int) rune {
	o := s.off
	for i := 0; i < n && o < len(s.text); i++ {
		_, w := utf8.DecodeRuneInString(s.text[o:])
		o += w
	}
	if o >= len(s.text) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s.text[o:])
	return r
}

func (s *src) peek() rune { return s.peekAt(0) }

func (s *src) next() rune {
	r, w := utf8.DecodeRuneInString(s.text[s.off:])
	s.off += w
	if r == '\n' {
		s.line++
		s.col = 1
	} else {
		s.col++
	}
	return r
}

// skipSpace skips blanks, comments and backtick line continuations, but not
// newlines. It returns a non-nil error for an unterminated block comment.
func (l *lx) skipSpace() *Error {
	for !l.eof() {
		r := l.peek()
		switch {
		case isSpace(r):
			l.next()
		case r == '`' && (l.peekAt(1) == '\n' || (l.peekAt(1) == '\r' && l.peekAt(2) == '\n')):
			l.next()
			if l.peek() == '\r' {
				l.next()
			}
			l.next()
		case r == '<' && l.peekAt(1) == '#':
			if err := l.blockComment(); err != nil {
				return err
			}
		case r == '#':
			for !l.eof() && l.peek() != '\n' && l.peek() != '\r' {
				l.next()
			}
		default:
			return nil
		}
	}
	return nil
}

func (l *lx) blockComment() *Error {
	start := l.mark()
	end := strings.Index(l.text[l.off+2:], "#>")
	if end < 0 {
		return l.errAt(start, len(l.text)-start.off, "Missing closing '#>' in block comment.", "MissingEndOfBlockComment")
	}
	for l.off < start.off+2+end+2 {
		l.next()
	}
	return nil
}

// scanQuoted consumes a single- or double-quoted string starting at the
// cursor and returns its raw inner text.
func (l *lx) scanQuoted() (string, *Error) {
	start := l.mark()
	q := l.next()
	double := isDQuote(q)
	begin := l.off
	for !l.eof() {
		r := l.peek()
		switch {
		case double && r == '`':
			l.next()
			if !l.eof() {
				l.next()
			}
		case double && r == '$' && l.peekAt(1) == '(':
			if _, err := l.scanBalancedSub(); err != nil {
				return "", err
			}
		case (double && isDQuote(r)) || (!double && isSQuote(r)):
			end := l.off
			l.next()
			if (double && isDQuote(l.peek())) || (!double && isSQuote(l.peek())) {
				l.next()
				continue
			}
			return l.text[begin:end], nil
		default:
			l.next()
		}
	}
	quote := "'"
	if double {
		quote = "\""
	}
	return "", l.errAt(start, len(l.text)-start.off, "The string is missing the terminator: "+quote+".", "TerminatorExpectedAtEndOfString")
}

// scanBalancedSub consumes "$( ... )" including nested strings and parens
// and returns the raw text.
func (l *lx) scanBalancedSub() (string, *Error) {
	start := l.off
	m := l.mark()
	l.next()
	l.next()
	l.subs++
	defer func() { l.subs-- }()
	depth := 1
	for !l.eof() && depth > 0 {
		if l.nesting()+l.subs+depth > MaxNesting {
			return "", l.tooDeep(m)
		}
		r := l.peek()
		switch {
		case r == '(':
			depth++
			l.next()
		case r == ')':
			depth--
			l.next()
		case isSQuote(r) || isDQuote(r):
			if _, err := l.scanQuoted(); err != nil {
				return "", err
			}
		case r == '`':
			l.next()
			if !l.eof() {
				l.next()
			}
		default:
			l.next()
		}
	}
	if depth > 0 {
		return "", l.errAt(m, len(l.text)-m.off, "Missing closing ')' in subexpression.", "MissingEndParenthesisInSubexpression")
	}
	return l.text[start:l.off], nil
}

// unquoteSingle turns the raw inner text of a '...' string into its value.
func unquoteSingle(raw string) string {
	if !strings.ContainsFunc(raw, isSQuote) {
		return raw
	}
	var b strings.Builder
	b.Grow(len(raw))
	prevQuote := false
	for _, r := range raw {
		if prevQuote && isSQuote(r) {
			prevQuote = false // the second quote of a doubled pair
			continue
		}
		b.WriteRune(r)
		prevQuote = isSQuote(r)
	}
	return b.String()
}

// scanHereString consumes @" ... "@ or @' ... '@ and returns the body.
func (l *lx) scanHereString() (body string, double bool, err *Error) {
	start := l.mark()
	l.next()
	double = isDQuote(l.next())
	for !l.eof() && isSpace(l.peek()) {
		l.next()
	}
	if l.peek() == '\r' {
		l.next()
	}
	if l.eof() {
		return "", double, l.errAt(start, l.off-start.off, "The string is missing the terminator: "+closer(double)+".", "TerminatorExpectedAtEndOfString")
	}
	if l.peek() != '\n' {
		return "", double, l.errAt(start, 2, "No characters are allowed after a here-string header but before the end of the line.", "UnexpectedCharactersAfterHereStringHeader")
	}
	l.next()
	bodyStart := l.off
	for !l.eof() {
		lineStart := l.off
		if l.atHereEnd(double) {
			body = strings.TrimSuffix(strings.TrimSuffix(l.text[bodyStart:lineStart], "\n"), "\r")
			if lineStart == bodyStart {
				body = ""
			}
			l.next()
			l.next()
			return body, double, nil
		}
		for !l.eof() && l.peek() != '\n' {
			l.next()
		}
		if !l.eof() {
			l.next()
		}
	}
	return "", double, l.errAt(start, len(l.text)-start.off, "The string is missing the terminator: "+closer(double)+".", "TerminatorExpectedAtEndOfString")
}

func closer(double bool) string {
	if double {
		return "\"@"
	}
	return "'@"
}

func (l *lx) atHereEnd(double bool) bool {
	r := l.peek()
	return ((double && isDQuote(r)) || (!double && isSQuote(r))) && l.peekAt(1) == '@'
}

// scanVarName consumes the name after "$" (the "$" already consumed).
func (l *lx) scanVarName() string {
	if l.peek() == '{' {
		l.next()
		start := l.off
		for !l.eof() && l.peek() != '}' {
			l.next()
		}
		name := l.text[start:l.off]
		if !l.eof() {
			l.next()
		}
		return name
	}
	switch r := l.peek(); r {
	case '$', '?', '^':
		l.next()
		return string(r)
	}
	start := l.off
	for !l.eof() && isVarChar(l.peek()) {
		l.next()
	}
	if l.peek() == ':' && isNameChar(l.peekAt(1)) && l.off > start {
		l.next()
		for !l.eof() && isVarChar(l.peek()) {
			l.next()
		}
	}
	return l.text[start:l.off]
}

// scanArgWord consumes one bare argument, which may mix quoted parts, escapes
// and subexpressions, and returns its raw text plus what it turned out to be.
func (l *lx) scanArgWord() (raw string, parts int, quoted rune, err *Error) {
	start := l.off
	for !l.eof() && !isArgEnd(l.peek()) {
		r := l.peek()
		parts++
		switch {
		case isSQuote(r) || isDQuote(r):
			quoted = r
			if _, err := l.scanQuoted(); err != nil {
				return "", 0, 0, err
			}
			continue
		case r == '$' && l.peekAt(1) == '(':
			if _, err := l.scanBalancedSub(); err != nil {
				return "", 0, 0, err
			}
			continue
		case r == '`':
			l.next()
			if l.eof() {
				return l.text[start:l.off], parts, 0, nil
			}
		}
		l.next()
	}
	return l.text[start:l.off], parts, quoted, nil
}

// scanTypeLit consumes "[...]" with nested brackets, parens and strings and
// returns the inner text.
func (l *lx) scanTypeLit() (string, *Error) {
	m := l.mark()
	l.next()
	start := l.off
	depth := 1
	for !l.eof() {
		r := l.peek()
		switch {
		case r == '[' || r == '(':
			depth++
		case r == ']' || r == ')':
			depth--
			if depth == 0 {
				inner := l.text[start:l.off]
				l.next()
				return inner, nil
			}
		case isSQuote(r) || isDQuote(r):
			if _, err := l.scanQuoted(); err != nil {
				return "", err
			}
			continue
		case r == '\n':
			return "", l.errAt(m, l.off-m.off, "Missing ] at end of type token.", "EndSquareBracketExpectedAtEndOfType")
		}
		l.next()
	}
	return "", l.errAt(m, len(l.text)-m.off, "Missing ] at end of type token.", "EndSquareBracketExpectedAtEndOfType")
}

// scanNumber consumes a numeric literal in expression mode.
func (l *lx) scanNumber() string {
	start := l.off
	if l.peek() == '-' || l.peek() == '+' {
		l.next()
	}
	for !l.eof() {
		r := l.peek()
		if r == '.' {
			if !unicode.IsDigit(l.peekAt(1)) {
				break
			}
		} else if (r == '+' || r == '-') && strings.ContainsAny(l.text[l.off-1:l.off], "eE") && !strings.HasPrefix(strings.ToLower(l.text[start:]), "0x") {
			// exponent sign
		} else if !isNameChar(r) {
			break
		}
		l.next()
	}
	return l.text[start:l.off]
}

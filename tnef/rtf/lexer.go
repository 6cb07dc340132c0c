package rtf

import "strconv"

type tokKind int

const (
	tokEOF   tokKind = iota
	tokOpen          // {
	tokClose         // }
	tokStar          // \*
	tokWord          // \word[N] or a control symbol such as \~
	tokHex           // \'hh
	tokText          // one literal byte
)

type token struct {
	kind     tokKind
	word     string
	param    int
	hasParam bool
	text     byte
}

// lexer splits RTF into tokens. CR and LF outside control words are
// ignored, as RTF requires.
type lexer struct {
	src []byte
	pos int
}

func (l *lexer) next() token {
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		l.pos++
		switch c {
		case '{':
			return token{kind: tokOpen}
		case '}':
			return token{kind: tokClose}
		case '\\':
			return l.control()
		case '\r', '\n':
			continue
		}
		return token{kind: tokText, text: c}
	}
	return token{kind: tokEOF}
}

func (l *lexer) control() token {
	if l.pos >= len(l.src) {
		return token{kind: tokEOF}
	}
	c := l.src[l.pos]
	switch {
	case isLetter(c):
		return l.word()
	case c == '*':
		l.pos++
		return token{kind: tokStar}
	case c == '\'':
		return l.hex()
	case c == '\r' || c == '\n':
		l.pos++
		return token{kind: tokWord, word: "par"}
	}
	l.pos++
	return token{kind: tokWord, word: string(c)}
}

func (l *lexer) hex() token {
	l.pos++
	if l.pos+2 > len(l.src) {
		l.pos = len(l.src)
		return token{kind: tokEOF}
	}
	v, ok := hexValue(l.src[l.pos : l.pos+2])
	if !ok {
		return token{kind: tokText, text: '?'}
	}
	l.pos += 2
	return token{kind: tokHex, param: v}
}

func (l *lexer) word() token {
	start := l.pos
	for l.pos < len(l.src) && isLetter(l.src[l.pos]) && l.pos-start < 32 {
		l.pos++
	}
	t := token{kind: tokWord, word: string(l.src[start:l.pos])}
	numStart := l.pos
	if l.pos < len(l.src) && l.src[l.pos] == '-' {
		l.pos++
	}
	for l.pos < len(l.src) && isDigit(l.src[l.pos]) && l.pos-numStart < 11 {
		l.pos++
	}
	if n, err := strconv.Atoi(string(l.src[numStart:l.pos])); err == nil {
		t.param, t.hasParam = n, true
	} else {
		l.pos = numStart
	}
	if l.pos < len(l.src) && l.src[l.pos] == ' ' {
		l.pos++
	}
	return t
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

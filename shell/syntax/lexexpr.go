package syntax

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
	"unicode"
	"unicode/utf8"
)

func isMemberStart(r rune) bool { return isNameChar(r) || isSQuote(r) || isDQuote(r) || r == '$' }

// atPostfix reports member access or indexing glued to the previous operand.
func (l *lx) atPostfix() bool {
	r, n := l.peek(), l.peekAt(1)
	return l.off == l.operandEnd && ((r == '.' && isMemberStart(n)) || r == '[' || (r == ':' && n == ':'))
}

// argument lexes one element in argument mode.
func (l *lx) argument(f *frame) *Error {
	if l.atPostfix() {
		return l.postfix(f)
	}
	m := l.mark()
	r, n := l.peek(), l.peekAt(1)
	switch {
	case r == '|':
		l.next()
		l.emit(tPipe, "|", m)
		f.mode, l.skipNL = mPipeStart, true
	case isDash(r) && (unicode.IsLetter(n) || n == '_' || n == '?'):
		l.param(m)
	case isDash(r) && isDash(n) && (l.peekAt(2) == 0 || isArgEnd(l.peekAt(2))):
		l.consume(2)
		l.emit(tDashDash, "--", m)
	case r == ',':
		l.next()
		l.emit(tComma, ",", m)
		l.skipNL = true
	case l.atRedirect():
		return l.redirect(f, m)
	case r == '<':
		return l.errAt(m, 1, "The '<' operator is reserved for future use.", "RedirectionNotSupported")
	case r == '&':
		return l.errAt(m, 1, "The ampersand (&) character is not allowed. The & operator is reserved for future use; wrap an ampersand in double quotation marks (\"&\") to pass it as part of a string.", "AmpersandNotAllowed")
	default:
		return l.argPrimary(f)
	}
	return nil
}

func (l *lx) param(m mark) {
	l.next()
	start := l.off
	for !l.eof() && !isArgEnd(l.peek()) && !strings.ContainsRune("{}();,|&.[:", l.peek()) {
		l.next()
	}
	name := l.text[start:l.off]
	if l.peek() == ':' {
		l.next()
		l.emit(tParamColon, name, m)
		return
	}
	l.emit(tParam, name, m)
}

func (l *lx) atRedirect() bool {
	r, n := l.peek(), l.peekAt(1)
	return r == '>' || ((r == '2' || r == '1' || r == '*') && n == '>')
}

var redirectOps = []string{"2>&1", "2>>", "2>", "1>>", "1>", "*>>", "*>", ">>", ">"}

func (l *lx) redirect(f *frame, m mark) *Error {
	for _, op := range redirectOps {
		if strings.HasPrefix(l.text[l.off:], op) {
			l.consume(len(op))
			l.emit(tRedirect, op, m)
			f.mode = mArg
			return nil
		}
	}
	return l.unexpected(m, string(l.peek()))
}

// argPrimary lexes a value in argument mode: a nested construct, a variable
// or a bare word.
func (l *lx) argPrimary(f *frame) *Error {
	m := l.mark()
	r, n := l.peek(), l.peekAt(1)
	switch {
	case r == '(' || (r == '$' && n == '(') || (r == '@' && (n == '(' || n == '{')) || r == '{':
		l.open(m)
	case r == '@' && (isSQuote(n) || isDQuote(n)):
		return l.hereString(m)
	case r == '@' && isVarChar(n):
		l.next()
		l.emit(tSplat, l.scanVarName(), m)
	case r == '$':
		return l.argVariable(m)
	default:
		return l.argWord(m)
	}
	return nil
}

// open pushes the frame for "(", "$(", "@(", "@{" or "{".
func (l *lx) open(m mark) {
	r, n := l.peek(), l.peekAt(1)
	switch {
	case r == '(':
		l.next()
		l.emit(tLParen, "(", m)
		l.push(fParen, mPipeStart, m)
	case r == '$':
		l.consume(2)
		l.emit(tSubExpr, "$(", m)
		l.push(fSubExpr, mStmt, m)
	case n == '(':
		l.consume(2)
		l.emit(tArrayExpr, "@(", m)
		l.push(fArrayExpr, mStmt, m)
	case n == '{':
		l.consume(2)
		l.emit(tHashOpen, "@{", m)
		l.push(fHash, mHashKey, m)
	default:
		l.next()
		l.emit(tLBrace, "{", m)
		l.push(fBrace, mStmt, m)
	}
}

func (l *lx) hereString(m mark) *Error {
	body, double, err := l.scanHereString()
	if err != nil {
		return err
	}
	if double {
		l.emit(tHereDQ, body, m)
	} else {
		l.emit(tHereSQ, body, m)
	}
	l.operandEnd = l.off
	return nil
}

func (l *lx) argVariable(m mark) *Error {
	save := l.src
	l.next()
	name, err := l.scanVar(m)
	if err != nil {
		return err
	}
	if name != "" && (l.eof() || isArgEnd(l.peek()) || l.atPostfixAt()) {
		l.emit(tVar, name, m)
		l.operandEnd = l.off
		return nil
	}
	l.src = save
	return l.argWord(m)
}

func (l *lx) atPostfixAt() bool {
	r, n := l.peek(), l.peekAt(1)
	return (r == '.' && isMemberStart(n)) || r == '['
}

func (l *lx) argWord(m mark) *Error {
	raw, parts, quoted, err := l.scanArgWord()
	if err != nil {
		return err
	}
	if raw == "" {
		l.next()
		return l.unexpected(m, string([]rune(l.text[m.off:])[0]))
	}
	if parts == 1 && quoted != 0 {
		return l.emitString(raw, quoted, m)
	}
	if IsNumber(raw) {
		l.emit(tNumber, raw, m)
	} else {
		l.emit(tWord, raw, m)
	}
	return nil
}

// emitString emits a quoted string whose whole raw text (quotes included) is raw.
func (l *lx) emitString(raw string, q rune, m mark) *Error {
	_, wq := utf8.DecodeRuneInString(raw)
	_, wl := utf8.DecodeLastRuneInString(raw)
	inner := raw[wq : len(raw)-wl]
	if isSQuote(q) {
		l.emit(tSQString, unquoteSingle(inner), m)
	} else {
		l.emit(tDQString, inner, m)
	}
	l.operandEnd = l.off
	return nil
}

// postfix lexes ".member", "::member", "[index" glued to an operand.
func (l *lx) postfix(f *frame) *Error {
	m := l.mark()
	switch l.peek() {
	case '[':
		l.next()
		l.emit(tLIndex, "[", m)
		l.push(fIndex, mExpr, m)
		return nil
	case ':':
		l.consume(2)
		l.emit(tColonColon, "::", m)
	default:
		l.next()
		l.emit(tDot, ".", m)
	}
	return l.member()
}

func (l *lx) member() *Error {
	m := l.mark()
	r := l.peek()
	switch {
	case isNameChar(r):
		start := l.off
		for !l.eof() && isNameChar(l.peek()) {
			l.next()
		}
		l.emit(tMember, l.text[start:l.off], m)
	case isSQuote(r) || isDQuote(r):
		raw, err := l.scanQuoted()
		if err != nil {
			return err
		}
		if isSQuote(r) {
			l.emit(tSQString, unquoteSingle(raw), m)
		} else {
			l.emit(tDQString, raw, m)
		}
	case r == '$':
		l.next()
		l.emit(tVar, l.scanVarName(), m)
	default:
		return l.errAt(m, 1, "Missing property name after reference operator.", "MissingPropertyName")
	}
	l.operandEnd = l.off
	if l.peek() == '(' {
		cm := l.mark()
		l.next()
		l.emit(tCall, "(", cm)
		l.push(fMethodArgs, mExpr, cm)
	}
	return nil
}

// operand lexes a value in expression mode.
func (l *lx) operand(f *frame) *Error {
	m := l.mark()
	r, n := l.peek(), l.peekAt(1)
	f.operand = false
	switch {
	case r == '(' || (r == '$' && n == '(') || (r == '@' && (n == '(' || n == '{')) || r == '{':
		l.open(m)
	case r == '@' && (isSQuote(n) || isDQuote(n)):
		return l.hereString(m)
	case r == '@':
		return l.splatError(m)
	case r == '$':
		l.next()
		name, err := l.scanVar(m)
		if err != nil {
			return err
		}
		l.emit(tVar, name, m)
		l.operandEnd = l.off
	case isSQuote(r) || isDQuote(r):
		if _, err := l.scanQuoted(); err != nil {
			return err
		}
		return l.emitString(l.text[m.off:l.off], r, m)
	case unicode.IsDigit(r) || (r == '.' && unicode.IsDigit(n)):
		return l.number(m, "")
	case r == '[':
		return l.typeLit(f, m)
	default:
		return l.unaryOperator(f, m)
	}
	return nil
}

func (l *lx) number(m mark, sign string) *Error {
	s := sign + l.scanNumber()
	if !IsNumber(s) {
		return l.unexpected(m, s)
	}
	l.emit(tNumber, s, m)
	l.operandEnd = l.off
	return nil
}

func (l *lx) typeLit(f *frame, m mark) *Error {
	inner, err := l.scanTypeLit()
	if err != nil {
		return err
	}
	switch {
	case strings.Contains(inner, "(") && f.kind != fParamList && l.atStatementStart():
		// [CmdletBinding()] and other attributes of a script or function
		// body: param, begin/process/end or another attribute may follow
		// on the same line.
		l.emit(tAttr, inner, m)
		f.mode = mStmt
	case strings.Contains(inner, "("):
		l.emit(tAttr, inner, m)
		f.operand = true
	case f.kind == fParamList:
		l.emit(tTypeLit, inner, m)
		f.operand = true
	case l.peek() == ':' && l.peekAt(1) == ':':
		l.emit(tTypeLit, inner, m)
		l.operandEnd = l.off
	case l.castFollows():
		l.emit(tCast, inner, m)
		f.operand = true
	default:
		l.emit(tTypeLit, inner, m)
	}
	return nil
}

// castFollows reports whether an operand follows a type literal on this line.
func (l *lx) castFollows() bool {
	save := l.src
	defer func() { l.src = save }()
	if l.skipSpace() != nil || l.eof() {
		return false
	}
	r := l.peek()
	if r == '\n' || r == '\r' || r == ')' || r == '}' || r == ']' || r == ';' || r == '|' || r == ',' || r == '=' {
		return false
	}
	if isDash(r) && unicode.IsLetter(l.peekAt(1)) {
		w := strings.ToLower(l.next2Word())
		return unaryDashOps[w]
	}
	return l.isValueStart() || r == '+' || isDash(r)
}

func (l *lx) next2Word() string {
	l.next()
	return l.peekWord()
}

func (l *lx) unaryOperator(f *frame, m mark) *Error {
	r, n := l.peek(), l.peekAt(1)
	f.operand = true
	switch {
	case isDash(r) && (unicode.IsDigit(n) || (n == '.' && unicode.IsDigit(l.peekAt(2)))):
		l.next()
		f.operand = false
		return l.number(m, "-")
	case (isDash(r) && isDash(n)) || (r == '+' && n == '+'):
		l.consume(2)
		l.emit(tPrefix, string(normDash(r))+string(normDash(r)), m)
	case isDash(r) && unicode.IsLetter(n):
		l.next()
		w := strings.ToLower(l.peekWord())
		if !unaryDashOps[w] {
			return l.unexpected(m, "-"+w)
		}
		l.consume(len(w))
		l.emit(tPrefix, "-"+w, m)
		l.skipNL = true
	case isDash(r) || r == '+' || r == '!' || r == ',':
		l.next()
		l.emit(tPrefix, string(normDash(r)), m)
	default:
		w := l.peekWord()
		if w == "" {
			w = string(r)
		}
		return l.unexpected(m, w)
	}
	return nil
}

func normDash(r rune) rune {
	if isDash(r) {
		return '-'
	}
	return r
}

// operator lexes what may follow an operand in expression mode.
func (l *lx) operator(f *frame) *Error {
	if l.atPostfix() {
		return l.postfix(f)
	}
	m := l.mark()
	r, n := l.peek(), l.peekAt(1)
	switch {
	case r == '.' && n == '.':
		l.consume(2)
		l.binary(f, tBinOp, "..", m)
	case r == '|':
		l.next()
		l.emit(tPipe, "|", m)
		f.mode, l.skipNL = mPipeStart, true
	case r == '=' || (strings.ContainsRune("+*/%", r) || isDash(r)) && n == '=':
		l.assign(f, m)
	case (isDash(r) && isDash(n)) || (r == '+' && n == '+'):
		l.consume(2)
		l.emit(tPostOp, string(normDash(r))+string(normDash(r)), m)
	case l.atRedirect():
		return l.redirect(f, m)
	case r == ',':
		l.next()
		tt := tComma
		if f.kind == fMethodArgs || f.kind == fParamList {
			tt = tArgSep
		}
		l.binary(f, tt, ",", m)
	case isDash(r) && unicode.IsLetter(n):
		return l.dashOperator(f, m)
	case isDash(r) || strings.ContainsRune("+*/%", r):
		l.next()
		l.binary(f, tBinOp, string(normDash(r)), m)
	case f.kind == fForeachHead && strings.EqualFold(l.peekWord(), "in"):
		l.consume(2)
		l.emit(tKeyword, "in", m)
		f.mode = mPipeStart
	default:
		w := l.peekWord()
		if w == "" {
			w = string(r)
		}
		return l.unexpected(m, w)
	}
	return nil
}

func (l *lx) binary(f *frame, t lexer.TokenType, v string, m mark) {
	l.emit(t, v, m)
	f.operand, l.skipNL = true, true
}

func (l *lx) assign(f *frame, m mark) {
	op := "="
	if l.peek() != '=' {
		op = string(normDash(l.next())) + "="
	}
	l.next()
	l.emit(tAssign, op, m)
	l.skipNL = true
	if f.kind == fParamList {
		f.operand = true
		return
	}
	f.mode = mStmt
}

func (l *lx) dashOperator(f *frame, m mark) *Error {
	l.next()
	w := strings.ToLower(l.peekWord())
	if !dashOps[w] || w == "not" || w == "bnot" {
		return l.unexpected(m, "-"+w)
	}
	l.consume(len(w))
	l.binary(f, tBinOp, "-"+w, m)
	return nil
}

package syntax

import (
	"strings"
	"unicode"
)

var keywords = map[string]bool{
	"if": true, "elseif": true, "else": true, "foreach": true, "for": true, "while": true,
	"do": true, "until": true, "switch": true, "try": true, "catch": true, "finally": true,
	"throw": true, "return": true, "exit": true, "break": true, "continue": true,
	"function": true, "filter": true, "param": true, "trap": true,
}

// unsupported keywords are tier C: exsh refuses them clearly.
var unsupported = map[string]bool{
	"class": true, "enum": true, "workflow": true, "configuration": true,
	"using": true, "data": true, "dynamicparam": true, "parallel": true, "sequence": true, "inlinescript": true,
}

// keywordAt returns the keyword at the cursor when it stands alone.
func (l *lx) keywordAt() string {
	w := l.peekWord()
	lw := strings.ToLower(w)
	if !keywords[lw] && !unsupported[lw] && lw != "begin" && lw != "process" && lw != "end" {
		return ""
	}
	save := l.src
	l.consume(len([]rune(w)))
	next := l.peek()
	ok := l.eof() || isSpace(next) || strings.ContainsRune("({;\n\r", next) || (lw == "param" && next == '(')
	if lw == "begin" || lw == "process" || lw == "end" {
		l.skipSpace()
		ok = l.peek() == '{'
	}
	l.src = save
	if !ok {
		return ""
	}
	return lw
}

func (l *lx) stmtStart(f *frame) *Error {
	if f.mode == mStmt {
		if kw := l.keywordAt(); kw != "" {
			return l.keyword(f, kw)
		}
		if l.peek() == ':' && isNameChar(l.peekAt(1)) {
			return l.loopLabel()
		}
	}
	m := l.mark()
	r := l.peek()
	switch {
	case r == '@' && isVarChar(l.peekAt(1)):
		return l.splatError(m)
	case r == '|':
		return l.errAt(m, 1, "An empty pipe element is not allowed.", "EmptyPipeElement")
	case r == '&' && l.peekAt(1) != '&':
		l.next()
		l.emit(tCallOp, "&", m)
		f.mode = mArg
		return nil
	case r == '.' && (isSpace(l.peekAt(1)) || l.peekAt(1) == '$' || l.peekAt(1) == '{'):
		l.next()
		l.emit(tCallOp, ".", m)
		f.mode = mArg
		return nil
	case l.isValueStart():
		f.mode, f.operand = mExpr, true
		return nil
	}
	raw, _, _, err := l.scanArgWord()
	if err != nil {
		return err
	}
	if raw == "" {
		l.next()
		return l.unexpected(m, string(r))
	}
	l.emit(tCmdName, raw, m)
	f.mode = mArg
	return nil
}

// isValueStart reports whether a statement starting here is an expression.
func (l *lx) isValueStart() bool {
	r, n := l.peek(), l.peekAt(1)
	switch {
	case r == '$', isSQuote(r), isDQuote(r), r == '(', r == '[', r == '!', r == ',', r == '{':
		return true
	case unicode.IsDigit(r), r == '.' && unicode.IsDigit(n):
		return true
	case r == '@':
		return n == '(' || n == '{' || isSQuote(n) || isDQuote(n)
	case isDash(r) || r == '+':
		if unicode.IsDigit(n) || n == '$' || n == '(' || n == '.' || (r == n && l.peekAt(2) == '$') {
			return true
		}
		save := l.src
		l.next()
		w := strings.ToLower(l.peekWord())
		l.src = save
		return isDash(r) && unaryDashOps[w]
	}
	return false
}

func (l *lx) keyword(f *frame, kw string) *Error {
	m := l.mark()
	if unsupported[kw] {
		return l.errAt(m, len(kw), "The '"+kw+"' keyword is not supported in exsh.", "NotSupportedInExsh")
	}
	l.consume(len(kw))
	doCond := (kw == "while" || kw == "until") && l.lastClosedDo()
	l.emit(tKeyword, kw, m)
	f.owner = kw
	switch kw {
	case "if", "elseif", "while", "switch", "foreach", "for", "until":
		f.mode = mExpectParen
		if doCond {
			f.owner = "do"
		}
	case "else", "try", "finally", "do", "begin", "process", "end":
		f.mode = mExpectBlock
	case "catch", "trap":
		f.mode = mCatchTypes
	case "break", "continue":
		f.mode = mPipeStart
		l.loopLabelRef(f)
	case "function", "filter":
		f.mode = mFuncName
	case "param":
		f.mode, f.owner = mExpectParen, "param"
	default: // throw return exit break continue
		f.mode = mPipeStart
	}
	return nil
}

// lastClosedDo reports whether the previous token closed a do block.
func (l *lx) lastClosedDo() bool {
	n := len(l.toks)
	return n > 0 && l.toks[n-1].Type == tRBrace && l.closed == "do"
}

func (l *lx) expectParen(f *frame) *Error {
	m := l.mark()
	r := l.peek()
	if f.owner == "switch" && isDash(r) && unicode.IsLetter(l.peekAt(1)) {
		l.next()
		w := l.peekWord()
		l.consume(len(w))
		l.emit(tParam, w, m)
		return nil
	}
	if r != '(' {
		return l.errAt(m, 1, missingAfterKeyword(f), "MissingOpenParenthesisAfterKeyword")
	}
	l.next()
	l.emit(tLParen, "(", m)
	switch f.owner {
	case "for":
		l.push(fForHead, mStmt, m)
		f.mode = mExpectBlock
	case "foreach":
		l.push(fForeachHead, mExpr, m)
		f.mode = mExpectBlock
	case "param":
		l.push(fParamList, mExpr, m)
		f.mode = mStmt
	case "do":
		l.push(fCond, mPipeStart, m).owner = "while"
		f.mode = mStmt
	default:
		l.push(fCond, mPipeStart, m).owner = f.owner
		f.mode = mExpectBlock
	}
	return nil
}

func (l *lx) expectBlock(f *frame) *Error {
	m := l.mark()
	if l.peek() != '{' {
		return l.errAt(m, 1, missingAfterKeyword(f), "MissingStatementBlock")
	}
	l.next()
	l.emit(tLBrace, "{", m)
	owner := f.owner
	if owner == "switch" {
		l.push(fSwitchBody, mSwitchPattern, m)
		f.mode = l.stmtMode(f)
		return nil
	}
	l.push(fBrace, mStmt, m).block = owner
	f.mode = l.stmtMode(f)
	return nil
}

func (l *lx) funcName(f *frame) *Error {
	m := l.mark()
	raw, _, _, err := l.scanArgWord()
	if err != nil {
		return err
	}
	if raw == "" {
		return l.errAt(m, 1, "Missing name after function keyword.", "MissingNameAfterFunctionKeyword")
	}
	l.emit(tWord, raw, m)
	f.mode, f.owner = mFuncParams, "function"
	return nil
}

func (l *lx) funcParams(f *frame) *Error {
	m := l.mark()
	if l.peek() == '(' {
		l.next()
		l.emit(tLParen, "(", m)
		l.push(fParamList, mExpr, m)
	}
	f.mode = mExpectBlock
	return nil
}

func (l *lx) catchTypes(f *frame) *Error {
	m := l.mark()
	switch l.peek() {
	case '[':
		inner, err := l.scanTypeLit()
		if err != nil {
			return err
		}
		l.emit(tTypeLit, inner, m)
		return nil
	case ',':
		l.next()
		l.emit(tComma, ",", m)
		return nil
	}
	return l.expectBlock(f)
}

func (l *lx) hashKey(f *frame) *Error {
	m := l.mark()
	r := l.peek()
	if isNameChar(r) {
		w := l.peekWord()
		l.consume(len([]rune(w)))
		l.emit(tWord, w, m)
		f.mode, f.operand = mExpr, false
		return nil
	}
	f.mode, f.operand = mExpr, true
	return nil
}

func (l *lx) switchPattern(f *frame) *Error {
	m := l.mark()
	f.mode, f.owner = mExpectBlock, "clause"
	if l.peek() == '{' {
		l.next()
		l.emit(tLBrace, "{", m)
		l.push(fBrace, mStmt, m)
		return nil
	}
	return l.argPrimary(f)
}

package syntax

// loopLabel lexes ":name" at the start of a statement, the label of the
// loop or switch that follows.
func (l *lx) loopLabel() *Error {
	m := l.mark()
	l.next()
	start := l.off
	for !l.eof() && isNameChar(l.peek()) {
		l.next()
	}
	l.emit(tLabel, l.text[start:l.off], m)
	return nil
}

// loopLabelRef lexes the label after break or continue: a bare name on
// the same line. Anything else stays for the optional value pipeline.
func (l *lx) loopLabelRef(f *frame) {
	save := l.src
	if l.skipSpace() != nil || l.eof() || !isNameChar(l.peek()) {
		l.src = save
		return
	}
	m := l.mark()
	w := l.peekWord()
	l.consume(len([]rune(w)))
	if !l.eof() && !isArgEnd(l.peek()) {
		l.src = save // not a plain name, e.g. a path or a member access
		return
	}
	l.emit(tLabel, w, m)
	f.mode, f.operand = mExpr, false
}

// splatError is the error of @name used where a value is expected.
func (l *lx) splatError(m mark) *Error {
	save := l.src
	l.next()
	name := l.scanVarName()
	l.src = save
	return l.errAt(m, len(name)+1, "The splatting operator '@' cannot be used to reference variables in an expression. '@"+name+
		"' can be used only as an argument to a command. To reference variables in an expression use '$"+name+"'.", "SplattingNotPermitted")
}

// badDriveMessage is PowerShell's message for "$name:" with no name after
// the colon.
const badDriveMessage = "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name."

// scanVar consumes a variable name after "$" (already consumed) and
// rejects a scope or drive prefix with no name after it ("$var:").
func (l *lx) scanVar(m mark) (string, *Error) {
	name := l.scanVarName()
	if l.danglingColon(name) {
		return "", l.errAt(m, l.off-m.off+1, badDriveMessage, "InvalidVariableReferenceWithDrive")
	}
	return name, nil
}

// danglingColon reports a ':' right after a plain variable name that is
// not followed by a name character (or a second ':').
func (l *lx) danglingColon(name string) bool {
	if name == "" || l.peek() != ':' || l.text[l.off-1] == '}' {
		return false
	}
	n := l.peekAt(1)
	return !isVarChar(n) && n != ':'
}

// atStatementStart reports whether the token about to be emitted
// begins a statement: nothing but separators, "{" or attributes before it.
func (l *lx) atStatementStart() bool {
	n := len(l.toks)
	if n == 0 {
		return true
	}
	switch l.toks[n-1].Type {
	case tNL, tSemi, tLBrace, tAttr:
		return true
	}
	return false
}

package syntax

import (
	"fmt"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// mode is what the tokenizer expects next inside a frame.
type mode int

const (
	mStmt          mode = iota // statement start: keywords, commands or expressions
	mPipeStart                 // after "|" or "(": command or expression, no keywords
	mExpr                      // expression mode, see frame.operand
	mArg                       // argument mode inside a command
	mHashKey                   // the key of a hashtable entry
	mSwitchPattern             // a switch clause's pattern
	mExpectBlock               // a statement block "{" must follow
	mExpectParen               // a "(" must follow a keyword
	mFuncName                  // the name after "function"
	mFuncParams                // optional "(" params after a function name
	mCatchTypes                // exception types after "catch"
)

// frameKind is the bracket that opened a frame.
type frameKind int

const (
	fTop frameKind = iota
	fParen
	fCond
	fSubExpr
	fArrayExpr
	fBrace
	fHash
	fIndex
	fMethodArgs
	fParamList
	fForeachHead
	fForHead
	fSwitchBody
)

type frame struct {
	kind    frameKind
	mode    mode
	operand bool   // in mExpr: an operand is expected next
	owner   string // the pending keyword of this frame
	block   string // keyword that owns this brace frame
	open    mark
}

type mark struct{ off, line, col int }

// lx is the mode-aware PowerShell tokenizer.
type lx struct {
	src
	frames     []*frame
	toks       []lexer.Token
	skipNL     bool   // a continuation: newlines are whitespace until the next token
	operandEnd int    // offset just after the last operand, for member access
	closed     string // owner of the brace frame closed by the last token
	ends       []int  // raw end offset of each token
	splits     []int  // indexes of top-level statement separators
	base       lexer.Position
	depth      int         // nesting of the code around text (a subexpression in a string)
	nests      map[int]int // nesting at tokens holding "$(", by offset
	prefixRun  int         // unary operators and casts in a row
	subs       int         // subexpressions being scanned inside strings
}

// MaxNesting bounds how deeply a script may nest parentheses, braces,
// brackets, subexpressions in strings and unary operators, so that a
// hostile script cannot overflow the parser's or the evaluator's stack.
const MaxNesting = 1000

// Tokenize splits PowerShell source into tokens, deciding argument or
// expression mode as PowerShell does.
func Tokenize(text string) ([]lexer.Token, error) {
	l, err := tokenize(text, lexer.Position{Line: 1, Column: 1}, 0)
	if err != nil {
		return nil, err
	}
	return l.toks, nil
}

// tokenize runs the tokenizer on text that starts at base in its file,
// nested depth levels deep.
func tokenize(text string, base lexer.Position, depth int) (*lx, error) {
	l := &lx{src: src{text: text, line: 1, col: 1}, operandEnd: -1, base: base, depth: depth}
	l.frames = []*frame{{kind: fTop, mode: mStmt}}
	if err := l.run(); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *lx) mark() mark  { return mark{l.off, l.line, l.col} }
func (l *lx) top() *frame { return l.frames[len(l.frames)-1] }

func (l *lx) pos(m mark) lexer.Position {
	p := lexer.Position{Offset: l.base.Offset + m.off, Line: l.base.Line + m.line - 1, Column: m.col}
	if m.line == 1 {
		p.Column = l.base.Column + m.col - 1
	}
	return p
}

func (l *lx) emit(t lexer.TokenType, value string, m mark) {
	l.toks = append(l.toks, lexer.Token{Type: t, Value: value, Pos: l.pos(m)})
	l.ends = append(l.ends, l.off)
	switch t {
	case tPrefix, tCast, tComma:
		l.prefixRun++
	default:
		l.prefixRun = 0
	}
	if strings.Contains(value, "$(") {
		if l.nests == nil {
			l.nests = map[int]int{}
		}
		l.nests[l.pos(m).Offset] = l.nesting()
	}
	if (t == tNL || t == tSemi) && len(l.frames) == 1 {
		l.splits = append(l.splits, len(l.toks)-1)
	}
	l.skipNL = false
	l.closed = ""
}

func (l *lx) errAt(m mark, length int, msg, id string) *Error {
	if length < 1 {
		length = 1
	}
	p := l.pos(m)
	return &Error{Offset: p.Offset, Line: p.Line, Column: p.Column, Length: length, Message: msg, ID: id,
		Incomplete: m.off+length >= len(l.text)}
}

func (l *lx) unexpected(m mark, text string) *Error {
	return l.errAt(m, len(text), "Unexpected token '"+text+"' in expression or statement.", "UnexpectedToken")
}

func (l *lx) push(k frameKind, md mode, m mark) *frame {
	f := &frame{kind: k, mode: md, operand: md == mExpr, open: m}
	l.frames = append(l.frames, f)
	return f
}

func (l *lx) run() error {
	for {
		if err := l.skipSpace(); err != nil {
			return err
		}
		if l.eof() {
			return l.finish()
		}
		var err *Error
		switch r := l.peek(); {
		case r == '\n' || r == '\r':
			l.newline()
		case r == ';':
			l.semi()
		case r == ')' || r == '}' || r == ']':
			err = l.close(r)
		default:
			err = l.dispatch()
		}
		if err == nil && max(l.nesting(), l.depth+l.prefixRun) > MaxNesting {
			err = l.tooDeep(l.top().open)
		}
		if err != nil {
			return err
		}
	}
}

// tooDeep is the error of a script nested more than [MaxNesting] levels.
func (l *lx) tooDeep(m mark) *Error {
	return l.errAt(m, 1, fmt.Sprintf("The script is nested too deeply: more than %d levels of parentheses, braces, brackets, subexpressions or unary operators.", MaxNesting), "ScriptTooComplicated")
}

// nesting is how deeply the current token is nested.
func (l *lx) nesting() int { return l.depth + len(l.frames) - 1 }

func (l *lx) dispatch() *Error {
	switch f := l.top(); f.mode {
	case mStmt, mPipeStart:
		return l.stmtStart(f)
	case mExpr:
		if f.operand {
			return l.operand(f)
		}
		return l.operator(f)
	case mArg:
		return l.argument(f)
	case mHashKey:
		return l.hashKey(f)
	case mSwitchPattern:
		return l.switchPattern(f)
	case mExpectBlock:
		return l.expectBlock(f)
	case mExpectParen:
		return l.expectParen(f)
	case mFuncName:
		return l.funcName(f)
	case mFuncParams:
		return l.funcParams(f)
	default:
		return l.catchTypes(f)
	}
}

// finish ends the input: every open frame is an incomplete construct.
func (l *lx) finish() error {
	if len(l.frames) > 1 {
		f := l.top()
		msg, id := missingCloser(f)
		e := l.errAt(f.open, 1, msg, id)
		e.Incomplete = true
		return e
	}
	if f := l.top(); f.mode == mExpectBlock || f.mode == mExpectParen || f.mode == mFuncName || f.mode == mCatchTypes {
		e := l.errAt(l.mark(), 1, missingAfterKeyword(f), "MissingStatementBlock")
		e.Incomplete = true
		return e
	}
	l.emit(lexer.EOF, "", l.mark())
	return nil
}

func missingCloser(f *frame) (string, string) {
	switch f.kind {
	case fBrace, fSwitchBody:
		return "Missing closing '}' in statement block or type definition.", "MissingEndCurlyBrace"
	case fHash:
		return "The hash literal was incomplete.", "IncompleteHashLiteral"
	case fIndex:
		return "Array index expression is missing or not valid.", "MissingArrayIndexExpression"
	case fSubExpr:
		return "Missing closing ')' in subexpression.", "MissingEndParenthesisInSubexpression"
	case fCond:
		return "Missing closing ')' after expression in '" + f.owner + "' statement.", "MissingEndParenthesisAfterStatement"
	}
	return "Missing closing ')' in expression.", "MissingEndParenthesisInExpression"
}

func missingAfterKeyword(f *frame) string {
	switch f.mode {
	case mExpectParen:
		return "Missing '(' after '" + f.owner + "' in " + f.owner + " statement."
	case mFuncName:
		return "Missing name after function keyword."
	}
	return "Missing statement block after " + f.owner + "."
}

func (l *lx) newline() {
	m := l.mark()
	if l.next() == '\r' && l.peek() == '\n' {
		l.next()
	}
	f := l.top()
	switch {
	case l.skipNL, f.mode == mExpectBlock, f.mode == mExpectParen, f.mode == mFuncParams, f.mode == mCatchTypes:
		return
	case f.kind != fTop && f.kind != fBrace && f.kind != fSubExpr && f.kind != fArrayExpr && f.kind != fHash && f.kind != fSwitchBody:
		return
	case l.continuesStatement():
		return
	}
	if n := len(l.toks); n > 0 && (l.toks[n-1].Type == tNL || l.toks[n-1].Type == tSemi) {
		return
	}
	l.emit(tNL, "\n", m)
	f.mode = l.stmtMode(f)
}

// continuesStatement reports a keyword on the next line that continues the
// statement closed by the last "}" (else, catch, finally, do ... while).
func (l *lx) continuesStatement() bool {
	owner := l.closed
	if owner == "" {
		return false
	}
	save := l.src
	defer func() { l.src = save }()
	for !l.eof() {
		if err := l.skipSpace(); err != nil {
			return false
		}
		if l.peek() != '\n' && l.peek() != '\r' {
			break
		}
		l.next()
	}
	w := strings.ToLower(l.peekWord())
	switch owner {
	case "if", "elseif":
		return w == "else" || w == "elseif"
	case "try", "catch":
		return w == "catch" || w == "finally"
	case "do":
		return w == "while" || w == "until"
	}
	return false
}

func (l *lx) stmtMode(f *frame) mode {
	switch f.kind {
	case fHash:
		return mHashKey
	case fSwitchBody:
		return mSwitchPattern
	}
	return mStmt
}

func (l *lx) semi() {
	m := l.mark()
	l.next()
	l.emit(tSemi, ";", m)
	f := l.top()
	f.mode = l.stmtMode(f)
}

var closerOf = map[frameKind]rune{
	fParen: ')', fCond: ')', fSubExpr: ')', fArrayExpr: ')', fMethodArgs: ')', fParamList: ')',
	fForeachHead: ')', fForHead: ')', fBrace: '}', fHash: '}', fSwitchBody: '}', fIndex: ']',
}

var closerType = map[rune]lexer.TokenType{')': tRParen, '}': tRBrace, ']': tRBracket}

func (l *lx) close(r rune) *Error {
	m := l.mark()
	f := l.top()
	if len(l.frames) == 1 || closerOf[f.kind] != r {
		return l.unexpected(m, string(r))
	}
	l.next()
	l.frames = l.frames[:len(l.frames)-1]
	l.emit(closerType[r], string(r), m)
	l.operandEnd = l.off
	if f.kind == fBrace {
		l.closed = f.block
	}
	return nil
}

// peekWord returns the run of name characters at the cursor.
func (l *lx) peekWord() string {
	end := l.off
	for end < len(l.text) {
		r := rune(l.text[end])
		if r >= 0x80 || !(isNameChar(r) || r == '-') {
			break
		}
		end++
	}
	return l.text[l.off:end]
}

func (l *lx) consume(n int) {
	for i := 0; i < n; i++ {
		l.next()
	}
}

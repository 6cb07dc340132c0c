package syntax

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// MaxStatementTokens bounds the tokens of one top-level statement (a
// function counts with its whole body): the grammar's memory and time
// grow with it, about 1 KB and 10 µs a token.
const MaxStatementTokens = 200_000

// grammar builds the participle parser once, on first use: building it
// reflects over every AST type and lexes their tags, which takes
// milliseconds that a process parsing nothing (exsh -Help, a completion
// helper) should not pay at start.
var grammar = sync.OnceValue(buildGrammar)

// buildGrammar builds the participle parser from the AST types.
func buildGrammar() *participle.Parser[Script] {
	return participle.MustBuild[Script](participle.Lexer(definition{symbols}), participle.UseLookahead(2))
}

// Grammar returns the grammar in EBNF, as participle prints it.
func Grammar() string { return grammar().String() }

// Parse parses a whole script or command line. A parse error anywhere is an
// [*Error]; nothing of a script with a parse error should run.
func Parse(text string) (*Script, error) {
	s, err := parseAt(text, lexer.Position{Line: 1, Column: 1}, 0)
	if err != nil {
		return nil, err
	}
	wrapTraps(s.Body)
	return s, nil
}

// wrapTraps turns the statements of a top-level body with trap statements
// into one block statement: callers run a script's top level statement by
// statement, and a trap must cover the whole block.
func wrapTraps(b *Body) {
	n := len(b.Statements)
	if n == 0 {
		return
	}
	for _, st := range b.Statements {
		if st.Trap != nil {
			inner := &Body{Pos: b.Pos, Statements: b.Statements}
			b.Statements = []*Statement{{Pos: b.Statements[0].Pos, EndPos: b.Statements[n-1].EndPos, Block: inner}}
			return
		}
	}
}

// parseAt parses text that starts at base in its file and is nested
// depth levels deep in the code around it.
//
// Each top-level statement is post-processed and checked as soon as it is
// parsed, while its freshly allocated tree is still in the processor's
// cache; the errors keep their precedence all the same: the first parse
// error anywhere, else the first post-processing error, else the first
// check error.
func parseAt(text string, base lexer.Position, depth int) (*Script, error) {
	l, err := tokenize(text, base, depth)
	if err != nil {
		return nil, err
	}
	s := &Script{Pos: base, Body: &Body{Pos: base}}
	var postErr, checkErr error
	start := 0
	for _, end := range append(l.splits, len(l.toks)-1) {
		b, err := parseSegment(l, start, end)
		if err != nil {
			return nil, err
		}
		start = end + 1
		if postErr != nil {
			continue
		}
		if postErr = postProcess(b, l); postErr == nil && checkErr == nil {
			checkErr = check(b, l)
		}
		s.Body.Attrs = append(s.Body.Attrs, b.Attrs...)
		if s.Body.Params == nil {
			s.Body.Params = b.Params
		}
		s.Body.Named = append(s.Body.Named, b.Named...)
		s.Body.Statements = append(s.Body.Statements, b.Statements...)
	}
	if postErr != nil {
		return nil, postErr
	}
	if checkErr != nil {
		return nil, checkErr
	}
	return s, nil
}

// parseSegment parses the tokens of one top-level statement, toks[start:end]
// followed by an end of input. Parsing statement by statement keeps
// participle's work linear in script size.
func parseSegment(l *lx, start, end int) (*Body, error) {
	if end-start > MaxStatementTokens {
		first := l.toks[start]
		return nil, &Error{Offset: first.Pos.Offset, Line: first.Pos.Line, Column: first.Pos.Column, Length: 1, ID: "StatementTooLong",
			Message: fmt.Sprintf("The statement is too long: it has more than %d tokens. Split it into several statements.", MaxStatementTokens)}
	}
	toks := append(l.toks[start:end:end], lexer.EOFToken(l.toks[end].Pos))
	pl, err := lexer.Upgrade(&sliceLexer{toks: toks})
	if err != nil {
		return nil, err
	}
	seg, err := grammar().ParseFromLexer(pl)
	if err != nil {
		return nil, convert(err, l, end)
	}
	return seg.Body, nil
}

// convert turns a participle error into an [*Error] with PowerShell's words.
func convert(err error, l *lx, segEnd int) error {
	var pe participle.Error
	if !errors.As(err, &pe) {
		return err
	}
	i := tokenIndex(l, pe.Position().Offset)
	if i < 0 {
		return err
	}
	tok := l.toks[i]
	local := tok.Pos.Offset - l.base.Offset
	e := &Error{Offset: tok.Pos.Offset, Line: tok.Pos.Line, Column: tok.Pos.Column}
	if i == segEnd && !tok.EOF() {
		e.Length = 1
		e.Message, e.ID = describeEnd(l, i)
		return e
	}
	if tok.EOF() {
		e.Length, e.Incomplete = 1, true
	} else {
		e.Length = l.ends[i] - local
		e.Incomplete = l.ends[i] >= len(l.text)
	}
	e.Message, e.ID = describe(l, i)
	return e
}

func tokenIndex(l *lx, off int) int {
	for i, t := range l.toks {
		if t.Pos.Offset >= off {
			return i
		}
	}
	return len(l.toks) - 1
}

// describe words the error at token i the way PowerShell would.
func describe(l *lx, i int) (string, string) {
	tok := l.toks[i]
	var prev lexer.Token
	if i > 0 {
		prev = l.toks[i-1]
	}
	switch {
	case prev.Type == tPipe && (tok.Type == tPipe || tok.EOF() || tok.Type == tNL || tok.Type == tSemi):
		return "An empty pipe element is not allowed.", "EmptyPipeElement"
	case prev.Type == tPipe:
		return "Expressions are only allowed as the first element of a pipeline.", "ExpressionsMustBeFirstInPipeline"
	case prev.Type == tAssign && (tok.EOF() || tok.Type == tNL || tok.Type == tSemi):
		return "You must provide a value expression on the right-hand side of an assignment operator.", "ExpectedValueExpression"
	case isOperatorToken(prev.Type) && (tok.EOF() || tok.Type == tNL || tok.Type == tSemi || tok.Type == tRParen):
		return "You must provide a value expression following the '" + prev.Value + "' operator.", "ExpectedValueExpression"
	case prev.Type == tComma:
		return "Missing argument in parameter list.", "MissingArgument"
	case tok.EOF():
		return "Unexpected end of input: the statement is incomplete.", "IncompleteInput"
	}
	local := tok.Pos.Offset - l.base.Offset
	return "Unexpected token '" + l.text[local:l.ends[i]] + "' in expression or statement.", "UnexpectedToken"
}

// describeEnd words an error at the end of a statement that is followed
// by more input.
func describeEnd(l *lx, i int) (string, string) {
	saved := l.toks[i]
	l.toks[i] = lexer.EOFToken(saved.Pos)
	defer func() { l.toks[i] = saved }()
	msg, id := describe(l, i)
	if id == "IncompleteInput" {
		return "Unexpected end of statement: the statement is incomplete.", "IncompleteStatement"
	}
	return msg, id
}

func isOperatorToken(t lexer.TokenType) bool {
	switch t {
	case tBinOp, tPrefix:
		return true
	}
	return false
}

// postProcess fills in what the grammar cannot: the parts of expandable
// strings, the source text of script blocks and the precedence of
// operators; and it rejects duplicate keys in hash literals.
func postProcess(b *Body, l *lx) error {
	text, base := l.text, l.base
	return walk(b, func(n any) error {
		switch n := n.(type) {
		case *Expandable:
			depth, ok := l.nests[n.Pos.Offset]
			if !ok {
				depth = l.depth + 1
			}
			if err := expand(n, text, base, depth); err != nil {
				return err
			}
			return errSkip // its parts were parsed and processed on their own
		case *ScriptBlock:
			n.Text = blockText(text, base, n)
		case *Expr:
			return fold(n)
		case *Hash:
			return checkHashKeys(n, text, base)
		}
		return nil
	})
}

func blockText(text string, base lexer.Position, b *ScriptBlock) string {
	start := b.Pos.Offset - base.Offset + 1
	end := b.EndPos.Offset - base.Offset
	if end > len(text) {
		end = len(text)
	}
	if start > end {
		return ""
	}
	inner := text[start:end]
	if i := strings.LastIndex(inner, "}"); i >= 0 {
		inner = inner[:i]
	}
	return inner
}

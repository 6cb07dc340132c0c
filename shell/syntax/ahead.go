package syntax

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The loops and options that end nearly every command (its arguments),
// operand (its member accesses, indexes and ++/--), pipeline element (its
// redirections) and body (a param block, named blocks) are guarded by
// lookaheads that match, consuming nothing, when the next token can start
// the element. Without them participle finds that the element is absent
// by trying it down through its alternatives, and each attempt
// allocates; participle's own (?= ...) group costs an allocation for each
// token type it tries. Each guard admits exactly the tokens its element
// can start with, so the grammar accepts the same language.

// argAhead matches before a [CommandElement]: a parameter, a splat, "--",
// a redirection or the start of an argument value.
type argAhead struct{}

// Parse matches when the next token can start a command element.
func (*argAhead) Parse(lex *lexer.PeekingLexer) error {
	switch lex.Peek().Type {
	case tParam, tParamColon, tSplat, tDashDash, tRedirect:
		return nil
	}
	return primaryAhead(lex)
}

// suffixAhead matches before a [Suffix]: ".", "::", "[" or ++/--.
type suffixAhead struct{}

// Parse matches when the next token can start a suffix.
func (*suffixAhead) Parse(lex *lexer.PeekingLexer) error {
	switch lex.Peek().Type {
	case tDot, tColonColon, tLIndex, tPostOp:
		return nil
	}
	return participle.NextMatch
}

// primaryAhead matches when the next token can start a [Primary].
func primaryAhead(lex *lexer.PeekingLexer) error {
	switch lex.Peek().Type {
	case tVar, tNumber, tSQString, tHereSQ, tDQString, tHereDQ, tWord,
		tLParen, tSubExpr, tArrayExpr, tHashOpen, tLBrace, tTypeLit:
		return nil
	}
	return participle.NextMatch
}

// redirectAhead matches before a [Redirect].
type redirectAhead struct{}

// Parse matches when the next token is a redirection operator.
func (*redirectAhead) Parse(lex *lexer.PeekingLexer) error {
	if lex.Peek().Type == tRedirect {
		return nil
	}
	return participle.NextMatch
}

// paramAhead matches before a [ParamBlock].
type paramAhead struct{}

// Parse matches when the next token is the keyword param.
func (*paramAhead) Parse(lex *lexer.PeekingLexer) error {
	if t := lex.Peek(); t.Type == tKeyword && t.Value == "param" {
		return nil
	}
	return participle.NextMatch
}

// namedAhead matches before a [NamedBlock].
type namedAhead struct{}

// Parse matches when the next token is the keyword begin, process or end.
func (*namedAhead) Parse(lex *lexer.PeekingLexer) error {
	if t := lex.Peek(); t.Type == tKeyword && (t.Value == "begin" || t.Value == "process" || t.Value == "end") {
		return nil
	}
	return participle.NextMatch
}

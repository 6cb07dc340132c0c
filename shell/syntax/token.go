package syntax

import (
	"fmt"
	"io"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token types produced by [Tokenize]. The grammar refers to them by the
// names in [symbols].
const (
	tNL lexer.TokenType = iota + 1
	tSemi
	tPipe
	tLParen
	tRParen
	tCall
	tLBrace
	tRBrace
	tLIndex
	tRBracket
	tSubExpr
	tArrayExpr
	tHashOpen
	tComma
	tArgSep
	tDot
	tColonColon
	tAssign
	tBinOp
	tPrefix
	tPostOp
	tRedirect
	tVar
	tSplat
	tNumber
	tSQString
	tDQString
	tHereSQ
	tHereDQ
	tWord
	tCmdName
	tCallOp
	tParam
	tParamColon
	tDashDash
	tKeyword
	tTypeLit
	tCast
	tAttr
	tMember
	tLabel
)

var symbols = map[string]lexer.TokenType{
	"EOF": lexer.EOF, "NL": tNL, "Semi": tSemi, "Pipe": tPipe,
	"LParen": tLParen, "RParen": tRParen, "Call": tCall,
	"LBrace": tLBrace, "RBrace": tRBrace, "LIndex": tLIndex, "RBracket": tRBracket,
	"SubExpr": tSubExpr, "ArrayExpr": tArrayExpr, "HashOpen": tHashOpen,
	"Comma": tComma, "ArgSep": tArgSep, "Dot": tDot, "ColonColon": tColonColon,
	"Assign": tAssign, "BinOp": tBinOp, "Prefix": tPrefix, "PostOp": tPostOp, "Redirect": tRedirect,
	"Var": tVar, "Splat": tSplat, "Number": tNumber,
	"SQString": tSQString, "DQString": tDQString, "HereSQ": tHereSQ, "HereDQ": tHereDQ,
	"Word": tWord, "CmdName": tCmdName, "CallOp": tCallOp,
	"Param": tParam, "ParamColon": tParamColon, "DashDash": tDashDash,
	"Keyword": tKeyword, "TypeLit": tTypeLit, "Cast": tCast, "Attr": tAttr,
	"Member": tMember, "Label": tLabel,
}

// definition adapts the pre-made token slice to participle.
type definition struct{ syms map[string]lexer.TokenType }

func (d definition) Symbols() map[string]lexer.TokenType { return d.syms }

func (definition) Lex(string, io.Reader) (lexer.Lexer, error) {
	return nil, fmt.Errorf("syntax: use Parse, not the participle lexer")
}

// sliceLexer hands out tokens that [Tokenize] produced.
type sliceLexer struct {
	toks []lexer.Token
	i    int
}

func (s *sliceLexer) Next() (lexer.Token, error) {
	if s.i >= len(s.toks) {
		return s.toks[len(s.toks)-1], nil
	}
	t := s.toks[s.i]
	s.i++
	return t, nil
}

// Error is a parse error with its position. Message uses PowerShell's
// wording; ID is the FullyQualifiedErrorId. Incomplete reports that the
// input ended before the construct did, so more input could complete it.
type Error struct {
	Offset, Line, Column int
	Length               int
	Message              string
	ID                   string
	Incomplete           bool
}

func (e *Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Column, e.Message) }

// IsIncomplete reports whether err is an [*Error] caused by input that ended
// too early.
func IsIncomplete(err error) bool {
	e, ok := err.(*Error)
	return ok && e.Incomplete
}

// Position is a place in the source: byte offset, line and column (both
// 1-based). AST nodes carry it in their Pos and EndPos fields.
type Position = lexer.Position

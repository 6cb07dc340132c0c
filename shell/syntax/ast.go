package syntax

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The grammar is the AST: participle reads the struct tags below. Token
// names refer to [symbols]; keywords and operators arrive lower-cased.

// Script is a parsed script file or command line.
type Script struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Body   *Body `parser:"@@"`
}

// Body is the inside of a script, script block or function: optional
// attributes, a param block, named begin/process/end blocks, statements.
// Separators are tried before a statement, and no statement is tried at
// the end of the input or block: participle tries the alternatives in
// order, and a statement that fails at its first token has been tried
// down through every expression rule first (about a fifth of the
// parser's allocations went there). Hash literals and switch bodies
// order their separators the same way.
type Body struct {
	Pos        lexer.Position
	Attrs      []string      `parser:"( NL | Semi )* ( @Attr ( NL | Semi )* )*"`
	MoreParams paramAhead    `parser:"( @@"` // grammar only, see [paramAhead]
	Params     *ParamBlock   `parser:"  @@ ( NL | Semi )* )?"`
	MoreNamed  namedAhead    `parser:"( @@"` // grammar only, see [namedAhead]
	Named      []*NamedBlock `parser:"  @@ ( NL | Semi )* )*"`
	Statements []*Statement  `parser:"( NL | Semi | (?! EOF | RBrace | RParen) @@ )*"`
}

// ParamBlock is param(...).
type ParamBlock struct {
	Pos    lexer.Position
	Params []*ParamDecl `parser:"\"param\":Keyword LParen ( @@ ( ArgSep @@ )* )? RParen"`
}

// ParamDecl declares one parameter: [attributes] [type] $name [= default].
type ParamDecl struct {
	Pos     lexer.Position
	Attrs   []string `parser:"@Attr*"`
	Type    string   `parser:"@TypeLit?"`
	Attrs2  []string `parser:"@Attr*"`
	Name    string   `parser:"@Var"`
	Default *Expr    `parser:"( Assign @@ )?"`
}

// NamedBlock is a begin, process or end block.
type NamedBlock struct {
	Pos  lexer.Position
	Name string `parser:"@( \"begin\":Keyword | \"process\":Keyword | \"end\":Keyword )"`
	Body *Block `parser:"@@"`
}

// Block is a statement block in braces.
type Block struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Body   *Body `parser:"LBrace @@ RBrace"`
}

// Statement is one statement. Label is the ":name" label of a loop or
// switch statement.
type Statement struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Label    string    `parser:"@Label? ("`
	Pipeline *Pipeline `parser:"  @@"`
	If       *If       `parser:"| @@"`
	Foreach  *Foreach  `parser:"| @@"`
	For      *For      `parser:"| @@"`
	While    *While    `parser:"| @@"`
	Do       *Do       `parser:"| @@"`
	Switch   *Switch   `parser:"| @@"`
	Try      *Try      `parser:"| @@"`
	Function *Function `parser:"| @@"`
	Trap     *Trap     `parser:"| @@"`
	Flow     *Flow     `parser:"| @@ )"`
	// Block is set by [Parse] instead of the rest for a script whose top
	// level has trap statements: its statements become one block, so
	// that the traps cover all of them.
	Block *Body
}

// Trap is trap [type] { }. It applies to the whole block it stands in.
type Trap struct {
	Pos  lexer.Position
	Type string `parser:"\"trap\":Keyword @TypeLit?"`
	Body *Block `parser:"@@"`
}

// If is if/elseif/else.
type If struct {
	Pos     lexer.Position
	Clauses []*CondBlock `parser:"\"if\":Keyword @@ ( \"elseif\":Keyword @@ )*"`
	Else    *Block       `parser:"( \"else\":Keyword @@ )?"`
}

// CondBlock is a condition in parentheses and its block.
type CondBlock struct {
	Pos  lexer.Position
	Cond *Pipeline `parser:"LParen @@ RParen"`
	Body *Block    `parser:"@@"`
}

// Foreach is foreach ($x in ...) { }.
type Foreach struct {
	Pos  lexer.Position
	Var  string    `parser:"\"foreach\":Keyword LParen @Var \"in\":Keyword"`
	In   *Pipeline `parser:"@@ RParen"`
	Body *Block    `parser:"@@"`
}

// For is for (init; cond; step) { }.
type For struct {
	Pos  lexer.Position
	Init *Pipeline `parser:"\"for\":Keyword LParen @@? ( Semi | NL )?"`
	Cond *Pipeline `parser:"@@? ( Semi | NL )?"`
	Step *Pipeline `parser:"@@? RParen"`
	Body *Block    `parser:"@@"`
}

// While is while (cond) { }.
type While struct {
	Pos  lexer.Position
	Cond *Pipeline `parser:"\"while\":Keyword LParen @@ RParen"`
	Body *Block    `parser:"@@"`
}

// Do is do { } while (cond) or do { } until (cond).
type Do struct {
	Pos   lexer.Position
	Body  *Block    `parser:"\"do\":Keyword @@"`
	Until bool      `parser:"( \"while\":Keyword | @\"until\":Keyword )"`
	Cond  *Pipeline `parser:"LParen @@ RParen"`
}

// Switch is switch [-options] (value) { pattern { } ... }.
type Switch struct {
	Pos     lexer.Position
	Options []string        `parser:"\"switch\":Keyword @Param*"`
	Value   *Pipeline       `parser:"LParen @@ RParen"`
	Clauses []*SwitchClause `parser:"LBrace ( NL | Semi | @@ )* RBrace"`
}

// SwitchClause is one pattern and its block; the pattern "default" is the
// default clause.
type SwitchClause struct {
	Pos     lexer.Position
	Pattern *Postfix `parser:"@@"`
	Body    *Block   `parser:"@@"`
}

// Try is try/catch/finally.
type Try struct {
	Pos     lexer.Position
	Body    *Block   `parser:"\"try\":Keyword @@"`
	Catches []*Catch `parser:"@@*"`
	Finally *Block   `parser:"( \"finally\":Keyword @@ )?"`
}

// Catch is one catch clause with optional exception types.
type Catch struct {
	Pos   lexer.Position
	Types []string `parser:"\"catch\":Keyword ( @TypeLit ( Comma @TypeLit )* )?"`
	Body  *Block   `parser:"@@"`
}

// Function is function name [(params)] { body }.
type Function struct {
	Pos    lexer.Position
	Kind   string       `parser:"@( \"function\":Keyword | \"filter\":Keyword )"`
	Name   string       `parser:"@Word"`
	Params []*ParamDecl `parser:"( LParen ( @@ ( ArgSep @@ )* )? RParen )?"`
	Body   *Block       `parser:"@@"`
}

// Flow is throw, return, exit, break or continue with an optional value;
// Label is the loop label after break or continue.
type Flow struct {
	Pos     lexer.Position
	Keyword string    `parser:"@( \"throw\":Keyword | \"return\":Keyword | \"exit\":Keyword | \"break\":Keyword | \"continue\":Keyword )"`
	Label   string    `parser:"@Label?"`
	Value   *Pipeline `parser:"@@?"`
}

// Pipeline is an assignment or a pipeline of elements.
type Pipeline struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Head   *Element   `parser:"@@"`
	Assign string     `parser:"( @Assign"`
	Value  *Statement `parser:"  @@ )?"`
	Tail   []*Command `parser:"( Pipe @@ )*"`
}

// Element is the first element of a pipeline: a command or an expression.
type Element struct {
	Pos       lexer.Position
	EndPos    lexer.Position
	Command   *Command      `parser:"(  @@"`
	Expr      *Expr         `parser:" | @@ )"`
	More      redirectAhead `parser:"( @@"` // grammar only, see [redirectAhead]
	Redirects []*Redirect   `parser:"  @@ )*"`
}

// Command is a command invocation in argument mode.
type Command struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Name   string            `parser:"(  @CmdName"`
	CallOp string            `parser:" | @CallOp"`
	Target *Postfix          `parser:"   @@ )"`
	More   argAhead          `parser:"( @@"` // grammar only, see [argAhead]
	Args   []*CommandElement `parser:"  @@ )*"`
}

// CommandElement is a parameter, an argument, a splat or a redirection.
type CommandElement struct {
	Pos         lexer.Position
	EndPos      lexer.Position
	Param       string    `parser:"(  @Param"`
	ColonParam  string    `parser:" | @ParamColon"`
	ColonValue  *ArgValue `parser:"   @@"`
	Arg         *ArgValue `parser:" | @@"`
	Splat       string    `parser:" | @Splat"`
	StopParsing bool      `parser:" | @DashDash"`
	Redirect    *Redirect `parser:" | @@ )"`
}

// ArgValue is one argument: a value or a comma-separated list.
type ArgValue struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Items  []*Postfix `parser:"@@ ( Comma @@ )*"`
}

// Redirect is >, >>, 2>, 2>&1 and friends with the target.
type Redirect struct {
	Pos    lexer.Position
	Op     string   `parser:"@Redirect"`
	Target *Postfix `parser:"@@?"`
}

// Expr is an expression. The grammar reads it flat, as operands joined by
// binary operators (First, Chain); Parse then folds the chain by
// precedence into Left and Rest and clears First and Chain. Left/Rest is
// the lowest level: -and, -or, -xor.
type Expr struct {
	Pos    lexer.Position
	EndPos lexer.Position
	First  *Unary      `parser:"@@"`
	Chain  []*BinaryOp `parser:"@@*"`
	Left   *Bitwise
	Rest   []*LogicalOp
}

// BinaryOp is one operator and its right operand in an expression as the
// grammar reads it, before folding by precedence.
type BinaryOp struct {
	Pos   lexer.Position
	Op    string `parser:"@( BinOp | Comma )"`
	Right *Unary `parser:"@@"`
}

// LogicalOp is one -and/-or/-xor step.
type LogicalOp struct {
	Pos   lexer.Position
	Op    string
	Right *Bitwise
}

// Bitwise is -band -bor -bxor -shl -shr.
type Bitwise struct {
	Pos  lexer.Position
	Left *Comparison
	Rest []*BitwiseOp
}

// BitwiseOp is one bitwise step.
type BitwiseOp struct {
	Pos   lexer.Position
	Op    string
	Right *Comparison
}

// Comparison is the comparison-like operators (-eq, -like, -replace, ...).
type Comparison struct {
	Pos  lexer.Position
	Left *Additive
	Rest []*CmpOp
}

// CmpOp is one comparison step.
type CmpOp struct {
	Pos   lexer.Position
	Op    string
	Right *Additive
}

// Additive is + and -.
type Additive struct {
	Pos  lexer.Position
	Left *Multiplicative
	Rest []*AddOp
}

// AddOp is one + or - step.
type AddOp struct {
	Pos   lexer.Position
	Op    string
	Right *Multiplicative
}

// Multiplicative is * / %.
type Multiplicative struct {
	Pos  lexer.Position
	Left *Format
	Rest []*MulOp
}

// MulOp is one * / % step.
type MulOp struct {
	Pos   lexer.Position
	Op    string
	Right *Format
}

// Format is the -f operator.
type Format struct {
	Pos  lexer.Position
	Left *Range
	Rest []*Range
}

// Range is a..b.
type Range struct {
	Pos  lexer.Position
	Left *Array
	To   *Array
}

// Array is the binary comma: a, b, c.
type Array struct {
	Pos   lexer.Position
	Items []*Unary
}

// Unary is a prefix operator or cast applied to an operand, or a postfix
// expression.
type Unary struct {
	Pos     lexer.Position
	Postfix *Postfix `parser:"  @@"`
	Op      string   `parser:"| ( @Prefix"`
	Cast    string   `parser:"  | @Cast )"`
	Operand *Unary   `parser:"  @@"`
}

// Postfix is a primary with member access, method calls, indexing and ++/--.
type Postfix struct {
	Pos      lexer.Position
	EndPos   lexer.Position
	Primary  *Primary    `parser:"@@"`
	More     suffixAhead `parser:"( @@"` // grammar only, see [suffixAhead]
	Suffixes []*Suffix   `parser:"  @@ )*"`
}

// Suffix is one member access, index or postfix increment.
type Suffix struct {
	Pos    lexer.Position
	Member *Member `parser:"  @@"`
	Index  *Expr   `parser:"| LIndex @@ RBracket"`
	PostOp string  `parser:"| @PostOp"`
}

// Member is .Name, ::Name or a method call .Name(args).
type Member struct {
	Pos     lexer.Position
	Static  bool    `parser:"( @ColonColon | Dot )"`
	Name    string  `parser:"( @( Member | SQString | DQString )"`
	NameVar string  `parser:"| @Var )"`
	Call    bool    `parser:"( @Call"`
	Args    []*Expr `parser:"  ( @@ ( ArgSep @@ )* )? RParen )?"`
}

// Primary is an operand.
type Primary struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Var    *string      `parser:"  @Var"`
	Number *string      `parser:"| @Number"`
	Str    *string      `parser:"| @( SQString | HereSQ )"`
	Expand *Expandable  `parser:"| @@"`
	Paren  *Pipeline    `parser:"| LParen @@ RParen"`
	Sub    *Body        `parser:"| SubExpr @@ RParen"`
	Array  *Body        `parser:"| ArrayExpr @@ RParen"`
	Hash   *Hash        `parser:"| HashOpen @@ RBrace"`
	Block  *ScriptBlock `parser:"| @@"`
	Type   *string      `parser:"| @TypeLit"`
}

// Expandable is a double-quoted string, here-string or bare word whose
// variables and subexpressions expand at run time.
type Expandable struct {
	Pos    lexer.Position
	Quoted *string // a DQString or HereDQ token
	Word   *string // a Word token
	Parts  []Part
}

// Parse reads an Expandable, which is one token, for participle: as a
// custom production it costs the parser one check where a tagged struct
// cost a search through its alternatives, and Primary tries it wherever
// an operand may stand.
func (e *Expandable) Parse(lex *lexer.PeekingLexer) error {
	t := lex.Peek()
	switch t.Type {
	case tDQString, tHereDQ:
		v := t.Value
		e.Quoted = &v
	case tWord:
		v := t.Value
		e.Word = &v
	default:
		return participle.NextMatch
	}
	e.Pos = t.Pos
	lex.Next()
	return nil
}

// Part is one piece of an [Expandable]: literal text, a variable or a
// subexpression.
type Part struct {
	Text string
	Var  string
	Sub  *Body
}

// ScriptBlock is a script block literal { ... }.
type ScriptBlock struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Body   *Body `parser:"LBrace @@ RBrace"`
	Text   string
}

// Hash is a hashtable literal's entries.
type Hash struct {
	Pos     lexer.Position
	Entries []*HashEntry `parser:"( NL | Semi | @@ )*"`
}

// HashEntry is key = value.
type HashEntry struct {
	Pos   lexer.Position
	Key   *Postfix   `parser:"@@ \"=\":Assign"`
	Value *Statement `parser:"@@"`
}

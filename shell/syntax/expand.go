package syntax

import (
	"errors"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// walk calls fn for every struct pointer in the tree rooted at root, and
// for its children unless fn returns errSkip.
// errSkip, returned by a walk function, skips the children of the node.
var errSkip = errors.New("skip children")

func walk(root any, fn func(any) error) error {
	return walkValue(reflect.ValueOf(root), fn)
}

func walkValue(v reflect.Value, fn func(any) error) error {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || v.Elem().Kind() != reflect.Struct {
			return nil
		}
		if err := fn(v.Interface()); err != nil {
			if err == errSkip {
				return nil
			}
			return err
		}
		return walkValue(v.Elem(), fn)
	case reflect.Struct:
		for _, i := range nodeFields(v.Type()) {
			if err := walkValue(v.Field(i), fn); err != nil {
				return err
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			if err := walkValue(v.Index(i), fn); err != nil {
				return err
			}
		}
	}
	return nil
}

// nodeFieldsCache maps a struct type to its nodeFields.
var nodeFieldsCache sync.Map

// nodeFields returns the indexes of the fields of struct type t that can
// hold nodes: struct pointers, structs other than positions and the
// grammar's empty lookahead fields, and slices of them. Positions,
// strings and flags, most of a tree's fields, are not walked into.
func nodeFields(t reflect.Type) []int {
	if f, ok := nodeFieldsCache.Load(t); ok {
		return f.([]int)
	}
	var out []int
	for i := range t.NumField() {
		ft := t.Field(i).Type
		if ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Struct ||
			ft.Kind() == reflect.Struct && ft.Size() > 0 && ft != reflect.TypeFor[lexer.Position]() {
			out = append(out, i)
		}
	}
	nodeFieldsCache.Store(t, out)
	return out
}

// expand splits an expandable string or bare word into its parts.
func expand(e *Expandable, text string, base lexer.Position, depth int) error {
	local := e.Pos.Offset - base.Offset
	var raw string
	var at lexer.Position
	switch {
	case e.Word != nil:
		raw, at = *e.Word, e.Pos
	case local < len(text) && text[local] == '@':
		raw = *e.Quoted
		nl := strings.IndexByte(text[local:], '\n')
		at = e.Pos
		at.Advance(text[local : local+nl+1])
	default:
		raw = *e.Quoted
		_, w := utf8.DecodeRuneInString(text[local:])
		at = e.Pos
		at.Advance(text[local : local+w])
	}
	parts, err := splitParts(raw, at, e.Word == nil, depth)
	e.Parts = parts
	return err
}

var escapes = map[rune]string{'0': "\x00", 'a': "\a", 'b': "\b", 'f': "\f", 'n': "\n", 'r': "\r", 't': "\t", 'v': "\v"}

// partScanner walks the raw text of an expandable string.
type partScanner struct {
	lx
	at     lexer.Position
	quoted bool
	depth  int // nesting of the string in its script
	parts  []Part
	lit    strings.Builder
}

func splitParts(raw string, at lexer.Position, quoted bool, depth int) ([]Part, error) {
	p := &partScanner{lx: lx{src: src{text: raw, line: 1, col: 1}}, at: at, quoted: quoted, depth: depth}
	for !p.eof() {
		if err := p.step(); err != nil {
			return nil, err
		}
	}
	p.flush()
	return p.parts, nil
}

func (p *partScanner) flush() {
	if p.lit.Len() > 0 {
		p.parts = append(p.parts, Part{Text: p.lit.String()})
		p.lit.Reset()
	}
}

func (p *partScanner) step() error {
	r, n := p.peek(), p.peekAt(1)
	switch {
	case r == '`' && n != 0:
		p.next()
		c := p.next()
		if s, ok := escapes[c]; ok && p.quoted {
			p.lit.WriteString(s)
		} else {
			p.lit.WriteRune(c)
		}
	case p.quoted && isDQuote(r) && isDQuote(n):
		p.next()
		p.lit.WriteRune(p.next())
	case r == '$' && n == '(':
		return p.subExpr()
	case r == '$' && (isVarChar(n) || n == '{' || n == '$' || n == '^'):
		at := p.here()
		p.next()
		p.flush()
		name := p.scanVarName()
		if p.danglingColon(name) {
			return &Error{Offset: at.Offset, Line: at.Line, Column: at.Column, Length: len(name) + 2,
				Message: badDriveMessage, ID: "InvalidVariableReferenceWithDrive"}
		}
		p.parts = append(p.parts, Part{Var: name})
	case !p.quoted && isSQuote(r):
		inner, err := p.scanQuoted()
		if err != nil {
			return err
		}
		p.lit.WriteString(unquoteSingle(inner))
	case !p.quoted && isDQuote(r):
		return p.nestedQuoted()
	default:
		p.lit.WriteRune(p.next())
	}
	return nil
}

func (p *partScanner) here() lexer.Position {
	at := p.at
	at.Advance(p.text[:p.off])
	return at
}

func (p *partScanner) subExpr() error {
	start := p.off
	raw, err := p.scanBalancedSub()
	if err != nil {
		return err
	}
	at := p.at
	at.Advance(p.text[:start+2])
	s, perr := parseAt(raw[2:len(raw)-1], at, p.depth+1)
	if perr != nil {
		return perr
	}
	p.flush()
	p.parts = append(p.parts, Part{Sub: s.Body})
	return nil
}

func (p *partScanner) nestedQuoted() error {
	at := p.here()
	inner, err := p.scanQuoted()
	if err != nil {
		return err
	}
	at.Advance(`"`)
	parts, perr := splitParts(inner, at, true, p.depth)
	if perr != nil {
		return perr
	}
	p.flush()
	p.parts = append(p.parts, parts...)
	return nil
}

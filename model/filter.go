package model

import (
	"cmp"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Filter is a parsed OPATH filter, the -Filter of the recipient Get-*
// cmdlets: comparisons of a property with a value (-eq -ne -like
// -notlike -lt -le -gt -ge) joined by -and, -or, -not and parentheses,
// e.g. "Name -like 'A*' -and RecipientType -eq 'MailContact'". Strings
// compare case-insensitively; a multi-valued property matches when any
// of its values does; $null matches an empty property.
type Filter struct {
	root filterNode
}

// FilterError is a filter that does not parse or names a property the
// object type lacks; Pos is the 1-based character position.
type FilterError struct {
	Text, Reason string
	Pos          int
}

// Error words the error as Exchange does.
func (e *FilterError) Error() string {
	return fmt.Sprintf("%s\n\"%s\" at position %d.", e.Reason, e.Text, e.Pos)
}

const (
	filterSyntaxReason = "Invalid filter syntax. For a description of the filter parameter syntax see the command help."
	filterPropReason   = "\"%s\" is not a recognized filterable property. For a list of filterable properties see the command help."
)

// ParseFilter parses text for objects of struct type typ (or a pointer
// to one), whose exported fields are the filterable properties.
func ParseFilter(text string, typ reflect.Type) (*Filter, error) {
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	p := &filterParser{text: text, typ: typ}
	p.next()
	n, err := p.or()
	if err == nil && p.tok.kind != fEOF {
		err = p.fail()
	}
	if err != nil {
		return nil, err
	}
	return &Filter{root: n}, nil
}

// Match reports whether obj (of the type the filter was parsed for)
// passes the filter.
func (f *Filter) Match(obj any) bool {
	v := reflect.ValueOf(obj)
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return false
		}
		v = v.Elem()
	}
	return f.root.match(v)
}

// filterNode is one node of a parsed filter.
type filterNode interface{ match(v reflect.Value) bool }

type (
	andNode struct{ l, r filterNode }
	orNode  struct{ l, r filterNode }
	notNode struct{ n filterNode }
	cmpNode struct {
		field []int // the property's field index
		op    string
		value any // string, bool or nil
	}
)

func (n andNode) match(v reflect.Value) bool { return n.l.match(v) && n.r.match(v) }
func (n orNode) match(v reflect.Value) bool  { return n.l.match(v) || n.r.match(v) }
func (n notNode) match(v reflect.Value) bool { return !n.n.match(v) }

// match compares the property with the value; "-ne" and "-notlike" hold
// when no value of the property matches.
func (n cmpNode) match(v reflect.Value) bool {
	values := propertyStrings(v.FieldByIndex(n.field))
	switch n.op {
	case "-ne":
		return !anyValue(values, n.value, "-eq")
	case "-notlike":
		return !anyValue(values, n.value, "-like")
	}
	return anyValue(values, n.value, n.op)
}

// anyValue reports whether one of values compares true with want.
func anyValue(values []string, want any, op string) bool {
	if want == nil {
		return op == "-eq" && len(values) == 0
	}
	w := fmt.Sprint(want)
	for _, s := range values {
		if compareFilter(s, w, op) {
			return true
		}
	}
	return false
}

// compareFilter compares one property value with the filter's value:
// as numbers when both are numbers, else as case-insensitive text.
func compareFilter(s, w, op string) bool {
	if op == "-like" {
		return Wildcard(w, s)
	}
	c := strings.Compare(strings.ToLower(s), strings.ToLower(w))
	a, errA := strconv.ParseFloat(s, 64)
	b, errB := strconv.ParseFloat(w, 64)
	if errA == nil && errB == nil {
		c = cmp.Compare(a, b)
	}
	switch op {
	case "-eq":
		return c == 0
	case "-lt":
		return c < 0
	case "-le":
		return c <= 0
	case "-gt":
		return c > 0
	}
	return c >= 0 // -ge
}

// propertyStrings is a property's values as text: none for $null or an
// empty list, one per element of a multi-valued property.
func propertyStrings(v reflect.Value) []string {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return propertyStrings(v.Elem())
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			break
		}
		var out []string
		for i := 0; i < v.Len(); i++ {
			out = append(out, propertyStrings(v.Index(i))...)
		}
		return out
	case reflect.String:
		if v.Len() == 0 {
			return nil
		}
	case reflect.Bool:
		return []string{map[bool]string{true: "True", false: "False"}[v.Bool()]}
	}
	if t, ok := v.Interface().(time.Time); ok && t.IsZero() {
		return nil
	}
	return []string{fmt.Sprint(v.Interface())}
}

// Token kinds of the filter text.
const (
	fEOF = iota
	fWord
	fString
	fVar
	fOp
	fLParen
	fRParen
)

type filterToken struct {
	kind int
	text string
	pos  int // 1-based
}

// filterParser is a recursive-descent parser over the filter text.
type filterParser struct {
	text string
	typ  reflect.Type
	off  int
	tok  filterToken
}

func (p *filterParser) fail() error {
	return &FilterError{Text: p.text, Reason: filterSyntaxReason, Pos: p.tok.pos}
}

// next reads the next token into p.tok.
func (p *filterParser) next() {
	for p.off < len(p.text) && unicode.IsSpace(rune(p.text[p.off])) {
		p.off++
	}
	start := p.off
	tok := filterToken{pos: start + 1}
	if p.off >= len(p.text) {
		p.tok = tok
		return
	}
	c := p.text[p.off]
	switch {
	case c == '(' || c == ')':
		p.off++
		tok.kind, tok.text = map[byte]int{'(': fLParen, ')': fRParen}[c], string(c)
	case c == '\'' || c == '"':
		end := strings.IndexByte(p.text[p.off+1:], c)
		if end < 0 {
			p.off = len(p.text)
			tok.kind = -1
			break
		}
		tok.kind, tok.text = fString, p.text[p.off+1:p.off+1+end]
		p.off += end + 2
	default:
		for p.off < len(p.text) && !unicode.IsSpace(rune(p.text[p.off])) && !strings.ContainsRune("()'\"", rune(p.text[p.off])) {
			p.off++
		}
		tok.text = p.text[start:p.off]
		switch {
		case c == '-':
			tok.kind = fOp
		case c == '$':
			tok.kind = fVar
		default:
			tok.kind = fWord
		}
	}
	p.tok = tok
}

// or parses a disjunction: and (-or and)*.
func (p *filterParser) or() (filterNode, error) {
	l, err := p.and()
	for err == nil && p.isOp("-or") {
		p.next()
		var r filterNode
		if r, err = p.and(); err == nil {
			l = orNode{l, r}
		}
	}
	return l, err
}

// and parses a conjunction: unary (-and unary)*.
func (p *filterParser) and() (filterNode, error) {
	l, err := p.unary()
	for err == nil && p.isOp("-and") {
		p.next()
		var r filterNode
		if r, err = p.unary(); err == nil {
			l = andNode{l, r}
		}
	}
	return l, err
}

// unary parses -not, a parenthesized filter or a comparison.
func (p *filterParser) unary() (filterNode, error) {
	switch {
	case p.isOp("-not"):
		p.next()
		n, err := p.unary()
		return notNode{n}, err
	case p.tok.kind == fLParen:
		p.next()
		n, err := p.or()
		if err != nil {
			return nil, err
		}
		if p.tok.kind != fRParen {
			return nil, p.fail()
		}
		p.next()
		return n, nil
	case p.tok.kind == fWord:
		return p.comparison()
	}
	return nil, p.fail()
}

// comparison parses Property -op value.
func (p *filterParser) comparison() (filterNode, error) {
	name, at := p.tok.text, p.tok.pos
	f, ok := p.typ.FieldByNameFunc(func(n string) bool { return strings.EqualFold(n, name) })
	// An embedded field block ([ConfigHeader], [MailRecipient]...) is
	// no property; its fields are, promoted.
	if !ok || !f.IsExported() || f.Anonymous {
		return nil, &FilterError{Text: p.text, Reason: fmt.Sprintf(filterPropReason, name), Pos: at}
	}
	p.next()
	op := strings.ToLower(p.tok.text)
	switch op {
	case "-eq", "-ne", "-like", "-notlike", "-lt", "-le", "-gt", "-ge":
	default:
		return nil, p.fail()
	}
	p.next()
	n := cmpNode{field: f.Index, op: op}
	switch p.tok.kind {
	case fString, fWord:
		n.value = p.tok.text
	case fVar:
		switch strings.ToLower(p.tok.text) {
		case "$null":
		case "$true":
			n.value = "True"
		case "$false":
			n.value = "False"
		default:
			return nil, p.fail()
		}
	default:
		return nil, p.fail()
	}
	p.next()
	return n, nil
}

// isOp reports whether the current token is the operator op.
func (p *filterParser) isOp(op string) bool {
	return p.tok.kind == fOp && strings.EqualFold(p.tok.text, op)
}

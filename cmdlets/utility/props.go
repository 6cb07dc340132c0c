package utility

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/value"
)

// propSpec is one entry of a -Property list: a property name (maybe with
// wildcards) or a calculated property from a hashtable.
type propSpec struct {
	Name  string
	Expr  any // string (property name) or bind.ScriptBlock; nil: Name
	Calc  bool
	Width int
	Align format.Alignment
	Fmt   string
	Desc  *bool // Sort-Object: Descending/Ascending
}

// parseProps turns a -Property argument into specs; allowed lists the
// hashtable keys valid for the cmdlet.
func parseProps(list []any, allowed ...string) ([]propSpec, error) {
	var out []propSpec
	for _, p := range list {
		if h, ok := p.(*value.Hashtable); ok {
			s, err := parseCalc(h, allowed)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
			continue
		}
		if sb, ok := p.(bind.ScriptBlock); ok {
			out = append(out, propSpec{Name: sb.Text(), Expr: sb, Calc: true})
			continue
		}
		out = append(out, propSpec{Name: value.ToString(p)})
	}
	return out, nil
}

// parseCalc reads one calculated-property hashtable.
func parseCalc(h *value.Hashtable, allowed []string) (propSpec, error) {
	s := propSpec{Calc: true}
	for _, k := range h.Keys() {
		key, err := calcKey(value.ToString(k), allowed)
		if err != nil {
			return s, err
		}
		v, _ := h.Get(k)
		if err := s.set(key, v); err != nil {
			return s, err
		}
	}
	if s.Expr == nil {
		return s, illegalKey("The Expression key is missing.", "DictionaryKeyMissingKey")
	}
	if s.Name == "" {
		s.Name = exprName(s.Expr)
	}
	return s, nil
}

// calcKey resolves a possibly abbreviated key among the allowed ones.
func calcKey(k string, allowed []string) (string, error) {
	var found []string
	for _, a := range allowed {
		if strings.HasPrefix(strings.ToLower(a), strings.ToLower(k)) && k != "" {
			found = append(found, a)
		}
	}
	if len(found) == 1 || (len(found) == 2 && found[0] == "Name" && found[1] == "Label") {
		return found[0], nil
	}
	if len(found) > 1 {
		return "", illegalKey(fmt.Sprintf("The key '%s' is ambiguous.", k), "DictionaryKeyAmbiguous")
	}
	return "", illegalKey(fmt.Sprintf("The %s key is not valid.", k), "DictionaryKeyIllegal")
}

// illegalKey is the error for a bad calculated-property hashtable.
func illegalKey(msg, id string) *cmdlet.Error {
	return cmdlet.NewError(msg, "InvalidArgument", "NotSupportedException", id)
}

// set stores one key of a calculated property.
func (s *propSpec) set(key string, v any) error {
	switch key {
	case "Name", "Label":
		s.Name = value.ToString(v)
	case "Expression":
		if _, ok := v.(bind.ScriptBlock); !ok {
			v = value.ToString(v)
		}
		s.Expr = v
	case "Width":
		n, _ := v.(int)
		s.Width = n
	case "Alignment":
		s.Align = alignment(value.ToString(v))
	case "FormatString":
		s.Fmt = value.ToString(v)
	case "Ascending", "Descending":
		d := value.Truthy(v) == (key == "Descending")
		s.Desc = &d
	}
	return nil
}

// alignment parses Left, Center or Right.
func alignment(s string) format.Alignment {
	switch strings.ToLower(s) {
	case "left":
		return format.AlignLeft
	case "center":
		return format.AlignCenter
	case "right":
		return format.AlignRight
	}
	return format.AlignAuto
}

// exprName is the default name of a calculated property.
func exprName(expr any) string {
	if sb, ok := expr.(bind.ScriptBlock); ok {
		return sb.Text()
	}
	return value.ToString(expr)
}

// eval computes the value of a spec for one object.
func (s propSpec) eval(ctx *cmdlet.Context, in any) (any, error) {
	switch e := s.Expr.(type) {
	case bind.ScriptBlock:
		return invokeOne(ctx, e, in)
	case string:
		return value.ReadProperty(in, e), nil
	}
	return value.ReadProperty(in, s.Name), nil
}

// expand resolves wildcard names against the properties of in; other
// specs are returned as they are.
func expand(specs []propSpec, in any) []propSpec {
	var out []propSpec
	names := propNames(in)
	seen := map[string]bool{}
	for _, s := range specs {
		if s.Calc || !value.HasWildcard(s.Name) {
			out = append(out, s.canonical(names))
			continue
		}
		for _, n := range names {
			if !seen[strings.ToLower(n)] && value.MatchWildcard(s.Name, n, false) {
				seen[strings.ToLower(n)] = true
				out = append(out, propSpec{Name: n})
			}
		}
	}
	return out
}

// canonical spells a plain property name as the object does.
func (s propSpec) canonical(names []string) propSpec {
	if s.Calc {
		return s
	}
	for _, n := range names {
		if strings.EqualFold(n, s.Name) {
			s.Name = n
		}
	}
	return s
}

// propNames lists the properties of in; hashtable entries have Name and
// Value.
func propNames(in any) []string {
	switch in.(type) {
	case *value.Hashtable, value.DictionaryEntry:
		return []string{"Name", "Value"}
	}
	return value.PropertyNames(in)
}

// column turns a spec into a format column for Format-Table/List.
func (s propSpec) column(ctx *cmdlet.Context) format.Column {
	return format.Column{Label: s.Name, Width: s.Width, Align: s.Align, FormatString: s.Fmt,
		Value: func(v any) any {
			x, err := s.eval(ctx, v)
			if err != nil {
				return nil
			}
			return x
		}}
}

package shell

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

// attribute is one parsed attribute of a param block or parameter:
// [Name(positional, ..., Key = value, Flag)]. Argument texts are kept
// unevaluated; a bare named argument (Mandatory) has the text "$true".
type attribute struct {
	name  string
	args  []string
	named map[string]string // lower-cased key → value text
}

// parseAttr splits an attribute's text ("Parameter(Mandatory, Position=0)")
// at its top-level commas.
func parseAttr(text string) attribute {
	name, rest, _ := strings.Cut(text, "(")
	a := attribute{name: strings.ToLower(strings.TrimSpace(name)), named: map[string]string{}}
	rest = strings.TrimSpace(rest)
	rest = strings.TrimSuffix(rest, ")")
	for _, part := range splitTop(rest) {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		if m := namedArg.FindStringSubmatch(part); m != nil {
			a.named[strings.ToLower(m[1])] = strings.TrimSpace(m[2])
			continue
		}
		if bareName.MatchString(part) {
			a.named[strings.ToLower(part)] = "$true"
			continue
		}
		a.args = append(a.args, part)
	}
	return a
}

var (
	namedArg = regexp.MustCompile(`^(?s)([A-Za-z_]\w*)\s*=\s*(.*)$`)
	bareName = regexp.MustCompile(`^[A-Za-z_]\w*$`)
)

// splitTop splits s at the commas outside quotes, parentheses, brackets
// and braces.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	var quote rune
	for i, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '\'' || r == '"':
			quote = r
		case r == '(' || r == '{' || r == '[':
			depth++
		case r == ')' || r == '}' || r == ']':
			depth--
		case r == ',' && depth == 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// evalText evaluates an attribute argument's text in the current scope.
func (s *Session) evalText(text string) (any, error) {
	script, err := syntax.Parse(text)
	if err != nil {
		return nil, err
	}
	var out []any
	prev := s.src
	s.src = newSource("", text)
	defer func() { s.src = prev }()
	if err := s.runBody(script.Body, gather(&out)); err != nil {
		return nil, err
	}
	return capture(out), nil
}

// funcParam is one declared parameter of a function or script.
type funcParam struct {
	decl      *syntax.ParamDecl
	typ       string // PowerShell type name, "" for none
	attrs     []attribute
	mandatory bool
	allowNull bool
	allowStr  bool // [AllowEmptyString()]
	allowColl bool // [AllowEmptyCollection()]
}

// funcSig is the binding signature of a function or script: its
// parameters as a bind.Spec.
type funcSig struct {
	spec          *bind.Spec
	params        []*funcParam
	advanced      bool
	shouldProcess bool
	pipeline      bool // some parameter takes pipeline input
}

// signature builds fn's signature, evaluating its attributes' arguments.
func (s *Session) signature(fn *function) (*funcSig, error) {
	sig := &funcSig{}
	var cb *attribute
	for _, t := range fn.body.Attrs {
		if a := parseAttr(t); a.name == "cmdletbinding" {
			cb, sig.advanced = &a, true
		}
	}
	defaultSet, positional := "", true
	if cb != nil {
		sig.shouldProcess = s.attrBool(cb.named["supportsshouldprocess"])
		if t, ok := cb.named["defaultparametersetname"]; ok {
			v, err := s.evalText(t)
			if err != nil {
				return nil, err
			}
			defaultSet = value.ToString(v)
		}
		if t, ok := cb.named["positionalbinding"]; ok {
			positional = s.attrBool(t)
		}
	}
	var bps []*bind.Param
	explicit := false
	for _, d := range fn.params {
		fp, bp, err := s.declParam(d)
		if err != nil {
			return nil, err
		}
		if fp.hasAttr("parameter") {
			sig.advanced = true
		}
		explicit = explicit || bp.Position >= 0
		sig.pipeline = sig.pipeline || bp.ByValue || bp.ByPropertyName
		sig.params, bps = append(sig.params, fp), append(bps, bp)
	}
	if !explicit && (positional || !sig.advanced) {
		n := 0
		for _, bp := range bps {
			if !bp.Switch {
				bp.Position, n = n, n+1
			}
		}
	}
	spec, err := bind.NewParamSpec(fn.name, bps, sig.shouldProcess && sig.advanced, defaultSet)
	if err != nil && defaultSet != "" {
		// a default set no parameter is in: 5.1 allows it; exsh then
		// has no default set
		spec, err = bind.NewParamSpec(fn.name, bps, sig.shouldProcess && sig.advanced, "")
	}
	if err != nil {
		return nil, err
	}
	sig.spec = spec
	return sig, nil
}

// attrBool is the truth of a named attribute argument's text.
func (s *Session) attrBool(text string) bool {
	if text == "" {
		return false
	}
	v, err := s.evalText(text)
	return err == nil && value.Truthy(v)
}

func (p *funcParam) hasAttr(name string) bool {
	for _, a := range p.attrs {
		if a.name == name {
			return true
		}
	}
	return false
}

// declParam reads one parameter declaration.
func (s *Session) declParam(d *syntax.ParamDecl) (*funcParam, *bind.Param, error) {
	fp := &funcParam{decl: d, typ: d.Type}
	bp := &bind.Param{Name: d.Name, Position: -1, Switch: strings.EqualFold(d.Type, "switch") || strings.EqualFold(d.Type, "System.Management.Automation.SwitchParameter")}
	for _, t := range append(append([]string{}, d.Attrs...), d.Attrs2...) {
		a := parseAttr(t)
		fp.attrs = append(fp.attrs, a)
		switch a.name {
		case "parameter":
			if err := s.parameterAttr(a, fp, bp); err != nil {
				return nil, nil, err
			}
		case "alias":
			for _, t := range a.args {
				v, err := s.evalText(t)
				if err != nil {
					return nil, nil, err
				}
				for _, x := range value.Enumerate(v) {
					bp.Aliases = append(bp.Aliases, value.ToString(x))
				}
			}
		case "allownull":
			fp.allowNull = true
		case "allowemptystring":
			fp.allowStr = true
		case "allowemptycollection":
			fp.allowColl = true
		}
	}
	bp.TypeName = d.Type
	bp.Convert = func(v any) (any, error) { return s.convertParam(fp, v) }
	if fp.typ != "" && !bp.Switch {
		bp.Exact = func(v any) bool { return exactPSType(v, fp.typ) }
	}
	return fp, bp, nil
}

// parameterAttr applies [Parameter(...)]. Several Parameter attributes
// (one per parameter set) are merged: the parameter is in each set, and
// mandatory or positional if any of them says so.
func (s *Session) parameterAttr(a attribute, fp *funcParam, bp *bind.Param) error {
	for k, t := range a.named {
		switch k {
		case "mandatory":
			if s.attrBool(t) {
				fp.mandatory, bp.Mandatory = true, true
			}
		case "valuefrompipeline":
			bp.ByValue = bp.ByValue || s.attrBool(t)
		case "valuefrompipelinebypropertyname":
			bp.ByPropertyName = bp.ByPropertyName || s.attrBool(t)
		case "valuefromremainingarguments":
			bp.Remaining = bp.Remaining || s.attrBool(t)
		case "position":
			v, err := s.evalText(t)
			if err != nil {
				return err
			}
			n, err := value.Convert(v, "int")
			if err != nil {
				return err
			}
			if bp.Position < 0 {
				bp.Position = n.(int)
			}
		case "parametersetname":
			v, err := s.evalText(t)
			if err != nil {
				return err
			}
			if name := value.ToString(v); name != bind.AllSets {
				bp.Sets = append(bp.Sets, name)
			}
		}
	}
	return nil
}

// exactPSType reports whether v is already of PowerShell type typ.
func exactPSType(v any, typ string) bool {
	t := strings.ToLower(strings.TrimPrefix(strings.ToLower(typ), "system."))
	switch t {
	case "object", "psobject", "object[]":
		return true
	}
	cv, err := value.Convert(v, typ)
	if err != nil {
		return false
	}
	return fmt.Sprintf("%T", cv) == fmt.Sprintf("%T", v)
}

// convertParam converts and validates a value for a parameter as the
// 5.1 binder does: type conversion, then the mandatory null and empty
// checks, then the validation attributes.
func (s *Session) convertParam(fp *funcParam, v any) (any, error) {
	name := fp.decl.Name
	if fp.typ != "" && (v != nil || !strings.EqualFold(fp.typ, "switch")) {
		cv, err := value.Convert(v, fp.typ)
		if err != nil {
			return nil, &bind.Error{ID: bind.IDTransformation, Category: "InvalidData", Param: name,
				Message: "Cannot process argument transformation on parameter '" + name + "'. " + err.Error()}
		}
		v = cv
	}
	if fp.mandatory && !fp.allowNull {
		if err := mandatoryCheck(name, v, fp); err != nil {
			return nil, err
		}
	}
	for _, a := range fp.attrs {
		if err := s.validate(name, a, v); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// mandatoryCheck rejects $null, ” and an empty collection.
func mandatoryCheck(name string, v any, fp *funcParam) error {
	bad := func(id, what string) error {
		return &bind.Error{ID: id, Category: "InvalidData", Param: name,
			Message: "Cannot bind argument to parameter '" + name + "' because it is " + what + "."}
	}
	switch x := v.(type) {
	case nil:
		return bad(bind.IDNullNotAllowed, "null")
	case string:
		if x == "" && !fp.allowStr {
			return bad(bind.IDEmptyStringNotAllowed, "an empty string")
		}
		return nil
	}
	if value.IsEnumerable(v) {
		l := value.Enumerate(v)
		if len(l) == 0 && !fp.allowColl {
			return bad("ParameterArgumentValidationErrorEmptyArrayNotAllowed", "an empty array")
		}
		for _, e := range l {
			if e == nil {
				return bad("ParameterArgumentValidationErrorNullNotAllowed", "an array that contains a null element")
			}
			if str, ok := e.(string); ok && str == "" && !fp.allowStr {
				return bad("ParameterArgumentValidationErrorEmptyStringNotAllowed", "an empty string")
			}
		}
	}
	return nil
}

package shell

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// validate applies one validation attribute to a parameter's value,
// with Windows PowerShell 5.1's messages. Other attributes pass.
func (s *Session) validate(param string, a attribute, v any) error {
	fail := func(format string, args ...any) error {
		return &bind.Error{ID: bind.IDValidation, Category: "InvalidData", Param: param,
			Message: "Cannot validate argument on parameter '" + param + "'. " + fmt.Sprintf(format, args...)}
	}
	args, err := s.attrArgs(a)
	if err != nil {
		return err
	}
	elems := []any{v}
	if value.IsEnumerable(v) {
		elems = value.Enumerate(v)
	}
	switch a.name {
	case "validatenotnull":
		if v == nil || containsNil(elems) {
			return fail("The argument is null. Provide a valid value for the argument, and then try running the command again.")
		}
	case "validatenotnullorempty":
		if v == nil || value.ToString(v) == "" && !value.IsEnumerable(v) {
			return fail("The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.")
		}
		if value.IsEnumerable(v) && (len(elems) == 0 || containsNil(elems) || containsEmptyString(elems)) {
			return fail("The argument is null, empty, or an element of the argument collection contains a null value. " +
				"Supply a collection that does not contain any null values and then try the command again.")
		}
	case "validateset":
		set := make([]string, len(args))
		for i, x := range args {
			set[i] = value.ToString(x)
		}
		for _, e := range elems {
			if !containsFold(set, value.ToString(e)) {
				return fail("The argument \"%s\" does not belong to the set \"%s\" specified by the ValidateSet attribute. "+
					"Supply an argument that is in the set and then try the command again.", value.ToString(e), strings.Join(set, ","))
			}
		}
	case "validaterange":
		return validateRange(param, args, elems)
	case "validatecount":
		if len(args) == 2 {
			lo, hi, n := toInt(args[0]), toInt(args[1]), len(elems)
			if v == nil {
				n = 0
			}
			if n < lo {
				return fail("The number of provided arguments (%d) is fewer than the minimum number of allowed arguments (%d). "+
					"Provide more than %d arguments, and then try the command again.", n, lo, lo)
			}
			if n > hi {
				return fail("The number of provided arguments, (%d), exceeds the maximum number of allowed arguments (%d). "+
					"Provide fewer than %d arguments, and then try the command again.", n, hi, hi)
			}
		}
	case "validatelength":
		if len(args) == 2 {
			lo, hi := toInt(args[0]), toInt(args[1])
			for _, e := range elems {
				n := len([]rune(value.ToString(e)))
				if n < lo {
					return fail("The character length (%d) of the argument is too short. Specify an argument with a length that is greater than or equal to \"%d\", and then try the command again.", n, lo)
				}
				if n > hi {
					return fail("The character length of the %d argument is too long. Shorten the character length of the argument so it is fewer than or equal to \"%d\" characters, and then try the command again.", n, hi)
				}
			}
		}
	case "validatepattern":
		if len(args) > 0 {
			pat := value.ToString(args[0])
			re, err := regexp.Compile("(?i)" + pat)
			if err != nil {
				return fail("%s", err.Error())
			}
			for _, e := range elems {
				if !re.MatchString(value.ToString(e)) {
					return fail("The argument \"%s\" does not match the \"%s\" pattern. Supply an argument that matches \"%s\" and try the command again.",
						value.ToString(e), pat, pat)
				}
			}
		}
	case "validatescript":
		return s.validateScript(param, args, elems, fail)
	}
	return nil
}

// attrArgs evaluates an attribute's positional arguments, flattening
// lists ('a','b' is two arguments as much as ('a','b')).
func (s *Session) attrArgs(a attribute) ([]any, error) {
	if !strings.HasPrefix(a.name, "validate") {
		return nil, nil
	}
	var out []any
	for _, t := range a.args {
		v, err := s.evalText(t)
		if err != nil {
			return nil, err
		}
		if _, sb := v.(*ScriptBlock); !sb && value.IsEnumerable(v) {
			out = append(out, value.Enumerate(v)...)
			continue
		}
		out = append(out, v)
	}
	return out, nil
}

// validateRange applies [ValidateRange(min, max)] with bind's message.
func validateRange(param string, args, elems []any) error {
	if len(args) != 2 {
		return nil
	}
	lo, err1 := value.Convert(args[0], "double")
	hi, err2 := value.Convert(args[1], "double")
	if err1 != nil || err2 != nil {
		return nil
	}
	r := bind.Range{Min: lo.(float64), Max: hi.(float64)}
	for _, e := range elems {
		f, err := value.Convert(e, "double")
		if err != nil {
			continue
		}
		if x := f.(float64); x < r.Min || x > r.Max {
			return bind.RangeError(param, r, x)
		}
	}
	return nil
}

// validateScript runs [ValidateScript({...})] with $_ set to each value.
func (s *Session) validateScript(param string, args, elems []any, fail func(string, ...any) error) error {
	if len(args) == 0 {
		return nil
	}
	sb, ok := args[0].(*ScriptBlock)
	if !ok {
		return nil
	}
	for _, e := range elems {
		out, err := s.invoke(sb, e, nil)
		if err != nil {
			var rt *RuntimeError
			msg := err.Error()
			if errors.As(err, &rt) {
				msg = rt.Record.Exception.Message
			}
			return fail("%s", msg)
		}
		if !value.Truthy(capture(out)) {
			return fail("The \"%s\" validation script for the argument with value \"%s\" did not return a result of True. "+
				"Determine why the validation script failed, and then try the command again.", sb.Text(), value.ToString(e))
		}
	}
	return nil
}

func containsNil(l []any) bool {
	for _, e := range l {
		if e == nil {
			return true
		}
	}
	return false
}

func containsFold(l []string, s string) bool {
	for _, e := range l {
		if strings.EqualFold(e, s) {
			return true
		}
	}
	return false
}

func toInt(v any) int {
	n, err := value.Convert(v, "int")
	if err != nil {
		return 0
	}
	i, _ := n.(int)
	return i
}

// containsEmptyString reports whether one of elems is the empty string,
// which ValidateNotNullOrEmpty refuses in a collection as it does null.
func containsEmptyString(elems []any) bool {
	for _, e := range elems {
		if s, ok := e.(string); ok && s == "" {
			return true
		}
	}
	return false
}

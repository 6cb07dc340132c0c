package value

import (
	"strings"
)

// splitOption is one flag of System.Management.Automation.SplitOptions.
type splitOption int

const (
	splitSimple splitOption = 1 << iota
	splitRegex
	splitCultureInvariant
	splitIgnoreWhitespace
	splitMultiline
	splitSingleline
	splitIgnoreCase
	splitExplicitCapture
)

// splitOptionNames are the SplitOptions names in declaration order, as
// the enum conversion error lists them.
var splitOptionNames = []struct {
	name string
	opt  splitOption
}{
	{"SimpleMatch", splitSimple}, {"RegexMatch", splitRegex}, {"CultureInvariant", splitCultureInvariant},
	{"IgnorePatternWhitespace", splitIgnoreWhitespace}, {"Multiline", splitMultiline},
	{"Singleline", splitSingleline}, {"IgnoreCase", splitIgnoreCase}, {"ExplicitCapture", splitExplicitCapture},
}

// parseSplitOptions converts the third -split operand, a comma-separated
// list of SplitOptions names (any case) or their numeric value, as a
// [System.Management.Automation.SplitOptions] cast does.
func parseSplitOptions(v any) (splitOption, error) {
	if n, ok := prim(v).(int); ok {
		return splitOption(n), nil
	}
	var out splitOption
	for _, part := range strings.Split(ToString(v), ",") {
		name := strings.TrimSpace(part)
		found := false
		for _, o := range splitOptionNames {
			if strings.EqualFold(o.name, name) {
				out |= o.opt
				found = true
			}
		}
		if !found {
			names := make([]string, len(splitOptionNames))
			for i, o := range splitOptionNames {
				names[i] = o.name
			}
			const full = "System.Management.Automation.SplitOptions"
			return 0, castError(v, full, "InvalidCastFromStringToEnum",
				"Unable to match the identifier name "+name+" to a valid enumerator name. Specify one of the following enumerator names and try again:\n"+strings.Join(names, ", "))
		}
	}
	return out, nil
}

// errSplitOptions is the ParseException of conflicting -split options:
// SimpleMatch with any option but IgnoreCase, or Multiline with
// Singleline.
func errSplitOptions() *Error {
	return newError("ParseException", "ParserError", "InvalidSplitOptionCombination",
		"The combination of options with the -split operator is not valid.")
}

// SplitPredicate decides, for the character ch at index i of str,
// whether -split cuts there; block is the script block operand.
type SplitPredicate func(block any, ch, str string, i int) (bool, error)

// Split implements binary -split, as 5.1 does: r is a delimiter or
// (delimiter, max-substrings [, options]). The delimiter is a regular
// expression whose captured groups are included in the result, or with
// SimpleMatch the literal text; options are SplitOptions names
// ("SimpleMatch", "RegexMatch,IgnoreCase,Multiline" ...), and SimpleMatch
// with anything but IgnoreCase, or Multiline with Singleline, is an
// error. max-substrings limits the pieces of each string (0 or negative:
// no limit). A script block delimiter is called through pred for each
// character ($_ the character) and cuts where it returns true; it allows
// no options. cs is -csplit (IgnoreCase still applies then).
func Split(l, r any, cs bool, pred SplitPredicate) (any, error) {
	args := Enumerate(r)
	if len(args) == 0 {
		args = []any{nil}
	}
	limit := 0
	if len(args) > 1 {
		n, err := toInt32(args[1])
		if err != nil {
			return nil, err
		}
		limit = n.(int)
	}
	var opts splitOption
	if len(args) > 2 && args[2] != nil && ToString(args[2]) != "" {
		var err error
		if opts, err = parseSplitOptions(args[2]); err != nil {
			return nil, err
		}
		if pred != nil && TypeName(args[0]) == scriptBlockType {
			return nil, newError("ParseException", "ParserError", "InvalidSplitOptionWithPredicate",
				"Cannot use split options with a script block predicate.")
		}
	}
	if pred != nil && TypeName(args[0]) == scriptBlockType {
		return splitPredicate(l, args[0], limit, pred)
	}
	if opts&splitSimple != 0 && opts&^(splitSimple|splitIgnoreCase) != 0 ||
		opts&(splitMultiline|splitSingleline) == splitMultiline|splitSingleline {
		return nil, errSplitOptions()
	}
	pattern := ToString(args[0])
	if opts&splitSimple != 0 {
		pattern = quoteMeta(pattern)
	}
	if opts&splitIgnoreWhitespace != 0 {
		pattern = stripPatternWhitespace(pattern)
	}
	if opts&splitExplicitCapture != 0 {
		pattern = explicitCapture(pattern)
	}
	flags := ""
	if !cs || opts&splitIgnoreCase != 0 {
		flags += "i"
	}
	if opts&splitMultiline != 0 {
		flags += "m"
	}
	if opts&splitSingleline != 0 {
		flags += "s"
	}
	re, err := compileRegexFlags(pattern, ToString(args[0]), flags)
	if err != nil {
		return nil, err
	}
	if limit < 0 {
		limit = 0
	}
	out := []any{}
	for _, e := range enumerateOrSelf(l) {
		out = append(out, splitString(re, ToString(e), limit)...)
	}
	return out, nil
}

// splitPredicate splits every string where the script block returns
// true: each cut drops the character; with a limit the last piece is
// the rest of the string.
func splitPredicate(l, block any, limit int, pred SplitPredicate) (any, error) {
	out := []any{}
	for _, e := range enumerateOrSelf(l) {
		str := ToString(e)
		if limit == 1 {
			out = append(out, str)
			continue
		}
		var pieces []any
		var cur strings.Builder
		rs := []rune(str)
		done := false
		for i, c := range rs {
			hit, err := pred(block, string(c), str, i)
			if err != nil {
				return nil, err
			}
			if !hit {
				cur.WriteRune(c)
				continue
			}
			pieces = append(pieces, cur.String())
			cur.Reset()
			if limit > 0 && len(pieces) >= limit-1 {
				pieces = append(pieces, string(rs[i+1:]))
				done = true
				break
			}
			if i == len(rs)-1 {
				pieces = append(pieces, "")
			}
		}
		if !done && cur.Len() > 0 {
			pieces = append(pieces, cur.String())
		}
		out = append(out, pieces...)
	}
	return out, nil
}

// stripPatternWhitespace applies IgnorePatternWhitespace: unescaped
// white space outside character classes is dropped and # starts a
// comment to the end of the line.
func stripPatternWhitespace(p string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			b.WriteByte(c)
			b.WriteByte(p[i+1])
			i++
			continue
		case inClass:
			inClass = c != ']'
		case c == '[':
			inClass = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			continue
		case c == '#':
			for i < len(p) && p[i] != '\n' {
				i++
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// explicitCapture applies ExplicitCapture: unnamed groups do not
// capture ("(" not followed by "?" becomes "(?:").
func explicitCapture(p string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			b.WriteByte(c)
			b.WriteByte(p[i+1])
			i++
			continue
		case inClass:
			inClass = c != ']'
		case c == '[':
			inClass = true
		case c == '(' && (i+1 == len(p) || p[i+1] != '?'):
			b.WriteString("(?:")
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

package value

import (
	"regexp"
	"strings"
	"sync"
)

// wildcards caches compiled wildcard patterns by case flag and pattern.
var wildcards sync.Map // string → *regexp.Regexp

// HasWildcard reports whether s contains an unescaped wildcard character
// (* ? or [).
func HasWildcard(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '`':
			i++
		case '*', '?', '[':
			return true
		}
	}
	return false
}

// MatchWildcard reports whether s matches the PowerShell wildcard pattern
// as a whole: * is any run, ? one character, [abc] / [a-z] a set, and a
// backtick makes the next character literal. Matching is
// case-insensitive unless caseSensitive. An invalid pattern (an
// unterminated set) matches nothing.
func MatchWildcard(pattern, s string, caseSensitive bool) bool {
	re, err := compileWildcard(pattern, caseSensitive)
	return err == nil && re.MatchString(s)
}

// compileWildcard returns the cached regular expression of a pattern.
func compileWildcard(pattern string, caseSensitive bool) (*regexp.Regexp, error) {
	key := "i" + pattern
	if caseSensitive {
		key = "c" + pattern
	}
	if re, ok := wildcards.Load(key); ok {
		return re.(*regexp.Regexp), nil
	}
	src, err := wildcardRegex(pattern)
	if err != nil {
		return nil, err
	}
	if !caseSensitive {
		src = "(?i)" + src
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, errBadWildcard(pattern)
	}
	wildcards.Store(key, re)
	return re, nil
}

// errBadWildcard is the error for an unterminated [set].
func errBadWildcard(pattern string) *Error {
	return newError("WildcardPatternException", "InvalidArgument", "RuntimeException",
		"The specified wildcard character pattern is not valid: %s", pattern)
}

// wildcardRegex translates a wildcard pattern to an anchored RE2 source.
func wildcardRegex(pattern string) (string, error) {
	var b strings.Builder
	b.WriteString(`(?s)\A`)
	rs := []rune(pattern)
	for i := 0; i < len(rs); i++ {
		switch c := rs[i]; c {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		case '`':
			if i+1 < len(rs) {
				i++
			}
			b.WriteString(regexp.QuoteMeta(string(rs[i])))
		case '[':
			n, err := wildcardSet(rs[i+1:], &b)
			if err != nil {
				return "", errBadWildcard(pattern)
			}
			i += n
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString(`\z`)
	return b.String(), nil
}

// wildcardSet writes the class for the set starting after '[' and returns
// how many runes it consumed (including the closing ']').
func wildcardSet(rs []rune, b *strings.Builder) (int, error) {
	b.WriteString("[")
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch {
		case c == ']':
			b.WriteString("]")
			return i + 1, nil
		case c == '`' && i+1 < len(rs):
			i++
			b.WriteString(regexp.QuoteMeta(string(rs[i])))
		case c == '-':
			b.WriteString("-")
		case c == '\\' || c == '^' || c == '[':
			b.WriteString(`\` + string(c))
		default:
			b.WriteRune(c)
		}
	}
	return 0, errBadWildcard(string(rs))
}

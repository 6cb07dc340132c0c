package value

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// regexes caches compiled regular expressions by case flag and pattern.
var regexes sync.Map // string → *regexp.Regexp

// compileRegex compiles a .NET-style pattern with Go's RE2 engine,
// case-insensitively unless caseSensitive.
//
// RE2 does not support these .NET features: lookahead and lookbehind
// ((?=…) (?!…) (?<=…) (?<!…)), backreferences (\1, \k<name>), atomic
// groups (?>…), possessive quantifiers, conditionals, balancing groups,
// \Z and \G, and RegexOptions other than i, m, s. Such patterns fail with
// the invalid-pattern error. "$" matches only at the very end (.NET also
// matches before a final newline).
func compileRegex(pattern string, caseSensitive bool) (*regexp.Regexp, error) {
	key := "i" + pattern
	if caseSensitive {
		key = "c" + pattern
	}
	if re, ok := regexes.Load(key); ok {
		return re.(*regexp.Regexp), nil
	}
	src := pattern
	if !caseSensitive {
		src = "(?i)" + src
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, errBadRegex(pattern, err)
	}
	regexes.Store(key, re)
	return re, nil
}

// groupNumbers maps .NET group numbers to Go submatch indexes: unnamed
// groups are numbered first, named groups after them (one number per
// distinct name), as .NET does.
func groupNumbers(re *regexp.Regexp) (nums map[int]int, names map[string]int) {
	nums, names = map[int]int{0: 0}, map[string]int{}
	next := 1
	for i, n := range re.SubexpNames()[1:] {
		if n == "" {
			nums[next] = i + 1
			next++
		}
	}
	for i, n := range re.SubexpNames()[1:] {
		if _, seen := names[strings.ToLower(n)]; n != "" && !seen {
			names[strings.ToLower(n)] = i + 1
			nums[next] = i + 1
			next++
		}
	}
	return nums, names
}

// Match implements -match: with a scalar left operand it returns a bool
// and, on success, the $Matches hashtable (key 0 the whole match, then
// numbered and named groups that took part, inserted last group first as
// PowerShell displays them); with a collection it returns the matching
// elements and no $Matches. The pattern is case-insensitive unless
// caseSensitive. See compileRegex for unsupported .NET syntax.
func Match(l, r any, caseSensitive bool) (result any, matches *Hashtable, err error) {
	re, err := compileRegex(ToString(r), caseSensitive)
	if err != nil {
		return nil, nil, err
	}
	if list, ok := asList(l); ok {
		out := []any{}
		for _, e := range list {
			if re.MatchString(ToString(e)) {
				out = append(out, e)
			}
		}
		return out, nil, nil
	}
	s := ToString(l)
	idx := re.FindStringSubmatchIndex(s)
	if idx == nil {
		return false, nil, nil
	}
	return true, matchTable(re, s, idx), nil
}

// matchTable builds $Matches from one match.
func matchTable(re *regexp.Regexp, s string, idx []int) *Hashtable {
	nums, names := groupNumbers(re)
	keyOf := map[int]any{}
	for n, gi := range nums {
		keyOf[gi] = n
	}
	for _, gi := range names {
		keyOf[gi] = re.SubexpNames()[gi]
	}
	order := make([]int, 0, len(keyOf))
	for gi := range keyOf {
		order = append(order, gi)
	}
	sort.Slice(order, func(a, b int) bool { return netNumber(nums, order[a]) > netNumber(nums, order[b]) })
	h := NewHashtable()
	for _, gi := range order {
		if idx[2*gi] >= 0 {
			h.Set(keyOf[gi], s[idx[2*gi]:idx[2*gi+1]])
		}
	}
	return h
}

// netNumber returns the .NET number of Go group gi.
func netNumber(nums map[int]int, gi int) int {
	for n, g := range nums {
		if g == gi {
			return n
		}
	}
	return -1
}

// replaceString implements -replace on one string: every match of re is
// replaced by the .NET replacement pattern repl ($1, ${name}, $0, $&, $$,
// $`, $', $+, $_; "$1a" is group 1 then "a").
func replaceString(re *regexp.Regexp, s, repl string) (string, error) {
	nums, names := groupNumbers(re)
	matches := re.FindAllStringSubmatchIndex(s, -1)
	if !strings.Contains(repl, "$") {
		// A literal replacement: the result's length is known.
		n := len(s)
		for _, idx := range matches {
			n += len(repl) - (idx[1] - idx[0])
		}
		if err := CheckString(n); err != nil {
			return "", err
		}
	}
	var b strings.Builder
	last := 0
	for _, idx := range matches {
		b.WriteString(s[last:idx[0]])
		expandNet(&b, repl, s, idx, nums, names)
		last = idx[1]
		if err := CheckString(b.Len()); err != nil {
			return "", err
		}
	}
	b.WriteString(s[last:])
	return b.String(), nil
}

// expandNet writes the expansion of a .NET replacement pattern.
func expandNet(b *strings.Builder, repl, s string, idx []int, nums map[int]int, names map[string]int) {
	group := func(gi int) string {
		if idx[2*gi] < 0 {
			return ""
		}
		return s[idx[2*gi]:idx[2*gi+1]]
	}
	for i := 0; i < len(repl); i++ {
		if repl[i] != '$' || i+1 == len(repl) {
			b.WriteByte(repl[i])
			continue
		}
		text, n := substitution(repl[i+1:], s, idx, nums, names, group)
		if n == 0 {
			b.WriteByte('$')
			continue
		}
		b.WriteString(text)
		i += n
	}
}

// substitution expands the text after a '$'; n is how many bytes it used
// (0 when the '$' is literal).
func substitution(rest, s string, idx []int, nums map[int]int, names map[string]int, group func(int) string) (string, int) {
	switch rest[0] {
	case '$':
		return "$", 1
	case '&':
		return group(0), 1
	case '`':
		return s[:idx[0]], 1
	case '\'':
		return s[idx[1]:], 1
	case '_':
		return s, 1
	case '+':
		return group(len(idx)/2 - 1), 1
	case '{':
		end := strings.IndexByte(rest, '}')
		if end < 0 {
			return "", 0
		}
		name := rest[1:end]
		if n, err := strconv.Atoi(name); err == nil {
			if gi, ok := nums[n]; ok {
				return group(gi), end + 1
			}
		} else if gi, ok := names[strings.ToLower(name)]; ok {
			return group(gi), end + 1
		}
		return "", 0
	}
	digits := 0
	for digits < len(rest) && rest[digits] >= '0' && rest[digits] <= '9' {
		digits++
	}
	for ; digits > 0; digits-- {
		n, _ := strconv.Atoi(rest[:digits])
		if gi, ok := nums[n]; ok {
			return group(gi), digits
		}
	}
	return "", 0
}

// splitString implements -split on one string as .NET's Regex.Split
// does: at most max pieces (no limit when max <= 0), each cut adding the
// text of the groups that took part in the match.
func splitString(re *regexp.Regexp, s string, max int) []any {
	if max == 1 {
		return []any{s}
	}
	out := []any{}
	last, cuts := 0, 0
	for _, idx := range re.FindAllStringSubmatchIndex(s, -1) {
		if max > 0 && cuts >= max-1 {
			break
		}
		cuts++
		out = append(out, s[last:idx[0]])
		for g := 1; g < len(idx)/2; g++ {
			if idx[2*g] >= 0 {
				out = append(out, s[idx[2*g]:idx[2*g+1]])
			}
		}
		last = idx[1]
	}
	return append(out, s[last:])
}

// compileRegexFlags compiles a (rewritten) pattern with RE2 flags "i",
// "m", "s"; errors name the pattern as written.
func compileRegexFlags(pattern, shown, flags string) (*regexp.Regexp, error) {
	key := "x" + flags + "/" + pattern
	if re, ok := regexes.Load(key); ok {
		return re.(*regexp.Regexp), nil
	}
	src := pattern
	if flags != "" {
		src = "(?" + flags + ")" + src
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, errBadRegex(shown, err)
	}
	regexes.Store(key, re)
	return re, nil
}

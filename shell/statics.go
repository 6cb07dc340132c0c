package shell

import (
	"crypto/rand"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

// staticTypes are the classes that exist only for their static members
// ([math]::Round): type literals, but not cast targets.
var staticTypes = map[string]string{
	"system.math": "System.Math", "system.environment": "System.Environment", "system.io.path": "System.IO.Path",
}

// staticType returns the full name of a static-only class, with or
// without "System.", in any case.
func staticType(name string) (string, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	if full, ok := staticTypes[n]; ok {
		return full, true
	}
	full, ok := staticTypes["system."+n]
	return full, ok
}

// staticFn is one static method or property of a .NET type.
type staticFn func(args []any) (any, error)

var statics = map[string]staticFn{
	"system.math::round":                           mathRound,
	"system.math::floor":                           mathFn(math.Floor),
	"system.math::ceiling":                         mathFn(math.Ceil),
	"system.math::truncate":                        mathFn(math.Trunc),
	"system.math::abs":                             mathFn(math.Abs),
	"system.math::sqrt":                            mathFn(math.Sqrt),
	"system.math::pow":                             mathFn2(math.Pow),
	"system.math::max":                             mathFn2(math.Max),
	"system.math::min":                             mathFn2(math.Min),
	"system.math::pi":                              func([]any) (any, error) { return math.Pi, nil },
	"system.string::isnullorempty":                 func(a []any) (any, error) { return arg(a, 0) == nil || value.ToString(arg(a, 0)) == "", nil },
	"system.string::isnullorwhitespace":            func(a []any) (any, error) { return strings.TrimSpace(value.ToString(arg(a, 0))) == "", nil },
	"system.string::empty":                         func([]any) (any, error) { return "", nil },
	"system.string::join":                          stringJoin,
	"system.string::format":                        func(a []any) (any, error) { return value.Format(value.ToString(arg(a, 0)), rest(a)) },
	"system.string::concat":                        func(a []any) (any, error) { return stringJoin(append([]any{""}, a...)) },
	"system.datetime::now":                         func([]any) (any, error) { return time.Now(), nil },
	"system.datetime::utcnow":                      func([]any) (any, error) { return time.Now().UTC(), nil },
	"system.datetime::today":                       func([]any) (any, error) { return today(), nil },
	"system.datetime::parse":                       func(a []any) (any, error) { return value.Convert(arg(a, 0), "datetime") },
	"system.guid::newguid":                         newGUID,
	"system.text.regularexpressions.regex::escape": func(a []any) (any, error) { return regexEscape(value.ToString(arg(a, 0))), nil },
	"system.text.regularexpressions.regex::ismatch": func(a []any) (any, error) {
		return value.Binary("cmatch", value.ToString(arg(a, 0)), arg(a, 1))
	},
	"system.text.regularexpressions.regex::replace": func(a []any) (any, error) {
		return value.Binary("creplace", value.ToString(arg(a, 0)), []any{arg(a, 1), arg(a, 2)})
	},
	"system.text.regularexpressions.regex::split": func(a []any) (any, error) {
		return value.Binary("csplit", value.ToString(arg(a, 0)), arg(a, 1))
	},
	"system.guid::empty":               func([]any) (any, error) { return value.GUID{}, nil },
	"system.int32::maxvalue":           func([]any) (any, error) { return math.MaxInt32, nil },
	"system.int32::minvalue":           func([]any) (any, error) { return math.MinInt32, nil },
	"system.int64::maxvalue":           func([]any) (any, error) { return math.MaxInt64, nil },
	"system.environment::newline":      func([]any) (any, error) { return "\n", nil },
	"system.environment::machinename":  func([]any) (any, error) { h, _ := os.Hostname(); return h, nil },
	"system.io.path::getfilename":      pathFn(pathBase),
	"system.io.path::getextension":     pathFn(func(p string) string { return filepath.Ext(pathBase(p)) }),
	"system.io.path::getdirectoryname": pathFn(pathDir),
	"system.io.path::getfilenamewithoutextension": pathFn(func(p string) string {
		b := pathBase(p)
		return strings.TrimSuffix(b, filepath.Ext(b))
	}),
	"system.decimal::maxvalue": func([]any) (any, error) { return value.DecimalMax, nil },
	"system.decimal::minvalue": func([]any) (any, error) { return value.DecimalMin, nil },
	"system.decimal::zero":     func([]any) (any, error) { return value.DecimalFromInt(0), nil },
	"system.decimal::one":      func([]any) (any, error) { return value.DecimalFromInt(1), nil },
	"system.decimal::parse":    parseNumber("decimal"),
	"system.int32::parse":      parseNumber("int"),
	"system.int64::parse":      parseNumber("long"),
	"system.double::parse":     parseNumber("double"),
	"system.io.path::combine": func(a []any) (any, error) {
		parts := make([]string, len(a))
		for i, p := range a {
			parts[i] = value.ToString(p)
		}
		return filepath.Join(parts...), nil
	},
}

func (s *Session) static(v any, name string, m *syntax.Member) (any, error) {
	t, ok := v.(*value.Type)
	if !ok {
		return nil, value.TypeNotFound(value.ToString(v))
	}
	fn, ok := statics[strings.ToLower(t.FullName+"::"+name)]
	if full, isExc := value.LookupException(t.FullName); !ok && isExc && strings.EqualFold(name, "new") {
		fn, ok = newException(full), true
	}
	if !ok {
		return nil, &value.Error{Message: "Method invocation failed because [" + t.FullName + "] does not contain a method named '" + name + "'.",
			FQID: "MethodNotFound", Category: "InvalidOperation", Reason: "RuntimeException"}
	}
	args, err := s.evalArgs(m.Args)
	if err != nil {
		return nil, err
	}
	return fn(args)
}

// newException is [T]::new([message[, inner]]) of a .NET exception type:
// what a script throws to raise a typed error.
func newException(full string) staticFn {
	return func(a []any) (any, error) {
		e := &Exception{Message: "Exception of type '" + full + "' was thrown.", typ: full}
		if len(a) > 0 && a[0] != nil {
			e.Message = value.ToString(a[0])
		}
		if len(a) > 1 {
			e.InnerException, _ = a[1].(*Exception)
		}
		return e, nil
	}
}

// parseNumber is [T]::Parse(string) of a numeric type: a string that is
// not a number fails as the .NET method does, with a
// MethodInvocationException wrapping a FormatException.
func parseNumber(typ string) staticFn {
	return func(a []any) (any, error) {
		if len(a) != 1 {
			return nil, &value.Error{Message: fmt.Sprintf("Cannot find an overload for \"Parse\" and the argument count: \"%d\".", len(a)),
				FQID: "MethodCountCouldNotFindBest", Category: "NotSpecified", Reason: "MethodException"}
		}
		v, err := value.Convert(value.ToString(a[0]), typ)
		if err == nil {
			return v, nil
		}
		msg := "Input string was not in a correct format."
		exc := "System.FormatException"
		if a[0] == nil {
			msg, exc = "Value cannot be null.\nParameter name: s", "System.ArgumentNullException"
		}
		return nil, &value.Error{Message: "Exception calling \"Parse\" with \"1\" argument(s): \"" + msg + "\"",
			FQID: exc[strings.LastIndex(exc, ".")+1:], Category: "NotSpecified", Reason: "MethodInvocationException",
			Inner: &value.Error{Message: msg, Exception: exc}}
	}
}

func arg(a []any, i int) any {
	if i < len(a) {
		return a[i]
	}
	return nil
}

func rest(a []any) []any {
	if len(a) < 2 {
		return nil
	}
	if len(a) == 2 {
		return value.Enumerate(a[1])
	}
	return a[1:]
}

func toFloat(v any) float64 {
	f, _ := value.Convert(v, "double")
	d, _ := f.(float64)
	return d
}

func mathFn(f func(float64) float64) staticFn {
	return func(a []any) (any, error) { return value.Normalize(f(toFloat(arg(a, 0)))), nil }
}

func mathFn2(f func(float64, float64) float64) staticFn {
	return func(a []any) (any, error) { return value.Normalize(f(toFloat(arg(a, 0)), toFloat(arg(a, 1)))), nil }
}

// mathRound rounds half to even, like .NET's Math.Round.
func mathRound(a []any) (any, error) {
	x := toFloat(arg(a, 0))
	digits := 0
	if len(a) > 1 {
		digits = int(toFloat(a[1]))
	}
	if d, ok := arg(a, 0).(value.Decimal); ok && digits >= 0 && digits <= 28 {
		return d.Round(digits), nil // the Decimal overload
	}
	p := math.Pow(10, float64(digits))
	r := math.RoundToEven(x*p) / p
	if digits == 0 {
		return r, nil
	}
	return r, nil
}

func stringJoin(a []any) (any, error) {
	sep := value.ToString(arg(a, 0))
	var parts []string
	for _, item := range rest(a) {
		parts = append(parts, value.ToString(item))
	}
	return strings.Join(parts, sep), nil
}

// regexEscape is .NET's Regex.Escape: metacharacters and white space
// get a backslash (]} are left alone, as .NET does).
func regexEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '*', '+', '?', '|', '{', '[', '(', ')', '^', '$', '.', '#', ' ':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\f':
			b.WriteString(`\f`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// pathBase is the file name of p; both / and \ separate, as on Windows.
func pathBase(p string) string { return p[strings.LastIndexAny(p, `/\`)+1:] }

// pathDir is the folder part of p ("" for a bare file name).
func pathDir(p string) string {
	i := strings.LastIndexAny(p, `/\`)
	if i < 0 {
		return ""
	}
	if i == 0 {
		return p[:1]
	}
	return p[:i]
}

func pathFn(f func(string) string) staticFn {
	return func(a []any) (any, error) { return f(value.ToString(arg(a, 0))), nil }
}

func today() time.Time {
	n := time.Now()
	return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, n.Location())
}

func newGUID([]any) (any, error) {
	var g value.GUID
	_, _ = rand.Read(g[:])
	g[6] = g[6]&0x0f | 0x40
	g[8] = g[8]&0x3f | 0x80
	return g, nil
}

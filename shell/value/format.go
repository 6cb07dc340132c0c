package value

import (
	"strconv"
	"strings"
	"time"
)

// Format implements .NET composite formatting for the -f operator:
// "{index[,alignment][:format]}" items, "{{" and "}}" escapes. Numbers
// take the standard (C D E F G N P R X) and custom (0.00, #,##0) numeric
// formats, DateTime and TimeSpan their own formats; other values ignore
// the format. A malformed string or a bad index is PowerShell's "Error
// formatting a string" error.
func Format(format string, args []any) (string, error) {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch {
		case c == '{' && i+1 < len(format) && format[i+1] == '{', c == '}' && i+1 < len(format) && format[i+1] == '}':
			b.WriteByte(c)
			i++
		case c == '}':
			return "", errFormat()
		case c == '{':
			end := strings.IndexByte(format[i:], '}')
			if end < 0 {
				return "", errFormat()
			}
			s, err := formatItem(format[i+1:i+end], args)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			i += end
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// formatItem renders one "index[,alignment][:format]" item.
func formatItem(item string, args []any) (string, error) {
	spec, fmtStr, _ := strings.Cut(item, ":")
	idxStr, alignStr, hasAlign := strings.Cut(spec, ",")
	idx, err := strconv.Atoi(strings.TrimSpace(idxStr))
	if err != nil || idx < 0 {
		return "", errFormat()
	}
	if idx >= len(args) {
		return "", newError("RuntimeException", "InvalidOperation", "FormatError",
			"Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..")
	}
	s, err := FormatValue(args[idx], fmtStr)
	if err != nil {
		return "", errFormat()
	}
	if !hasAlign {
		return s, nil
	}
	width, err := strconv.Atoi(strings.TrimSpace(alignStr))
	if err != nil || width >= 1_000_000 || width <= -1_000_000 {
		return "", errFormat() // .NET allows alignments below a million
	}
	return align(s, width), nil
}

// align pads s to |width|: right-aligned for positive widths,
// left-aligned for negative ones.
func align(s string, width int) string {
	n := len([]rune(s))
	if width >= 0 && n < width {
		return strings.Repeat(" ", width-n) + s
	}
	if width < 0 && n < -width {
		return s + strings.Repeat(" ", -width-n)
	}
	return s
}

// FormatValue formats one value with a .NET format string, as
// v.ToString(format) does: numbers with [FormatNumber], DateTime with
// [FormatDate], TimeSpan with [FormatTimeSpanWith]; any other value
// ignores the format and uses its string form.
func FormatValue(v any, format string) (string, error) {
	if format == "" {
		return elemString(v), nil
	}
	switch x := prim(v).(type) {
	case int, float64, Decimal:
		return FormatNumber(x, format)
	case time.Time:
		return FormatDate(x, format)
	case time.Duration:
		return FormatTimeSpanWith(x, format)
	}
	return elemString(v), nil
}

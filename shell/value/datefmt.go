package value

import (
	"fmt"
	"strings"
	"time"
)

// standardDate expands the en-US standard DateTime format specifiers.
var standardDate = map[byte]string{
	'd': "M/d/yyyy", 'D': "dddd, MMMM d, yyyy", 'f': "dddd, MMMM d, yyyy h:mm tt",
	'F': "dddd, MMMM d, yyyy h:mm:ss tt", 'g': "M/d/yyyy h:mm tt", 'G': "M/d/yyyy h:mm:ss tt",
	'm': "MMMM d", 'M': "MMMM d", 'o': "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
	'O': "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", 'r': "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
	'R': "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", 's': "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
	't': "h:mm tt", 'T': "h:mm:ss tt", 'u': "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
	'U': "dddd, MMMM d, yyyy h:mm:ss tt", 'y': "MMMM yyyy", 'Y': "MMMM yyyy",
}

// dateString is DateTime.ToString() in en-US: "8/21/2026 3:04:05 PM".
func dateString(t time.Time) string {
	s, _ := FormatDate(t, "G")
	return s
}

// FormatDate formats t with a .NET DateTime format string in the en-US
// culture, as Get-Date -Format and the -f operator do: the standard
// specifiers (d D f F g G m o r s t T u U y) and the custom patterns
// (yyyy MM dd HH hh mm ss fff tt ddd dddd MMM MMMM zzz K, quoted
// literals, \ escapes, %x). A lone character that is not a standard
// specifier is the "Input string was not in a correct format." error.
func FormatDate(t time.Time, format string) (string, error) {
	if format == "" {
		format = "G"
	}
	if len(format) == 1 {
		std, ok := standardDate[format[0]]
		if !ok {
			return "", newError("FormatException", "NotSpecified", "FormatException", badFormat)
		}
		if format[0] == 'r' || format[0] == 'R' || format[0] == 'u' || format[0] == 'U' {
			t = t.UTC()
		}
		format = std
	}
	return customDate(t, format)
}

// customDate applies a custom DateTime pattern.
func customDate(t time.Time, format string) (string, error) {
	var b strings.Builder
	rs := []rune(format)
	for i := 0; i < len(rs); {
		c := rs[i]
		n := 1
		for i+n < len(rs) && rs[i+n] == c {
			n++
		}
		used, err := dateToken(&b, t, rs[i:], c, n)
		if err != nil {
			return "", err
		}
		i += used
	}
	return b.String(), nil
}

// dateToken writes one token starting at rs[0] (c repeated n times) and
// returns how many runes it consumed.
func dateToken(b *strings.Builder, t time.Time, rs []rune, c rune, n int) (int, error) {
	switch c {
	case '\'', '"':
		end := 1
		for end < len(rs) && rs[end] != c {
			end++
		}
		if end == len(rs) {
			return 0, newError("FormatException", "NotSpecified", "FormatException", badFormat)
		}
		b.WriteString(string(rs[1:end]))
		return end + 1, nil
	case '\\', '%':
		if len(rs) > 1 && c == '\\' {
			b.WriteRune(rs[1])
			return 2, nil
		}
		return 1, nil
	}
	if f, ok := dateFields[c]; ok {
		b.WriteString(f(t, n))
		return n, nil
	}
	b.WriteString(strings.Repeat(string(c), n))
	return n, nil
}

// dateFields formats the custom pattern letters given their repeat count.
var dateFields = map[rune]func(t time.Time, n int) string{
	'd': func(t time.Time, n int) string {
		return pick(n, fmt.Sprint(t.Day()), fmt.Sprintf("%02d", t.Day()), t.Weekday().String()[:3], t.Weekday().String())
	},
	'M': func(t time.Time, n int) string {
		return pick(n, fmt.Sprint(int(t.Month())), fmt.Sprintf("%02d", int(t.Month())), t.Month().String()[:3], t.Month().String())
	},
	'y': func(t time.Time, n int) string {
		if n <= 2 {
			return pick(n, fmt.Sprint(t.Year()%100), fmt.Sprintf("%02d", t.Year()%100))
		}
		return fmt.Sprintf("%0*d", n, t.Year())
	},
	'h': func(t time.Time, n int) string { return pad(hour12(t), n) },
	'H': func(t time.Time, n int) string { return pad(t.Hour(), n) },
	'm': func(t time.Time, n int) string { return pad(t.Minute(), n) },
	's': func(t time.Time, n int) string { return pad(t.Second(), n) },
	'f': func(t time.Time, n int) string { return fraction(t, n, false) },
	'F': func(t time.Time, n int) string { return fraction(t, n, true) },
	't': func(t time.Time, n int) string {
		ampm := "AM"
		if t.Hour() >= 12 {
			ampm = "PM"
		}
		return pick(n, ampm[:1], ampm)
	},
	'z': func(t time.Time, n int) string { return zone(t, n) },
	'K': func(t time.Time, n int) string {
		if t.Location() == time.UTC {
			return "Z"
		}
		return zone(t, 3)
	},
	'g': func(time.Time, int) string { return "A.D." },
	':': func(_ time.Time, n int) string { return strings.Repeat(":", n) },
	'/': func(_ time.Time, n int) string { return strings.Repeat("/", n) },
}

// pick returns forms[n-1], or the last form for larger n.
func pick(n int, forms ...string) string {
	if n > len(forms) {
		n = len(forms)
	}
	return forms[n-1]
}

// pad formats v with one or two digits.
func pad(v, n int) string {
	if n >= 2 {
		return fmt.Sprintf("%02d", v)
	}
	return fmt.Sprint(v)
}

// hour12 returns the hour on a 12-hour clock.
func hour12(t time.Time) int {
	h := t.Hour() % 12
	if h == 0 {
		h = 12
	}
	return h
}

// fraction formats n digits of the second's fraction; trim drops
// trailing zeros (the F specifier).
func fraction(t time.Time, n int, trim bool) string {
	if n > 7 {
		n = 7
	}
	s := fmt.Sprintf("%07d", t.Nanosecond()/100)[:n]
	if trim {
		s = strings.TrimRight(s, "0")
	}
	return s
}

// zone formats the UTC offset: z → +h, zz → +hh, zzz → +hh:mm.
func zone(t time.Time, n int) string {
	_, off := t.Zone()
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	h, m := off/3600, off%3600/60
	return pick(n, fmt.Sprintf("%s%d", sign, h), fmt.Sprintf("%s%02d", sign, h), fmt.Sprintf("%s%02d:%02d", sign, h, m))
}

// FormatTimeSpanWith formats a TimeSpan with a .NET format string: the
// standard c, t, T (constant), g (short general) and G (long general)
// specifiers, or a custom pattern of d h hh m mm s ss f… F… with quoted
// or \-escaped literals.
func FormatTimeSpanWith(d time.Duration, format string) (string, error) {
	switch format {
	case "", "c", "t", "T":
		return FormatTimeSpan(d), nil
	case "g", "G":
		return generalTimeSpan(d, format == "G"), nil
	}
	return customTimeSpan(d, format)
}

// generalTimeSpan is the g / G TimeSpan format.
func generalTimeSpan(d time.Duration, long bool) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	ticks := int64(d / 100)
	days, rest := ticks/864000000000, ticks%864000000000
	h, m, s, f := rest/36000000000, rest/600000000%60, rest/10000000%60, rest%10000000
	if long {
		return fmt.Sprintf("%s%d:%02d:%02d:%02d.%07d", sign, days, h, m, s, f)
	}
	out := sign
	if days > 0 {
		out += fmt.Sprintf("%d:", days)
	}
	out += fmt.Sprintf("%d:%02d:%02d", h, m, s)
	if f > 0 {
		out += "." + strings.TrimRight(fmt.Sprintf("%07d", f), "0")
	}
	return out
}

// customTimeSpan applies a custom TimeSpan pattern.
func customTimeSpan(d time.Duration, format string) (string, error) {
	if d < 0 {
		d = -d
	}
	ticks := int64(d / 100)
	parts := map[rune]int64{'d': ticks / 864000000000, 'h': ticks / 36000000000 % 24,
		'm': ticks / 600000000 % 60, 's': ticks / 10000000 % 60}
	var b strings.Builder
	rs := []rune(format)
	for i := 0; i < len(rs); {
		c, n := rs[i], 1
		for i+n < len(rs) && rs[i+n] == c {
			n++
		}
		switch {
		case c == '\\' && i+1 < len(rs):
			b.WriteRune(rs[i+1])
			i += 2
			continue
		case c == '\'' || c == '"':
			end := strings.IndexRune(string(rs[i+1:]), c)
			if end < 0 {
				return "", errFormat()
			}
			b.WriteString(string(rs[i+1 : i+1+len([]rune(string(rs[i+1:])[:end]))]))
			i += len([]rune(string(rs[i+1:])[:end])) + 2
			continue
		case c == 'f' || c == 'F':
			b.WriteString(fraction(time.Unix(0, (ticks%10000000)*100), n, c == 'F'))
		case parts[c] != 0 || strings.ContainsRune("dhms", c):
			b.WriteString(fmt.Sprintf("%0*d", n, parts[c]))
		default:
			return "", errFormat()
		}
		i += n
	}
	return b.String(), nil
}

package value

import "strings"

// customNumber applies a custom numeric format such as "0.00", "#,##0",
// "0.#", "00%" or "#,##0;(#,##0);zero".
func customNumber(n any, format string) string {
	sections := splitSections(format)
	f := toFloat(n)
	sec, neg := sections[0], f < 0
	switch {
	case f < 0 && len(sections) > 1 && sections[1] != "":
		sec, neg = sections[1], false
	case f == 0 && len(sections) > 2:
		sec = sections[2]
	}
	if strings.Contains(sec, "%") {
		n = f * 100
	}
	return renderCustom(n, sec, neg)
}

// splitSections splits a custom format on unquoted ';'.
func splitSections(format string) []string {
	var out []string
	var quote byte
	start := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch {
		case quote != 0 && c == quote:
			quote = 0
		case quote == 0 && (c == '\'' || c == '"'):
			quote = c
		case quote == 0 && c == '\\':
			i++
		case quote == 0 && c == ';':
			out = append(out, format[start:i])
			start = i + 1
		}
	}
	return append(out, format[start:])
}

// customLayout describes the placeholders of one section.
type customLayout struct {
	intSlots []byte // '0' or '#' before the decimal point
	minFrac  int
	maxFrac  int
	grouping bool
	hasPoint bool
}

// parseCustom scans the placeholders of a section.
func parseCustom(sec string) customLayout {
	var l customLayout
	inFrac := false
	for i := 0; i < len(sec); i++ {
		switch c := sec[i]; {
		case c == '\\':
			i++
		case c == '\'' || c == '"':
			if j := strings.IndexByte(sec[i+1:], c); j >= 0 {
				i += j + 1
			}
		case c == '.' && !inFrac:
			inFrac, l.hasPoint = true, true
		case (c == '0' || c == '#') && inFrac:
			l.maxFrac++
			if c == '0' {
				l.minFrac = l.maxFrac
			}
		case c == '0' || c == '#':
			l.intSlots = append(l.intSlots, c)
		case c == ',' && !inFrac && len(l.intSlots) > 0:
			l.grouping = true
		}
	}
	return l
}

// renderCustom produces the text of one section.
func renderCustom(n any, sec string, neg bool) string {
	l := parseCustom(sec)
	ip, fp := roundDigits(n, l.maxFrac)
	for len(fp) > l.minFrac && strings.HasSuffix(fp, "0") {
		fp = fp[:len(fp)-1]
	}
	minInt := 0
	if i := strings.IndexByte(string(l.intSlots), '0'); i >= 0 {
		minInt = len(l.intSlots) - i
	}
	if ip == "0" && minInt == 0 {
		ip = ""
	}
	for len(ip) < minInt {
		ip = "0" + ip
	}
	if l.grouping {
		ip = group3(ip)
	}
	out := fillCustom(sec, ip, fp, l)
	if neg && strings.Trim(ip+fp, "0,") != "" {
		return "-" + out
	}
	return out
}

// fillCustom writes the section's literals with the digits placed: all
// integer digits at the first integer placeholder, fraction digits one per
// fraction placeholder.
func fillCustom(sec, ip, fp string, l customLayout) string {
	var b strings.Builder
	intDone, inFrac, fi := false, false, 0
	for i := 0; i < len(sec); i++ {
		c := sec[i]
		switch {
		case c == '\\' && i+1 < len(sec):
			i++
			b.WriteByte(sec[i])
		case c == '\'' || c == '"':
			j := strings.IndexByte(sec[i+1:], c)
			if j < 0 {
				j = len(sec) - i - 1
			}
			b.WriteString(sec[i+1 : i+1+j])
			i += j + 1
		case c == '.' && !inFrac:
			inFrac = true
			if fp != "" {
				b.WriteByte('.')
			}
		case (c == '0' || c == '#') && inFrac:
			if fi < len(fp) {
				b.WriteByte(fp[fi])
			}
			fi++
		case c == '0' || c == '#' || (c == ',' && !inFrac):
			if !intDone && c != ',' {
				b.WriteString(ip)
				intDone = true
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

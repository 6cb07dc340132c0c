package model

import (
	"fmt"
	"net"
	"strings"
)

// SMTP address syntax, as Exchange's SmtpAddress checks it (RFC 5321):
// one local part of at most 64 characters, an "@", and a domain of at
// most 255 characters; 320 characters in all. The local part is a
// dot-atom (atext runs joined by single periods) or a quoted string; the
// domain is at least two host labels (Exchange: "a prefix and a
// suffix, such as example.com") or an address literal such as
// [10.0.0.1] or [IPv6:2001:db8::1].
const (
	maxLocalPart  = 64
	maxDomain     = 255
	maxSmtpLength = 320
)

// smtpError is Exchange's error for a value that is not an SMTP address.
// what names the property or parameter.
func smtpError(what, s string) error {
	return &ValueError{What: what, Actual: s, Valid: "an address such as user@contoso.com",
		Message: fmt.Sprintf("The email address \"%s\" isn't correct. Please use this format: user name, the @ sign, "+
			"followed by the domain name. For example, tonysmith@contoso.com or tony.smith@contoso.com.", Printable(s))}
}

// IsSmtpAddress reports whether s is an SMTP address (see the syntax
// above). Surrounding spaces are not trimmed.
func IsSmtpAddress(s string) bool {
	i := strings.LastIndexByte(s, '@')
	if i < 0 || len(s) > maxSmtpLength {
		return false
	}
	return isLocalPart(s[:i]) && isAddressDomain(s[i+1:])
}

// isLocalPart checks a dot-atom or quoted-string local part.
func isLocalPart(s string) bool {
	if s == "" || len(s) > maxLocalPart {
		return false
	}
	if s[0] == '"' {
		return isQuotedString(s)
	}
	for _, atom := range strings.Split(s, ".") {
		if atom == "" || strings.IndexFunc(atom, func(c rune) bool { return !isAtext(c) }) >= 0 {
			return false
		}
	}
	return true
}

// isAtext reports whether c may appear in an atom: letters, digits and
// ! # $ % & ' * + - / = ? ^ _ ` { | } ~.
func isAtext(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		strings.ContainsRune("!#$%&'*+-/=?^_`{|}~", c)
}

// isQuotedString checks "..." holding printable ASCII, where a quote or
// backslash must be escaped with a backslash.
func isQuotedString(s string) bool {
	if len(s) < 2 || s[len(s)-1] != '"' {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		c := s[i]
		if c == '\\' {
			i++
			if i == len(s)-1 {
				return false
			}
			c = s[i]
		} else if c == '"' {
			return false
		}
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

// isAddressDomain checks the domain of an address: an address literal
// or at least two host labels.
func isAddressDomain(s string) bool {
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		lit := s[1 : len(s)-1]
		if v6, ok := strings.CutPrefix(lit, "IPv6:"); ok {
			ip := net.ParseIP(v6)
			return ip != nil && ip.To4() == nil
		}
		ip := net.ParseIP(lit)
		return ip != nil && ip.To4() != nil
	}
	return len(s) <= maxDomain && strings.Contains(s, ".") && validLabels(s)
}

// Printable returns s with control characters written as PowerShell
// escape sequences (`0, `t, `n, `r, `e, `u{7F}...), so that an error
// message can show a rejected value.
func Printable(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case !isControl(c):
			b.WriteRune(c)
		case psEscapes[c] != "":
			b.WriteString(psEscapes[c])
		default:
			fmt.Fprintf(&b, "`u{%X}", c)
		}
	}
	return b.String()
}

// psEscapes are PowerShell's escape sequences for control characters.
var psEscapes = map[rune]string{0: "`0", 7: "`a", 8: "`b", 9: "`t", 10: "`n", 11: "`v", 12: "`f", 13: "`r", 27: "`e"}

// isControl reports whether c is a control character (Unicode category
// Cc: U+0000 to U+001F and U+007F to U+009F).
func isControl(c rune) bool { return c < 0x20 || c >= 0x7f && c <= 0x9f }

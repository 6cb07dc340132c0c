package model

import (
	"encoding/json"
	"strings"
)

// ValidateDomain checks an SMTP domain (SmtpDomainWithSubdomains when
// wildcard is true): at most 256 characters of letters, digits, hyphens
// and dots; with wildcard, "*" alone or a leading "*." label is allowed
// but an embedded "*" ("a.*.contoso.com", "*contoso.com") is not. What
// names the property in the error.
func ValidateDomain(what, s string, wildcard bool) error {
	valid := "a domain such as contoso.com"
	if wildcard {
		valid = "a domain such as contoso.com, *.contoso.com or *"
	}
	if s == "*" && wildcard {
		return nil
	}
	t := s
	if wildcard {
		t = strings.TrimPrefix(s, "*.")
	}
	if len(s) == 0 || len(s) > 256 || !validLabels(t) {
		return invalid(what, s, valid)
	}
	return nil
}

// validLabels checks dot-separated host labels.
func validLabels(s string) bool {
	for _, l := range strings.Split(s, ".") {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, c := range l {
			if !(c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return false
			}
		}
	}
	return true
}

// MatchDomain reports whether domain falls under pattern ("*", an exact
// domain, or "*.contoso.com" for contoso.com and all its subdomains, as
// Exchange's SmtpDomainWithSubdomains matches) and how specific the match
// is: a higher score is more specific, so the best remote domain or
// address space is the match with the highest score. An exact domain
// beats a wildcard on the same name; "*" scores lowest. Case and a
// trailing dot are ignored. ok is false when pattern does not match.
func MatchDomain(pattern, domain string) (score int, ok bool) {
	p, d := strings.ToLower(pattern), strings.ToLower(strings.TrimSuffix(domain, "."))
	switch {
	case p == "*":
		return 0, true
	case strings.HasPrefix(p, "*."):
		if d == p[2:] || strings.HasSuffix(d, p[1:]) {
			return 2 * strings.Count(p, "."), true
		}
		return 0, false
	case p == d:
		return 2*strings.Count(p, ".") + 3, true
	}
	return 0, false
}

// SmtpAddress is an SMTP address (local@domain). The empty value means
// $null.
type SmtpAddress string

// Set implements [Setter].
func (a *SmtpAddress) Set(s string) error {
	v, err := ParseSmtpAddress(s)
	if err == nil {
		*a = v
	}
	return err
}

// Domain returns the part after the last "@".
func (a SmtpAddress) Domain() string {
	s := string(a)
	return s[strings.LastIndex(s, "@")+1:]
}

// ParseSmtpAddress validates local@domain (see [IsSmtpAddress]);
// surrounding spaces are ignored. The error is Exchange's: "The email
// address "..." isn't correct. ...".
func ParseSmtpAddress(s string) (SmtpAddress, error) {
	t := strings.TrimSpace(s)
	if !IsSmtpAddress(t) {
		return "", smtpError("SmtpAddress", s)
	}
	return SmtpAddress(t), nil
}

// ProxyAddress is one entry of EmailAddresses or an ExternalEmailAddress:
// a prefix and an address. Prefix "SMTP" (upper case) marks the primary
// SMTP address, "smtp" a secondary one; X400, X500 and other prefixes
// are carried without validation. It prints and marshals as
// "Prefix:Address".
type ProxyAddress struct {
	Prefix  string
	Address string
}

// String returns "Prefix:Address".
func (p ProxyAddress) String() string { return p.Prefix + ":" + p.Address }

// IsSmtp reports whether p is an SMTP address (primary or not).
func (p ProxyAddress) IsSmtp() bool { return strings.EqualFold(p.Prefix, "smtp") }

// IsPrimary reports whether p is the primary SMTP address ("SMTP:").
func (p ProxyAddress) IsPrimary() bool { return p.Prefix == "SMTP" }

// Equal reports whether p and q name the same address (the prefix type
// and the address compare case-insensitively).
func (p ProxyAddress) Equal(q ProxyAddress) bool {
	return strings.EqualFold(p.Prefix, q.Prefix) && strings.EqualFold(p.Address, q.Address)
}

// Set implements [Setter]. A value without a prefix becomes a primary
// SMTP address, as for ExternalEmailAddress.
func (p *ProxyAddress) Set(s string) error {
	v, err := ParseProxyAddress(s, "SMTP")
	if err == nil {
		*p = v
	}
	return err
}

// ParseProxyAddress parses "[Type:]address". Without a type, defPrefix
// is used ("SMTP" or "smtp"). SMTP addresses are validated as
// [ParseSmtpAddress] does (with its error); other types only need a
// non-empty address.
func ParseProxyAddress(s, defPrefix string) (ProxyAddress, error) {
	t := strings.TrimSpace(s)
	p := ProxyAddress{Prefix: defPrefix, Address: t}
	if i := strings.Index(t, ":"); i > 0 && !strings.Contains(t[:i], "@") {
		p = ProxyAddress{Prefix: t[:i], Address: t[i+1:]}
	}
	if p.IsSmtp() {
		if p.Prefix != "SMTP" {
			p.Prefix = "smtp"
		}
		a, err := ParseSmtpAddress(p.Address)
		if err != nil {
			return ProxyAddress{}, err
		}
		p.Address = string(a)
	}
	if p.Address == "" || len(p.Prefix) > 9 {
		return ProxyAddress{}, invalid("ProxyAddress", s, "[Type:]address, for example SMTP:user@contoso.com")
	}
	return p, nil
}

// MarshalJSON encodes p as "Prefix:Address".
func (p ProxyAddress) MarshalJSON() ([]byte, error) { return json.Marshal(p.String()) }

// UnmarshalJSON decodes "Prefix:Address" without validation.
func (p *ProxyAddress) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	prefix, addr, _ := strings.Cut(s, ":")
	*p = ProxyAddress{Prefix: prefix, Address: addr}
	return nil
}

// ParseProxyAddresses parses an EmailAddresses value as Exchange does:
// no prefix means smtp, "SMTP:" may appear at most once, and without an
// upper-case SMTP the first SMTP address becomes primary. Duplicates are
// an error.
func ParseProxyAddresses(values []string) ([]ProxyAddress, error) {
	out := make([]ProxyAddress, 0, len(values))
	for _, v := range values {
		p, err := ParseProxyAddress(v, "smtp")
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	if err := ValidateProxyAddresses(out); err != nil {
		return nil, err
	}
	return NormalizeProxyAddresses(out), nil
}

// ValidateProxyAddresses checks that at most one primary SMTP address is
// present and that no address appears twice.
func ValidateProxyAddresses(list []ProxyAddress) error {
	primaries := 0
	for i, p := range list {
		if p.IsPrimary() {
			primaries++
		}
		for _, q := range list[:i] {
			if p.Equal(q) {
				return invalid("EmailAddresses", p.String(), "each address once")
			}
		}
	}
	if primaries > 1 {
		return conflict("", "only one primary SMTP address (SMTP:) is allowed", "EmailAddresses")
	}
	return nil
}

// NormalizeProxyAddresses returns a copy of list in which the first SMTP
// address is primary when none is marked primary.
func NormalizeProxyAddresses(list []ProxyAddress) []ProxyAddress {
	out := append([]ProxyAddress(nil), list...)
	if _, ok := PrimarySmtp(out); ok {
		return out
	}
	for i := range out {
		if out[i].IsSmtp() {
			out[i].Prefix = "SMTP"
			break
		}
	}
	return out
}

// PrimarySmtp returns the primary SMTP address of list.
func PrimarySmtp(list []ProxyAddress) (SmtpAddress, bool) {
	for _, p := range list {
		if p.IsPrimary() {
			return SmtpAddress(p.Address), true
		}
	}
	return "", false
}

// WithPrimarySmtp returns a copy of list in which addr is the primary
// SMTP address; the previous primary is kept as a secondary address.
func WithPrimarySmtp(list []ProxyAddress, addr SmtpAddress) []ProxyAddress {
	out, found := make([]ProxyAddress, 0, len(list)+1), false
	for _, p := range list {
		if p.IsSmtp() {
			p.Prefix = "smtp"
			if strings.EqualFold(p.Address, string(addr)) {
				p.Prefix, found = "SMTP", true
			}
		}
		out = append(out, p)
	}
	if !found {
		out = append([]ProxyAddress{{Prefix: "SMTP", Address: string(addr)}}, out...)
	}
	return out
}

package model

import (
	"encoding/json"
	"net"
	"strconv"
	"strings"
)

// AddressSpace is one entry of a send connector's AddressSpaces:
// "[Type:]Space[;Cost]". Type defaults to SMTP and Cost (1–100) to 1. It
// prints and marshals as "SMTP:*;1".
type AddressSpace struct {
	Type    string
	Address string
	Cost    int
}

// String returns "Type:Address;Cost".
func (a AddressSpace) String() string {
	return a.Type + ":" + a.Address + ";" + strconv.Itoa(a.Cost)
}

// IsSmtp reports whether a is an SMTP address space.
func (a AddressSpace) IsSmtp() bool { return strings.EqualFold(a.Type, "SMTP") }

// Match reports whether the SMTP address space covers domain and how
// specifically (see [MatchDomain]). Non-SMTP spaces never match.
func (a AddressSpace) Match(domain string) (score int, ok bool) {
	if !a.IsSmtp() {
		return 0, false
	}
	return MatchDomain(a.Address, domain)
}

// Set implements [Setter].
func (a *AddressSpace) Set(s string) error {
	v, err := ParseAddressSpace(s)
	if err == nil {
		*a = v
	}
	return err
}

// ParseAddressSpace parses "[Type:]Space[;Cost]". SMTP spaces must be
// "*", "*.domain" or a domain ("*contoso.com" is invalid).
func ParseAddressSpace(s string) (AddressSpace, error) {
	bad := invalid("AddressSpaces", s, `"[Type:]Space[;Cost]" with Cost 1 to 100, e.g. SMTP:*;1 or *.contoso.com`)
	a := AddressSpace{Type: "SMTP", Address: strings.TrimSpace(s), Cost: 1}
	if i := strings.LastIndex(a.Address, ";"); i >= 0 {
		n, err := strconv.Atoi(strings.TrimSpace(a.Address[i+1:]))
		if err != nil || n < 1 || n > 100 {
			return AddressSpace{}, bad
		}
		a.Address, a.Cost = strings.TrimSpace(a.Address[:i]), n
	}
	if i := strings.Index(a.Address, ":"); i > 0 {
		a.Type, a.Address = a.Address[:i], a.Address[i+1:]
	}
	if a.IsSmtp() {
		a.Type, a.Address = "SMTP", strings.ToLower(a.Address)
		if ValidateDomain("AddressSpaces", a.Address, true) != nil {
			return AddressSpace{}, bad
		}
	}
	if a.Address == "" {
		return AddressSpace{}, bad
	}
	return a, nil
}

// MarshalJSON encodes a as its string form.
func (a AddressSpace) MarshalJSON() ([]byte, error) { return json.Marshal(a.String()) }

// UnmarshalJSON decodes the string form.
func (a *AddressSpace) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	return a.Set(s)
}

// ValidateSmartHost checks a smart host: an FQDN or an IP address
// (optionally in brackets).
func ValidateSmartHost(s string) error {
	t := strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	if net.ParseIP(t) != nil || ValidateDomain("SmartHosts", t, false) == nil {
		return nil
	}
	return invalid("SmartHosts", s, "an FQDN or an IP address")
}

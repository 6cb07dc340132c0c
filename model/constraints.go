package model

import (
	"fmt"
	"net"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// Property constraints. A model field's `valid` tag declares how Exchange
// validates that property, so each limit is written once, beside the
// property; every Validate method starts with [checkProperties], which
// enforces the tags of its object (and of the blocks it embeds). A tag
// is a comma-separated list of:
//
//	len=N        at most N characters, counted as .NET counts them (UTF-16
//	             code units); Exchange's message names both lengths
//	required     not empty
//	multiline    tab, CR and LF are allowed
//	range=A..B   a number, a size in bytes (sizes may be written 32KB) or
//	             a time span (dd.hh:mm:ss) from A to B; either end may be
//	             left empty; on an Unlimited property, Unlimited is allowed
//
// and at most one kind:
//
//	name         a Name: required, no leading or trailing spaces
//	text         any text (the default)
//	alias        the Alias character set (letters, digits, RFC 5321 atext,
//	             periods between them)
//	simple       the SimpleDisplayName character set
//	sam          the SamAccountName character set
//	upn          user@domain
//	smtp         an SMTP address ([IsSmtpAddress]); on a ProxyAddress,
//	             its SMTP entries
//	domain       an SMTP domain; domain=wildcard also allows *.contoso.com
//	             and *, domain=dotted needs at least two labels
//	ip           an IP address
//
// Text of the kinds without a syntax of their own (name, text) must not
// hold control characters (multiline allows tab, CR and LF).

// constraint is one compiled `valid` tag.
type constraint struct {
	prop      string // property name, for messages
	index     []int  // field index path, for FieldByIndex
	kind      string
	option    string // the kind's option (domain=wildcard)
	required  bool
	multiline bool
	max       int // maximum length; 0 for none
	rng       *valueRange
}

// constraintCache maps a struct type to its compiled constraints. It is
// a memo of what the struct tags say, filled on first use.
var constraintCache sync.Map

// checkProperties checks every tagged property of obj (a struct or a
// pointer to one) and returns the first failure, an [ErrInvalid]
// [*ValueError].
func checkProperties(obj any) error {
	v := reflect.Indirect(reflect.ValueOf(obj))
	cs := constraintsOf(v.Type())
	for i := range cs {
		c := &cs[i] // not a copy: it would escape to the heap
		if err := c.check(v.FieldByIndex(c.index)); err != nil {
			return err
		}
	}
	return nil
}

// constraintsOf returns the constraints of struct type t: the Name
// first (other names, such as DisplayName, default to it, and the error
// should name what the user gave), then the others in field order.
func constraintsOf(t reflect.Type) []constraint {
	if v, ok := constraintCache.Load(t); ok {
		return v.([]constraint)
	}
	var out []constraint
	for _, f := range reflect.VisibleFields(t) {
		if tag, ok := f.Tag.Lookup("valid"); ok {
			out = append(out, compileConstraint(f, tag))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].kind == "name" && out[j].kind != "name" })
	constraintCache.Store(t, out)
	return out
}

// propertyConstraint returns the constraint of property prop of T.
func propertyConstraint[T any](prop string) *constraint {
	for _, c := range constraintsOf(reflect.TypeFor[T]()) {
		if c.prop == prop {
			return &c
		}
	}
	panic("model: " + prop + " has no constraint")
}

// stringKinds are the kinds that apply to text, each with its syntax
// check; name and text have none beyond the control characters.
var stringKinds = map[string]func(c *constraint, s string) error{
	"name": nil, "text": nil,
	"alias": checkAlias, "simple": checkSimpleDisplayName, "sam": checkSam,
	"upn": checkUpn, "smtp": checkSmtp, "domain": checkDomain, "ip": checkIP,
}

// compileConstraint parses the tag of field f. A malformed tag is a
// programming error and panics (TestConstraintTags compiles them all).
func compileConstraint(f reflect.StructField, tag string) constraint {
	c := constraint{prop: f.Name, index: f.Index}
	for _, item := range strings.Split(tag, ",") {
		key, val, _ := strings.Cut(item, "=")
		_, isKind := stringKinds[key]
		var err error
		switch {
		case key == "required":
			c.required = true
		case key == "multiline":
			c.multiline = true
		case key == "len":
			c.max, err = strconv.Atoi(val)
		case key == "range":
			c.rng, err = compileRange(f.Type, val)
		case isKind && c.kind == "":
			c.kind, c.option = key, val
		default:
			err = fmt.Errorf("unknown item %q", item)
		}
		if err != nil {
			panic(fmt.Sprintf("model: tag of %s: %v", f.Name, err))
		}
	}
	if c.rng == nil && !holdsText(f.Type) {
		panic(fmt.Sprintf("model: tag of %s: %v holds no text; give a range", f.Name, f.Type))
	}
	return c
}

// holdsText reports whether t is a string kind, a ProxyAddress, or a
// pointer to or slice of one.
func holdsText(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t.Kind() == reflect.String || t == reflect.TypeFor[ProxyAddress]()
}

// check checks the value of the constrained field.
func (c *constraint) check(v reflect.Value) error {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if c.rng != nil {
		return c.rng.check(c.prop, v)
	}
	if v.Kind() == reflect.Slice {
		for i := range v.Len() {
			if err := c.check(v.Index(i)); err != nil {
				return err
			}
		}
		return nil
	}
	if v.Type() == proxyAddressType {
		if v.CanAddr() { // no copy of the value to box
			return c.checkProxy(*v.Addr().Interface().(*ProxyAddress))
		}
		return c.checkProxy(v.Interface().(ProxyAddress))
	}
	return c.checkString(v.String())
}

// proxyAddressType is the type of a [ProxyAddress] property.
var proxyAddressType = reflect.TypeFor[ProxyAddress]()

// checkString checks one text value: empty, spaces, length, then the
// kind's syntax or, for plain text, control characters.
func (c *constraint) checkString(s string) error {
	switch {
	case s == "" && (c.required || c.kind == "name"):
		return invalid(c.prop, s, c.emptyValid())
	case s == "":
		return nil
	case c.kind == "name" && strings.TrimSpace(s) != s:
		return invalid(c.prop, s, c.emptyValid())
	}
	if n := textLength(s); c.max > 0 && n > c.max {
		return &ValueError{What: c.prop, Actual: s, Valid: fmt.Sprintf("at most %d characters", c.max),
			Message: fmt.Sprintf("The length of the property is too long. The maximum length is %d and the length of the value provided is %d.", c.max, n)}
	}
	if syntax := stringKinds[c.kind]; syntax != nil {
		return syntax(c, s)
	}
	for _, r := range s {
		if isControl(r) && !(c.multiline && (r == '\t' || r == '\n' || r == '\r')) {
			return invalid(c.prop, s, "text without control characters")
		}
	}
	return nil
}

// emptyValid describes the valid values of a required property.
func (c *constraint) emptyValid() string {
	switch c.kind {
	case "name":
		return fmt.Sprintf("1 to %d characters without leading or trailing spaces", c.max)
	case "alias":
		return aliasValid(c.max)
	}
	return fmt.Sprintf("1 to %d characters", c.max)
}

// checkProxy checks a proxy address: an SMTP one must be an SMTP
// address, any other needs an address.
func (c *constraint) checkProxy(p ProxyAddress) error {
	switch {
	case p.IsSmtp() && !IsSmtpAddress(p.Address):
		return smtpError(c.prop, p.Address)
	case p.Address == "":
		return invalid(c.prop, p.String(), "[Type:]address, for example SMTP:user@contoso.com")
	}
	return nil
}

// textLength is the length of s in UTF-16 code units (.NET's
// String.Length).
func textLength(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// aliasValid describes the Alias character set.
func aliasValid(max int) string {
	return fmt.Sprintf("1 to %d letters, digits, periods (not at either end or doubled) and !#$%%&'*+-/=?^_`{|}~", max)
}

// checkAlias checks the Alias character set: RFC 5321 atext, with
// periods only between other characters.
func checkAlias(c *constraint, s string) error {
	if strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") || strings.Contains(s, "..") ||
		strings.IndexFunc(s, func(r rune) bool { return !isAtext(r) && r != '.' }) >= 0 {
		return invalid(c.prop, s, aliasValid(c.max))
	}
	return nil
}

// checkSimpleDisplayName checks the SimpleDisplayName character set:
// a-z, A-Z, 0-9, space and " ' ( ) + , - . / : ?.
func checkSimpleDisplayName(c *constraint, s string) error {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(" \"'()+,-./:?", r)) {
			return invalid(c.prop, s, "a-z, A-Z, 0-9, space and \" ' ( ) + , - . / : ?")
		}
	}
	return nil
}

// isSamChar reports whether r may appear in a SamAccountName: letters,
// digits, space and . ! # $ % ^ & - _ { } ~.
func isSamChar(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" .!#$%^&-_{}~", r)
}

// checkSam checks the SamAccountName character set; the last character
// can't be a period.
func checkSam(c *constraint, s string) error {
	if strings.HasSuffix(s, ".") || strings.IndexFunc(s, func(r rune) bool { return !isSamChar(r) }) >= 0 {
		return invalid(c.prop, s, fmt.Sprintf("at most %d letters, digits, spaces and . ! # $ %% ^ & - _ { } ~, not ending with a period", c.max))
	}
	return nil
}

// checkUpn checks a user principal name: user@domain.
func checkUpn(c *constraint, s string) error {
	if !IsSmtpAddress(s) {
		return invalid(c.prop, s, "user@domain")
	}
	return nil
}

// checkSmtp checks an SMTP address.
func checkSmtp(c *constraint, s string) error {
	if !IsSmtpAddress(s) {
		return smtpError(c.prop, s)
	}
	return nil
}

// checkDomain checks an SMTP domain ([ValidateDomain]).
func checkDomain(c *constraint, s string) error {
	if err := ValidateDomain(c.prop, s, c.option == "wildcard"); err != nil {
		return err
	}
	if c.option == "dotted" && !strings.Contains(s, ".") {
		return invalid(c.prop, s, "a domain such as contoso.com")
	}
	return nil
}

// checkIP checks an IPv4 or IPv6 address.
func checkIP(c *constraint, s string) error {
	if net.ParseIP(s) == nil {
		return invalid(c.prop, s, "an IP address such as 192.168.1.10")
	}
	return nil
}

package model

import "strings"

// Match returns the objects of objs that identity id designates, in the
// order of objs. id matches an object when it parses as the object's
// GUID, or when it equals (case-insensitively) one of the object's
// [Object.IdentityKeys]. An id containing "*" is a wildcard pattern in
// which "*" matches any run of characters. A leading "smtp:" prefix is
// ignored. Match is pure; it never fails.
func Match[T Object](objs []T, id string) []T {
	id = strings.TrimSpace(id)
	var out []T
	if g, err := ParseGuid(id); err == nil {
		for _, o := range objs {
			if o.ObjectGuid() == g {
				out = append(out, o)
			}
		}
		return out
	}
	for _, o := range objs {
		if matchesAny(o.IdentityKeys(), id) {
			out = append(out, o)
		}
	}
	return out
}

// matchesAny reports whether id matches one of keys.
func matchesAny(keys []string, id string) bool {
	bare := id
	if len(id) > 5 && strings.EqualFold(id[:5], "smtp:") {
		bare = id[5:]
	}
	for _, k := range keys {
		if strings.EqualFold(k, id) || strings.EqualFold(k, bare) ||
			strings.Contains(id, "*") && Wildcard(id, k) {
			return true
		}
	}
	return false
}

// Wildcard reports whether s matches pattern case-insensitively, where
// "*" in pattern matches any run of characters (including none).
func Wildcard(pattern, s string) bool {
	p, t := strings.ToLower(pattern), strings.ToLower(s)
	parts := strings.Split(p, "*")
	if !strings.HasPrefix(t, parts[0]) {
		return false
	}
	t = t[len(parts[0]):]
	for i, part := range parts[1:] {
		if i == len(parts)-2 {
			return strings.HasSuffix(t, part)
		}
		j := strings.Index(t, part)
		if j < 0 {
			return false
		}
		t = t[j+len(part):]
	}
	return t == ""
}

// Resolve returns the one object of objs that id designates (see
// [Match]). No match gives a [NotFoundError] ([ErrNotFound]); several
// give an [AmbiguousError] ([ErrAmbiguous]) listing each match's Name.
func Resolve[T Object](objs []T, id string) (T, error) {
	var zero T
	m := Match(objs, id)
	switch len(m) {
	case 1:
		return m[0], nil
	case 0:
		return zero, &NotFoundError{Kind: kindOf(objs), Identity: id}
	}
	names := make([]string, len(m))
	for i, o := range m {
		names[i] = o.ObjectName()
	}
	return zero, &AmbiguousError{Kind: kindOf(objs), Identity: id, Matches: names}
}

// kindOf returns the kind of the element type, or "object" for an
// interface element type with no elements.
func kindOf[T Object](objs []T) Kind {
	if len(objs) > 0 {
		return objs[0].Kind()
	}
	var zero T
	if any(zero) == nil {
		return "object"
	}
	return zero.Kind()
}

// CheckUniqueName returns an [ExistsError] if another object of objs
// (one with a different GUID than self) already has name.
func CheckUniqueName[T Object](objs []T, self Guid, name string) error {
	for _, o := range objs {
		if o.ObjectGuid() != self && strings.EqualFold(o.ObjectName(), name) {
			return &ExistsError{Kind: o.Kind(), Property: "Name", Value: name, UsedBy: o.ObjectName()}
		}
	}
	return nil
}

// ValidateName checks a Name-like property as the "name" constraint
// kind does (see constraints.go): not empty, no leading or trailing
// spaces, at most max characters, no control characters.
func ValidateName(what, s string, max int) error {
	return (&constraint{prop: what, kind: "name", max: max}).checkString(s)
}

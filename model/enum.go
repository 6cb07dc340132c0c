package model

import "strings"

// The enumeration types (enums_gen.go) are generated from the list in
// internal/enumgen/enums.txt; edit that list, then run go generate.
//go:generate go run ./internal/enumgen

// Enum is implemented by every enumeration type of this package. The
// shell's binder and completer discover enumerations through it:
// EnumValues lists the accepted values in Exchange's spelling and order.
//
// All enumerations are string types; the zero value "" means "not set"
// and is never accepted by Set or ParseX.
type Enum interface {
	EnumValues() []string
}

// EnumSetter is implemented by a pointer to every enumeration type. Set
// parses s case-insensitively and stores the canonical spelling; an
// unknown value yields a [ValueError] wrapping [ErrInvalid].
type EnumSetter interface {
	Enum
	Set(s string) error
}

// enumStrings converts a typed value list to strings.
func enumStrings[T ~string](vals []T) []string {
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = string(v)
	}
	return out
}

// parseEnum matches s case-insensitively against vals.
func parseEnum[T ~string](what, s string, vals []T) (T, error) {
	t := strings.TrimSpace(s)
	for _, v := range vals {
		if strings.EqualFold(string(v), t) {
			return v, nil
		}
	}
	return "", invalid(what, s, strings.Join(enumStrings(vals), ", "))
}

// setEnum parses s into *p.
func setEnum[T ~string](p *T, what, s string, vals []T) error {
	v, err := parseEnum(what, s, vals)
	if err == nil {
		*p = v
	}
	return err
}

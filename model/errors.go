package model

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. Every error returned by this package wraps exactly one
// of them; callers test with [errors.Is].
var (
	// ErrNotFound reports that no object matches an identity.
	ErrNotFound = errors.New("object not found")
	// ErrExists reports a duplicate name, domain, GUID or proxy address.
	ErrExists = errors.New("object already exists")
	// ErrInvalid reports a value or a combination of values that Exchange
	// rejects.
	ErrInvalid = errors.New("invalid value")
	// ErrAmbiguous reports that an identity matches more than one object.
	ErrAmbiguous = errors.New("identity is ambiguous")
	// ErrProtected reports an operation on a built-in object that Exchange
	// does not allow (removing the Default remote domain, for example).
	ErrProtected = errors.New("object is protected")
)

// ValueError is an [ErrInvalid] error about one property or parameter.
// What names the property, Actual is the rejected value and Valid
// describes what is accepted (a list of values, a range or a rule).
// Message, when set, is the sentence Exchange itself shows for this
// failure ("The length of the property is too long. ..."); Error then
// returns it, because the binder shows a parse error's text as it is.
type ValueError struct {
	What    string
	Valid   string
	Actual  string
	Message string
}

// Error implements error.
func (e *ValueError) Error() string {
	if e.Message != "" {
		return e.Message
	}
	if e.Valid == "" {
		return fmt.Sprintf("invalid %s %q", e.What, e.Actual)
	}
	return fmt.Sprintf("invalid %s %q: valid is %s", e.What, e.Actual, e.Valid)
}

// Unwrap returns [ErrInvalid].
func (e *ValueError) Unwrap() error { return ErrInvalid }

// invalid returns a [ValueError].
func invalid(what, actual, valid string) error {
	return &ValueError{What: what, Valid: valid, Actual: actual}
}

// ConflictError is an [ErrInvalid] error about two properties that cannot
// be combined, such as SmartHosts with DNSRoutingEnabled $true.
type ConflictError struct {
	Identity string // the object, if known
	Params   []string
	Reason   string
}

// Error implements error.
func (e *ConflictError) Error() string {
	s := strings.Join(e.Params, " and ") + ": " + e.Reason
	if e.Identity != "" {
		s = e.Identity + ": " + s
	}
	return s
}

// Unwrap returns [ErrInvalid].
func (e *ConflictError) Unwrap() error { return ErrInvalid }

func conflict(id, reason string, params ...string) error {
	return &ConflictError{Identity: id, Params: params, Reason: reason}
}

// NotFoundError is an [ErrNotFound] error. Kind is the object kind that
// was searched ("RemoteDomain") and Identity the identity given.
type NotFoundError struct {
	Kind     Kind
	Identity string
}

// Error implements error.
func (e *NotFoundError) Error() string {
	return fmt.Sprintf("%s %q not found", e.Kind, e.Identity)
}

// Unwrap returns [ErrNotFound].
func (e *NotFoundError) Unwrap() error { return ErrNotFound }

// AmbiguousError is an [ErrAmbiguous] error. Matches holds the
// identities of every object the identity matched.
type AmbiguousError struct {
	Kind     Kind
	Identity string
	Matches  []string
}

// Error implements error.
func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%s identity %q matches %d objects: %s",
		e.Kind, e.Identity, len(e.Matches), strings.Join(e.Matches, ", "))
}

// Unwrap returns [ErrAmbiguous].
func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

// ExistsError is an [ErrExists] error. Property is what collides ("Name",
// "DomainName", "EmailAddresses"), Value the colliding value and UsedBy
// the identity of the object that already has it.
type ExistsError struct {
	Kind     Kind
	Property string
	Value    string
	UsedBy   string
}

// Error implements error.
func (e *ExistsError) Error() string {
	return fmt.Sprintf("%s %s %q is already used by %q", e.Kind, e.Property, e.Value, e.UsedBy)
}

// Unwrap returns [ErrExists].
func (e *ExistsError) Unwrap() error { return ErrExists }

// ProtectedError is an [ErrProtected] error: Op on the object Identity is
// refused for Reason.
type ProtectedError struct {
	Kind     Kind
	Identity string
	Op       string
	Reason   string
}

// Error implements error.
func (e *ProtectedError) Error() string {
	return fmt.Sprintf("cannot %s %s %q: %s", e.Op, e.Kind, e.Identity, e.Reason)
}

// Unwrap returns [ErrProtected].
func (e *ProtectedError) Unwrap() error { return ErrProtected }

package tnef

import (
	"errors"
	"fmt"
)

// Sentinel errors. Decoding errors come wrapped in an [*Error] that gives
// the byte offset; test them with errors.Is.
var (
	// ErrSignature means the stream does not start with 0x223E9F78.
	ErrSignature = errors.New("tnef: bad signature")
	// ErrTruncated means the stream ends inside an attribute or a value.
	ErrTruncated = errors.New("tnef: truncated stream")
	// ErrChecksum means an attribute's checksum does not match its data.
	ErrChecksum = errors.New("tnef: checksum mismatch")
	// ErrTrailingData reports bytes after the last attribute. Decoding
	// succeeds; it is only passed to the warning handler.
	ErrTrailingData = errors.New("tnef: trailing data after stream")
	// ErrUnknownAttribute reports an attachment-level attribute the decoder
	// does not know, which it skips. Decoding succeeds; it is only passed to
	// the warning handler.
	ErrUnknownAttribute = errors.New("tnef: unknown attachment attribute skipped")
	// ErrTooLarge means a length exceeds a configured limit.
	ErrTooLarge = errors.New("tnef: length exceeds limit")
	// ErrDepth means embedded messages nest deeper than allowed.
	ErrDepth = errors.New("tnef: embedded messages nested too deep")
	// ErrAttribute means an attribute's data has the wrong size or form.
	ErrAttribute = errors.New("tnef: malformed attribute")
	// ErrProperty means a property list is malformed.
	ErrProperty = errors.New("tnef: malformed property")
	// ErrValue means a property's Go value does not match its type (writer).
	ErrValue = errors.New("tnef: value does not match property type")
	// ErrCompat means the message would break a common decoder (tnef,
	// ytnef, Convert::TNEF); see WithoutCompatChecks.
	ErrCompat = errors.New("tnef: message exceeds a limit of common decoders")
)

// Error is a decoding error at a byte offset of the outermost stream.
type Error struct {
	Offset int64  // offset of the attribute or value at fault
	Err    error  // one of the sentinel errors
	Detail string // what was found
}

// Error returns "tnef: ... at offset N: detail".
func (e *Error) Error() string {
	if e.Detail == "" {
		return fmt.Sprintf("%v at offset %d", e.Err, e.Offset)
	}
	return fmt.Sprintf("%v at offset %d: %s", e.Err, e.Offset, e.Detail)
}

// Unwrap returns the sentinel error.
func (e *Error) Unwrap() error { return e.Err }

func errAt(off int64, err error, format string, args ...any) error {
	return &Error{Offset: off, Err: err, Detail: fmt.Sprintf(format, args...)}
}

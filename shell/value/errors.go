package value

import (
	"errors"
	"fmt"
	"regexp/syntax"
	"strings"
)

// Error is a PowerShell runtime error raised by an operation on values.
// The interpreter renders it as an error record: Message is the record's
// text, FQID its FullyQualifiedErrorId, Category the ErrorCategory name,
// Reason the exception type's short name and Target/TargetType the
// "(<target>:<type>)" part of the CategoryInfo line.
type Error struct {
	Message    string
	FQID       string
	Category   string
	Reason     string
	Target     string
	TargetType string

	// Exception is the .NET type of the error's exception, full or
	// short name; "" means the type named by Reason.
	Exception string
	// Inner is the exception the error's exception wraps, as 5.1's
	// InnerException (for example the DivideByZeroException inside the
	// RuntimeException of 1/0), or nil.
	Inner *Error
}

// Error returns the PowerShell message.
func (e *Error) Error() string { return e.Message }

// ExceptionType returns the full .NET type name of the error's
// exception.
func (e *Error) ExceptionType() string {
	if e.Exception != "" {
		return ExceptionFullName(e.Exception)
	}
	if e.Reason != "" {
		return ExceptionFullName(e.Reason)
	}
	return "System.Management.Automation.RuntimeException"
}

// inner builds an inner exception of type exc.
func inner(exc, msg string) *Error {
	return &Error{Message: msg, Exception: exc, Reason: exc[strings.LastIndex(exc, ".")+1:]}
}

// wrap sets e's inner exception and returns e.
func (e *Error) wrap(in *Error) *Error {
	e.Inner = in
	return e
}

// newError builds an [Error] with a formatted message.
func newError(reason, category, fqid, format string, args ...any) *Error {
	return &Error{Message: fmt.Sprintf(format, args...), FQID: fqid, Category: category, Reason: reason}
}

// errMethodNotFound is "Method invocation failed because [T] does not
// contain a method named 'm'.".
func errMethodNotFound(v any, method string) *Error {
	return newError("RuntimeException", "InvalidOperation", "MethodNotFound",
		"Method invocation failed because [%s] does not contain a method named '%s'.", TypeName(v), method)
}

// errMethodArgs is the error for a method called with a wrong argument count.
func errMethodArgs(method string, n int) *Error {
	return newError("MethodException", "NotSpecified", "MethodCountCouldNotFindBest",
		"Cannot find an overload for \"%s\" and the argument count: \"%d\".", method, n)
}

// errMethodException wraps a .NET exception thrown by a method.
func errMethodException(method string, n int, fqid, msg string) *Error {
	return newError("MethodInvocationException", "NotSpecified", fqid,
		"Exception calling \"%s\" with \"%d\" argument(s): \"%s\"", method, n, msg).wrap(inner(ExceptionFullName(fqid), msg))
}

// errDivideByZero is the error of x/0 and x%0.
func errDivideByZero() *Error {
	return newError("RuntimeException", "NotSpecified", "RuntimeException", "Attempted to divide by zero.").
		wrap(inner("System.DivideByZeroException", "Attempted to divide by zero."))
}

// errTypeNotFound is "Unable to find type [T].".
func errTypeNotFound(name string) *Error { return TypeNotFound(name) }

// TypeNotFound is the error of a type literal exsh does not know:
// "Unable to find type [T]." for an unknown name, and "not supported in
// exsh" for a name in the System or Microsoft namespaces, which are
// .NET types exsh deliberately lacks (tier C).
func TypeNotFound(name string) *Error {
	lower := strings.ToLower(name)
	if strings.HasPrefix(lower, "system.") || strings.HasPrefix(lower, "microsoft.") {
		e := newError("NotSupportedException", "NotImplemented", "NotSupportedInExsh",
			"The type [%s] is not supported in exsh: only the types of the PowerShell language subset are available.", name)
		e.Target, e.TargetType = name, "TypeName"
		return e
	}
	e := newError("RuntimeException", "InvalidOperation", "TypeNotFound", "Unable to find type [%s].", name)
	e.Target, e.TargetType = name, "TypeName"
	return e
}

// errFormat is the -f operator's error for a malformed format string.
func errFormat() *Error {
	return newError("RuntimeException", "InvalidOperation", "FormatError",
		"Error formatting a string: Input string was not in a correct format..").
		wrap(inner("System.FormatException", "Input string was not in a correct format."))
}

// regexMessages maps RE2 parse error codes to .NET's wording.
var regexMessages = map[syntax.ErrorCode]string{
	syntax.ErrMissingParen:          "Not enough )'s.",
	syntax.ErrUnexpectedParen:       "Too many )'s.",
	syntax.ErrMissingBracket:        "Unterminated [] set.",
	syntax.ErrMissingRepeatArgument: "Quantifier {x,y} following nothing.",
	syntax.ErrTrailingBackslash:     "Illegal \\ at end of pattern.",
	syntax.ErrInvalidPerlOp:         "Unrecognized grouping construct (not supported by this shell's regular expression engine).",
	syntax.ErrInvalidEscape:         "Unrecognized escape sequence (not supported by this shell's regular expression engine).",
}

// errBadRegex is .NET's ArgumentException for a pattern that does not
// compile: parsing "<pattern>" - <reason>.
func errBadRegex(pattern string, err error) *Error {
	reason := err.Error()
	var se *syntax.Error
	if errors.As(err, &se) {
		reason = string(se.Code) + "."
		if m, ok := regexMessages[se.Code]; ok {
			reason = m
		}
	}
	return newError("ArgumentException", "OperationStopped", "System.ArgumentException",
		"parsing \"%s\" - %s", pattern, reason)
}

// errOpNotDefined is the error for an arithmetic operator that the left
// operand's type does not support (for example array - 1).
func errOpNotDefined(l any, op string) *Error {
	return errMethodNotFound(l, op)
}

// errDuplicateKey is the error for adding an existing hashtable key.
func errDuplicateKey(existing, added any) *Error {
	return newError("ArgumentException", "OperationStopped", "System.ArgumentException",
		"Item has already been added. Key in dictionary: '%s'  Key being added: '%s'", ToString(existing), ToString(added))
}

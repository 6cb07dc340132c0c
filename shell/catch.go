package shell

import (
	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

// matchCatch returns the catch clause of a try statement that handles
// the error rec: the first untyped one, or the first naming the type of
// the error's exception or one of its .NET base types, by full or short
// name ("catch [System.ArithmeticException]" handles 1/0). See
// [exceptionMatches] for the exceptions 5.1 tries.
func matchCatch(catches []*syntax.Catch, rec *ErrorRecord) *syntax.Catch {
	exc := exceptionOf(rec)
	for _, c := range catches {
		if len(c.Types) == 0 {
			return c
		}
		for _, t := range c.Types {
			if exceptionMatches(exc, t) {
				return c
			}
		}
	}
	return nil
}

// runtimeException is the full name of PowerShell's RuntimeException.
const runtimeException = "System.Management.Automation.RuntimeException"

// exceptionMatches reports whether a catch of type t handles exc, as
// 5.1's handler search does: it tries the inner exception of the thrown
// RuntimeException first, then the RuntimeException itself. An error
// whose exception is a RuntimeException (or derived) is thrown as it
// is, so its InnerException (one level: the DivideByZeroException of
// 1/0, the PSInvalidCastException of a failed cast, the .NET exception
// inside a MethodInvocationException) and its own type match. Any other
// .NET exception (the ArgumentException of a bad regex,
// OutOfMemoryException ...) travels wrapped in a plain RuntimeException,
// so it matches by its own type and by RuntimeException's.
func exceptionMatches(exc *Exception, t string) bool {
	if !value.ExceptionIs(exc.TypeName(), runtimeException) {
		return value.ExceptionIs(exc.TypeName(), t) || value.ExceptionIs(runtimeException, t)
	}
	if in := exc.InnerException; in != nil && value.ExceptionIs(in.TypeName(), t) {
		return true
	}
	return value.ExceptionIs(exc.TypeName(), t)
}

// exceptionOf returns the exception of rec, giving it the .NET type
// its CategoryInfo.Reason names when it has none yet (records built
// outside [Session.record] set only the message).
func exceptionOf(rec *ErrorRecord) *Exception {
	if rec.Exception == nil {
		rec.Exception = &Exception{}
	}
	e := rec.Exception
	switch ci := rec.CategoryInfo; {
	case e.typ != "" || ci == nil || ci.Reason == "":
	case ci.remote:
		e.typ = "System.Management.Automation.RemoteException"
	default:
		e.typ = value.ExceptionFullName(ci.Reason)
	}
	return e
}

package cmdlet

import "fmt"

// Error is an error with its PowerShell classification. Handlers return it
// (or wrap it) so that the shell prints the right CategoryInfo and
// FullyQualifiedErrorId. ID without a comma gets the cmdlet's class name
// appended, as PowerShell does.
type Error struct {
	Message    string
	ID         string
	Category   string
	Reason     string
	TargetName string
	TargetType string
	Target     any
	Err        error
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// Unwrap returns the underlying error, if any.
func (e *Error) Unwrap() error { return e.Err }

// NewError returns an [Error] with category, reason and id.
func NewError(message, category, reason, id string) *Error {
	return &Error{Message: message, Category: category, Reason: reason, ID: id}
}

// TargetError returns an [*Error] whose target is the string s (a path, a
// name), as PowerShell's errors about a file or a name show it.
func TargetError(msg, category, reason, id, s string) *Error {
	e := NewError(msg, category, reason, id)
	e.TargetName, e.TargetType, e.Target = s, "String", s
	return e
}

// PathNotFound is the PathNotFound error of the file cmdlets.
func PathNotFound(full string) *Error {
	return TargetError(fmt.Sprintf("Cannot find path '%s' because it does not exist.", full),
		"ObjectNotFound", "ItemNotFoundException", "PathNotFound", full)
}

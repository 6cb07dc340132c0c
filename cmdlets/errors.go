package cmdlets

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

func (e *Error) Error() string { return e.Message }

// Unwrap returns the underlying error, if any.
func (e *Error) Unwrap() error { return e.Err }

// NewError returns an [Error] with category, reason and id.
func NewError(message, category, reason, id string) *Error {
	return &Error{Message: message, Category: category, Reason: reason, ID: id}
}

package cmdlet

// Evaluator is implemented by hosts that run command text (the shell);
// Invoke-Expression needs it.
type Evaluator interface {
	// InvokeExpression parses text as a script and runs it in the
	// caller's scope, inside the running statement: variables it sets
	// stay set. Its output goes to emit.
	InvokeExpression(text string, emit func(any) error) error
}

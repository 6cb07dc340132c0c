package cmdlet

// VariableRemover is implemented by hosts whose variables can be removed
// (the shell); Remove-Variable needs it.
type VariableRemover interface {
	// RemoveVariable deletes the variable name (a scope qualifier such as
	// global: allowed) from the nearest scope that holds it, and reports
	// whether there was one.
	RemoveVariable(name string) bool
}

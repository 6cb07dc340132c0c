package cmdlet

import "github.com/exsh/exsh/storage"

// ScriptHost is implemented by hosts that run script text and can lend
// their session another database (the shell). The lab cmdlets need it:
// a lab's setup and objectives are scripts, and the trainer's view runs
// a lab's objectives against each student's database.
type ScriptHost interface {
	// RunScript runs text as a script named name (error positions name
	// it) in a new scope holding vars, then calls with with the script's
	// output while that scope is still the current one, so that script
	// blocks in the output see the variables and preferences the script
	// set. While with runs, an error that would stop a statement of a
	// block it invokes ends the block instead, unreported, as inside
	// try: the block's caller gets it. RunScript returns the script's
	// terminating error or with's error.
	RunScript(name, text string, vars map[string]any, with func(out []any) error) error
	// WithStore runs fn with st as the session's database, connected to
	// organization org ("" = the first one), and then gives the session
	// its own database and organization back.
	WithStore(st storage.Store, org string, fn func() error) error
}

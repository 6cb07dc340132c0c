// Package complete is exsh's tab completion engine: given the text of the
// command line and the cursor, [Engine.Complete] returns the range to
// replace and the candidates, read from the cmdlet registry (names,
// aliases, parameters, enumeration values) and from a [Source] the shell
// implements (identities in the org database, variables, the current
// location). It has no terminal code and must not import go-prompt; the
// REPL in shell/repl only displays its results.
package complete

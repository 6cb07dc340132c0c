// Package syntax parses the PowerShell language subset that exsh runs.
//
// PowerShell switches between expression mode and argument mode depending on
// how a statement starts, so a hand-written, mode-aware tokenizer ([Tokenize])
// turns source text into tokens and a participle grammar (the AST types in
// ast.go) builds the tree from them. [Parse] does both and returns a [*Script]
// or an [*Error] that carries the line, column and whether the input was
// merely incomplete (the REPL continues with ">> " then). A few small
// custom productions (ahead.go, [Expandable.Parse]) spare participle
// trying alternatives that cannot match, which is most of its cost.
//
// This package imports nothing from the rest of exsh; it is the only package
// that imports participle.
package syntax

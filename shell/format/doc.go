// Package format turns runtime values into console text exactly as
// Windows PowerShell 5.1 does: the streaming Out-Default ([Out]), tables
// ([Table]), lists ([List]) and the display form of one value ([Cell]).
// Handlers never print; only this package turns objects into text.
//
// It imports only shell/value and the standard library; it must not
// import the interpreter, cmdlets, model or storage.
//
// # Blank-line rules
//
// The layouts below are byte-exact (· marks nothing: the line is empty).
// Trailing spaces are removed from every line.
//
// A table is one empty line, the header, the dash row, the rows and one
// empty line:
//
//	·
//	Name    DomainName  AllowedOOFType
//	----    ----------  --------------
//	Default *           External
//	·
//
// A list is two empty lines, then each object's lines, objects separated
// by one empty line, then two empty lines:
//
//	·
//	·
//	Name        : Default
//	TNEFEnabled :
//	·
//	Name        : Contoso
//	TNEFEnabled : True
//	·
//	·
//
// Scalars (strings, numbers, booleans, dates) are one line each with no
// blank lines around them; $null prints nothing. A hashtable prints as
// the Name/Value table whose Name column is 30 characters wide.
//
// Width is the console width; a table or list line uses at most Width-1
// characters, like the 5.1 console host (which never writes into the
// last column).
package format

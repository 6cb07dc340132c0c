// Package cmdlets holds the cmdlet registry and every cmdlet's handler.
//
// A cmdlet is declared once: a Go struct whose exported fields are its
// parameters (see package bind for the tag syntax), registered with
// [Register] together with its synopsis, description and examples. The
// binder, Get-Help, Get-Command and tab completion all read that one
// declaration through [Lookup] and [All]. Handlers implement [Beginner],
// [Processor] and/or [Ender]; they emit objects and errors through the
// [Context] and never print.
//
// This package must not import package shell or any terminal library.
package cmdlets

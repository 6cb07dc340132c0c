// Package cmdlet is the API between exsh's interpreter and its cmdlets:
// what a cmdlet declares ([Info]), where declarations are kept
// ([Registry]), what a running cmdlet sees ([Context], [Host], [Sink]) and
// how it fails ([Error]).
//
// A cmdlet is a Go struct whose exported fields are its parameters (the
// ps tag of package bind gives positions, sets, pipeline input, aliases
// and completion hints; the help tag, the parameter's help). It does its
// work in Begin, Process and/or End ([Beginner], [Processor], [Ender]):
// Process runs once per pipeline input, or once when there is none. It
// emits objects and errors through the [Context] and never prints. The
// struct is declared once, with [Add], together with its name, synopsis
// and examples; the binder, Get-Help, Get-Command and tab completion all
// read that one declaration.
//
// A complete cmdlet:
//
//	// GetGreeting is Get-Greeting: it greets each name.
//	type GetGreeting struct {
//		Name []string `ps:"pos=0,mandatory,pipeline=value" help:"Who to greet."`
//	}
//
//	func (g *GetGreeting) Process(ctx *cmdlet.Context) error {
//		for _, n := range g.Name {
//			if err := ctx.Emit("Hello, " + n); err != nil {
//				return err
//			}
//		}
//		return nil
//	}
//
//	// AddTo declares this package's cmdlets in r.
//	func AddTo(r *cmdlet.Registry) {
//		cmdlet.Add[GetGreeting](r, &cmdlet.Info{
//			Name: "Get-Greeting", Module: "Greetings",
//			Synopsis: "Greets someone.",
//			Examples: []cmdlet.Example{{Code: "Get-Greeting Kim", Remarks: "Outputs Hello, Kim."}},
//		})
//	}
//
// Cmdlets live in packages by domain under cmdlets/, each exporting one
// AddTo; package cmdlets assembles them and cmd/exsh hands the registry
// to the shell. There is no global registry: a test builds its own, and
// package cmdlettest runs a cmdlet without a shell.
//
// This package must not import package shell, any cmdlet implementation
// or any terminal library.
package cmdlet

// Package bind declares cmdlets and binds their parameters the way
// PowerShell does.
//
// A cmdlet is a Go struct whose exported fields are its parameters. The
// field name is the parameter name (Exchange's exact spelling; matching is
// case-insensitive) and one struct tag carries the metadata:
//
//	type SetRemoteDomain struct {
//		Identity    string   `ps:"pos=0,mandatory,value,name" help:"The remote domain."`
//		TNEFEnabled Optional[*bool]
//		Force       Switch
//		Scope       string   `ps:"alias=s,set=ByScope"`
//		state       int      // unexported: not a parameter
//	}
//
// Tag keys: pos=N (position), mandatory, value (ValueFromPipeline), name
// (ValueFromPipelineByPropertyName), pipeline=value|name (same, joined
// with |), alias=a|b, set=A|B (the parameter sets the parameter belongs
// to; none means every set). ps:"-" excludes a field. Exported fields of
// embedded structs are flattened; an embedded [Common] receives the
// common parameters.
//
// [NewSpec] turns the struct into a [Spec] once (at registration); the
// same Spec drives binding ([Bind], [Binding.BindPipeline]), help
// ([Spec.Syntax]) and completion ([Param.Values], [Spec.Lookup]).
//
// Binding follows PowerShell 5.1: named arguments first (exact name, then
// an unambiguous prefix, then aliases), then positional arguments within
// the candidate parameter sets, then, per input object, pipeline input by
// value and by property name (an object with properties, such as a
// PSCustomObject or a model struct, binds by value only to a parameter of
// exactly its type, so that it reaches -Identity through its Identity
// property rather than through its string form). Values are converted by the parameter's Go
// type ([Convert]). Every failure is an [*Error] whose ID is PowerShell's
// FullyQualifiedErrorId and whose Message is PowerShell's wording, with
// the [Pos] of the offending item so the shell can underline it. Binding
// finishes before anything runs: when [Bind] fails, the caller runs
// nothing.
//
// The package imports shell/value (runtime values) and nothing else from
// exsh; in particular it does not import model: enumerations are found
// through an EnumValues() []string method and value types through a
// Set(string) error or encoding.TextUnmarshaler method on their pointer.
package bind

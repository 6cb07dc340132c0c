package bind

import "reflect"

// Switch is a switch parameter: -Force binds true, -Force:$false binds
// false. A switch never consumes the next argument.
type Switch bool

// ScriptBlock is implemented by the interpreter's script block values. A
// parameter of this type accepts only script blocks; a script block given
// to another pipeline-bindable parameter is a delay-bind script block
// (see [Options.Eval]).
type ScriptBlock interface {
	// Text returns the source between the braces.
	Text() string
}

// Optional distinguishes "not given" (Set false) from a given value. With
// T = *bool it has the four states not given, $true, $false and $null.
type Optional[T any] struct {
	Set   bool
	Value T
}

// optional is implemented by *Optional[T]; the binder uses it to find the
// element type and to store a converted value.
type optional interface {
	optElem() reflect.Type
	optSet(v reflect.Value)
}

func (o *Optional[T]) optElem() reflect.Type { return reflect.TypeFor[T]() }

func (o *Optional[T]) optSet(v reflect.Value) {
	o.Set = true
	if v.IsValid() {
		o.Value, _ = v.Interface().(T)
	}
}

// MultiValued is an Exchange multi-valued parameter. A value or an array
// replaces the whole list (Replace); a hashtable @{Add=...; Remove=...}
// edits it (IsEdit, Add, Remove); $null clears it (Set with an empty
// Replace).
type MultiValued[T any] struct {
	Set     bool
	Replace []T
	Add     []T
	Remove  []T
	IsEdit  bool
}

// multiValued is implemented by *MultiValued[T].
type multiValued interface {
	mvElem() reflect.Type
	mvSet(replace, add, remove any, edit bool)
}

func (m *MultiValued[T]) mvElem() reflect.Type { return reflect.TypeFor[T]() }

func (m *MultiValued[T]) mvSet(replace, add, remove any, edit bool) {
	m.Set, m.IsEdit = true, edit
	m.Replace, _ = replace.([]T)
	m.Add, _ = add.([]T)
	m.Remove, _ = remove.([]T)
	if !edit && m.Replace == nil {
		m.Replace = []T{}
	}
}

// Pos is the source extent of an item, for error underlines.
type Pos struct {
	Offset, Line, Column, Length int
}

// Item is one element of a command line, as the interpreter hands it
// over, in source order:
//
//   - a parameter token -Name: IsParam; for -Name:value also Colon and Value;
//   - an argument: IsParam false, Value already evaluated (a comma list
//     arrives as []any);
//   - a splatted hashtable entry: IsParam, Colon and Splatted;
//   - the stop-parsing token --: IsParam with Name "--"; every later
//     parameter token is then a plain string argument.
type Item struct {
	Name     string
	IsParam  bool
	Colon    bool
	Value    any
	Pos      Pos
	Splatted bool
}

// Options tells [Bind] about the invocation.
type Options struct {
	// ExpectInput is true when pipeline input will arrive: mandatory
	// parameters that accept pipeline input are then checked per object.
	ExpectInput bool
	// Eval evaluates a delay-bind script block with $_ set to input.
	Eval func(sb ScriptBlock, input any) (any, error)
	// Prompt, when set, asks the user for the mandatory parameters the
	// command line left out instead of failing (see [Prompter]).
	Prompt Prompter
}

// Common holds the common parameters (and WhatIf/Confirm for commands
// that support ShouldProcess). The binder fills it instead of the cmdlet
// struct; see [Binding.Common]. A cmdlet struct that embeds Common gets a
// copy after [Bind].
type Common struct {
	ErrorAction, WarningAction, InformationAction string
	ErrorVariable, WarningVariable                string
	InformationVariable, OutVariable              string
	PipelineVariable                              string
	OutBuffer                                     int
	Verbose, Debug, WhatIf, Confirm               Optional[bool]
}

// ActionPreference is the type of -ErrorAction, -WarningAction and
// -InformationAction. Values are matched case-insensitively or by number
// (0–4) and stored with their canonical name.
type ActionPreference string

// TypeName returns the .NET name conversion errors show.
func (ActionPreference) TypeName() string { return "System.Management.Automation.ActionPreference" }

// EnumValues lists the ActionPreference names in numeric order.
func (ActionPreference) EnumValues() []string {
	return []string{"SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore"}
}

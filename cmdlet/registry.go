package cmdlet

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/exsh/exsh/shell/bind"
)

// Example is one example in a cmdlet's help.
type Example struct {
	Code    string
	Remarks string
}

// Info declares a cmdlet: its name, aliases, help text and how to make a
// fresh parameter struct. It is the single source of truth about a cmdlet.
// Parameters and their completion hints are the parameter struct's fields
// and tags (see package bind).
type Info struct {
	Name        string
	Aliases     []string
	Synopsis    string
	Description string
	Examples    []Example
	// Module is the module Get-Command shows as the cmdlet's source. A
	// module named Microsoft.Exchange.* marks an Exchange cmdlet, which
	// reports binding errors as the Exchange Management Shell's proxy
	// functions do.
	Module string
	// ShouldProcess adds -WhatIf and -Confirm; ConfirmByDefault makes the
	// cmdlet ask unless -Confirm:$false (Remove-* in Exchange).
	ShouldProcess    bool
	ConfirmByDefault bool
	DefaultSet       string
	// OutputType is the Go type of the objects the cmdlet emits (nil when
	// unknown or mixed); completion reads its properties for $_. after a
	// pipe, as PowerShell reads [OutputType].
	OutputType reflect.Type
	// PassThru marks a filter whose output objects are its input objects
	// (Where-Object, Sort-Object): completion looks through it for $_.
	PassThru bool
	// CallerErrors makes the errors the cmdlet writes the caller's: they
	// are shown and identified as coming from the function or script that
	// ran the cmdlet (Write-Error).
	CallerErrors bool

	newFn    func() any
	specOnce sync.Once
	spec     *bind.Spec
	specErr  error
}

// New returns a pointer to a zero parameter struct of the cmdlet.
func (i *Info) New() any { return i.newFn() }

// Verb returns the part of the name before the dash.
func (i *Info) Verb() string { v, _, _ := strings.Cut(i.Name, "-"); return v }

// Noun returns the part of the name after the dash.
func (i *Info) Noun() string { _, n, _ := strings.Cut(i.Name, "-"); return n }

// Spec returns the parameter specification, built on first use so that
// start-up does no reflection for cmdlets a session never runs.
func (i *Info) Spec() (*bind.Spec, error) {
	i.specOnce.Do(func() {
		i.spec, i.specErr = bind.NewSpec(i.Name, i.New(), i.ShouldProcess, i.DefaultSet)
	})
	return i.spec, i.specErr
}

// Registry is a set of cmdlets a shell can run, found by name or alias.
// Build it once at start-up with [Add]; it is read-only afterwards.
type Registry struct {
	names   map[string]*Info
	aliases map[string]*Info
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{names: map[string]*Info{}, aliases: map[string]*Info{}}
}

// Add declares in r the cmdlet whose parameter struct is T. A name or
// alias declared twice is a programming error and panics.
func Add[T any](r *Registry, info *Info) {
	info.newFn = func() any { return new(T) }
	key := strings.ToLower(info.Name)
	if _, dup := r.names[key]; dup {
		panic(fmt.Sprintf("cmdlet: %s declared twice", info.Name))
	}
	r.names[key] = info
	for _, a := range info.Aliases {
		if _, dup := r.aliases[strings.ToLower(a)]; dup {
			panic(fmt.Sprintf("cmdlet: alias %s declared twice", a))
		}
		r.aliases[strings.ToLower(a)] = info
	}
}

// Lookup finds a cmdlet by name or alias, case-insensitively. The second
// result reports whether name was an alias.
func (r *Registry) Lookup(name string) (info *Info, alias bool) {
	key := strings.ToLower(name)
	if i, ok := r.names[key]; ok {
		return i, false
	}
	if i, ok := r.aliases[key]; ok {
		return i, true
	}
	return nil, false
}

// All returns every cmdlet sorted by name.
func (r *Registry) All() []*Info {
	out := make([]*Info, 0, len(r.names))
	for _, i := range r.names {
		out = append(out, i)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name < out[b].Name })
	return out
}

// Alias is one alias and the cmdlet it stands for.
type Alias struct {
	Name   string
	Target *Info
}

// Aliases returns every alias sorted by name.
func (r *Registry) Aliases() []Alias {
	out := make([]Alias, 0, len(r.aliases))
	for _, i := range r.names {
		for _, a := range i.Aliases {
			out = append(out, Alias{Name: a, Target: i})
		}
	}
	sort.Slice(out, func(a, b int) bool { return strings.ToLower(out[a].Name) < strings.ToLower(out[b].Name) })
	return out
}

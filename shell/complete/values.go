package complete

import (
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
)

// argument completes a parameter value or a positional argument.
func (r *request) argument() Result {
	info, sp := r.spec()
	if sp == nil {
		if r.partial.text == "" {
			return Result{} // no menu of files after every blank
		}
		typed, q := unquote(r.partial.text)
		return r.paths(typed, q, 0)
	}
	w := r.partial.text
	if name, ok := paramName(w); ok && strings.Contains(w, ":") {
		p, err := sp.Lookup(name)
		if err != nil {
			return Result{}
		}
		skip := strings.Index(w, ":") + 1
		typed, q := unquote(w[skip:])
		return r.values(info, p, typed, q, skip)
	}
	typed, q := unquote(w)
	for _, p := range r.targets(sp) {
		if res := r.values(info, p, typed, q, 0); len(res.Candidates) > 0 {
			return res
		}
	}
	return Result{}
}

// target returns the first of [request.targets], nil when none.
func (r *request) target(sp *bind.Spec) *bind.Param {
	if ps := r.targets(sp); len(ps) > 0 {
		return ps[0]
	}
	return nil
}

// targets returns the parameters the word at the cursor may be a value
// of: the parameter named just before it, else the next positional ones
// (one per parameter set that has that position).
func (r *request) targets(sp *bind.Spec) []*bind.Param {
	var pending *bind.Param
	given := r.given(sp)
	n := 0
	for _, w := range r.prior[1:] {
		name, isParam := paramName(w.text)
		switch {
		case isParam:
			pending = nil
			if p, err := sp.Lookup(name); err == nil && !p.Switch && !strings.Contains(w.text, ":") {
				pending = p
			}
		case pending != nil:
			pending = nil
		default:
			n++
		}
	}
	if pending != nil {
		return []*bind.Param{pending}
	}
	return positional(sp, given, n)
}

// positional returns the parameters at the n-th position not bound by
// name.
func positional(sp *bind.Spec, given map[*bind.Param]bool, n int) []*bind.Param {
	var positions []int
	at := map[int][]*bind.Param{}
	for _, p := range sp.Params {
		if p.Position < 0 || given[p] {
			continue
		}
		if len(at[p.Position]) == 0 {
			positions = append(positions, p.Position)
		}
		at[p.Position] = append(at[p.Position], p)
	}
	sort.Ints(positions)
	if n < len(positions) {
		return at[positions[n]]
	}
	return nil
}

// values completes a value of parameter p of cmdlet info.
func (r *request) values(info *cmdlet.Info, p *bind.Param, typed string, q byte, skip int) Result {
	switch hint := completionHint(info, p); {
	case len(p.Values) > 0:
		return r.result(skip, quoted(filter(p.Values, typed, r.e.limit()), q, "["+p.TypeName+"]"))
	case boolKind(p.Type) > 0:
		return r.result(skip, booleans(boolKind(p.Type), typed))
	case hint == bind.CompleteCommand && q == 0:
		return r.commandNames(typed, skip)
	case hint == bind.CompleteProperty && q == 0:
		return r.properties(typed, skip)
	case hint == bind.CompletePath:
		return r.paths(typed, q, skip)
	case hint == bind.CompleteAddress:
		everyOrg := p.Name == "To" || p.Name == "Recipient"
		return r.result(skip, quoted(r.e.Source.Addresses(typed, r.e.limit(), everyOrg), q, "address"))
	case hint == completeMessageID:
		return r.result(skip, quoted(r.e.Source.MessageIds(typed, r.e.limit()), q, "Message-ID"))
	case strings.HasPrefix(hint, bind.CompleteIdentity):
		get := r.identityGetter(info, hint)
		if get == nil || get.OutputType == nil {
			return Result{}
		}
		return r.result(skip, quoted(r.e.Source.Names(get, typed, r.e.limit()), q, get.OutputType.Name()))
	}
	return Result{}
}

// completeMessageID is the completion of a Message-ID parameter.
const completeMessageID = "messageid"

// addressTypes are the parameter types whose values are e-mail addresses.
var addressTypes = []reflect.Type{reflect.TypeFor[model.SmtpAddress](), reflect.TypeFor[model.ProxyAddress]()}

// completionHint is what completes a value of p: its declared hint, else
// what its declaration implies: addresses for a parameter typed as an
// address (model.SmtpAddress, model.ProxyAddress, arrays and optional
// ones), Message-IDs for a MessageId parameter, and identities of
// Get-<Noun>'s objects for the first positional Identity or Name of a
// cmdlet that does not create one.
func completionHint(info *cmdlet.Info, p *bind.Param) string {
	if p.Complete != "" {
		return p.Complete
	}
	if slices.Contains(addressTypes, elemType(p.Type)) {
		return bind.CompleteAddress
	}
	switch {
	case p.Name == "MessageId" && elemType(p.Type).Kind() == reflect.String:
		return completeMessageID
	case (p.Name == "Identity" || p.Name == "Name") && p.Position == 0 && info.Verb() != "New":
		return bind.CompleteIdentity
	}
	return ""
}

// elemType is t without slices, pointers and the Value of bind.Optional
// and bind.MultiValued.
func elemType(t reflect.Type) reflect.Type {
	for {
		switch {
		case t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer:
			t = t.Elem()
		case t.Kind() == reflect.Struct && t.PkgPath() == reflect.TypeFor[bind.Switch]().PkgPath():
			f, ok := t.FieldByName("Value") // bind.Optional
			if !ok {
				f, ok = t.FieldByName("Replace") // bind.MultiValued
			}
			if !ok {
				return t
			}
			t = f.Type
		default:
			return t
		}
	}
}

// identityGetter is the Get-<Noun> cmdlet whose objects an identity
// parameter with completion hint names, the noun being the one after the
// hint's colon or else the cmdlet's own.
func (r *request) identityGetter(info *cmdlet.Info, hint string) *cmdlet.Info {
	_, noun, ok := strings.Cut(hint, ":")
	if !ok {
		noun = info.Noun()
	}
	get, _ := r.e.Commands.Lookup("Get-" + noun)
	return get
}

// boolKind is 0 for a non-Boolean parameter, 2 for a Boolean and 3 for a
// nullable (tri-state) Boolean.
func boolKind(t reflect.Type) int {
	if t.Kind() == reflect.Struct && strings.HasPrefix(t.Name(), "Optional[") {
		if f, ok := t.FieldByName("Value"); ok {
			t = f.Type
		}
	}
	switch {
	case t.Kind() == reflect.Bool:
		return 2
	case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Bool:
		return 3
	}
	return 0
}

// booleans offers $true and $false, and $null for a tri-state parameter.
func booleans(kind int, typed string) []Candidate {
	all := []Candidate{
		{Text: "$true", Display: "$true", Description: "[Boolean]"},
		{Text: "$false", Display: "$false", Description: "[Boolean]"},
		{Text: "$null", Display: "$null", Description: "not set: the default applies"},
	}[:kind]
	var out []Candidate
	match := prefixMatcher(typed)
	for _, c := range all {
		if match(c.Text) || match(c.Text[1:]) {
			out = append(out, c)
		}
	}
	return out
}

// commandNames completes a command name given as an argument.
func (r *request) commandNames(typed string, skip int) Result {
	sub := &request{e: r.e, partial: word{text: typed, start: r.partial.start + skip, end: r.partial.end}}
	return sub.commands()
}

// filter returns the values starting with typed, ignoring case.
func filter(values []string, typed string, limit int) []string {
	match := prefixMatcher(typed)
	var out []string
	for _, v := range values {
		if match(v) && len(out) < limit {
			out = append(out, v)
		}
	}
	return out
}

// quoted makes candidates of values, quoting those that need it.
func quoted(values []string, q byte, desc string) []Candidate {
	out := make([]Candidate, len(values))
	for i, v := range values {
		out[i] = Candidate{Text: quote(v, q), Display: v, Description: desc}
	}
	return out
}

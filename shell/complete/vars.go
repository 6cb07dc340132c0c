package complete

import (
	"reflect"
	"strings"

	"github.com/exsh/exsh/shell/value"
)

// variables completes $name, or a Boolean value where one is expected.
func (r *request) variables() Result {
	if _, sp := r.spec(); sp != nil && len(r.prior) > 0 {
		if p := r.target(sp); p != nil && boolKind(p.Type) > 0 {
			return r.result(0, booleans(boolKind(p.Type), r.partial.text))
		}
	}
	match := prefixMatcher(r.partial.text[1:])
	var out []Candidate
	for _, v := range r.e.Source.Variables() {
		if match(v.Name) {
			out = append(out, Candidate{Text: "$" + v.Name, Display: "$" + v.Name, Description: value.TypeName(v.Value)})
		}
	}
	return r.result(0, sortedCandidates(out))
}

// members completes $x.Prefix with the properties of $x's value, and
// $_.Prefix in a script block with those of the pipeline's objects.
func (r *request) members() Result {
	w := r.partial.text
	dot := strings.LastIndex(w, ".")
	path := strings.Split(w[1:dot], ".")
	var names []string
	if v, ok := r.variable(path[0]); ok {
		names = memberNames(follow(v, path[1:]))
	} else if (strings.EqualFold(path[0], "_") || strings.EqualFold(path[0], "PSItem")) && len(path) == 1 {
		if t := r.pipelineType(); t != nil {
			names = value.PropertyNames(reflect.New(t).Interface())
		}
	}
	match := prefixMatcher(w[dot+1:])
	var out []Candidate
	for _, n := range names {
		if match(n) {
			out = append(out, Candidate{Text: quote(n, 0), Display: n, Description: "Property"})
		}
	}
	return r.result(dot+1, out)
}

// variable looks a variable up by name ($_ is not a session variable at
// the prompt).
func (r *request) variable(name string) (any, bool) {
	if name == "_" || strings.EqualFold(name, "PSItem") {
		return nil, false
	}
	for _, v := range r.e.Source.Variables() {
		if strings.EqualFold(v.Name, name) {
			return v.Value, true
		}
	}
	return nil, false
}

// follow reads a chain of properties; a collection stands for its first
// element (member enumeration).
func follow(v any, path []string) any {
	for _, p := range path {
		v = first(v)
		m, ok := value.GetMember(v, p)
		if !ok {
			return nil
		}
		v = m
	}
	return first(v)
}

func first(v any) any {
	if _, isHash := v.(*value.Hashtable); !isHash && value.IsEnumerable(v) {
		if items := value.Enumerate(v); len(items) > 0 {
			return items[0]
		}
	}
	return v
}

// memberNames returns the property names of v (a hashtable's keys).
func memberNames(v any) []string {
	if h, ok := v.(*value.Hashtable); ok {
		var out []string
		for _, k := range h.Keys() {
			out = append(out, value.ToString(k))
		}
		return out
	}
	return value.PropertyNames(v)
}

// pipelineType is the type of $_ in the innermost script block: the
// output type of the command piped into the block's command.
func (r *request) pipelineType() reflect.Type {
	frames := append(append([]*frame(nil), r.outer...), r.cur)
	for i := len(frames) - 1; i >= 0; i-- {
		if frames[i].open == '{' && len(frames[i].owner) >= 2 {
			return r.upstreamType(frames[i].owner)
		}
	}
	return nil
}

// upstreamType is the type of the objects reaching the last command of
// pipe: the output type of the nearest command before it that is not a
// filter.
func (r *request) upstreamType(pipe []*command) reflect.Type {
	for j := len(pipe) - 2; j >= 0; j-- {
		info, _ := r.specOf(pipe[j].words)
		if info == nil {
			return nil
		}
		if !info.PassThru {
			return info.OutputType
		}
	}
	return nil
}

// properties completes property names for -Property and its kin from the
// objects piped into the command; a comma-separated list completes its
// last item.
func (r *request) properties(typed string, skip int) Result {
	t := r.upstreamType(r.cur.pipe)
	if t == nil {
		return Result{}
	}
	if i := strings.LastIndex(typed, ","); i >= 0 {
		skip += i + 1
		typed = typed[i+1:]
	}
	match := prefixMatcher(typed)
	var out []Candidate
	for _, n := range value.PropertyNames(reflect.New(t).Interface()) {
		if match(n) {
			out = append(out, Candidate{Text: n, Display: n, Description: "Property of " + t.Name()})
		}
	}
	return r.result(skip, out)
}

package cmdlets

import (
	"errors"
	"reflect"
	"testing"

	"github.com/exsh/exsh/shell/value"
)

func TestUtilWhereObject(t *testing.T) {
	h := newUtilHost(t)
	objs := []any{utilObj("Name", "Default", "TNEF", false), utilObj("Name", "Contoso", "TNEF", true), utilObj("Name", "Hybrid1", "TNEF", nil)}
	gt2 := utilBlock("$_ -gt 2", func(in any) any { return in.(int) > 2 })
	tests := []struct {
		name  string
		input []any
		args  []any
		want  int
	}{
		{"script block", utilInts(5), []any{gt2}, 3},
		{"filter script", utilInts(5), []any{utilParam("FilterScript"), gt2}, 3},
		{"eq", objs, []any{"Name", utilParam("eq"), "contoso"}, 1},
		{"ceq", objs, []any{"Name", utilParam("ceq"), "contoso"}, 0},
		{"ieq alias", objs, []any{"Name", utilParam("ieq"), "CONTOSO"}, 1},
		{"like", objs, []any{"Name", utilParam("Like"), "*t*"}, 2},
		{"notlike", objs, []any{"Name", utilParam("NotLike"), "h*"}, 2},
		{"match", objs, []any{"Name", utilParam("match"), "^c"}, 1},
		{"property alone", objs, []any{"TNEF"}, 1},
		{"value alone is eq", objs, []any{"Name", "Default"}, 1},
		{"in", objs, []any{"Name", utilParam("In"), []any{"Default", "Hybrid1"}}, 2},
		{"ne false", objs, []any{"TNEF", utilParam("ne"), false}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := utilRun(h, "?", tt.input, tt.args...).ok(t)
			if len(out) != tt.want {
				t.Fatalf("got %d objects %v, want %d", len(out), out, tt.want)
			}
		})
	}
}

func TestUtilForEachObject(t *testing.T) {
	h := newUtilHost(t)
	x10 := utilBlock("$_ * 10", func(in any) any { return in.(int) * 10 })
	b := utilBlock("'b'", func(any) any { return "b" })
	e := utilBlock("'e'", func(any) any { return "e" })
	tests := []struct {
		name  string
		input []any
		args  []any
		want  []any
	}{
		{"process", utilInts(3), []any{x10}, []any{10, 20, 30}},
		{"begin process end", utilInts(2), []any{utilParam("Begin"), b, utilParam("Process"), x10, utilParam("End"), e}, []any{"b", 10, 20, "e"}},
		{"two positional", utilInts(1), []any{b, x10}, []any{"b", 10}},
		{"member name", []any{utilObj("Name", "a"), utilObj("Name", "b")}, []any{"Name"}, []any{"a", "b"}},
		{"-MemberName", []any{"abc"}, []any{utilParam("MemberName"), "Length"}, []any{3}},
		{"method", []any{"abc"}, []any{"ToUpper"}, []any{"ABC"}},
		{"no input runs once", nil, []any{b}, []any{"b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := utilRun(h, "%", tt.input, tt.args...).ok(t)
			if !reflect.DeepEqual(out, tt.want) {
				t.Fatalf("got %#v, want %#v", out, tt.want)
			}
		})
	}
}

func TestUtilSelectObject(t *testing.T) {
	h := newUtilHost(t)
	objs := []any{utilObj("Name", "a", "Size", 1, "Enabled", true), utilObj("Name", "b", "Size", 2, "Enabled", false)}
	out := utilRun(h, "select", objs, []any{"Name", "*abled"}).ok(t)
	o := out[0].(*value.Object)
	if got := value.PropertyNames(o); !reflect.DeepEqual(got, []string{"Name", "Enabled"}) {
		t.Errorf("properties %v", got)
	}
	if o.TypeName() != "Selected.System.Management.Automation.PSCustomObject" {
		t.Errorf("type name %s", o.TypeName())
	}
	calc := value.NewHashtable()
	calc.Set("n", "Double")
	calc.Set("e", utilBlock("$_.Size*2", func(in any) any { v, _ := value.GetMember(in, "Size"); return v.(int) * 2 }))
	out = utilRun(h, "select", objs, []any{"Name", calc}).ok(t)
	if v, _ := value.GetMember(out[1], "Double"); v != 4 {
		t.Errorf("calculated property = %v", v)
	}
	out = utilRun(h, "select", objs, utilParam("ExcludeProperty"), "Size").ok(t)
	if got := value.PropertyNames(out[0]); !reflect.DeepEqual(got, []string{"Name", "Enabled"}) {
		t.Errorf("exclude: %v", got)
	}
}

func TestUtilSelectObjectPositions(t *testing.T) {
	h := newUtilHost(t)
	tests := []struct {
		name string
		args []any
		want []any
	}{
		{"first", []any{utilParam("First"), 2}, []any{1, 2}},
		{"last", []any{utilParam("Last"), 2}, []any{4, 5}},
		{"skip", []any{utilParam("Skip"), 3}, []any{4, 5}},
		{"skip first", []any{utilParam("Skip"), 1, utilParam("First"), 2}, []any{2, 3}},
		{"index", []any{utilParam("Index"), []any{0, 4}}, []any{1, 5}},
		{"first 0", []any{utilParam("First"), 0}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := utilRun(h, "Select-Object", utilInts(5), tt.args...).ok(t)
			if !reflect.DeepEqual(out, tt.want) {
				t.Fatalf("got %v, want %v", out, tt.want)
			}
		})
	}
	out := utilRun(h, "select", []any{"a", "A", "a", "b"}, utilParam("Unique")).ok(t)
	if !reflect.DeepEqual(out, []any{"a", "A", "b"}) {
		t.Errorf("unique: %v", out)
	}
}

func TestUtilSelectFirstStopsUpstream(t *testing.T) {
	h := newUtilHost(t)
	info, _ := Lookup("select")
	cmd := info.New().(*SelectObject)
	ctx := &Context{Host: h, Sink: &utilSink{}, HasInput: true, Input: 1}
	cmd.First = 1
	if err := cmd.Begin(ctx); err != nil {
		t.Fatal(err)
	}
	cmd.given["First"] = true
	if err := cmd.Process(ctx); !errors.Is(err, ErrStopUpstream) {
		t.Fatalf("got %v, want ErrStopUpstream", err)
	}
}

func TestUtilSelectExpandProperty(t *testing.T) {
	h := newUtilHost(t)
	objs := []any{utilObj("Name", "a", "Tags", []any{"x", "y"})}
	out := utilRun(h, "select", objs, utilParam("ExpandProperty"), "Tags").ok(t)
	if !reflect.DeepEqual(out, []any{"x", "y"}) {
		t.Errorf("expand: %v", out)
	}
	e := utilRun(h, "select", objs, utilParam("ExpandProperty"), "Nope").failed(t)
	if e.Message != `Property "Nope" cannot be found.` || e.ID != "ExpandPropertyNotFound" || e.TargetType != "PSObject" {
		t.Errorf("error: %+v", e)
	}
}

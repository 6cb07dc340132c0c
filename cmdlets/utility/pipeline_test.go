package utility

import (
	"errors"
	"reflect"
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlet/cmdlettest"
	"github.com/exsh/exsh/shell/value"
)

func TestUtilWhereObject(t *testing.T) {
	h := newHost(t)
	objs := []any{cmdlettest.Object("Name", "Default", "TNEF", false), cmdlettest.Object("Name", "Contoso", "TNEF", true), cmdlettest.Object("Name", "Hybrid1", "TNEF", nil)}
	gt2 := cmdlettest.NewBlock("$_ -gt 2", func(in any) any { return in.(int) > 2 })
	tests := []struct {
		name  string
		input []any
		args  []any
		want  int
	}{
		{"script block", cmdlettest.Ints(5), []any{gt2}, 3},
		{"filter script", cmdlettest.Ints(5), []any{cmdlettest.Param("FilterScript"), gt2}, 3},
		{"eq", objs, []any{"Name", cmdlettest.Param("eq"), "contoso"}, 1},
		{"ceq", objs, []any{"Name", cmdlettest.Param("ceq"), "contoso"}, 0},
		{"ieq alias", objs, []any{"Name", cmdlettest.Param("ieq"), "CONTOSO"}, 1},
		{"like", objs, []any{"Name", cmdlettest.Param("Like"), "*t*"}, 2},
		{"notlike", objs, []any{"Name", cmdlettest.Param("NotLike"), "h*"}, 2},
		{"match", objs, []any{"Name", cmdlettest.Param("match"), "^c"}, 1},
		{"property alone", objs, []any{"TNEF"}, 1},
		{"value alone is eq", objs, []any{"Name", "Default"}, 1},
		{"in", objs, []any{"Name", cmdlettest.Param("In"), []any{"Default", "Hybrid1"}}, 2},
		{"ne false", objs, []any{"TNEF", cmdlettest.Param("ne"), false}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := cmdlettest.Run(h, "?", tt.input, tt.args...).OK(t)
			if len(out) != tt.want {
				t.Fatalf("got %d objects %v, want %d", len(out), out, tt.want)
			}
		})
	}
}

func TestUtilForEachObject(t *testing.T) {
	h := newHost(t)
	x10 := cmdlettest.NewBlock("$_ * 10", func(in any) any { return in.(int) * 10 })
	b := cmdlettest.NewBlock("'b'", func(any) any { return "b" })
	e := cmdlettest.NewBlock("'e'", func(any) any { return "e" })
	tests := []struct {
		name  string
		input []any
		args  []any
		want  []any
	}{
		{"process", cmdlettest.Ints(3), []any{x10}, []any{10, 20, 30}},
		{"begin process end", cmdlettest.Ints(2), []any{cmdlettest.Param("Begin"), b, cmdlettest.Param("Process"), x10, cmdlettest.Param("End"), e}, []any{"b", 10, 20, "e"}},
		{"two positional", cmdlettest.Ints(1), []any{b, x10}, []any{"b", 10}},
		{"member name", []any{cmdlettest.Object("Name", "a"), cmdlettest.Object("Name", "b")}, []any{"Name"}, []any{"a", "b"}},
		{"-MemberName", []any{"abc"}, []any{cmdlettest.Param("MemberName"), "Length"}, []any{3}},
		{"method", []any{"abc"}, []any{"ToUpper"}, []any{"ABC"}},
		{"no input runs once", nil, []any{b}, []any{"b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := cmdlettest.Run(h, "%", tt.input, tt.args...).OK(t)
			if !reflect.DeepEqual(out, tt.want) {
				t.Fatalf("got %#v, want %#v", out, tt.want)
			}
		})
	}
}

func TestUtilSelectObject(t *testing.T) {
	h := newHost(t)
	objs := []any{cmdlettest.Object("Name", "a", "Size", 1, "Enabled", true), cmdlettest.Object("Name", "b", "Size", 2, "Enabled", false)}
	out := cmdlettest.Run(h, "select", objs, []any{"Name", "*abled"}).OK(t)
	o := out[0].(*value.Object)
	if got := value.PropertyNames(o); !reflect.DeepEqual(got, []string{"Name", "Enabled"}) {
		t.Errorf("properties %v", got)
	}
	if o.TypeName() != "Selected.System.Management.Automation.PSCustomObject" {
		t.Errorf("type name %s", o.TypeName())
	}
	calc := value.NewHashtable()
	calc.Set("n", "Double")
	calc.Set("e", cmdlettest.NewBlock("$_.Size*2", func(in any) any { v, _ := value.GetMember(in, "Size"); return v.(int) * 2 }))
	out = cmdlettest.Run(h, "select", objs, []any{"Name", calc}).OK(t)
	if v, _ := value.GetMember(out[1], "Double"); v != 4 {
		t.Errorf("calculated property = %v", v)
	}
	out = cmdlettest.Run(h, "select", objs, cmdlettest.Param("ExcludeProperty"), "Size").OK(t)
	if got := value.PropertyNames(out[0]); !reflect.DeepEqual(got, []string{"Name", "Enabled"}) {
		t.Errorf("exclude: %v", got)
	}
}

func TestUtilSelectObjectPositions(t *testing.T) {
	h := newHost(t)
	tests := []struct {
		name string
		args []any
		want []any
	}{
		{"first", []any{cmdlettest.Param("First"), 2}, []any{1, 2}},
		{"last", []any{cmdlettest.Param("Last"), 2}, []any{4, 5}},
		{"skip", []any{cmdlettest.Param("Skip"), 3}, []any{4, 5}},
		{"skip first", []any{cmdlettest.Param("Skip"), 1, cmdlettest.Param("First"), 2}, []any{2, 3}},
		{"index", []any{cmdlettest.Param("Index"), []any{0, 4}}, []any{1, 5}},
		{"first 0", []any{cmdlettest.Param("First"), 0}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := cmdlettest.Run(h, "Select-Object", cmdlettest.Ints(5), tt.args...).OK(t)
			if !reflect.DeepEqual(out, tt.want) {
				t.Fatalf("got %v, want %v", out, tt.want)
			}
		})
	}
	out := cmdlettest.Run(h, "select", []any{"a", "A", "a", "b"}, cmdlettest.Param("Unique")).OK(t)
	if !reflect.DeepEqual(out, []any{"a", "A", "b"}) {
		t.Errorf("unique: %v", out)
	}
}

func TestUtilSelectFirstStopsUpstream(t *testing.T) {
	h := newHost(t)
	info, _ := h.Reg.Lookup("select")
	cmd := info.New().(*SelectObject)
	ctx := &cmdlet.Context{Host: h, Sink: &cmdlettest.Sink{}, HasInput: true, Input: 1}
	cmd.First = 1
	if err := cmd.Begin(ctx); err != nil {
		t.Fatal(err)
	}
	cmd.given["First"] = true
	if err := cmd.Process(ctx); !errors.Is(err, cmdlet.ErrStopUpstream) {
		t.Fatalf("got %v, want ErrStopUpstream", err)
	}
}

func TestUtilSelectExpandProperty(t *testing.T) {
	h := newHost(t)
	objs := []any{cmdlettest.Object("Name", "a", "Tags", []any{"x", "y"})}
	out := cmdlettest.Run(h, "select", objs, cmdlettest.Param("ExpandProperty"), "Tags").OK(t)
	if !reflect.DeepEqual(out, []any{"x", "y"}) {
		t.Errorf("expand: %v", out)
	}
	e := cmdlettest.Run(h, "select", objs, cmdlettest.Param("ExpandProperty"), "Nope").Failed(t)
	if e.Message != `Property "Nope" cannot be found.` || e.ID != "ExpandPropertyNotFound" || e.TargetType != "PSObject" {
		t.Errorf("error: %+v", e)
	}
}

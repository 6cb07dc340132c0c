package bind

import (
	"errors"
	"testing"

	"github.com/exsh/exsh/shell/value"
	"github.com/google/go-cmp/cmp"
)

// eval evaluates a test script block: its text is a property name of $_.
func eval(s ScriptBlock, input any) (any, error) {
	if s.Text() == "throw" {
		return nil, errors.New("boom")
	}
	v, _ := value.GetMember(input, s.Text())
	return v, nil
}

func obj(kv ...any) *value.Object {
	o := value.NewObject()
	for i := 0; i+1 < len(kv); i += 2 {
		o.Add(kv[i].(string), kv[i+1])
	}
	return o
}

func TestBindPipeline(t *testing.T) {
	spec := mustSpec(t, "Set-Pipe", &pipeThing{}, true, "")
	only := mustSpec(t, "Get-NameOnly", &nameOnly{}, false, "")
	type step struct {
		input   any
		want    any
		wantErr string
	}
	type test struct {
		name  string
		spec  *Spec
		in    []Item
		steps []step
	}
	tests := []test{
		{name: "by value string", spec: spec, steps: []step{{input: "a", want: &pipeThing{Identity: "a"}}}},
		{name: "by value conversion", spec: spec, steps: []step{{input: 5, want: &pipeThing{Identity: "5"}}}},
		{name: "by property name", spec: spec, steps: []step{
			{input: obj("Identity", "i", "DisplayName", "d", "Count", "3"), want: &pipeThing{Identity: "i", DisplayName: "d", Count: 3}},
		}},
		{name: "struct input", spec: spec, steps: []step{
			{input: remote{Identity: "r", DisplayName: "R"}, want: &pipeThing{Identity: "r", DisplayName: "R"}},
		}},
		{name: "alias property", spec: spec, steps: []step{{input: obj("id", "i"), want: &pipeThing{Identity: "i"}}}},
		{name: "reset between objects", spec: spec, steps: []step{
			{input: obj("Identity", "1", "DisplayName", "d"), want: &pipeThing{Identity: "1", DisplayName: "d"}},
			{input: "2", want: &pipeThing{Identity: "2"}},
		}},
		{name: "command line wins", spec: spec, in: items(p("DisplayName"), a("cmd")), steps: []step{
			{input: obj("Identity", "1", "DisplayName", "d"), want: &pipeThing{Identity: "1", DisplayName: "cmd"}},
		}},
		{name: "null input", spec: spec, steps: []step{{input: nil, wantErr: "NullNotAllowed"}}},
		{name: "not bound", spec: only, steps: []step{{input: 5, wantErr: "InputObjectNotBound"}}},
		{name: "hashtable is not a property bag", spec: only, steps: []step{{input: ht("Name", "n"), wantErr: "InputObjectNotBound"}}},
		{name: "name only", spec: only, steps: []step{{input: obj("Name", "n"), want: &nameOnly{Name: "n"}}}},
		{name: "bad property conversion", spec: spec, steps: []step{
			{input: obj("Identity", "i", "Count", "x"), want: &pipeThing{Identity: "i"}},
		}},
		{name: "delay bind", spec: spec, in: items(p("Identity"), a(sb("Name"))), steps: []step{
			{input: obj("Name", "n1"), want: &pipeThing{Identity: "n1"}},
			{input: obj("Name", "n2", "DisplayName", "d"), want: &pipeThing{Identity: "n2", DisplayName: "d"}},
		}},
		{name: "delay bind error", spec: spec, in: items(p("Identity"), a(sb("throw"))), steps: []step{{input: 1, wantErr: "x"}}},
	}
	uniqueNames(t, tests, func(tt test) string { return tt.name })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var target any = &pipeThing{}
			if tt.spec == only {
				target = &nameOnly{}
			}
			b, err := Bind(tt.spec, target, tt.in, Options{ExpectInput: true, Eval: eval})
			if err != nil {
				t.Fatal(err)
			}
			for i, s := range tt.steps {
				err := b.BindPipeline(s.input)
				if s.wantErr == "x" {
					if err == nil || err.Error() != "boom" {
						t.Fatalf("step %d: error = %v, want boom", i, err)
					}
					continue
				}
				if checkErr(t, err, s.wantErr, 0) {
					continue
				}
				if d := cmp.Diff(s.want, target); d != "" {
					t.Errorf("step %d (-want +got):\n%s", i, d)
				}
			}
		})
	}
}

func TestPipelineGivenAndSet(t *testing.T) {
	sets := mustSpec(t, "Get-Sets", &setsThing{}, false, "ById")
	type byName struct {
		Identity string `ps:"mandatory,name,set=ById"`
		Name     string `ps:"mandatory,name,set=ByName"`
		Server   string
	}
	spec := mustSpec(t, "Get-ByName", &byName{}, false, "ById")
	var got byName
	b, err := Bind(spec, &got, items(p("Server"), a("s")), Options{ExpectInput: true})
	if err != nil {
		t.Fatal(err)
	}
	if b.Set() != "" {
		t.Errorf("Set() before input = %q, want undecided", b.Set())
	}
	if err := b.BindPipeline(obj("Name", "n")); err != nil {
		t.Fatal(err)
	}
	if b.Set() != "ByName" || !b.Given("Name") || b.Given("Identity") || got.Name != "n" {
		t.Errorf("after Name: set %q, got %+v", b.Set(), got)
	}
	if err := b.BindPipeline(obj("Identity", "i")); err != nil {
		t.Fatal(err)
	}
	if b.Set() != "ById" || b.Given("Name") || got.Name != "" || got.Identity != "i" {
		t.Errorf("after Identity: set %q, got %+v", b.Set(), got)
	}
	var s setsThing
	if _, err := Bind(sets, &s, nil, Options{ExpectInput: true}); err == nil {
		t.Errorf("mandatory non-pipeline parameter accepted with pipeline input")
	}
}

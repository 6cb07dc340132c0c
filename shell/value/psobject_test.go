package value

import (
	"strings"
	"testing"
)

func TestPSObjectInfo(t *testing.T) {
	o := NewObject()
	o.Add("Name", "Default")
	o.Add("Count", 3)
	o.Add("Empty", nil)
	tests := []struct {
		name string
		in   any
		path []string
		want string
	}{
		{"note property names in order", o, []string{"PSObject", "Properties", "Name"}, "Name Count Empty"},
		{"note property types", o, []string{"PSObject", "Properties", "TypeNameOfValue"}, "System.String System.Int32 System.Object"},
		{"note property kind", o, []string{"PSObject", "Properties", "MemberType"}, "NoteProperty NoteProperty NoteProperty"},
		{"custom object type names", o, []string{"PSObject", "TypeNames"}, "System.Management.Automation.PSCustomObject System.Object"},
		{"int type names", 5, []string{"PSObject", "TypeNames"}, "System.Int32 System.ValueType System.Object"},
		{"array type names", []any{1, 2}, []string{"PSObject", "TypeNames"}, "System.Object[] System.Array System.Object"},
		{"string property", "abc", []string{"PSObject", "Properties", "Value"}, "3"},
		{"base object", "abc", []string{"PSObject", "BaseObject"}, "abc"},
		{"methods of a custom object", o, []string{"PSObject", "Methods", "Name"}, "Equals GetHashCode GetType ToString"},
		{"property as text", o, []string{"PSObject", "Properties"}, "string Name=Default int Count=3 object Empty=null"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := tt.in
			for _, p := range tt.path {
				var ok bool
				if v, ok = GetMember(v, p); !ok {
					t.Fatalf("no member %s", p)
				}
			}
			if got := ToString(v); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMembersOrder(t *testing.T) {
	o := NewObject()
	o.Add("B", 1)
	o.Add("A", "x")
	var got []string
	for _, m := range Members(o) {
		got = append(got, m.Name+"|"+m.MemberType+"|"+m.Definition)
	}
	want := []string{
		"Equals|Method|bool Equals(System.Object obj)",
		"GetHashCode|Method|int GetHashCode()",
		"GetType|Method|type GetType()",
		"ToString|Method|string ToString()",
		"A|NoteProperty|string A=x",
		"B|NoteProperty|int B=1",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := len(Members(nil)); n != 0 {
		t.Errorf("Members(nil) has %d members", n)
	}
}

func TestStructMemberTypes(t *testing.T) {
	type thing struct {
		Name    string
		Enabled *bool
		Note    *string
		Size    *int
		Count   int
	}
	want := map[string]string{
		"Name":    "string Name {get;set;}",
		"Enabled": "System.Nullable[bool] Enabled {get;set;}",
		"Note":    "string Note {get;set;}",
		"Size":    "System.Nullable[int] Size {get;set;}",
		"Count":   "int Count {get;set;}",
	}
	for _, m := range Members(&thing{Name: "x"}) {
		if m.MemberType != MemberProperty {
			continue
		}
		if m.Definition != want[m.Name] {
			t.Errorf("%s: got %q, want %q", m.Name, m.Definition, want[m.Name])
		}
		delete(want, m.Name)
	}
	if len(want) > 0 {
		t.Errorf("missing members %v", want)
	}
}

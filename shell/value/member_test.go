package value

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Base is embedded in testDomain to check flattening.
type Base struct {
	Identity string
	Secret   string `ps:"-"`
}

// testDomain mimics a model object.
type testDomain struct {
	Base
	Name        string
	TNEFEnabled *bool
	Size        int32
	Servers     []string
	Kind        testEnum
	hidden      int
}

func TestProperties(t *testing.T) {
	yes := true
	d := &testDomain{Base: Base{Identity: "id"}, Name: "Contoso", TNEFEnabled: &yes, Size: 5, Servers: []string{"a"}, hidden: 1}
	got := Properties(d)
	want := []Property{{"Identity", "id"}, {"Name", "Contoso"}, {"TNEFEnabled", true}, {"Size", 5},
		{"Servers", []string{"a"}}, {"Kind", testEnum("")}}
	if !cmp.Equal(got, want) {
		t.Errorf("Properties = %#v", got)
	}
	if Properties(5) != nil || Properties(nil) != nil {
		t.Error("primitives have no properties")
	}
	if got := PropertyNames(testDomain{}); len(got) != 6 {
		t.Errorf("PropertyNames = %v", got)
	}
}

func TestGetMember(t *testing.T) {
	d := &testDomain{Name: "Contoso", Servers: []string{"s1", "s2"}}
	o := NewObject()
	o.Add("Name", "obj")
	h := NewHashtable()
	h.Set("Name", "hash")
	hc := NewHashtable()
	hc.Set("Count", "key wins")
	day := time.Date(2026, 8, 21, 15, 4, 5, 0, time.UTC)
	tests := []struct {
		name string
		v    any
		prop string
		want any
	}{
		{"struct field ci", d, "name", "Contoso"},
		{"nil pointer field", d, "TNEFEnabled", nil},
		{"missing", d, "Nope", nil},
		{"object", o, "NAME", "obj"},
		{"hashtable key", h, "name", "hash"},
		{"hashtable count", h, "Count", 1},
		{"hashtable key beats count", hc, "Count", "key wins"},
		{"hashtable keys", h, "Keys", []any{"Name"}},
		{"string length", "héllo", "Length", 5},
		{"array count", []any{1, 2}, "Count", 2},
		{"scalar count", 5, "Count", 1},
		{"null count", nil, "Count", 0},
		{"enumeration", []any{d, o}, "Name", []any{"Contoso", "obj"}},
		{"enumeration single", []any{o}, "Name", "obj"},
		{"enumeration flattens", []any{d, d}, "Servers", []any{"s1", "s2", "s1", "s2"}},
		{"enumeration skips null", []any{nil, o, 5}, "Name", "obj"},
		{"date year", day, "Year", 2026},
		{"date dow", day, "DayOfWeek", "Friday"},
		{"date date", day, "Date", time.Date(2026, 8, 21, 0, 0, 0, 0, time.UTC)},
		{"span hours", 90 * time.Minute, "TotalHours", 1.5},
		{"span minutes", 90 * time.Minute, "Minutes", 30},
		{"type name", TypeOf("x"), "Name", "String"},
		{"dictionary entry name", DictionaryEntry{Key: "k", Value: 1}, "Name", "k"},
	}
	for _, tt := range tests {
		got, _ := GetMember(tt.v, tt.prop)
		if !cmp.Equal(got, tt.want) {
			t.Errorf("%s: GetMember(.%s) = %#v, want %#v", tt.name, tt.prop, got, tt.want)
		}
	}
}

func TestSetMember(t *testing.T) {
	d := &testDomain{}
	for _, c := range []struct {
		prop string
		val  any
	}{{"name", "X"}, {"TNEFEnabled", false}, {"Size", "12"}, {"Servers", []any{"a", "b"}}, {"Kind", "External"}} {
		if err := SetMember(d, c.prop, c.val); err != nil {
			t.Fatalf("SetMember(%s): %v", c.prop, err)
		}
	}
	if d.Name != "X" || d.TNEFEnabled == nil || *d.TNEFEnabled || d.Size != 12 || len(d.Servers) != 2 || d.Kind != "External" {
		t.Errorf("after SetMember: %+v", d)
	}
	o := NewObject()
	o.Add("A", 1)
	if err := SetMember(o, "a", 2); err != nil {
		t.Fatal(err)
	}
	if v, _ := o.Get("A"); v != 2 {
		t.Errorf("object A = %v", v)
	}
	wantErr(t, SetMember(o, "B", 1), "The property 'B' cannot be found on this object. Verify that the property exists and can be set.", "PropertyNotFound")
	wantErr(t, SetMember(d, "Size", "abc"), `Exception setting "Size": "Cannot convert value "abc" to type "System.Int64". Error: "Input string was not in a correct format.""`, "ExceptionWhenSetting")
	h := NewHashtable()
	_ = SetMember(h, "k", 1)
	if v, _ := h.Get("K"); v != 1 {
		t.Error("hashtable SetMember")
	}
}

func TestHashtable(t *testing.T) {
	h := NewHashtable()
	h.Set("Name", 1)
	h.Set("NAME", 2)
	h.Set(1, "int key")
	if h.Len() != 2 || !cmp.Equal(h.Keys(), []any{"Name", 1}) {
		t.Errorf("keys = %v", h.Keys())
	}
	if v, ok := h.Get("name"); !ok || v != 2 {
		t.Errorf("Get = %v %v", v, ok)
	}
	if _, ok := h.Get("1"); ok {
		t.Error("string '1' must not find int key 1")
	}
	wantErr(t, h.Add("name", 3), "Item has already been added. Key in dictionary: 'Name'  Key being added: 'name'", "")
	c := h.Clone()
	h.Remove("NAME")
	if h.Len() != 1 || c.Len() != 2 {
		t.Errorf("Remove/Clone: %d %d", h.Len(), c.Len())
	}
	if _, ok := h.Get(1); !ok {
		t.Error("int key lost after reindex")
	}
	h.Clear()
	if h.Len() != 0 || !c.ContainsValue(2) {
		t.Error("Clear/ContainsValue")
	}
}

func BenchmarkGetMemberStruct(b *testing.B) {
	d := &testDomain{Name: "Contoso"}
	for i := 0; i < b.N; i++ {
		if v, _ := GetMember(d, "name"); v != "Contoso" {
			b.Fatal(v)
		}
	}
}

func TestReadProperty(t *testing.T) {
	o := NewObject()
	o.Add("Name", "c")
	with := NewObject()
	with.Add("Count", 7)
	tests := []struct {
		name string
		in   any
		prop string
		want any
	}{
		{"no Count property", o, "Count", nil},
		{"no Length property", o, "length", nil},
		{"own Count property", with, "count", 7},
		{"string Length", "abc", "Length", 3},
		{"collection Count", []any{1, 2}, "Count", 2},
		{"ordinary property", o, "name", "c"},
	}
	for _, tt := range tests {
		if got := ReadProperty(tt.in, tt.prop); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

// stampBlock and headerBlock are field blocks embedded in the middle of
// a struct, one inside the other, as the model's directory headers are.
type stampBlock struct {
	Guid  string
	Class []string
}

type headerBlock struct {
	Name string
	stampBlock
	State string
}

type blockObject struct {
	Domain string
	headerBlock
	Enabled bool
}

// TestEmbeddedInPlace checks that embedded structs are flattened where
// they are declared, at any depth, and that their fields read and set
// like the outer struct's.
func TestEmbeddedInPlace(t *testing.T) {
	o := &blockObject{Domain: "contoso.com", headerBlock: headerBlock{Name: "C", stampBlock: stampBlock{Guid: "g"}}}
	want := []string{"Domain", "Name", "Guid", "Class", "State", "Enabled"}
	if got := PropertyNames(o); !cmp.Equal(got, want) {
		t.Errorf("PropertyNames = %v, want %v", got, want)
	}
	var names []string
	for _, m := range Members(o) {
		if m.MemberType == MemberProperty {
			names = append(names, m.Name)
		}
	}
	if sorted := []string{"Class", "Domain", "Enabled", "Guid", "Name", "State"}; !cmp.Equal(names, sorted) {
		t.Errorf("Members = %v, want %v", names, sorted)
	}
	if v, ok := GetMember(o, "guid"); !ok || v != "g" {
		t.Errorf("GetMember(guid) = %v, %v", v, ok)
	}
	if err := SetMember(o, "Class", []any{"top", "x"}); err != nil || !cmp.Equal(o.Class, []string{"top", "x"}) {
		t.Errorf("SetMember(Class) = %v, Class %v", err, o.Class)
	}
	if _, ok := GetMember(o, "stampBlock"); ok {
		t.Error("an embedded struct is no property of its own")
	}
}

package bind

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/shell/value"
)

// sb is a test script block: its text is the script.
type sb string

func (s sb) Text() string { return string(s) }

// color is a test enumeration.
type color string

func (color) EnumValues() []string { return []string{"Red", "Green", "Blue"} }

// size is a test value type parsed through UnmarshalText ("<n>KB").
type size int

func (z *size) UnmarshalText(b []byte) error {
	n, err := fmt.Sscanf(strings.ToUpper(string(b)), "%dKB", (*int)(z))
	if n != 1 || err != nil {
		return fmt.Errorf("bad size %q", b)
	}
	return nil
}

// setThing exercises most parameter kinds (ShouldProcess).
type setThing struct {
	Identity             string `ps:"pos=0,mandatory,value,name,alias=id" help:"The object."`
	TNEFEnabled          Optional[*bool]
	TargetDeliveryDomain bool
	Color                color `ps:"pos=1"`
	Count                int
	Names                []string
	EmailAddresses       MultiValued[string]
	Force                Switch
	Filter               string
	Timeout              time.Duration
	Size                 size
	Props                *value.Hashtable
	Script               ScriptBlock
	Anything             any
	Ptr                  *string
	state                int    //nolint:unused // state, not a parameter
	Skipped              string `ps:"-"`
}

// getThing has no ShouldProcess and a Verb parameter (for -Ver).
type getThing struct {
	Name string `ps:"pos=0"`
	Verb string
	Noun string `ps:"pos=1"`
	Common
}

// setsThing has three parameter sets, ById the default.
type setsThing struct {
	Identity string `ps:"pos=0,mandatory,set=ById"`
	Name     string `ps:"pos=0,mandatory,set=ByName"`
	Filter   string `ps:"mandatory,set=ByFilter"`
	Anr      string `ps:"set=ByName|ByFilter"`
	Server   string
}

// ambThing has two sets and no default.
type ambThing struct {
	X string `ps:"set=A"`
	Y string `ps:"set=B"`
	Z string
}

// pipeThing takes pipeline input by value and by property name.
type pipeThing struct {
	Identity    string `ps:"pos=0,mandatory,value,name,alias=Id"`
	DisplayName string `ps:"name"`
	Count       int    `ps:"name"`
	Note        string
}

// nameOnly takes pipeline input by property name only.
type nameOnly struct {
	Name string `ps:"mandatory,name"`
}

// remote is a pipeline input object.
type remote struct {
	Identity    string
	DisplayName string
}

func mustSpec(t testing.TB, name string, proto any, sp bool, def string) *Spec {
	t.Helper()
	s, err := NewSpec(name, proto, sp, def)
	if err != nil {
		t.Fatalf("NewSpec(%s): %v", name, err)
	}
	return s
}

// items numbers its arguments: item i gets Pos{Offset: i, Line: 1,
// Column: i+1, Length: 1}.
func items(in ...Item) []Item {
	for i := range in {
		in[i].Pos = Pos{Offset: i, Line: 1, Column: i + 1, Length: 1}
	}
	return in
}

// p is a parameter token, pc a -Name:value token, a an argument and sp a
// splatted entry.
func p(name string) Item         { return Item{Name: name, IsParam: true} }
func pc(name string, v any) Item { return Item{Name: name, IsParam: true, Colon: true, Value: v} }
func a(v any) Item               { return Item{Value: v} }
func sp(name string, v any) Item {
	return Item{Name: name, IsParam: true, Colon: true, Value: v, Splatted: true}
}
func ptr[T any](v T) *T { return &v }
func ht(kv ...any) *value.Hashtable {
	h := value.NewHashtable()
	for i := 0; i+1 < len(kv); i += 2 {
		h.Set(kv[i], kv[i+1])
	}
	return h
}

// uniqueNames fails on duplicate test names.
func uniqueNames[T any](t *testing.T, tests []T, name func(T) string) {
	t.Helper()
	seen := map[string]bool{}
	for _, tt := range tests {
		if n := name(tt); seen[n] {
			t.Fatalf("duplicate test name %q", n)
		} else {
			seen[n] = true
		}
	}
}

// checkErr compares err with the wanted ID substring and column (0: no
// position). It reports whether the test should stop.
func checkErr(t *testing.T, err error, wantErr string, wantCol int) bool {
	t.Helper()
	if wantErr == "" {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return false
	}
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("error = %v (%T), want *Error %s", err, err, wantErr)
	}
	if !strings.Contains(e.ID, wantErr) {
		t.Fatalf("error ID = %s (%s), want %s", e.ID, e.Message, wantErr)
	}
	if e.Pos.Column != wantCol {
		t.Fatalf("error column = %d, want %d (%s)", e.Pos.Column, wantCol, e.Message)
	}
	return true
}

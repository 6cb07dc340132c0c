package value

import (
	"slices"
	"testing"
)

// propNamesItem has a renamed, a hidden-by-tag and an embedded field.
type propNamesItem struct {
	Name   string
	Hidden string `ps:"-"`
	propNamesInner
	TypeName_ string `property:"TypeName"`
}

type propNamesInner struct{ Count int }

// propNamesHider hides one property, whatever its case.
type propNamesHider struct{ A, B, C string }

func (propNamesHider) HiddenProperties() []string { return []string{"b"} }

// TestPropertyNames: the names in declaration order, each call in a
// slice of its own that the caller may change (the binder asks for them
// for every piped object; they come from the type's cached layout).
func TestPropertyNames(t *testing.T) {
	want := []string{"Name", "Count", "TypeName"}
	first := PropertyNames(&propNamesItem{})
	if !slices.Equal(first, want) {
		t.Fatalf("PropertyNames = %q, want %q", first, want)
	}
	first[0] = "changed"
	if got := PropertyNames(propNamesItem{}); !slices.Equal(got, want) {
		t.Fatalf("after the caller changed its slice, PropertyNames = %q, want %q", got, want)
	}
	if got := PropertyNames(&propNamesHider{}); !slices.Equal(got, []string{"A", "C"}) {
		t.Fatalf("PropertyNames of a hider = %q, want [A C]", got)
	}
}

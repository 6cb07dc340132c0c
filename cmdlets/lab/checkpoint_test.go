package lab

import (
	"strings"
	"testing"
)

// TestValidName: checkpoint names a user may give.
func TestValidName(t *testing.T) {
	for name, want := range map[string]bool{
		"before-fix": true, "a": true, "v1.2_final": true, "9": true,
		strings.Repeat("x", 64): true, strings.Repeat("x", 65): false,
		"": false, ".setup": false, "-x": false, "_x": false, "a b": false, "a/b": false, "é": false,
	} {
		if got := validName(name); got != want {
			t.Errorf("validName(%q) = %v, want %v", name, got, want)
		}
	}
}

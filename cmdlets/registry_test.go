package cmdlets

import (
	"strings"
	"testing"
)

// TestRegistry checks every declaration: help text, a buildable spec and
// aliases that name exactly one command.
func TestRegistry(t *testing.T) {
	if len(All()) == 0 {
		t.Fatal("no cmdlets registered")
	}
	names := map[string]string{}
	for _, info := range All() {
		if strings.TrimSpace(info.Synopsis) == "" {
			t.Errorf("%s has no synopsis", info.Name)
		}
		if len(info.Examples) == 0 {
			t.Errorf("%s has no example", info.Name)
		}
		if _, err := info.Spec(); err != nil {
			t.Errorf("%s: %v", info.Name, err)
		}
		names[strings.ToLower(info.Name)] = info.Name
	}
	for _, a := range Aliases() {
		if other, ok := names[strings.ToLower(a.Name)]; ok {
			t.Errorf("alias %s of %s is also the command %s", a.Name, a.Target.Name, other)
		}
	}
}

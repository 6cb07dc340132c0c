package cmdlets

import (
	"strings"
	"testing"

	"github.com/exsh/exsh/shell/syntax"
)

// TestRegistry checks every declaration: help text, a buildable spec and
// aliases that name exactly one command.
func TestRegistry(t *testing.T) {
	r := Registry()
	if len(r.All()) < 100 {
		t.Fatalf("only %d cmdlets declared", len(r.All()))
	}
	names := map[string]string{}
	for _, info := range r.All() {
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
	for _, a := range r.Aliases() {
		if other, ok := names[strings.ToLower(a.Name)]; ok {
			t.Errorf("alias %s of %s is also the command %s", a.Name, a.Target.Name, other)
		}
	}
}

// TestExamplesParse checks that the code of every help example is valid
// shell text. (TestHelpExamples in cmd/exsh runs them.)
func TestExamplesParse(t *testing.T) {
	for _, info := range Registry().All() {
		for _, ex := range info.Examples {
			if _, err := syntax.Parse(ex.Code); err != nil {
				t.Errorf("%s example %q: %v", info.Name, ex.Code, err)
			}
		}
	}
}

package shell

import (
	"strings"

	"github.com/exsh/exsh/shell/syntax"
)

// matchCatch returns the catch clause of a try statement that handles
// the error rec: the first untyped one, or the first naming the error's
// exception type or one of its bases.
func matchCatch(catches []*syntax.Catch, rec *ErrorRecord) *syntax.Catch {
	for _, c := range catches {
		if len(c.Types) == 0 {
			return c
		}
		for _, t := range c.Types {
			name := strings.ToLower(t[strings.LastIndex(t, ".")+1:])
			reason := strings.ToLower(rec.CategoryInfo.Reason)
			if name == reason || name == "exception" || name == "systemexception" ||
				(name == "runtimeexception" && reason != "") {
				return c
			}
		}
	}
	return nil
}

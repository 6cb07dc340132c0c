package shell

import "github.com/exsh/exsh/cmdlet"

// The Session's variables can be removed (Remove-Variable).
var _ cmdlet.VariableRemover = (*Session)(nil)

// RemoveVariable implements [cmdlet.VariableRemover].
func (s *Session) RemoveVariable(name string) bool {
	sc, key := s.resolveScope(name)
	for ; sc != nil; sc = sc.parent {
		if _, ok := sc.vars[key]; ok {
			delete(sc.vars, key)
			return true
		}
	}
	return false
}

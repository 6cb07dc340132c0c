package shell

// Location implements [cmdlets.Locator]: the current directory.
func (s *Session) Location() string { return s.cwd }

// SetLocation implements [cmdlets.Locator].
func (s *Session) SetLocation(dir string) { s.cwd = dir }

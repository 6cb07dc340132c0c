package shell

// Location implements [cmdlet.Locator]: the current directory.
func (s *Session) Location() string { return s.cwd }

// SetLocation implements [cmdlet.Locator].
func (s *Session) SetLocation(dir string) { s.cwd = dir }

package shell

import "io"

// endOutput ends the output stream of a run: a table still open is
// written with its closing empty line, and the next output starts a new
// stream (a new header).
func (s *Session) endOutput() {
	if s.output.out != nil {
		_ = s.output.out.Close()
		s.output.out = nil
	}
}

// flushingWriter is the error stream: what the default output holds is
// written first, so that on a console errors and warnings come after the
// rows output before them.
type flushingWriter struct {
	s *Session
	w io.Writer
}

func (f flushingWriter) Write(p []byte) (int, error) {
	f.s.flushOutput()
	return f.w.Write(p)
}

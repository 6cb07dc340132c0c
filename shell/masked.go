package shell

import (
	"fmt"
	"os"
	"unicode/utf8"

	"golang.org/x/sys/unix"
)

// readMasked reads one line for Read-Host -AsSecureString from the
// terminal f as PowerShell's console does: what is typed is not shown,
// an asterisk stands for each character, Backspace takes one back and
// Enter ends the line. Ctrl+C (the entry's context ending) abandons it.
// ok is false when f is not a terminal whose echo can be turned off.
func (s *Session) readMasked(f *os.File, prompt string) (line string, ok bool, err error) {
	fd := int(f.Fd())
	old, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil || s.in.Buffered() > 0 {
		return "", false, nil
	}
	quiet := *old
	quiet.Lflag &^= unix.ECHO | unix.ICANON
	quiet.Cc[unix.VMIN], quiet.Cc[unix.VTIME] = 1, 0
	if err := unix.IoctlSetTermios(fd, unix.TCSETS, &quiet); err != nil {
		return "", false, nil
	}
	defer func() { _ = unix.IoctlSetTermios(fd, unix.TCSETS, old) }()
	if prompt != "" {
		fmt.Fprint(s.Console(), prompt+": ")
	}
	var typed []byte
	var b [1]byte
	for {
		if err := s.ctx.Err(); err != nil {
			return "", true, err
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		if n, err := unix.Poll(fds, 50); err != nil || n == 0 {
			continue
		}
		if n, err := f.Read(b[:]); n == 0 || err != nil {
			return "", true, err
		}
		switch c := b[0]; {
		case c == '\r' || c == '\n':
			fmt.Fprintln(s.Console())
			return string(typed), true, nil
		case c == 0x7f || c == '\b':
			if len(typed) > 0 {
				_, size := utf8.DecodeLastRune(typed)
				typed = typed[:len(typed)-size]
				fmt.Fprint(s.Console(), "\b \b")
			}
		case c < 0x20:
			// other control keys are ignored, as the console does
		case len(typed) >= maxPromptLine:
		default:
			if !utf8.RuneStart(c) {
				typed = append(typed, c)
				continue
			}
			typed = append(typed, c)
			fmt.Fprint(s.Console(), "*")
		}
	}
}

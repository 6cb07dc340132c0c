package shell

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf16"

	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/syntax"
)

// outputState holds the formatter of the running top-level statement and
// the files that redirections opened.
type outputState struct {
	out     *format.Out
	closers []io.Closer
}

func (s *Session) defaultOut(v any) error {
	v, _ = unwrap(v)
	if s.output.out == nil {
		s.output.out = format.NewOut(stdoutWriter{s}, s.formatOptions())
	}
	return s.output.out.Write(v)
}

type stdoutWriter struct{ s *Session }

func (w stdoutWriter) Write(p []byte) (int, error) {
	w.s.transcribe(string(p))
	return w.s.opts.Stdout.Write(p)
}

// flushOutput writes the table rows the default output holds, before
// something else is written to the console; the output stream goes on
// (see [Session.endOutput]).
func (s *Session) flushOutput() {
	if s.output.out != nil {
		_ = s.output.out.Flush()
	}
}

// endStatement ends a top-level statement. Its output does not end the
// stream: the next statement's objects of the same type continue its
// table, as 5.1's one Out-Default per script or console entry does.
func (s *Session) endStatement() {
	s.runs++
	if s.output.out != nil {
		s.output.out.SetOptions(s.formatOptions())
	}
	for _, c := range s.output.closers {
		_ = c.Close()
	}
	s.output.closers = nil
	s.unhold()
}

// Run parses and runs text as one unit (a script file, -Command text or one
// interactive entry). name is the script path, "" for interactive input.
// The database is released when it returns (see [Session.Store]). It returns an exit signal's code and whether exit was called, and the
// uncaught script-terminating error, if any.
func (s *Session) Run(name, text string) (code int, exited bool, err error) {
	return s.run(name, text, nil)
}

// run is [Session.Run]; with args non-nil (a script file run by -File),
// the script's param block is bound from args first.
func (s *Session) run(name, text string, args []string) (code int, exited bool, err error) {
	prev := s.src
	s.src = newSource(name, text)
	defer func() { s.src = prev }()
	defer s.release()
	script, perr := syntax.Parse(text)
	if perr != nil {
		var pe *syntax.Error
		if errors.As(perr, &pe) {
			rec := s.parseRecord(pe)
			s.report(rec)
			return 0, false, &RuntimeError{Record: rec, ScriptTerminating: true}
		}
		return 0, false, perr
	}
	if args != nil {
		if err := s.bindScriptArgs(name, script.Body, args); err != nil {
			return 0, false, s.uncaught(err)
		}
	}
	return s.runTop(script.Body)
}

func (s *Session) runTop(b *syntax.Body) (int, bool, error) {
	for i, st := range b.Statements {
		err := s.runGuarded(st)
		s.endStatement()
		// A statement that has run is dropped: the syntax tree of a long
		// script shrinks as it runs, and so does the garbage collector's work.
		b.Statements[i] = nil
		if err == nil {
			continue
		}
		var ex exitSignal
		if errors.As(err, &ex) {
			return ex.code, true, nil
		}
		if s.continueAfter(err) {
			continue
		}
		return 0, false, s.uncaught(err)
	}
	return 0, false, nil
}

// runGuarded runs a top-level statement. A panic in the interpreter (a
// bug) becomes an error for that statement, and the session goes on.
func (s *Session) runGuarded(st *syntax.Statement) (err error) {
	defer func() {
		if p := recover(); p != nil {
			msg := fmt.Sprintf("exsh internal error (the statement was stopped; please report it): %v", p)
			rec := &ErrorRecord{Exception: &Exception{Message: msg}, FullyQualifiedErrorId: "InternalError",
				CategoryInfo: &CategoryInfo{Category: "NotSpecified", Reason: "RuntimeException"}}
			rec.InvocationInfo = s.invocation("", st.Pos, s.extentLen(st.Pos, st.EndPos))
			err = &RuntimeError{Record: rec}
		}
	}()
	return s.runStatement(st, s.defaultOut)
}

// uncaught reports an error that ended the script.
func (s *Session) uncaught(err error) error {
	if cerr := s.ctx.Err(); cerr != nil {
		return cerr // stopped by Ctrl+C: PowerShell shows no error record
	}
	var rt *RuntimeError
	switch {
	case errors.As(err, &rt):
		s.report(rt.Record)
		s.lastOK = false
	case isSignal(err):
		return nil
	case errors.Is(err, errCancelled(s)):
		return err
	default:
		s.hostLine(err.Error())
	}
	return err
}

func errCancelled(s *Session) error { return s.ctx.Err() }

// LastOK reports $? after the last statement.
func (s *Session) LastOK() bool { return s.lastOK }

// decodeScript reads script bytes as UTF-8, skipping a BOM.
func decodeScript(b []byte) string {
	switch {
	case len(b) >= 2 && b[0] == 0xff && b[1] == 0xfe:
		return decodeUTF16(b[2:], binary.LittleEndian)
	case len(b) >= 2 && b[0] == 0xfe && b[1] == 0xff:
		return decodeUTF16(b[2:], binary.BigEndian)
	}
	return strings.TrimPrefix(string(b), "\ufeff")
}

// decodeUTF16 decodes a UTF-16 script (what Windows PowerShell's editors
// save as "Unicode"); a lone surrogate becomes U+FFFD, a trailing odd
// byte is dropped.
func decodeUTF16(b []byte, order binary.ByteOrder) string {
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = order.Uint16(b[2*i:])
	}
	return string(utf16.Decode(units))
}

// RunFile runs a script file, binding args to its param block (what
// is left over is in $args).
func (s *Session) RunFile(path string, args []string) (int, bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, false, err
	}
	list := make([]any, len(args))
	for i, a := range args {
		list[i] = a
	}
	s.setLocal("args", list)
	s.setLocal("PSCommandPath", s.Path(path))
	s.setLocal("PSScriptRoot", dirOf(s.Path(path)))
	s.setLocal("MyInvocation", &InvocationInfo{MyCommand: scriptInfo(s.Path(path)), InvocationName: path})
	return s.run(s.Path(path), decodeScript(b), append([]string{}, args...))
}

func dirOf(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[:i]
	}
	return "."
}

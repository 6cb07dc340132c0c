package shell

import (
	"os"

	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

// fileOut formats objects into a file, like Out-File.
type fileOut struct {
	f   *os.File
	out *format.Out
}

func (o *fileOut) Close() error {
	err := o.out.Close()
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// redirected applies output redirections (> file, >> file, > $null) to out.
// Error redirections are applied by the command's error sink.
func (s *Session) redirected(redirs []*syntax.Redirect, out emitFn) (emitFn, error) {
	for _, r := range redirs {
		switch r.Op {
		case ">", ">>", "1>", "1>>", "*>", "*>>":
		default:
			continue
		}
		if r.Target == nil {
			return nil, &value.Error{Message: "Missing file specification after redirection operator.", FQID: "MissingFileSpecification", Category: "ParserError", Reason: "ParentContainsErrorRecordException"}
		}
		target, err := s.evalPostfix(r.Target)
		if err != nil {
			return nil, err
		}
		if target == nil {
			out = discard
			continue
		}
		flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
		if r.Op == ">>" || r.Op == "1>>" || r.Op == "*>>" {
			flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
		}
		f, err := os.OpenFile(s.Path(value.ToString(target)), flag, 0o644)
		if err != nil {
			return nil, err
		}
		fo := &fileOut{f: f, out: format.NewOut(f, s.formatOptions())}
		s.output.closers = append(s.output.closers, fo)
		out = bare(fo.out.Write)
	}
	return out, nil
}

// errorRedirect returns how a command's errors are redirected: "" (not),
// "null", "merge" (2>&1) or a file path.
func (s *Session) errorRedirect(redirs []*syntax.Redirect) (string, error) {
	mode := ""
	for _, r := range redirs {
		switch r.Op {
		case "2>&1":
			mode = "merge"
		case "2>", "2>>":
			target, err := s.evalPostfix(r.Target)
			if err != nil {
				return "", err
			}
			if target == nil {
				mode = "null"
			} else {
				mode = s.Path(value.ToString(target))
			}
		}
	}
	return mode, nil
}

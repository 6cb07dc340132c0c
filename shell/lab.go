package shell

import (
	"errors"
	"fmt"
	"io"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/storage"
)

// The Session runs the lab cmdlets' scripts.
var _ cmdlet.ScriptHost = (*Session)(nil)

// RunScript implements [cmdlet.ScriptHost].
func (s *Session) RunScript(name, text string, vars map[string]any, with func(out []any) error) error {
	script, err := syntax.Parse(text)
	if err != nil {
		var pe *syntax.Error
		if errors.As(err, &pe) {
			return &RuntimeError{Record: s.parseRecord(pe), ScriptTerminating: true}
		}
		return err
	}
	leave, err := s.enter(syntax.Position{}, 1)
	if err != nil {
		return err
	}
	defer leave()
	defer s.pushScope()()
	prev := s.src
	s.src = newSource(name, text)
	defer func() { s.src = prev }()
	for k, v := range vars {
		s.setLocal(k, v)
	}
	var out []any
	err = s.runBody(script.Body, gather(&out))
	if _, ok := err.(returnSignal); ok {
		err = nil
	}
	if err != nil {
		return err
	}
	s.tryDepth++ // the blocks with runs fail with their errors, unreported
	defer func() { s.tryDepth-- }()
	return with(out)
}

// WithStore implements [cmdlet.ScriptHost].
func (s *Session) WithStore(st storage.Store, org string, fn func() error) error {
	prevStore, prevOrg := s.store, s.org
	s.store, s.org = st, org
	defer func() { s.store, s.org = prevStore, prevOrg }()
	return fn()
}

// MainWith is [Main] with a first entry: startup runs, as if typed at
// the prompt, before the session runs or reads anything else; when it
// fails, exsh exits with 1 at once. exsh -Lab <name> starts the shell
// inside a fresh lab with it.
func MainWith(commands *cmdlet.Registry, startup string, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "exsh: internal error: %v\n", r)
			code = 1
		}
	}()
	cfg, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "exsh: %v\nRun 'exsh -Help' for usage.\n", err)
		return 64
	}
	if cfg.help || cfg.version {
		return Main(commands, args, stdin, stdout, stderr)
	}
	in := stdin
	if redirectedPrompts(cfg, stdin) {
		in = &redirectedStdin{Reader: stdin}
	}
	opts := Options{Commands: commands, Stdout: stdout, Stderr: stderr, Stdin: in, Org: cfg.org,
		Interactive: isTerminal(stdin) && !cfg.nonInteractive, OpenStore: storeOpener(cfg.database),
		Width: terminalWidth(stdout), Color: useColor(stdout)}
	s := New(opts)
	defer s.Close()
	if _, _, err := s.Run("", startup); err != nil || !s.lastOK {
		return 1
	}
	return s.main(cfg, stdin)
}

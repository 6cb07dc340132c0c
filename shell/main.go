package shell

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/storage"
)

// Version is exsh's version.
const Version = "0.1.0"

// config is what the command line asked for.
type config struct {
	command, file, database, org string
	hasCommand, nonInteractive   bool
	args                         []string
	help, version                bool
}

var flagNames = []string{"Command", "File", "NoProfile", "NonInteractive", "Version", "Help", "Database", "Organization", "NoLogo", "ExecutionPolicy", "InputFormat", "OutputFormat"}

// Main is the exsh program over the cmdlets of commands: it runs -Command
// text, a script file, a script on standard input, or an interactive
// session, and returns the exit code.
func Main(commands *cmdlet.Registry, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	return MainWith(commands, "", args, stdin, stdout, stderr)
}

// MainWith is [Main] with a first entry: startup, when not empty, runs as
// if typed at the prompt before the session runs or reads anything else;
// when it fails, exsh exits with 1 at once. exsh -Lab <name> starts the
// shell inside a fresh lab with it.
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
	switch {
	case cfg.help:
		fmt.Fprint(stdout, usage)
		return 0
	case cfg.version:
		fmt.Fprintf(stdout, "exsh %s (PowerShell 5.1 language subset)\n", Version)
		return 0
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
	if startup != "" {
		if _, _, err := s.Run("", startup); err != nil || !s.lastOK {
			return 1
		}
	}
	return s.main(cfg, stdin)
}

// redirectedStdin is standard input that is not a console, when the
// session may prompt (not -NonInteractive) and the input is not the
// script itself: Read-Host takes its lines, as PowerShell does.
type redirectedStdin struct {
	io.Reader
	used bool // a line was read: the end of the input is $null, not an error
}

// redirectedPrompts tells whether Read-Host reads redirected input.
func redirectedPrompts(cfg *config, stdin io.Reader) bool {
	if cfg.nonInteractive || stdin == nil || isTerminal(stdin) {
		return false
	}
	return cfg.file != "" || (cfg.hasCommand && cfg.command != "-")
}

func (s *Session) main(cfg *config, stdin io.Reader) int {
	switch {
	case cfg.hasCommand && cfg.command == "-":
		return s.runLines(stdin, false)
	case cfg.hasCommand:
		code, exited, err := s.Run("", cfg.command)
		return s.commandExit(code, exited, err)
	case cfg.file != "":
		return fileExit(s.RunFile(cfg.file, cfg.args))
	case cfg.nonInteractive:
	case isTerminal(stdin):
		if in, ok := useREPL(stdin, s.opts.Stdout); ok {
			return s.interactive(in, databasePath(cfg.database))
		}
		return s.runLines(stdin, true)
	}
	return s.runLines(stdin, false)
}

// commandExit is -Command's exit code: exit N, else 0 or 1 from $?.
func (s *Session) commandExit(code int, exited bool, err error) int {
	switch {
	case exited:
		return code
	case err != nil || !s.lastOK:
		return 1
	}
	return 0
}

// fileExit is -File's exit code: exit N, 1 for an uncaught error, else 0.
func fileExit(code int, exited bool, err error) int {
	switch {
	case exited:
		return code
	case err != nil:
		return 1
	}
	return 0
}

// runLines runs input entry by entry as the console does: lines gather
// until the text parses or fails for a reason other than being incomplete.
func (s *Session) runLines(r io.Reader, prompt bool) int {
	br := bufio.NewReader(r)
	var chunk strings.Builder
	for {
		if prompt {
			s.prompt(chunk.Len() > 0)
		}
		line, err := br.ReadString('\n')
		chunk.WriteString(line)
		text := chunk.String()
		if _, perr := syntax.Parse(text); perr != nil && syntax.IsIncomplete(perr) && err == nil {
			continue
		}
		chunk.Reset()
		if strings.TrimSpace(text) != "" {
			if code, exited := s.Entry(s.ctx, text); exited {
				return code
			}
		}
		if err != nil {
			break
		}
	}
	if s.lastOK {
		return 0
	}
	return 1
}

func (s *Session) prompt(more bool) {
	if more {
		fmt.Fprint(s.opts.Stdout, ">> ")
		return
	}
	fmt.Fprint(s.opts.Stdout, s.Prompt())
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// DefaultDatabase is the org database used when neither -Database nor
// EXSH_DB names one: exsh/org.db in the user's data directory.
func DefaultDatabase() string {
	if p := os.Getenv("EXSH_DB"); p != "" {
		return p
	}
	return filepath.Join(dataDir(), "exsh", "org.db")
}

// dataDir is the user's data directory: $XDG_DATA_HOME, else
// ~/.local/share.
func dataDir() string {
	if dir := os.Getenv("XDG_DATA_HOME"); dir != "" {
		return dir
	}
	home, err := os.UserHomeDir()
	if err != nil {
		home = os.TempDir()
	}
	return filepath.Join(home, ".local", "share")
}

// databasePath is the org database a -Database value names.
func databasePath(path string) string {
	if path == "" {
		return DefaultDatabase()
	}
	return path
}

func storeOpener(path string) func() (storage.Store, error) {
	if path == "" {
		path = DefaultDatabase()
	}
	return func() (storage.Store, error) {
		return storage.OpenBolt(path, storage.BoltOptions{Seed: storage.ContosoSeed(EnvFromEnvironment())}), nil
	}
}

func parseArgs(args []string) (*config, error) {
	cfg := &config{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") || a == "-" {
			cfg.file, cfg.args = a, args[i+1:]
			return cfg, nil
		}
		name, err := matchFlag(strings.TrimLeft(a, "-"))
		if err != nil {
			return nil, err
		}
		if i, err = cfg.apply(name, args, i); err != nil {
			return nil, err
		}
		if cfg.hasCommand || cfg.file != "" {
			return cfg, nil
		}
	}
	return cfg, nil
}

func matchFlag(typed string) (string, error) {
	switch strings.ToLower(typed) {
	case "c":
		return "Command", nil
	case "f":
		return "File", nil
	case "?", "h":
		return "Help", nil
	}
	var found []string
	for _, f := range flagNames {
		if strings.HasPrefix(strings.ToLower(f), strings.ToLower(typed)) {
			found = append(found, f)
		}
	}
	if len(found) != 1 {
		return "", fmt.Errorf("unknown or ambiguous option '-%s'", typed)
	}
	return found[0], nil
}

func (cfg *config) apply(name string, args []string, i int) (int, error) {
	value := func() (string, error) {
		if i+1 >= len(args) {
			return "", fmt.Errorf("missing value for -%s", name)
		}
		i++
		return args[i], nil
	}
	var err error
	switch name {
	case "Command":
		cfg.hasCommand = true
		cfg.command, err = value()
		if err == nil && i+1 < len(args) {
			cfg.command += " " + strings.Join(args[i+1:], " ")
		}
	case "File":
		if cfg.file, err = value(); err == nil {
			cfg.args = args[i+1:]
		}
	case "Database":
		cfg.database, err = value()
	case "Organization":
		cfg.org, err = value()
	case "ExecutionPolicy", "InputFormat", "OutputFormat":
		_, err = value()
	case "NonInteractive":
		cfg.nonInteractive = true
	case "Version":
		cfg.version = true
	case "Help":
		cfg.help = true
	}
	return i, err
}

const usage = `exsh - an Exchange Management Shell for training labs

Usage:
  exsh [options] [-File] <script.ps1> [args...]
  exsh [options] -Command <text>       (also -c; "-" reads commands from standard input)
  exsh [options]                        interactive shell, or commands from standard input

Options:
  -Database <path>      the org database (default: $EXSH_DB, else exsh/org.db in the user's data directory)
  -Organization <name>  the organization to connect to at start
  -Lab <name>           start inside a fresh training lab, with its guide (Get-Lab lists them)
  -NonInteractive       never prompt; prompts become errors
  -NoProfile, -NoLogo   accepted for compatibility
  -Version              print the version
  -Help                 print this help
`

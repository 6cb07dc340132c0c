package shell

import (
	"bufio"
	"context"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/complete"
	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/value"
	"github.com/exsh/exsh/storage"
)

// Options configure a [Session].
type Options struct {
	// Commands is the registry of the cmdlets the session runs (nil: none).
	Commands       *cmdlet.Registry
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	// Interactive allows prompts (Read-Host, -Confirm).
	Interactive bool
	// OpenStore opens the org database; it is called on first use only.
	OpenStore func() (storage.Store, error)
	// Org is the organization to connect to at start ("" = the first one).
	Org string
	// Width is the console width for formatting (120 when not a terminal).
	Width int
	// Color shows errors in red and warnings in yellow (a terminal
	// without NO_COLOR).
	Color bool
}

// Session is one shell: its variables, functions, error list and output.
type Session struct {
	opts       Options
	ctx        context.Context
	in         *bufio.Reader
	global     *scope
	cur        *scope
	functions  map[string]*function
	errs       []any
	errSinks   []*[]any               // the -ErrorVariable lists of the functions running
	progress   *progressPane          // the run's Write-Progress pane, nil when none
	psReadLine *cmdlet.ReadLineOption // the PSReadLine options, made on first use
	// lastOK is the success of the pipeline running or last run; prevOK,
	// what $? reads, is that of the pipeline before it.
	lastOK     bool
	prevOK     bool
	store      storage.Store
	org        string
	src        *source
	cwd        string
	transcript *transcript
	tryDepth   int
	calls      int          // functions, scripts and script blocks running, see enter
	traps      []*trapFrame // the trap statements of the running blocks
	output     outputState
	runs       int // top-level statements run, for the completion cache
	history    []*cmdlet.HistoryInfo
	invoked    string // the line Invoke-History ran in this entry
	completer  *complete.Engine
}

// scope is one variable scope; lookups walk to the parent.
type scope struct {
	vars   map[string]*variable
	parent *scope
}

type variable struct {
	name     string
	value    any
	cast     string
	psObject bool   // the value is wrapped in a PSObject (see psobject.go)
	psElems  []bool // which elements of the array value are wrapped
}

// New returns a session with PowerShell's automatic and preference variables.
func New(opts Options) *Session {
	if opts.Width == 0 {
		opts.Width = 120
	}
	if opts.Commands == nil {
		opts.Commands = cmdlet.NewRegistry()
	}
	if opts.Stdin == nil {
		opts.Stdin = strings.NewReader("")
	}
	if opts.Color {
		opts.Stderr = colorWriter{w: opts.Stderr, color: colorRed}
	}
	s := &Session{opts: opts, ctx: context.Background(), functions: map[string]*function{}, lastOK: true, prevOK: true, org: opts.Org}
	s.in = bufio.NewReader(opts.Stdin)
	s.opts.Stderr = flushingWriter{s: s, w: opts.Stderr}
	s.global = &scope{vars: map[string]*variable{}}
	s.cur = s.global
	s.cwd, _ = os.Getwd()
	s.initVariables()
	return s
}

func (s *Session) initVariables() {
	home, _ := os.UserHomeDir()
	ver := value.NewHashtable()
	ver.Set("PSVersion", "5.1.19041.1")
	ver.Set("PSEdition", "Desktop")
	for name, v := range map[string]any{
		"true": true, "false": false, "null": nil, "ErrorActionPreference": "Continue",
		"WarningPreference": "Continue", "VerbosePreference": "SilentlyContinue",
		"DebugPreference": "SilentlyContinue", "ConfirmPreference": "High", "WhatIfPreference": false,
		"FormatEnumerationLimit": 4, "OFS": " ", "MaximumHistoryCount": 4096, "HOME": home,
		"PID": os.Getpid(), "PSVersionTable": ver, "LASTEXITCODE": 0, "ProgressPreference": "Continue",
	} {
		s.global.vars[strings.ToLower(name)] = &variable{name: name, value: v}
	}
}

// SetContext sets the context whose cancellation stops running pipelines.
func (s *Session) SetContext(ctx context.Context) { s.ctx = ctx }

// Close releases the org database.
func (s *Session) Close() error {
	if s.store != nil {
		return s.store.Close()
	}
	return nil
}

func (s *Session) pushScope() func() {
	prev := s.cur
	s.cur = &scope{vars: map[string]*variable{}, parent: prev}
	return func() { s.cur = prev }
}

// lookup finds a variable by name, honouring scope qualifiers.
func (s *Session) lookup(name string) (*variable, bool) {
	sc, key := s.resolveScope(name)
	for ; sc != nil; sc = sc.parent {
		if v, ok := sc.vars[key]; ok {
			return v, true
		}
	}
	return nil, false
}

func (s *Session) resolveScope(name string) (*scope, string) {
	key := strings.ToLower(name)
	if q, rest, ok := strings.Cut(key, ":"); ok {
		switch q {
		case "global", "script":
			return s.global, rest
		case "local", "private":
			return s.cur, rest
		}
	}
	return s.cur, key
}

// getVar returns a variable's value ($null when undefined).
func (s *Session) getVar(name string) any {
	lower := strings.ToLower(name)
	switch {
	case lower == "?":
		return s.prevOK
	case lower == "error":
		return s.errs
	case lower == "pwd":
		return &cmdlet.PathInfo{Path: s.cwd}
	case strings.HasPrefix(lower, "env:"):
		v, ok := os.LookupEnv(name[4:])
		if !ok {
			return nil
		}
		return v
	case lower == "psitem":
		return s.getVar("_")
	}
	if v, ok := s.lookup(name); ok {
		return v.value
	}
	return nil
}

// setVar assigns a variable in its scope, converting to its type constraint.
func (s *Session) setVar(name string, v any) error {
	lower := strings.ToLower(name)
	if strings.HasPrefix(lower, "env:") {
		return os.Setenv(name[4:], value.ToString(v))
	}
	if lower == "null" {
		return nil
	}
	sc, key := s.resolveScope(name)
	if existing, ok := sc.vars[key]; ok {
		return s.assignTo(existing, v)
	}
	if existing, ok := s.lookup(name); ok && sc == s.cur && existing.cast != "" {
		return s.assignTo(existing, v)
	}
	sc.vars[key] = &variable{name: name[strings.Index(name, ":")+1:], value: v}
	return nil
}

func (s *Session) assignTo(va *variable, v any) error {
	if va.cast != "" {
		c, err := value.Convert(v, va.cast)
		if err != nil {
			return typedVarError(err)
		}
		v = c
	}
	va.value, va.psObject, va.psElems = v, false, nil
	return nil
}

// typedVarError is 5.1's error for a value that does not convert to a
// typed variable's type: an argument transformation error.
func typedVarError(err error) error {
	return &value.Error{Message: err.Error(), FQID: "RuntimeException", Category: "MetadataError",
		Reason: "ArgumentTransformationMetadataException"}
}

// setLocalTyped defines a variable in the current scope that keeps the
// type typ ("" for none): later assignments convert to it, as a typed
// parameter does in 5.1.
func (s *Session) setLocalTyped(name string, v any, typ string) {
	s.cur.vars[strings.ToLower(name)] = &variable{name: name, value: v, cast: typ}
}

// setLocal defines a variable in the current scope only.
func (s *Session) setLocal(name string, v any) {
	s.cur.vars[strings.ToLower(name)] = &variable{name: name, value: v}
}

// Variables lists the visible variables sorted by name.
func (s *Session) Variables() []cmdlet.Variable {
	seen := map[string]bool{}
	var out []cmdlet.Variable
	for sc := s.cur; sc != nil; sc = sc.parent {
		for k, v := range sc.vars {
			if !seen[k] {
				seen[k] = true
				out = append(out, cmdlet.Variable{Name: v.name, Value: v.value})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out
}

func (s *Session) formatOptions() format.Options {
	return format.Options{Width: s.opts.Width, EnumerationLimit: enumLimit(s.getVar("FormatEnumerationLimit"))}
}

func enumLimit(v any) int {
	if n, ok := v.(int); ok {
		return n
	}
	return 4
}

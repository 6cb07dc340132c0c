package utility

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
)

// SplitPath is Split-Path: it outputs a part of a path (the parent folder
// by default). It works on the text, not the file system, unless -Resolve.
type SplitPath struct {
	Path        []string    `ps:"pos=0,mandatory,value,name,alias=LiteralPath|PSPath|FullName,complete=path" help:"The paths to split."`
	Parent      bind.Switch `ps:"set=ParentSet" help:"Outputs the parent folder of the last element (the default)."`
	Leaf        bind.Switch `ps:"set=LeafSet" help:"Outputs the last element of the path."`
	Qualifier   bind.Switch `ps:"set=QualifierSet" help:"Outputs the drive (C:) of the path."`
	NoQualifier bind.Switch `ps:"set=NoQualifierSet" help:"Outputs the path without its drive."`
	IsAbsolute  bind.Switch `ps:"set=IsAbsoluteSet" help:"Outputs True when the path is absolute (a drive-qualified path, or a path from / outside Windows), else False."`
	Resolve     bind.Switch `help:"Resolves wildcards and relative paths against the file system first; each match is split."`
}

func addSplitPath(r *cmdlet.Registry) {
	cmdlet.Add[SplitPath](r, &cmdlet.Info{
		Name: "Split-Path", Module: modManagement, DefaultSet: "ParentSet",
		Synopsis: "Returns the specified part of a path.",
		Description: "The Split-Path cmdlet outputs the parent folder of a path (the default, -Parent), its last element (-Leaf), its drive (-Qualifier), " +
			"the path without the drive (-NoQualifier) or whether it is absolute (-IsAbsolute). Both \\ and / separate elements; the result keeps the separator the path uses. " +
			"It reads only the text, so the path need not exist, unless -Resolve, which resolves wildcards and relative paths first.",
		Examples: []cmdlet.Example{
			{Code: "Split-Path C:\\Reports\\mailboxes.csv", Remarks: "Outputs C:\\Reports."},
			{Code: "Split-Path C:\\Reports\\mailboxes.csv -Leaf", Remarks: "Outputs mailboxes.csv."},
			{Code: "Split-Path C:\\Reports -Qualifier", Remarks: "Outputs C:."},
			{Code: "Split-Path *.csv -Leaf -Resolve", Remarks: "Outputs the names of the CSV files of the current folder."},
			{Code: "$scriptDir = Split-Path -Parent $PWD", Remarks: "Stores the parent of the current folder, as scripts do with $MyInvocation.MyCommand.Path."},
		},
	})
}

// Process splits each path.
func (s *SplitPath) Process(ctx *cmdlet.Context) error {
	for _, p := range s.Path {
		paths := []string{p}
		if s.Resolve {
			var err error
			if paths, err = ctx.ResolveFiles(p); err != nil {
				if err := ctx.WriteError(err); err != nil {
					return err
				}
				continue
			}
		}
		for _, p := range paths {
			out, err := s.split(p)
			if err != nil {
				if err := ctx.WriteError(err); err != nil {
					return err
				}
				continue
			}
			if err := ctx.Emit(out); err != nil {
				return err
			}
		}
	}
	return nil
}

// split returns the part of p the switches ask for.
func (s *SplitPath) split(p string) (any, error) {
	switch {
	case bool(s.IsAbsolute):
		return isAbsolutePath(p), nil
	case bool(s.Qualifier):
		q := qualifier(p)
		if q == "" {
			return nil, cmdlet.TargetError(fmt.Sprintf("Cannot parse path because path '%s' does not have a qualifier specified.", p),
				"InvalidArgument", "PSArgumentException", "ParsePathError", p)
		}
		return q, nil
	case bool(s.NoQualifier):
		return p[len(qualifier(p)):], nil
	case bool(s.Leaf):
		return leaf(p), nil
	}
	return parent(p), nil
}

// qualifier is the drive of p ("C:"), or "".
func qualifier(p string) string {
	if i := strings.Index(p, ":"); i > 0 && !strings.ContainsAny(p[:i], `\/`) {
		return p[:i+1]
	}
	return ""
}

// isAbsolutePath reports whether p names a location without the current
// one: a drive-qualified path, or a path from the root / outside Windows.
func isAbsolutePath(p string) bool {
	return qualifier(p) != "" || strings.HasPrefix(p, "/")
}

// isSep reports whether c separates path elements.
func isSep(c byte) bool { return c == '\\' || c == '/' }

// leaf is the last element of p, trailing separators ignored.
func leaf(p string) string {
	rest := p[len(qualifier(p)):]
	end := len(rest)
	for end > 0 && isSep(rest[end-1]) {
		end--
	}
	start := end
	for start > 0 && !isSep(rest[start-1]) {
		start--
	}
	return rest[start:end]
}

// parent is p without its last element: "C:\a" gives "C:\", a root or a
// single name gives "".
func parent(p string) string {
	q := qualifier(p)
	rest := p[len(q):]
	end := len(rest)
	for end > 0 && isSep(rest[end-1]) {
		end--
	}
	if end == 0 {
		return "" // a root: C:\ or /
	}
	for end > 0 && !isSep(rest[end-1]) {
		end--
	}
	if end == 0 {
		if q != "" {
			return q
		}
		return ""
	}
	sepEnd := end
	for end > 0 && isSep(rest[end-1]) {
		end--
	}
	if end == 0 {
		return q + rest[:sepEnd] // the root itself: C:\ or /
	}
	return q + rest[:end]
}

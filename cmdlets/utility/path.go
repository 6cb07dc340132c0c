package utility

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// PathType is the -PathType of Test-Path.
type PathType string

// EnumValues lists the PathType names.
func (PathType) EnumValues() []string { return []string{"Any", "Container", "Leaf"} }

// TestPath is Test-Path: it reports whether paths exist.
type TestPath struct {
	Path     []string    `ps:"pos=0,mandatory,value,name,alias=LiteralPath|PSPath,complete=path" help:"The paths to test (wildcards allowed)."`
	PathType PathType    `ps:"alias=Type" help:"Any, Container (a directory) or Leaf (a file)."`
	IsValid  bind.Switch `help:"Tests only whether the path syntax is valid."`
}

// JoinPath is Join-Path: it combines a path and a child path.
type JoinPath struct {
	Path      []string `ps:"pos=0,mandatory,value,name,alias=PSPath,complete=path" help:"The parent paths."`
	ChildPath string   `ps:"pos=1,name" help:"The path to append."`
}

func addPath(r *cmdlet.Registry) {
	cmdlet.Add[TestPath](r, &cmdlet.Info{
		Name: "Test-Path", Module: modManagement,
		Synopsis:    "Determines whether all elements of a path exist.",
		Description: "The Test-Path cmdlet outputs True when the path exists (and is of the -PathType asked for) and False otherwise. Relative paths are resolved against the current location.",
		Examples: []cmdlet.Example{
			{Code: "Test-Path users.csv", Remarks: "Outputs True when users.csv exists."},
			{Code: "if (-not (Test-Path logs -PathType Container)) { 'no logs folder' }", Remarks: "Tests for a directory."},
		},
	})
	cmdlet.Add[JoinPath](r, &cmdlet.Info{
		Name: "Join-Path", Module: modManagement,
		Synopsis:    "Combines a path and a child path into a single path.",
		Description: "The Join-Path cmdlet combines a parent path and a child path with one path separator between them.",
		Examples:    []cmdlet.Example{{Code: "Join-Path $PWD users.csv", Remarks: "Builds the full path of users.csv in the current location."}},
	})
}

// Process tests each path.
func (t *TestPath) Process(ctx *cmdlet.Context) error {
	for _, p := range t.Path {
		if err := ctx.Emit(t.test(ctx, p)); err != nil {
			return err
		}
	}
	return nil
}

// test reports whether one path exists with the wanted type.
func (t *TestPath) test(ctx *cmdlet.Context, p string) bool {
	if t.IsValid {
		return !strings.ContainsAny(p, "\x00")
	}
	full := ctx.Host.Path(p)
	matches := []string{full}
	if value.HasWildcard(p) {
		matches, _ = filepath.Glob(full)
	}
	for _, m := range matches {
		st, err := os.Stat(m)
		if err != nil {
			continue
		}
		switch t.PathType {
		case "Container":
			if st.IsDir() {
				return true
			}
		case "Leaf":
			if !st.IsDir() {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// Process joins each parent with the child.
func (j *JoinPath) Process(ctx *cmdlet.Context) error {
	sep := string(filepath.Separator)
	for _, p := range j.Path {
		if strings.Contains(p, `\`) && !strings.Contains(p, "/") {
			sep = `\`
		}
		out := strings.TrimRight(p, `\/`) + sep + strings.TrimLeft(j.ChildPath, `\/`)
		if j.ChildPath == "" {
			out = p
		}
		if err := ctx.Emit(out); err != nil {
			return err
		}
	}
	return nil
}

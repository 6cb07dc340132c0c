package utility

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// NewItem is New-Item: it creates files and folders.
type NewItem struct {
	Path     []string    `ps:"pos=0,name,alias=FullName,complete=path" help:"Where to create the items (with -Name: the parent folders). Default: the current location."`
	Name     string      `ps:"name" help:"The name of the new item, in the folders of -Path."`
	ItemType string      `ps:"name,alias=Type" help:"File (the default) or Directory."`
	Value    any         `ps:"value,name" help:"The content of a new file."`
	Force    bind.Switch `help:"Overwrites an existing file and creates missing parent folders; an existing folder is output instead of an error."`
}

func addNewItem(r *cmdlet.Registry) {
	cmdlet.Add[NewItem](r, &cmdlet.Info{
		Name: "New-Item", Aliases: []string{"ni"}, Module: modManagement, ShouldProcess: true,
		Synopsis:    "Creates a new item.",
		Description: "The New-Item cmdlet creates files (-ItemType File, the default, with -Value as their content) and folders (-ItemType Directory, with any missing parent folders) and outputs them. An existing item is an error unless -Force: it then overwrites a file or outputs the existing folder.",
		Examples: []cmdlet.Example{
			{Code: "New-Item -ItemType Directory -Path C:\\Reports", Remarks: "Creates the folder C:\\Reports."},
			{Code: "New-Item -Path report.txt -ItemType File -Value 'Mailbox report'", Remarks: "Creates report.txt with a line of text."},
		},
	})
}

// Process creates the items.
func (n *NewItem) Process(ctx *cmdlet.Context) error {
	kind, err := n.kind()
	if err != nil {
		return err
	}
	paths := n.Path
	if len(paths) == 0 {
		if n.Name == "" {
			return cmdlet.NewError("Cannot bind argument to parameter 'Path' because it is null.",
				"InvalidData", "ParameterBindingValidationException", "ParameterArgumentValidationErrorNullNotAllowed")
		}
		paths = []string{"."}
	}
	for _, p := range paths {
		if n.Name != "" {
			p = strings.TrimRight(p, `\/`) + `\` + n.Name
		}
		if err := n.create(ctx, ctx.Host.Path(p), kind); err != nil {
			if err := ctx.WriteError(err); err != nil {
				return err
			}
		}
	}
	return nil
}

// kind is "File" or "Directory" from -ItemType.
func (n *NewItem) kind() (string, error) {
	switch strings.ToLower(n.ItemType) {
	case "", "file":
		return "File", nil
	case "directory", "container", "folder":
		return "Directory", nil
	}
	return "", cmdlet.NewError("The type is not a known type for the file system. Only \"file\" and \"directory\" can be created.",
		"InvalidArgument", "PSArgumentException", "NewItemArgumentError")
}

// create makes one item and outputs it.
func (n *NewItem) create(ctx *cmdlet.Context, full, kind string) error {
	st, statErr := os.Stat(full)
	exists := statErr == nil
	if exists && kind == "Directory" && st.IsDir() {
		if !n.Force {
			return cmdlet.TargetError(fmt.Sprintf("An item with the specified name %s already exists.", full),
				"ResourceExists", "IOException", "DirectoryExist", full)
		}
		return ctx.Emit(NewFileItem(filepath.Dir(full), st))
	}
	if exists && (kind == "Directory" || st.IsDir() || !bool(n.Force)) {
		if st.IsDir() || kind == "Directory" {
			return cmdlet.TargetError(fmt.Sprintf("An item with the specified name %s already exists.", full),
				"ResourceExists", "IOException", "DirectoryExist", full)
		}
		return cmdlet.TargetError(fmt.Sprintf("The file '%s' already exists.", full),
			"WriteError", "IOException", "NewItemIOError", full)
	}
	ok, err := ctx.ShouldProcess("Destination: "+full, "Create "+kind)
	if err != nil || !ok {
		return err
	}
	if kind == "Directory" {
		if err := os.MkdirAll(full, 0o755); err != nil {
			return openError(full, err)
		}
	} else {
		if n.Force {
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				return openError(full, err)
			}
		}
		if err := os.WriteFile(full, []byte(itemText(n.Value)), 0o644); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return cmdlet.TargetError(fmt.Sprintf("Could not find a part of the path '%s'.", full),
					"WriteError", "DirectoryNotFoundException", "NewItemIOError", full)
			}
			return openError(full, err)
		}
	}
	st, err = os.Stat(full)
	if err != nil {
		return openError(full, err)
	}
	return ctx.Emit(NewFileItem(filepath.Dir(full), st))
}

// itemText is a file's -Value: a collection's elements each on a line.
func itemText(v any) string {
	if v == nil {
		return ""
	}
	if value.IsEnumerable(v) {
		var parts []string
		for _, e := range value.Enumerate(v) {
			parts = append(parts, value.ToString(e))
		}
		return strings.Join(parts, "\n")
	}
	return value.ToString(v)
}

package utility

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// ItemPath is the -Path / -LiteralPath pair of the item cmdlets: -Path
// expands wildcards, -LiteralPath (PSPath, and FullName, which the file
// items of Get-ChildItem carry) takes names as they are.
type ItemPath struct {
	Path        []string `ps:"pos=0,mandatory,value,name,set=Path,complete=path" help:"The items (wildcards allowed); relative paths start at the current location."`
	LiteralPath []string `ps:"mandatory,name,alias=PSPath|FullName|LP,set=LiteralPath,complete=path" help:"The items, taken exactly as typed (no wildcards)."`
}

// ItemFilter is the -Filter, -Include and -Exclude of the item cmdlets:
// wildcards the names of the items must (or must not) match.
type ItemFilter struct {
	Filter  string   `help:"A wildcard the item names must match, such as *.log."`
	Include []string `help:"Only the items whose names match these wildcards (use with a wildcard path such as C:\\logs\\*)."`
	Exclude []string `help:"Leaves out the items whose names match these wildcards."`
}

// keep reports whether the item at full passes the filters.
func (f *ItemFilter) keep(full string) bool {
	name := filepath.Base(full)
	switch {
	case f.Filter != "" && !value.MatchWildcard(f.Filter, name, false):
		return false
	case len(f.Include) > 0 && !matchAnyName(f.Include, name):
		return false
	}
	return !matchAnyName(f.Exclude, name)
}

// GetItem is Get-Item: it outputs the files and folders at paths.
type GetItem struct {
	ItemPath
	ItemFilter
	Force bind.Switch `help:"Also gets hidden items (names starting with a dot) that a wildcard matches."`
}

// RemoveItem is Remove-Item: it deletes files and folders.
type RemoveItem struct {
	ItemPath
	ItemFilter
	Recurse bind.Switch `help:"Deletes folders with everything in them."`
	Force   bind.Switch `help:"Also deletes read-only files and hidden items a wildcard matches."`
}

// CopyItem is Copy-Item: it copies files and folders.
type CopyItem struct {
	ItemPath
	ItemFilter
	Destination string      `ps:"pos=1,name,complete=path" help:"Where to copy: an existing folder receives the items; another path is the name of the copy. Default: the current location."`
	Recurse     bind.Switch `help:"Copies folders with everything in them (without it, a folder is copied empty)."`
	Force       bind.Switch `help:"Overwrites read-only files."`
	PassThru    bind.Switch `help:"Outputs the copies."`
}

// MoveItem is Move-Item: it moves files and folders.
type MoveItem struct {
	ItemPath
	ItemFilter
	Destination string      `ps:"pos=1,name,complete=path" help:"Where to move: an existing folder receives the items; another path is the new name. Default: the current location."`
	Force       bind.Switch `help:"Overwrites an existing file at the destination."`
	PassThru    bind.Switch `help:"Outputs the moved items."`
}

// RenameItem is Rename-Item: it gives an item a new name in its folder.
type RenameItem struct {
	Path        string      `ps:"pos=0,mandatory,value,name,set=ByPath,complete=path" help:"The item to rename."`
	LiteralPath string      `ps:"mandatory,name,alias=PSPath|FullName|LP,set=ByLiteralPath,complete=path" help:"The item to rename, taken exactly as typed."`
	NewName     string      `ps:"pos=1,mandatory,name" help:"The new name (a name, not a path to another folder)."`
	Force       bind.Switch `help:"Renames read-only items too."`
	PassThru    bind.Switch `help:"Outputs the renamed item."`
}

// ResolvePath is Resolve-Path: it resolves wildcards and relative paths to
// the full paths of existing items.
type ResolvePath struct {
	ItemPath
	Relative bind.Switch `help:"Outputs each path relative to the current location, as strings."`
}

func addItem(r *cmdlet.Registry) {
	cmdlet.Add[GetItem](r, &cmdlet.Info{
		Name: "Get-Item", Aliases: []string{"gi"}, Module: modManagement, DefaultSet: "Path",
		OutputType: reflect.TypeFor[FileItem](),
		Synopsis:   "Gets the item at the specified location.",
		Description: "The Get-Item cmdlet outputs the file or folder at each path (not a folder's contents: that is Get-ChildItem), " +
			"in Get-ChildItem's view. -Path takes wildcards; a path that does not exist is an error.",
		Examples: []cmdlet.Example{
			{Code: "Get-Item users.csv | Select-Object Name, Length, LastWriteTime", Remarks: "Shows the size and date of users.csv."},
			{Code: "(Get-Item .).FullName", Remarks: "Outputs the full path of the current folder."},
			{Code: "Get-Item *.txt", Remarks: "Gets the text files of the current folder."},
		},
	})
	cmdlet.Add[RemoveItem](r, &cmdlet.Info{
		Name: "Remove-Item", Aliases: []string{"rm", "del", "erase", "rd", "rmdir", "ri"}, Module: modManagement, DefaultSet: "Path", ShouldProcess: true,
		Synopsis: "Deletes the specified items.",
		Description: "The Remove-Item cmdlet deletes files and folders. A folder with contents needs -Recurse (without it an interactive console asks first); " +
			"read-only files need -Force. -WhatIf shows what would be deleted. A path that does not exist is an error; a wildcard that matches nothing is not.",
		Examples: []cmdlet.Example{
			{Code: "Remove-Item log.txt", Remarks: "Deletes log.txt."},
			{Code: "Get-ChildItem *.csv | Remove-Item -WhatIf", Remarks: "Shows which CSV files would be deleted."},
			{Code: "Remove-Item C:\\scripts -Recurse -Force", Remarks: "Deletes a folder and everything in it."},
		},
	})
	cmdlet.Add[CopyItem](r, &cmdlet.Info{
		Name: "Copy-Item", Aliases: []string{"copy", "cp", "cpi"}, Module: modManagement, DefaultSet: "Path", ShouldProcess: true,
		Synopsis: "Copies an item from one location to another.",
		Description: "The Copy-Item cmdlet copies files and folders. An existing folder as -Destination receives the copies under their names; " +
			"otherwise -Destination names the copy. An existing file is overwritten. A folder is copied with its contents only with -Recurse.",
		Examples: []cmdlet.Example{
			{Code: "Copy-Item users.csv users-backup.csv", Remarks: "Copies users.csv to users-backup.csv."},
			{Code: "Copy-Item *.txt C:\\logs", Remarks: "Copies the text files into the folder C:\\logs."},
			{Code: "Copy-Item C:\\scripts C:\\scripts-old -Recurse", Remarks: "Copies a folder with everything in it."},
		},
	})
	cmdlet.Add[MoveItem](r, &cmdlet.Info{
		Name: "Move-Item", Aliases: []string{"move", "mv", "mi"}, Module: modManagement, DefaultSet: "Path", ShouldProcess: true,
		Synopsis: "Moves an item from one location to another.",
		Description: "The Move-Item cmdlet moves files and folders. An existing folder as -Destination receives the items under their names; " +
			"otherwise -Destination is the new path. An existing file at the destination is an error unless -Force.",
		Examples: []cmdlet.Example{
			{Code: "Move-Item report.csv C:\\logs", Remarks: "Moves report.csv into the folder C:\\logs."},
			{Code: "Move-Item notes.txt notes-old.txt -PassThru", Remarks: "Renames notes.txt by moving it, and outputs the result."},
		},
	})
	cmdlet.Add[RenameItem](r, &cmdlet.Info{
		Name: "Rename-Item", Aliases: []string{"ren", "rni"}, Module: modManagement, DefaultSet: "ByPath", ShouldProcess: true,
		Synopsis:    "Renames an item.",
		Description: "The Rename-Item cmdlet gives a file or folder a new name in the same folder; use Move-Item to move it elsewhere. An existing item with the new name is an error.",
		Examples: []cmdlet.Example{
			{Code: "Rename-Item log.txt log-old.txt", Remarks: "Renames log.txt to log-old.txt."},
			{Code: "Get-Item notes.txt | Rename-Item -NewName notes.bak -PassThru", Remarks: "Renames the piped file and outputs it."},
		},
	})
	cmdlet.Add[ResolvePath](r, &cmdlet.Info{
		Name: "Resolve-Path", Aliases: []string{"rvpa"}, Module: modManagement, DefaultSet: "Path",
		OutputType: reflect.TypeFor[cmdlet.PathInfo](),
		Synopsis:   "Resolves the wildcard characters in a path, and displays the path contents.",
		Description: "The Resolve-Path cmdlet outputs the full path of each existing item a path names (one per wildcard match) as a PathInfo object, like Get-Location; " +
			"-Relative outputs paths relative to the current location as strings. A path that matches nothing is an error.",
		Examples: []cmdlet.Example{
			{Code: "Resolve-Path *.csv", Remarks: "Outputs the full paths of the CSV files."},
			{Code: "(Resolve-Path users.csv).Path", Remarks: "Outputs the full path of users.csv as a string."},
			{Code: "Resolve-Path labs\\lab1.ps1 -Relative", Remarks: "Outputs the path relative to the current location."},
		},
	})
}

// paths returns the paths given and whether they are literal.
func (p *ItemPath) paths() ([]string, bool) {
	if len(p.LiteralPath) > 0 {
		return p.LiteralPath, true
	}
	return p.Path, false
}

// resolveItems returns the full paths one path names: its wildcard
// matches (hidden names only with force), or the path itself when it
// exists. A literal path that does not exist is the PathNotFound error; a
// wildcard that matches nothing is an empty list.
func resolveItems(ctx *cmdlet.Context, p string, literal, force bool) ([]string, error) {
	full := ctx.Host.Path(p)
	if !literal && value.HasWildcard(p) {
		matches, _ := filepath.Glob(full)
		out := matches[:0]
		for _, m := range matches {
			if force || !strings.HasPrefix(filepath.Base(m), ".") {
				out = append(out, m)
			}
		}
		return out, nil
	}
	if _, err := os.Lstat(full); err != nil {
		return nil, cmdlet.PathNotFound(full)
	}
	return []string{full}, nil
}

// eachItem calls fn with the full path of every item the cmdlet's paths
// name that passes the filters, writing a non-terminating error for each
// path that names none.
func eachItem(ctx *cmdlet.Context, ip *ItemPath, f *ItemFilter, force bool, fn func(full string) error) error {
	paths, literal := ip.paths()
	for _, p := range paths {
		items, err := resolveItems(ctx, p, literal, force)
		if err != nil {
			if err := ctx.WriteError(err); err != nil {
				return err
			}
			continue
		}
		for _, full := range items {
			if !f.keep(full) {
				continue
			}
			if err := fn(full); err != nil {
				return err
			}
		}
	}
	return nil
}

// itemAt describes the item at full.
func itemAt(full string) (*FileItem, error) {
	st, err := os.Stat(full)
	if err != nil {
		return nil, cmdlet.PathNotFound(full)
	}
	return NewFileItem(filepath.Dir(full), st), nil
}

// kindWord is File or Directory, the word of 5.1's -WhatIf actions.
func kindWord(isDir bool) string {
	if isDir {
		return "Directory"
	}
	return "File"
}

// Process outputs the items.
func (g *GetItem) Process(ctx *cmdlet.Context) error {
	return eachItem(ctx, &g.ItemPath, &g.ItemFilter, bool(g.Force), func(full string) error {
		it, err := itemAt(full)
		if err != nil {
			return ctx.WriteError(err)
		}
		return ctx.Emit(it)
	})
}

// Process deletes the items.
func (d *RemoveItem) Process(ctx *cmdlet.Context) error {
	return eachItem(ctx, &d.ItemPath, &d.ItemFilter, bool(d.Force), func(full string) error {
		if err := d.remove(ctx, full); err != nil {
			return ctx.WriteError(err)
		}
		return nil
	})
}

// remove deletes one item after -WhatIf/-Confirm and the children check.
func (d *RemoveItem) remove(ctx *cmdlet.Context, full string) error {
	st, err := os.Lstat(full)
	if err != nil {
		return cmdlet.PathNotFound(full)
	}
	ok, err := ctx.ShouldProcess(full, "Remove "+kindWord(st.IsDir()))
	if err != nil || !ok {
		return err
	}
	if st.IsDir() {
		entries, err := os.ReadDir(full)
		if err != nil {
			return removeError(full, err, true)
		}
		if len(entries) > 0 && !d.Recurse {
			if ok, err := confirmChildren(ctx, full); err != nil || !ok {
				return err
			}
		}
		if err := os.RemoveAll(full); err != nil {
			return removeError(full, err, true)
		}
		return nil
	}
	if st.Mode().Perm()&0o200 == 0 && !d.Force {
		e := cmdlet.TargetError(fmt.Sprintf("Cannot remove item %s: You do not have sufficient access rights to perform this operation.", full),
			"PermissionDenied", "IOException", "RemoveFileSystemItemUnAuthorizedAccess", full)
		e.TargetType = "FileInfo"
		return e
	}
	if err := os.Remove(full); err != nil {
		return removeError(full, err, false)
	}
	return nil
}

// confirmChildren asks before deleting a folder with contents without
// -Recurse, as 5.1 does; without a console it is an error.
func confirmChildren(ctx *cmdlet.Context, full string) (bool, error) {
	if !ctx.Host.Interactive() {
		return false, cmdlet.TargetError("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
			"InvalidOperation", "PSInvalidOperationException", "InvalidOperation", full)
	}
	fmt.Fprintf(ctx.Host.Console(), "\nConfirm\nThe item at %s has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?\n", full)
	answer, err := ctx.Host.ReadLine(`[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y")`)
	if errors.Is(err, io.EOF) {
		return false, nil // the end of redirected input answers no
	}
	if err != nil {
		return false, err
	}
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "", "y", "a":
		return true, nil
	}
	return false, nil
}

// removeError is the error of a failed deletion.
func removeError(full string, err error, dir bool) error {
	id := "RemoveFileSystemItemIOError"
	if errors.Is(err, fs.ErrPermission) {
		return cmdlet.TargetError(fmt.Sprintf("Cannot remove item %s: You do not have sufficient access rights to perform this operation.", full),
			"PermissionDenied", "IOException", "RemoveFileSystemItemUnAuthorizedAccess", full)
	}
	if dir {
		id = "RemoveItemIOError"
	}
	return cmdlet.TargetError(fmt.Sprintf("Cannot remove item %s: %s", full, errText(err)), "WriteError", "IOException", id, full)
}

// errText is an OS error without Go's "op path:" prefix.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	s := err.Error()
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// destination resolves -Destination (the current location when empty)
// and reports whether it is an existing folder.
func destination(ctx *cmdlet.Context, dest string) (string, bool) {
	if dest == "" {
		dest = "."
	}
	full := ctx.Host.Path(dest)
	st, err := os.Stat(full)
	return full, err == nil && st.IsDir()
}

// Process copies the items.
func (c *CopyItem) Process(ctx *cmdlet.Context) error {
	dest, intoDir := destination(ctx, c.Destination)
	return eachItem(ctx, &c.ItemPath, &c.ItemFilter, true, func(src string) error {
		target := dest
		if intoDir {
			target = filepath.Join(dest, filepath.Base(src))
		}
		if err := c.copy(ctx, src, target); err != nil {
			return ctx.WriteError(err)
		}
		return nil
	})
}

// copy copies src to target after -WhatIf/-Confirm.
func (c *CopyItem) copy(ctx *cmdlet.Context, src, target string) error {
	st, err := os.Stat(src)
	if err != nil {
		return cmdlet.PathNotFound(src)
	}
	if target == src {
		return cmdlet.TargetError(fmt.Sprintf("Cannot overwrite the item %s with itself.", src),
			"WriteError", "IOException", "CopyError", src)
	}
	ok, err := ctx.ShouldProcess(fmt.Sprintf("Item: %s Destination: %s", src, target), "Copy "+kindWord(st.IsDir()))
	if err != nil || !ok {
		return err
	}
	if st.IsDir() {
		if strings.HasPrefix(target+string(filepath.Separator), src+string(filepath.Separator)) {
			return cmdlet.TargetError(fmt.Sprintf("Cannot copy item %s onto itself.", src),
				"WriteError", "IOException", "CopyContainerItemToLeafError", src)
		}
		err = copyDir(src, target, bool(c.Recurse))
	} else {
		err = copyFile(src, target, bool(c.Force))
	}
	if err != nil {
		return copyError(target, err)
	}
	if c.PassThru {
		it, err := itemAt(target)
		if err != nil {
			return err
		}
		return ctx.Emit(it)
	}
	return nil
}

// copyError is the error of a failed copy.
func copyError(target string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return cmdlet.TargetError(fmt.Sprintf("Could not find a part of the path '%s'.", target),
			"WriteError", "DirectoryNotFoundException", "CopyFileInfoItemIOError", target)
	}
	if errors.Is(err, fs.ErrPermission) {
		return cmdlet.TargetError(fmt.Sprintf("Access to the path '%s' is denied.", target),
			"PermissionDenied", "UnauthorizedAccessException", "CopyFileInfoItemUnauthorizedAccessError", target)
	}
	return cmdlet.TargetError(errText(err), "WriteError", "IOException", "CopyFileInfoItemIOError", target)
}

// copyFile copies one file, overwriting target (a read-only one only
// with force).
func copyFile(src, target string, force bool) error {
	if st, err := os.Stat(target); err == nil {
		if st.IsDir() {
			return fmt.Errorf("cannot overwrite the folder %s with a file", target)
		}
		if st.Mode().Perm()&0o200 == 0 {
			if !force {
				return fs.ErrPermission
			}
			if err := os.Chmod(target, st.Mode().Perm()|0o200); err != nil {
				return err
			}
		}
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, st.Mode().Perm()|0o200)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	return os.Chtimes(target, st.ModTime(), st.ModTime())
}

// copyDir creates target as a copy of the folder src: empty unless
// recurse.
func copyDir(src, target string, recurse bool) error {
	if err := os.MkdirAll(target, 0o755); err != nil {
		return err
	}
	if !recurse {
		return nil
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		s, t := filepath.Join(src, e.Name()), filepath.Join(target, e.Name())
		if e.IsDir() {
			err = copyDir(s, t, true)
		} else {
			err = copyFile(s, t, true)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Process moves the items.
func (m *MoveItem) Process(ctx *cmdlet.Context) error {
	dest, intoDir := destination(ctx, m.Destination)
	return eachItem(ctx, &m.ItemPath, &m.ItemFilter, true, func(src string) error {
		target := dest
		if intoDir {
			target = filepath.Join(dest, filepath.Base(src))
		}
		if err := m.move(ctx, src, target); err != nil {
			return ctx.WriteError(err)
		}
		return nil
	})
}

// move moves src to target after -WhatIf/-Confirm.
func (m *MoveItem) move(ctx *cmdlet.Context, src, target string) error {
	st, err := os.Stat(src)
	if err != nil {
		return cmdlet.PathNotFound(src)
	}
	id := "MoveFileInfoItemIOError"
	if st.IsDir() {
		id = "MoveDirectoryItemIOError"
	}
	if target == src {
		return nil
	}
	if existing, err := os.Stat(target); err == nil && (!bool(m.Force) || existing.IsDir() || st.IsDir()) {
		e := cmdlet.TargetError("Cannot create a file when that file already exists.", "WriteError", "IOException", id, src)
		e.TargetType = "FileInfo"
		if st.IsDir() {
			e.TargetType = "DirectoryInfo"
		}
		return e
	}
	ok, err := ctx.ShouldProcess(fmt.Sprintf("Item: %s Destination: %s", src, target), "Move "+kindWord(st.IsDir()))
	if err != nil || !ok {
		return err
	}
	if err := os.Rename(src, target); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return cmdlet.TargetError(fmt.Sprintf("Could not find a part of the path '%s'.", target),
				"WriteError", "DirectoryNotFoundException", id, src)
		}
		return cmdlet.TargetError(errText(err), "WriteError", "IOException", id, src)
	}
	if m.PassThru {
		it, err := itemAt(target)
		if err != nil {
			return err
		}
		return ctx.Emit(it)
	}
	return nil
}

// Process renames the item.
func (n *RenameItem) Process(ctx *cmdlet.Context) error {
	p := n.Path
	if n.LiteralPath != "" {
		p = n.LiteralPath
	}
	full := ctx.Host.Path(p)
	if n.LiteralPath == "" && value.HasWildcard(p) {
		if m, _ := filepath.Glob(full); len(m) == 1 {
			full = m[0]
		}
	}
	if err := n.rename(ctx, full); err != nil {
		return ctx.WriteError(err)
	}
	return nil
}

// rename renames the item at full.
func (n *RenameItem) rename(ctx *cmdlet.Context, full string) error {
	st, err := os.Stat(full)
	if err != nil {
		return cmdlet.NewError(fmt.Sprintf("Cannot rename because item at '%s' does not exist.", n.Path+n.LiteralPath),
			"InvalidOperation", "PSInvalidOperationException", "InvalidOperation")
	}
	name := strings.ReplaceAll(n.NewName, `\`, "/")
	if strings.Contains(strings.TrimRight(name, "/"), "/") {
		if filepath.Dir(ctx.Host.Path(n.NewName)) != filepath.Dir(full) {
			return cmdlet.TargetError("Cannot rename the specified target, because it represents a path or device name.",
				"InvalidArgument", "PSArgumentException", "Argument", full)
		}
		name = filepath.Base(name)
	}
	target := filepath.Join(filepath.Dir(full), name)
	id := "RenameItemIOError"
	if _, err := os.Stat(target); err == nil && !strings.EqualFold(target, full) {
		return cmdlet.TargetError("Cannot create a file when that file already exists.", "WriteError", "IOException", id, full)
	}
	ok, err := ctx.ShouldProcess(fmt.Sprintf("Item: %s Destination: %s", full, target), "Rename "+kindWord(st.IsDir()))
	if err != nil || !ok {
		return err
	}
	if err := os.Rename(full, target); err != nil {
		return cmdlet.TargetError(errText(err), "WriteError", "IOException", id, full)
	}
	if n.PassThru {
		it, err := itemAt(target)
		if err != nil {
			return err
		}
		return ctx.Emit(it)
	}
	return nil
}

// Process resolves the paths.
func (r *ResolvePath) Process(ctx *cmdlet.Context) error {
	paths, literal := r.paths()
	for _, p := range paths {
		items, err := resolveItems(ctx, p, literal, true)
		if err == nil && len(items) == 0 {
			err = cmdlet.PathNotFound(ctx.Host.Path(p))
		}
		if err != nil {
			if err := ctx.WriteError(err); err != nil {
				return err
			}
			continue
		}
		for _, full := range items {
			if err := ctx.Emit(r.output(ctx, full)); err != nil {
				return err
			}
		}
	}
	return nil
}

// output is a PathInfo, or with -Relative the path from the current
// location as a string starting with a dot.
func (r *ResolvePath) output(ctx *cmdlet.Context, full string) any {
	if !r.Relative {
		return &cmdlet.PathInfo{Path: full}
	}
	rel, err := filepath.Rel(ctx.Host.Path("."), full)
	if err != nil {
		return full
	}
	if rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return rel
	}
	return "." + string(filepath.Separator) + rel
}

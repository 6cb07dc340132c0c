package utility

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/value"
)

// GetChildItem is Get-ChildItem: it lists the files and folders of a
// folder of the file system (the only provider exsh has).
type GetChildItem struct {
	Path      []string    `ps:"pos=0,value,name,alias=LiteralPath|PSPath,complete=path" help:"The folders (or files) to list; wildcards allowed. Default: the current location."`
	Filter    string      `ps:"pos=1" help:"A wildcard the names must match, such as *.csv."`
	Include   []string    `help:"Only names matching these wildcards."`
	Exclude   []string    `help:"Leaves out names matching these wildcards."`
	Recurse   bind.Switch `ps:"alias=s" help:"Also lists the contents of every subfolder."`
	File      bind.Switch `ps:"complete=path" help:"Lists files only."`
	Directory bind.Switch `ps:"alias=ad|d" help:"Lists folders only."`
	Name      bind.Switch `help:"Outputs only the names, as strings."`
	Force     bind.Switch `help:"Also lists hidden items (names starting with a dot)."`
}

func addChildItem(r *cmdlet.Registry) {
	cmdlet.Add[GetChildItem](r, &cmdlet.Info{
		Name: "Get-ChildItem", Aliases: []string{"dir", "ls", "gci"}, Module: modManagement,
		Synopsis: "Gets the files and folders in a file system folder.",
		Description: "The Get-ChildItem cmdlet lists the items of a folder: folders first, then files, each in name order, " +
			"under a \"Directory:\" header with their Mode, LastWriteTime, Length and Name. -Filter, -Include and -Exclude take wildcards; " +
			"-Recurse descends into subfolders, -File and -Directory keep one kind, -Name outputs the names only.",
		Examples: []cmdlet.Example{
			{Code: "Get-ChildItem *.csv", Remarks: "Lists the CSV files of the current folder."},
			{Code: "dir C:\\scripts -Recurse -File", Remarks: "Lists every file under C:\\scripts."},
			{Code: "(Get-ChildItem -File).Count", Remarks: "Counts the files of the current folder."},
		},
	})
}

// FileItem is a file or folder as Get-ChildItem outputs it (FileInfo or
// DirectoryInfo).
type FileItem struct {
	Mode          string
	Name          string
	FullName      string
	Extension     string
	DirectoryName string
	Length        *int64
	LastWriteTime time.Time
	PSIsContainer bool
}

// TypeName returns System.IO.DirectoryInfo or System.IO.FileInfo.
func (f *FileItem) TypeName() string {
	if f.PSIsContainer {
		return "System.IO.DirectoryInfo"
	}
	return "System.IO.FileInfo"
}

// String is the item's name, as FileSystemInfo.ToString() gives in 5.1.
func (f *FileItem) String() string { return f.Name }

// GroupHeader is the "Directory:" line of the file-system view.
func (f *FileItem) GroupHeader() string { return "    Directory: " + f.DirectoryName }

// TableView is 5.1's file-system table: Mode (7), LastWriteTime (25,
// right, date and time), Length (14, right) and Name.
func (f *FileItem) TableView() []format.Column {
	item := func(v any) *FileItem { fi, _ := v.(*FileItem); return fi }
	return []format.Column{
		{Label: "Mode", Width: 7, Align: format.AlignLeft, Value: func(v any) any { return item(v).Mode }},
		{Label: "LastWriteTime", Width: 25, Align: format.AlignRight, Value: func(v any) any { return writeTime(item(v).LastWriteTime) }},
		{Label: "Length", Width: 14, Align: format.AlignRight, Value: func(v any) any {
			if l := item(v).Length; l != nil {
				return *l
			}
			return nil
		}},
		{Label: "Name", Align: format.AlignLeft, Value: func(v any) any { return item(v).Name }},
	}
}

// writeTime is the LastWriteTime cell: short date and short time.
func writeTime(t time.Time) string {
	d, _ := value.FormatDate(t, "d")
	h, _ := value.FormatDate(t, "t")
	return fmt.Sprintf("%10s  %8s", d, h)
}

// Process lists each path.
func (g *GetChildItem) Process(ctx *cmdlet.Context) error {
	paths := g.Path
	if len(paths) == 0 {
		paths = []string{"."}
	}
	for _, p := range paths {
		if err := g.list(ctx, p); err != nil {
			return err
		}
	}
	return nil
}

// list outputs the items of one path (a folder, a file or a wildcard).
func (g *GetChildItem) list(ctx *cmdlet.Context, p string) error {
	full := ctx.Host.Path(p)
	if value.HasWildcard(filepath.Base(full)) {
		return g.folder(ctx, filepath.Dir(full), filepath.Base(full))
	}
	st, err := os.Stat(full)
	if err != nil {
		return ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("Cannot find path '%s' because it does not exist.", full),
			"ObjectNotFound", "ItemNotFoundException", "PathNotFound", full))
	}
	if !st.IsDir() {
		return g.emit(ctx, NewFileItem(filepath.Dir(full), st))
	}
	return g.folder(ctx, full, "")
}

// folder outputs the matching items of dir, then (with -Recurse) those of
// each subfolder.
func (g *GetChildItem) folder(ctx *cmdlet.Context, dir, pattern string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ctx.WriteError(cmdlet.TargetError(err.Error(), "ReadError", "IOException", "DirIOError", dir))
	}
	var items, subdirs []*FileItem
	for _, e := range entries {
		st, err := e.Info()
		if err != nil || (!bool(g.Force) && strings.HasPrefix(e.Name(), ".")) {
			continue
		}
		it := NewFileItem(dir, st)
		if it.PSIsContainer {
			subdirs = append(subdirs, it)
		}
		if g.wanted(it, pattern) {
			items = append(items, it)
		}
	}
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].PSIsContainer != items[j].PSIsContainer {
			return items[i].PSIsContainer
		}
		return strings.ToLower(items[i].Name) < strings.ToLower(items[j].Name)
	})
	for _, it := range items {
		if err := g.emit(ctx, it); err != nil {
			return err
		}
	}
	if !g.Recurse {
		return nil
	}
	sort.Slice(subdirs, func(i, j int) bool { return strings.ToLower(subdirs[i].Name) < strings.ToLower(subdirs[j].Name) })
	for _, d := range subdirs {
		if err := g.folder(ctx, d.FullName, pattern); err != nil {
			return err
		}
	}
	return nil
}

// wanted applies -File, -Directory, the path pattern, -Filter, -Include
// and -Exclude.
func (g *GetChildItem) wanted(it *FileItem, pattern string) bool {
	switch {
	case bool(g.File) && it.PSIsContainer, bool(g.Directory) && !it.PSIsContainer:
		return false
	case pattern != "" && !value.MatchWildcard(pattern, it.Name, false):
		return false
	case g.Filter != "" && !value.MatchWildcard(g.Filter, it.Name, false):
		return false
	case len(g.Include) > 0 && !matchAnyName(g.Include, it.Name):
		return false
	}
	return !matchAnyName(g.Exclude, it.Name)
}

// emit outputs the item, or its name with -Name.
func (g *GetChildItem) emit(ctx *cmdlet.Context, it *FileItem) error {
	if g.Name {
		return ctx.Emit(it.Name)
	}
	return ctx.Emit(it)
}

// NewFileItem describes the entry st of folder dir, as Get-ChildItem
// outputs it.
func NewFileItem(dir string, st os.FileInfo) *FileItem {
	it := &FileItem{Name: st.Name(), FullName: filepath.Join(dir, st.Name()), DirectoryName: dir,
		LastWriteTime: st.ModTime(), PSIsContainer: st.IsDir(), Mode: "-a----"}
	if st.IsDir() {
		it.Mode = "d-----"
		return it
	}
	if st.Mode().Perm()&0o222 == 0 {
		it.Mode = "-ar---"
	}
	it.Extension = filepath.Ext(st.Name())
	n := st.Size()
	it.Length = &n
	return it
}

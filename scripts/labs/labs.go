// Package labs holds exsh's training labs, one folder a lab, embedded
// in the program so that Start-Lab works from any directory and from an
// installed exsh:
//
//	<lab>/README.md       the guide: the story, the tasks, hints and the
//	                      concepts; its first page (up to the first line
//	                      "---") is what Start-Lab prints
//	<lab>/setup.ps1       builds the lab's world with ordinary cmdlets,
//	                      starting from a fresh database (Contoso)
//	<lab>/objectives.ps1  outputs one hashtable per objective: Name (a
//	                      word, the trainer's column), Text, Hint (shown
//	                      when it fails) and Test (a script block that
//	                      outputs $true when the objective is met)
//	<lab>/solution.ps1    what a student who solves the lab types
//
// A lab is written in exsh's own language only; the cmdlets of package
// cmdlets/lab run it.
package labs

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed */README.md */setup.ps1 */objectives.ps1 */solution.ps1
var files embed.FS

// Lab is one lab: its folder's name and files.
type Lab struct {
	Name       string
	Title      string // the guide's first heading
	Guide      string // README.md
	Setup      string // setup.ps1
	Objectives string // objectives.ps1
	Solution   string // solution.ps1
}

// FirstPage returns the guide up to its first page break (a line "---").
func (l *Lab) FirstPage() string {
	page, _, _ := strings.Cut(l.Guide, "\n---\n")
	return strings.TrimRight(page, "\n")
}

// Names returns the names of the labs, sorted.
func Names() []string {
	entries, _ := fs.ReadDir(files, ".")
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}

// Find returns the lab called name (case-insensitive).
func Find(name string) (*Lab, error) {
	for _, n := range Names() {
		if strings.EqualFold(n, name) {
			return load(n)
		}
	}
	return nil, fmt.Errorf("no lab is called %q", name)
}

// load reads the files of lab name.
func load(name string) (*Lab, error) {
	l := &Lab{Name: name}
	for file, dst := range map[string]*string{"README.md": &l.Guide, "setup.ps1": &l.Setup, "objectives.ps1": &l.Objectives, "solution.ps1": &l.Solution} {
		b, err := files.ReadFile(name + "/" + file)
		if err != nil {
			return nil, err
		}
		*dst = strings.ReplaceAll(string(b), "\r\n", "\n")
	}
	for _, line := range strings.Split(l.Guide, "\n") {
		if t, ok := strings.CutPrefix(line, "# "); ok {
			l.Title = strings.TrimSpace(t)
			break
		}
	}
	return l, nil
}

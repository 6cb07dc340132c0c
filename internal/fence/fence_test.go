package fence

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const mod = "github.com/exsh/exsh/"

// A library that one package (and those below it) alone may import,
// directly, tests included.
var owners = map[string]string{
	// (The paths are split so that a search for their imports does not
	// find this table.)
	"go.etcd.io/" + "bbolt":                    "storage",
	"github.com/" + "alecthomas/participle/v2": "shell/syntax",
	"github.com/" + "c-bata/go-prompt":         "shell/repl",
}

// Packages whose dependencies, direct or not (tests excluded), must not
// include the packages of the prefixes listed.
var forbidden = map[string][]string{
	"shell":     {"cmdlets", "tnef", "transport"},
	"cmdlet":    {"cmdlets", "tnef", "transport", "shell/complete", "shell/repl", "shell/syntax"},
	"tnef":      {"cmdlet", "cmdlets", "shell", "model", "storage", "transport"},
	"model":     {"cmdlet", "cmdlets", "shell", "storage", "transport", "tnef"},
	"transport": {"cmdlet", "cmdlets", "shell"},
}

// pkg is one package of the module: its path below the module and what
// its files import.
type pkg struct {
	path        string
	imports     []string // by the package's own files
	testImports []string // by its _test.go files
}

// list reads the import clauses of every Go file of the module. It reads
// the files itself (no go list) so that go test's cache sees them.
func list(t *testing.T) map[string]*pkg {
	pkgs := map[string]*pkg{}
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() && path != root && (name == "testdata" || strings.HasPrefix(name, ".")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(name, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		dir, _ := filepath.Rel(root, filepath.Dir(path))
		p := pkgs[filepath.ToSlash(dir)]
		if p == nil {
			p = &pkg{path: filepath.ToSlash(dir)}
			pkgs[p.path] = p
		}
		for _, imp := range f.Imports {
			ip, _ := strconv.Unquote(imp.Path.Value)
			if strings.HasSuffix(name, "_test.go") {
				p.testImports = append(p.testImports, ip)
			} else {
				p.imports = append(p.imports, ip)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

// deps returns the module packages p depends on, directly or not, through
// the packages' own (non-test) files.
func deps(pkgs map[string]*pkg, p *pkg) []string {
	seen := map[string]bool{}
	var walk func(*pkg)
	walk = func(p *pkg) {
		for _, imp := range p.imports {
			d, ok := strings.CutPrefix(imp, mod)
			if ok && !seen[d] && pkgs[d] != nil {
				seen[d] = true
				walk(pkgs[d])
			}
		}
	}
	walk(p)
	out := make([]string, 0, len(seen))
	for d := range seen {
		out = append(out, d)
	}
	slices.Sort(out)
	return out
}

// under reports whether path is the package dir or one below it.
func under(path, dir string) bool { return path == dir || strings.HasPrefix(path, dir+"/") }

func TestImportFence(t *testing.T) {
	pkgs := list(t)
	if pkgs["shell"] == nil || pkgs["storage"] == nil || len(pkgs) < 10 {
		t.Fatalf("the module's packages were not found (%d)", len(pkgs))
	}
	for _, p := range pkgs {
		for _, imp := range slices.Concat(p.imports, p.testImports) {
			for lib, owner := range owners {
				if under(imp, lib) && !under(p.path, owner) {
					t.Errorf("%s imports %s, which only %s may import", p.path, imp, owner)
				}
			}
		}
		for dir, bad := range forbidden {
			if !under(p.path, dir) {
				continue
			}
			for _, d := range deps(pkgs, p) {
				for _, b := range bad {
					if under(d, b) && !under(d, dir) {
						t.Errorf("%s depends on %s", p.path, d)
					}
				}
			}
		}
	}
}

package complete

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// paths completes a file path relative to the current location.
func (r *request) paths(typed string, q byte, skip int) Result {
	cut := strings.LastIndexAny(typed, `/\`) + 1
	dir, base := typed[:cut], typed[cut:]
	full := dir
	if !filepath.IsAbs(dir) {
		full = filepath.Join(r.e.Source.Dir(), dir)
	}
	entries, err := os.ReadDir(full)
	if err != nil {
		return Result{}
	}
	match := prefixMatcher(base)
	var out []Candidate
	for _, e := range entries {
		name := e.Name()
		if !match(name) || (strings.HasPrefix(name, ".") && !strings.HasPrefix(base, ".")) {
			continue
		}
		desc := "File"
		if e.IsDir() {
			name += "/"
			desc = "Directory"
		}
		out = append(out, Candidate{Text: quote(dir+name, q), Display: name, Description: desc})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Display < out[j].Display })
	return r.result(skip, out)
}

package repl

import (
	"os"
	"path/filepath"
	"strings"
)

// MaxHistory is how many lines the history file keeps.
const MaxHistory = 4096

// History is the persistent line history: one entry per line, multi-line
// entries with their newlines escaped, duplicates folded (a repeated entry
// moves to the end).
type History struct {
	path  string
	lines []string
}

// LoadHistory reads the history file at path; a missing file is an empty
// history.
func LoadHistory(path string) *History {
	h := &History{path: path}
	data, err := os.ReadFile(path)
	if err != nil {
		return h
	}
	for _, l := range strings.Split(string(data), "\n") {
		if l != "" {
			h.add(unescape(l))
		}
	}
	return h
}

// Lines returns the entries, oldest first.
func (h *History) Lines() []string { return append([]string(nil), h.lines...) }

// Add appends an entry and saves the file.
func (h *History) Add(entry string) error {
	entry = strings.TrimRight(entry, "\r\n")
	if strings.TrimSpace(entry) == "" {
		return nil
	}
	h.add(entry)
	return h.save()
}

func (h *History) add(entry string) {
	for i, l := range h.lines {
		if l == entry {
			h.lines = append(h.lines[:i], h.lines[i+1:]...)
			break
		}
	}
	h.lines = append(h.lines, entry)
	if len(h.lines) > MaxHistory {
		h.lines = h.lines[len(h.lines)-MaxHistory:]
	}
}

// save rewrites the file through a temporary file.
func (h *History) save() error {
	if h.path == "" {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(h.path), 0o700); err != nil {
		return err
	}
	var sb strings.Builder
	for _, l := range h.lines {
		sb.WriteString(escape(l) + "\n")
	}
	tmp := h.path + ".tmp"
	if err := os.WriteFile(tmp, []byte(sb.String()), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, h.path)
}

func escape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`).Replace(s)
}

func unescape(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' {
				sb.WriteByte('\n')
				continue
			}
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

package repl

import (
	"os"
	"path/filepath"
	"strings"
)

// MaxHistory is how many lines the history file keeps.
const MaxHistory = 4096

// History is the persistent history: one entry per line, multi-line
// entries with their newlines escaped. Duplicates are kept, as PSReadLine
// keeps them; recalling folds them (see [Options.HistoryNoDuplicates]).
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

// Append adds an entry (blank ones are left out); [History.Save] writes
// the file.
func (h *History) Append(entry string) {
	entry = strings.TrimRight(entry, "\r\n")
	if strings.TrimSpace(entry) != "" {
		h.add(entry)
	}
}

func (h *History) add(entry string) {
	h.lines = append(h.lines, entry)
	if len(h.lines) > MaxHistory {
		h.lines = h.lines[len(h.lines)-MaxHistory:]
	}
}

// Save rewrites the file through a temporary file.
func (h *History) Save() error {
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

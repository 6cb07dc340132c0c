package format

import "strings"

// List lays out objs as a list (§8.3): two empty lines, then for each
// object one line per column, "Label : value" with labels padded to the
// longest label of that object, objects separated by one empty line,
// then two empty lines. A $null or empty value ends the line right after
// the colon. Values longer than the line wrap onto continuation lines
// indented to the value column (cut at exactly the available width, not
// at word boundaries, like the console); multi-line values continue the
// same way.
func List(objs []any, cols []Column, opts Options) *Text {
	lines := listStart()
	for i, o := range objs {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, listEntry(o, cols, opts)...)
	}
	return &Text{Lines: append(lines, listEnd()...)}
}

// listStart is the blank lines before the first list entry.
func listStart() []string { return []string{"", ""} }

// listEnd is the blank lines after the last list entry.
func listEnd() []string { return []string{"", ""} }

// listEntry renders one object's lines.
func listEntry(o any, cols []Column, opts Options) []string {
	labelW := 0
	for _, c := range cols {
		labelW = max(labelW, runeLen(c.Label))
	}
	var lines []string
	for _, c := range cols {
		head := c.Label + strings.Repeat(" ", labelW-runeLen(c.Label)) + " :"
		val := c.text(o, opts)
		if val == "" {
			lines = append(lines, head)
			continue
		}
		avail := opts.width() - labelW - 3
		for i, part := range chunkText(val, max(avail, 1)) {
			if i == 0 {
				lines = append(lines, strings.TrimRight(head+" "+part, " "))
				continue
			}
			lines = append(lines, strings.TrimRight(strings.Repeat(" ", labelW+3)+part, " "))
		}
	}
	return lines
}

// chunkText splits s at line breaks and then into pieces of w characters.
func chunkText(s string, w int) []string {
	var out []string
	for _, para := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		r := []rune(para)
		for len(r) > w {
			out = append(out, string(r[:w]))
			r = r[w:]
		}
		out = append(out, string(r))
	}
	return out
}

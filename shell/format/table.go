package format

import (
	"strings"
)

// Text is rendered output (from Format-Table, Format-List or Out-String);
// [Out] writes its lines verbatim, each followed by a newline.
type Text struct {
	Lines []string
}

// TableOptions are the Format-Table switches.
type TableOptions struct {
	Options
	// AutoSize sizes every column from all rows, ignoring the widths a
	// view fixes (Windows PowerShell sizes columns without a view from
	// the data anyway).
	AutoSize bool
	// HideTableHeaders omits the header and dash rows.
	HideTableHeaders bool
	// Wrap wraps long cells onto continuation lines instead of cutting
	// them with "...".
	Wrap bool
}

// Table lays out objs as a table (§8.2): an empty line, the header, a
// dash row as long as each header label, one row per object and an empty
// line. Columns are separated by one space and sized from the data (or
// their fixed Width); numbers are right-aligned, header included. Lines
// are limited to Width-1 characters: columns that do not fit are
// dropped, the last visible column is cut, and cut cells end in "...".
// Without columns the result has no lines.
func Table(objs []any, cols []Column, t TableOptions) *Text {
	if len(cols) == 0 {
		return &Text{}
	}
	cells := tableCells(objs, cols, t)
	aligns := resolveAligns(objs, cols)
	widths := fitWidths(columnWidths(cols, cells, t.AutoSize), t.width())
	lines := []string{""}
	if !t.HideTableHeaders {
		lines = append(lines, headerLines(cols, widths, aligns)...)
	}
	for _, row := range cells {
		lines = append(lines, rowLines(row, widths, aligns, t.Wrap)...)
	}
	return &Text{Lines: append(lines, "")}
}

// tableCells is the text of each object's cells.
func tableCells(objs []any, cols []Column, t TableOptions) [][]string {
	cells := make([][]string, len(objs))
	for i, o := range objs {
		cells[i] = make([]string, len(cols))
		for j, c := range cols {
			s := c.text(o, t.Options)
			if !t.Wrap {
				s = firstLine(s)
			}
			cells[i][j] = s
		}
	}
	return cells
}

// resolveAligns decides each column's alignment: explicit; for
// AlignAuto, from the first object's value as 5.1 does ([isScalarRight]);
// for AlignNumbers, right for a column whose first non-null value is a
// number.
func resolveAligns(objs []any, cols []Column) []Alignment {
	out := make([]Alignment, len(cols))
	for j, c := range cols {
		out[j] = c.Align
		switch c.Align {
		case AlignAuto:
			out[j] = AlignLeft
			if len(objs) > 0 && isScalarRight(c.Value(objs[0])) {
				out[j] = AlignRight
			}
		case AlignNumbers:
			out[j] = AlignLeft
			for _, o := range objs {
				if v := deref(c.Value(o)); v != nil {
					if isNumeric(v) {
						out[j] = AlignRight
					}
					break
				}
			}
		}
	}
	return out
}

// columnWidths returns each column's fixed width (unless autoSize) or
// the widest of its label and cells.
func columnWidths(cols []Column, cells [][]string, autoSize bool) []int {
	widths := make([]int, len(cols))
	for j, c := range cols {
		if c.Width > 0 && !autoSize {
			widths[j] = c.Width
			continue
		}
		widths[j] = runeLen(c.Label)
		for _, row := range cells {
			for _, l := range strings.Split(row[j], "\n") {
				widths[j] = max(widths[j], runeLen(strings.TrimRight(l, "\r")))
			}
		}
	}
	return widths
}

// fitWidths limits the columns to the line width: the first column that
// would start beyond it, and every later one, is dropped; a column that
// only partly fits is narrowed to the remaining space and ends the table
// (a column needs at least min(width, 4) characters to be kept).
func fitWidths(widths []int, avail int) []int {
	pos := 0
	for j, w := range widths {
		if j > 0 {
			pos++
		}
		rest := avail - pos
		if j > 0 && rest < min(w, 4) {
			return widths[:j]
		}
		if w >= rest {
			out := append([]int{}, widths[:j]...)
			return append(out, max(rest, 1))
		}
		pos += w
	}
	return widths
}

// headerLines renders the label and dash rows.
func headerLines(cols []Column, widths []int, aligns []Alignment) []string {
	labels := make([]string, len(widths))
	dashes := make([]string, len(widths))
	for j, w := range widths {
		labels[j] = truncate(cols[j].Label, w)
		dashes[j] = strings.Repeat("-", runeLen(labels[j]))
	}
	return []string{joinRow(labels, widths, aligns), joinRow(dashes, widths, aligns)}
}

// rowLines renders one object: one line, or several when wrapping.
func rowLines(row []string, widths []int, aligns []Alignment, wrap bool) []string {
	if !wrap {
		texts := make([]string, len(widths))
		for j, w := range widths {
			texts[j] = truncate(row[j], w)
		}
		return []string{joinRow(texts, widths, aligns)}
	}
	parts := make([][]string, len(widths))
	height := 1
	for j, w := range widths {
		parts[j] = wrapText(row[j], w)
		height = max(height, len(parts[j]))
	}
	lines := make([]string, height)
	for i := range lines {
		texts := make([]string, len(widths))
		for j := range widths {
			if i < len(parts[j]) {
				texts[j] = parts[j][i]
			}
		}
		lines[i] = joinRow(texts, widths, aligns)
	}
	return lines
}

// joinRow pads each text to its column and joins them with one space;
// trailing spaces are removed.
func joinRow(texts []string, widths []int, aligns []Alignment) string {
	var b strings.Builder
	for j, s := range texts {
		if j > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(pad(s, widths[j], aligns[j]))
	}
	return strings.TrimRight(b.String(), " ")
}

// pad aligns s within w characters.
func pad(s string, w int, a Alignment) string {
	gap := w - runeLen(s)
	if gap <= 0 {
		return s
	}
	switch a {
	case AlignRight:
		return strings.Repeat(" ", gap) + s
	case AlignCenter:
		return strings.Repeat(" ", gap/2) + s + strings.Repeat(" ", gap-gap/2)
	}
	return s + strings.Repeat(" ", gap)
}

// wrapText splits s into lines of at most w characters, breaking at line
// breaks, then at the last space that fits, else mid-word.
func wrapText(s string, w int) []string {
	var out []string
	for _, para := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		r := []rune(para)
		for len(r) > w && w > 0 {
			cut := w
			if i := strings.LastIndex(string(r[:w+1]), " "); i > 0 {
				cut = len([]rune(string(r[:w+1])[:i]))
			}
			out = append(out, strings.TrimRight(string(r[:cut]), " "))
			r = []rune(strings.TrimLeft(string(r[cut:]), " "))
		}
		out = append(out, string(r))
	}
	return out
}

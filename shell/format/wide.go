package format

import "strings"

// WideOptions are the Format-Wide settings.
type WideOptions struct {
	Options
	// Column is the number of columns; zero means 2 (or, with AutoSize,
	// as many as fit).
	Column int
	// AutoSize uses as many columns as fit the widest value.
	AutoSize bool
}

// Wide lays out one value per cell, filling rows left to right (§9.3):
// an empty line, the rows and an empty line. The line width (Width-1) is
// shared equally by the columns, one space apart; a value wider than its
// column is cut and ends in "...". Without texts the result has no lines.
func Wide(texts []string, w WideOptions) *Text {
	if len(texts) == 0 {
		return &Text{}
	}
	avail := w.width()
	cols, width := wideColumns(texts, w, avail)
	lines := []string{""}
	for i := 0; i < len(texts); i += cols {
		row := texts[i:min(i+cols, len(texts))]
		var b strings.Builder
		for j, s := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pad(truncate(firstLine(s), width), width, AlignLeft))
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
	}
	return &Text{Lines: append(lines, "")}
}

// wideColumns returns the column count and the width of each column.
func wideColumns(texts []string, w WideOptions, avail int) (cols, width int) {
	cols = w.Column
	if w.AutoSize && cols <= 0 {
		widest := 1
		for _, s := range texts {
			widest = max(widest, runeLen(firstLine(s)))
		}
		cols = max((avail+1)/(widest+1), 1)
		return cols, min(widest, avail)
	}
	if cols <= 0 {
		cols = 2
	}
	cols = min(cols, max(avail/2, 1))
	return cols, max((avail-(cols-1))/cols, 1)
}

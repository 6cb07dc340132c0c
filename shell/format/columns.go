package format

import (
	"strings"

	"github.com/exsh/exsh/shell/value"
)

// Alignment is the alignment of a table column.
type Alignment int

// Alignments of a [Column]. AlignAuto is 5.1's alignment of a table made
// from properties: right when the first object's value is a number,
// Boolean or Char, else left. AlignNumbers, the columns of a default
// view that fix no alignment, right-aligns numbers only.
const (
	AlignAuto Alignment = iota
	AlignLeft
	AlignCenter
	AlignRight
	AlignNumbers
)

// Column is one column of a table or one line of a list entry.
type Column struct {
	// Label is the header (table) or label (list).
	Label string
	// Value extracts the column's value from an object.
	Value func(v any) any
	// Width fixes the table column width; 0 sizes it from the data.
	Width int
	// Align is the table alignment.
	Align Alignment
	// FormatString is a .NET format string applied to the value.
	FormatString string
}

// text returns the display text of the column for object v.
func (c Column) text(v any, opts Options) string {
	x := c.Value(v)
	if c.FormatString != "" {
		if s, err := value.FormatValue(deref(x), c.FormatString); err == nil {
			return s
		}
	}
	return Cell(x, opts)
}

// Property returns a column reading property name (case-insensitive,
// with member enumeration); a missing property gives an empty cell.
func Property(name string) Column {
	return Column{Label: name, Value: func(v any) any { return value.ReadProperty(v, name) }}
}

// viewed is implemented by types with a default table view.
type viewed interface{ DefaultTableColumns() []string }

// widthed is implemented by types whose default table view fixes widths
// (0 = size from data), parallel to DefaultTableColumns.
type widthed interface{ DefaultTableWidths() []int }

// tableViewer is implemented by types whose default table view needs
// computed columns (formatted text, fixed widths and alignments), such
// as the file-system view of Get-ChildItem.
type tableViewer interface{ TableView() []Column }

// listViewed is implemented by types whose default view is a list of
// some of their properties (5.1's list views in format data, such as
// PSSnapInInfo's Name, PSVersion and Description).
type listViewed interface{ DefaultListProperties() []string }

// texted is implemented by types whose default view is one line of
// text each, in a block with a blank line before and after (5.1's custom
// views, such as Select-String's MatchInfo); their properties still show
// with Format-List and Select-Object.
type texted interface{ TextView() string }

// grouped is implemented by types whose default view is split into
// groups under a header line ("    Directory: C:\temp").
type grouped interface{ GroupHeader() string }

// tightGrouped is a grouped type whose table follows its header line
// with one blank line less (Get-Member's "TypeName:" view).
type tightGrouped interface {
	grouped
	TightGroupHeader() bool
}

// aligned is implemented by types whose default table view fixes the
// alignment of its columns, parallel to DefaultTableColumns (views such
// as Get-Variable's left-align numbers).
type aligned interface{ DefaultTableAlignments() []Alignment }

// Columns resolves property names against the properties of v: names with
// wildcards (*Enabled, *) expand to the matching properties in property
// order, each property once; other names give a column even when v lacks
// the property (its cells are empty). Labels use the property's own
// spelling when it exists.
func Columns(v any, names []string) []Column {
	props := propertyNames(v)
	var cols []Column
	seen := map[string]bool{}
	for _, n := range names {
		if !value.HasWildcard(n) {
			label := n
			for _, p := range props {
				if strings.EqualFold(p, n) {
					label = p
				}
			}
			cols = append(cols, Property(label))
			continue
		}
		for _, p := range props {
			if !seen[strings.ToLower(p)] && value.MatchWildcard(n, p, false) {
				seen[strings.ToLower(p)] = true
				cols = append(cols, Property(p))
			}
		}
	}
	return cols
}

// propertyNames lists the displayable properties of v; a hashtable (or
// one of its entries) has Name and Value.
func propertyNames(v any) []string {
	switch v.(type) {
	case *value.Hashtable, value.DictionaryEntry:
		return []string{"Name", "Value"}
	}
	return value.PropertyNames(v)
}

// DefaultColumns returns the columns Out-Default and Format-Table use for
// v without explicit properties: the type's TableView, or its
// DefaultTableColumns (with
// DefaultTableWidths and DefaultTableAlignments when present), the
// Name/Value view for hashtable entries (Name 30 wide, both columns
// left-aligned as in 5.1), or else every property.
func DefaultColumns(v any) []Column {
	switch v.(type) {
	case *value.Hashtable, value.DictionaryEntry:
		name, val := Property("Name"), Property("Value")
		name.Width = 30
		name.Align, val.Align = AlignLeft, AlignLeft
		return []Column{name, val}
	}
	if tv, ok := v.(tableViewer); ok {
		return viewAligns(tv.TableView())
	}
	if vw, ok := v.(viewed); ok {
		cols := viewAligns(Columns(v, vw.DefaultTableColumns()))
		if wd, ok := v.(widthed); ok {
			for i, w := range wd.DefaultTableWidths() {
				if i < len(cols) {
					cols[i].Width = w
				}
			}
		}
		if al, ok := v.(aligned); ok {
			for i, a := range al.DefaultTableAlignments() {
				if i < len(cols) {
					cols[i].Align = a
				}
			}
		}
		return cols
	}
	return Columns(v, value.PropertyNames(v))
}

// viewAligns gives the columns of a default view that fix no alignment
// the view's default, [AlignNumbers].
func viewAligns(cols []Column) []Column {
	for i := range cols {
		if cols[i].Align == AlignAuto {
			cols[i].Align = AlignNumbers
		}
	}
	return cols
}

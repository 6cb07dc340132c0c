package format

import (
	"time"

	"io"
	"strings"

	"github.com/exsh/exsh/shell/value"
)

// Out is the streaming Out-Default: it receives pipeline objects one at
// a time and writes them to w as the 5.1 console does (§8.1).
//
//   - nil prints nothing; collections are unrolled (recursively).
//   - Values without properties (strings, numbers, booleans, dates,
//     Stringers without exported fields) print as one line each.
//   - A [*Text] is written verbatim.
//   - Other objects choose a view from the first object of a run: its
//     DefaultTableColumns as a table; otherwise 4 or fewer properties as a
//     table and 5 or more as a list. A hashtable prints its entries in the
//     Name/Value table; entries of consecutive hashtables share one table.
//   - Later objects of the same type name join the run and use its
//     columns (properties the first object lacked are not shown), however
//     many statements apart they come: one Out is one output stream (a
//     script, one interactive entry), and 5.1 prints one header for it.
//   - A scalar does not end the run: it is written between the rows (5.1
//     formats primitives "out of band"), and the table goes on without
//     a new header. A [*Text] or an object of another type ends the run.
//     Objects of a type other than the first structured object's are
//     shown as lists of all their properties, as 5.1 shows objects that
//     arrive "out of band" (Get-Process; Get-ChildItem).
//
// Table rows are buffered (column widths come from the rows) until the
// run ends or something else is written: a scalar, or host output, which
// calls [Out.Flush] first. The first rows written fix the header and the
// widths; later rows are cut to them. List entries and scalars are
// written immediately. Close ends the stream.
type Out struct {
	w    io.Writer
	opts Options
	run  *run
	err  error
	// first is the type name of the first structured object: objects of
	// other types are shown as lists ("out of band"), as 5.1 does.
	first string
}

// run is the current sequence of objects sharing one layout.
type run struct {
	key  string
	list bool
	text bool // a block of texted objects, one line each
	cols []Column
	objs []any // buffered table rows
	// widths and aligns are fixed when the first rows are written (nil
	// before: the header is still to be written).
	widths []int
	aligns []Alignment
}

// NewOut returns an Out-Default writing to w.
func NewOut(w io.Writer, opts Options) *Out {
	return &Out{w: w, opts: opts}
}

// Write formats one pipeline object.
func (o *Out) Write(v any) error {
	switch x := v.(type) {
	case nil:
		return o.err
	case *Text:
		o.endRun()
		o.lines(x.Lines)
		return o.err
	case *value.Hashtable:
		for _, e := range x.Entries() {
			o.object(e)
		}
		return o.err
	case value.BaseView:
		return o.Write(x.Dictionary())
	}
	if value.IsEnumerable(v) {
		for _, e := range value.Enumerate(v) {
			if err := o.Write(e); err != nil {
				return err
			}
		}
		return o.err
	}
	if t, ok := v.(texted); ok {
		o.textLine(v, t.TextView())
		return o.err
	}
	if d, ok := v.(time.Duration); ok {
		o.object(durationView(d))
		return o.err
	}
	if isScalar(v) {
		o.flushRows()
		o.lines([]string{value.ToString(v)})
		return o.err
	}
	o.object(v)
	return o.err
}

// Close ends the stream, writing any buffered table.
func (o *Out) Close() error {
	o.endRun()
	return o.err
}

// Flush writes the buffered table rows without ending the table: later
// rows of the same run follow without a header. The host calls it before
// writing to the console itself (Write-Host, prompts, errors).
func (o *Out) Flush() error {
	o.flushRows()
	return o.err
}

// SetOptions changes the options for what is formatted next (the widths
// of a table already started stay).
func (o *Out) SetOptions(opts Options) { o.opts = opts }

// flushRows writes the buffered rows of a table run; the first call
// writes the header and fixes the column widths.
func (o *Out) flushRows() {
	r := o.run
	if r == nil || r.list || len(r.objs) == 0 {
		return
	}
	objs := r.objs
	r.objs = nil
	if len(r.cols) == 0 {
		return
	}
	t := TableOptions{Options: o.opts}
	cells := tableCells(objs, r.cols, t)
	var lines []string
	if r.widths == nil {
		r.aligns = resolveAligns(objs, r.cols)
		r.widths = fitWidths(columnWidths(r.cols, cells, false), t.width())
		lines = append(lines, "")
		lines = append(lines, headerLines(r.cols, r.widths, r.aligns)...)
	}
	for _, row := range cells {
		lines = append(lines, rowLines(row, r.widths, r.aligns, false)...)
	}
	o.lines(lines)
}

// isScalar reports whether v prints as a single line.
func isScalar(v any) bool {
	switch v.(type) {
	case value.DictionaryEntry, *value.Object:
		return false
	}
	return len(value.PropertyNames(deref(v))) == 0
}

// object adds a structured object to the current run or starts a new one.
func (o *Out) object(v any) {
	key := runKey(v)
	if o.run == nil || o.run.key != key {
		o.endRun()
		tn := typeName(v)
		if o.first == "" {
			o.first = tn
		}
		if tn == o.first {
			o.startRun(v, key)
		} else {
			o.startListRun(v, key)
		}
	}
	if !o.run.list {
		o.run.objs = append(o.run.objs, v)
		return
	}
	if o.run.objs != nil {
		o.lines([]string{""})
	}
	o.run.objs = []any{}
	o.lines(listEntry(v, o.run.cols, o.opts))
}

// runKey identifies objects of the same shape: their first type name, or
// for grouped views their group header (files and folders of one
// directory share one table).
func runKey(v any) string {
	if g, ok := v.(grouped); ok {
		return "\x00" + g.GroupHeader()
	}
	if names := value.TypeNames(v); len(names) > 0 {
		return names[0]
	}
	return ""
}

// typeName is v's first type name.
func typeName(v any) string {
	if names := value.TypeNames(v); len(names) > 0 {
		return names[0]
	}
	return ""
}

// startListRun starts a list run showing every property (the Name/Value
// pair of a hashtable entry), for objects out of band.
func (o *Out) startListRun(v any, key string) {
	cols := Columns(v, propertyNames(v))
	o.run = &run{key: key, list: true, cols: cols}
	o.lines(listStart())
}

// startRun chooses the view for a new run from its first object; a
// grouped view first writes its group header.
func (o *Out) startRun(v any, key string) {
	if g, ok := v.(grouped); ok {
		if t, ok := v.(tightGrouped); ok && t.TightGroupHeader() {
			o.lines([]string{"", g.GroupHeader()})
		} else {
			o.lines([]string{"", g.GroupHeader(), ""})
		}
	}
	if lv, ok := v.(listViewed); ok {
		o.run = &run{key: key, list: true, cols: Columns(v, lv.DefaultListProperties())}
		o.lines(listStart())
		return
	}
	cols := DefaultColumns(v)
	_, hasView := v.(viewed)
	if o, ok := v.(*value.Object); ok && o.TableView() {
		hasView = true
	}
	if _, ok := v.(tableViewer); ok {
		hasView = true
	}
	_, isEntry := v.(value.DictionaryEntry)
	list := !hasView && !isEntry && len(cols) >= 5
	o.run = &run{key: key, list: list, cols: cols}
	if list {
		o.lines(listStart())
	}
}

// textLine writes one line of a block of texted objects, starting the
// block (a blank line) when needed.
func (o *Out) textLine(v any, line string) {
	key := runKey(v)
	if o.run == nil || o.run.key != key || !o.run.text {
		o.endRun()
		o.run = &run{key: key, text: true}
		o.lines([]string{""})
	}
	o.lines([]string{line})
}

// endRun writes the pending table or the list trailer.
func (o *Out) endRun() {
	r := o.run
	if r == nil {
		return
	}
	o.run = nil
	if r.text {
		o.lines([]string{""})
		return
	}
	if r.list {
		o.lines(listEnd())
		return
	}
	o.run = r
	o.flushRows()
	o.run = nil
	if r.widths != nil {
		o.lines([]string{""})
	}
}

// lines writes each line followed by a newline, keeping the first error.
func (o *Out) lines(ls []string) {
	if o.err != nil || len(ls) == 0 {
		return
	}
	_, o.err = io.WriteString(o.w, strings.Join(ls, "\n")+"\n")
}

// spanProperties are the properties 5.1's default view of a TimeSpan
// lists.
var spanProperties = []string{"Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks",
	"TotalDays", "TotalHours", "TotalMinutes", "TotalSeconds", "TotalMilliseconds"}

// durationView is a TimeSpan as its default view shows it: a list of its
// properties.
func durationView(d time.Duration) *value.Object {
	o := value.NewObject("System.TimeSpan", "System.ValueType", "System.Object")
	for _, name := range spanProperties {
		v, _ := value.GetMember(d, name)
		o.Add(name, v)
	}
	return o
}

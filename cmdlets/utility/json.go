package utility

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// maxJSONLength is the longest JSON text ConvertTo-Json writes, the
// MaxJsonLength of 5.1's JavaScriptSerializer.
const maxJSONLength = 2097152

// maxJSONNesting is how deeply ConvertFrom-Json nests arrays and objects,
// the RecursionLimit of 5.1's JavaScriptSerializer.
const maxJSONNesting = 100

// ConvertToJson is ConvertTo-Json: it writes objects as JSON text.
type ConvertToJson struct {
	InputObject any         `ps:"pos=0,mandatory,value" help:"The objects to convert; piped objects are written as one JSON array."`
	Depth       int         `help:"How many levels of contained objects are written (2 by default); deeper objects are written as their string form."`
	Compress    bind.Switch `help:"Writes the JSON on one line, without indentation and spaces."`

	objs []any
}

// ConvertFromJson is ConvertFrom-Json: it reads JSON text into objects.
type ConvertFromJson struct {
	InputObject string `ps:"pos=0,mandatory,value" help:"The JSON text; piped lines are read together."`

	lines []string
}

func addJSON(r *cmdlet.Registry) {
	cmdlet.Add[ConvertToJson](r, &cmdlet.Info{
		Name: "ConvertTo-Json", Module: modUtility,
		Synopsis: "Converts an object to a JSON-formatted string.",
		Description: "The ConvertTo-Json cmdlet writes objects as JSON, as Windows PowerShell 5.1 does: four-space indentation with two spaces after each colon, nested objects indented under their name, " +
			"<, >, & and ' escaped as \\u003c, \\u003e, \\u0026 and \\u0027, dates as \"\\/Date(milliseconds)\\/\". Objects nested deeper than -Depth (2 by default) are written as their string form. " +
			"Several piped objects make one JSON array. -Compress writes one line.",
		Examples: []cmdlet.Example{
			{Code: "@{Name = 'Contoso'; Domains = 'contoso.com', 'sales.contoso.com'} | ConvertTo-Json", Remarks: "Writes a JSON object with a string and an array."},
			{Code: "Get-RemoteDomain | Select-Object Name, DomainName, TNEFEnabled | ConvertTo-Json -Compress", Remarks: "Writes the remote domains as one line of JSON."},
			{Code: "Import-Csv users.csv | ConvertTo-Json | Set-Content users.json", Remarks: "Saves the rows of a CSV file as JSON."},
		},
	})
	cmdlet.Add[ConvertFromJson](r, &cmdlet.Info{
		Name: "ConvertFrom-Json", Module: modUtility,
		Synopsis: "Converts a JSON-formatted string to a custom object.",
		Description: "The ConvertFrom-Json cmdlet reads JSON text: objects become PSCustomObjects, arrays become arrays, whole numbers Int32 (Int64 when larger), other numbers Decimal. " +
			"Piped lines (Get-Content file.json) are read as one text. As in Windows PowerShell 5.1, a JSON array is output as one array object: put the command in parentheses to enumerate it.",
		Examples: []cmdlet.Example{
			{Code: "'{\"Name\":\"Contoso\",\"Mailboxes\":12}' | ConvertFrom-Json", Remarks: "Outputs an object with the properties Name and Mailboxes."},
			{Code: "$rows = Import-Csv users.csv | ConvertTo-Json | ConvertFrom-Json; $rows.Count", Remarks: "Round-trips rows through JSON and counts them."},
		},
	})
}

// Process collects the input.
func (c *ConvertToJson) Process(ctx *cmdlet.Context) error {
	c.objs = append(c.objs, c.InputObject)
	return nil
}

// End writes the JSON text: one object as itself, several as an array.
func (c *ConvertToJson) End(ctx *cmdlet.Context) error {
	if len(c.objs) == 0 {
		return nil
	}
	depth := 2
	if ctx.Binding.Given("Depth") {
		if c.Depth < 1 {
			return cmdlet.NewError(fmt.Sprintf("Cannot validate argument on parameter 'Depth'. The %d argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.", c.Depth),
				"InvalidData", "ParameterBindingValidationException", "ParameterArgumentValidationError")
		}
		depth = c.Depth
	}
	var v any = c.objs[0]
	if len(c.objs) > 1 {
		v = c.objs
	}
	w := &jsonWriter{depth: depth}
	w.value(v, 0)
	if w.b.Len() > maxJSONLength {
		return cmdlet.NewError("Error during serialization or deserialization using the JSON JavaScriptSerializer. The length of the string exceeds the value set on the maxJsonLength property.",
			"InvalidOperation", "InvalidOperationException", "System.InvalidOperationException")
	}
	text := w.b.String()
	if !c.Compress {
		text = prettyJSON(text)
	}
	return ctx.Emit(text)
}

// jsonWriter writes the compact JSON of 5.1's JavaScriptSerializer.
type jsonWriter struct {
	b     strings.Builder
	depth int
}

// value writes v, found at nesting level (0 for the top object).
func (w *jsonWriter) value(v any, level int) {
	if w.b.Len() > maxJSONLength {
		return
	}
	switch x := v.(type) {
	case nil:
		w.b.WriteString("null")
		return
	case bool:
		w.b.WriteString(strconv.FormatBool(x))
		return
	case int:
		w.b.WriteString(strconv.Itoa(x))
		return
	case float64:
		w.b.WriteString(jsonFloat(x))
		return
	case value.Decimal:
		w.b.WriteString(x.String())
		return
	case string:
		w.str(x)
		return
	case time.Time:
		w.b.WriteString(`"\/Date(` + strconv.FormatInt(x.UnixMilli(), 10) + `)\/"`)
		return
	case value.Char, value.GUID:
		w.str(value.ToString(x))
		return
	}
	if level > w.depth {
		w.str(value.ToString(v))
		return
	}
	switch x := v.(type) {
	case *value.Hashtable:
		w.object(x.Keys(), func(k any) any { v, _ := x.Get(k); return v }, level)
	case time.Duration:
		w.timeSpan(x, level)
	default:
		if value.IsEnumerable(v) {
			w.list(value.Enumerate(v), level)
			return
		}
		names := value.PropertyNames(v)
		if len(names) == 0 {
			w.str(value.ToString(v))
			return
		}
		keys := make([]any, len(names))
		for i, n := range names {
			keys[i] = n
		}
		w.object(keys, func(k any) any { return value.ReadProperty(v, k.(string)) }, level)
	}
}

// jsonFloat writes a double as .NET's round-trip format does.
func jsonFloat(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return `"` + value.FormatDouble(f) + `"`
	}
	return value.FormatDouble(f)
}

// object writes {"key":value,...}.
func (w *jsonWriter) object(keys []any, get func(any) any, level int) {
	w.b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			w.b.WriteByte(',')
		}
		w.str(value.ToString(k))
		w.b.WriteByte(':')
		w.value(get(k), level+1)
	}
	w.b.WriteByte('}')
}

// list writes [value,...].
func (w *jsonWriter) list(items []any, level int) {
	w.b.WriteByte('[')
	for i, e := range items {
		if i > 0 {
			w.b.WriteByte(',')
		}
		w.value(e, level+1)
	}
	w.b.WriteByte(']')
}

// timeSpan writes a TimeSpan as its properties, as 5.1 does.
func (w *jsonWriter) timeSpan(d time.Duration, level int) {
	ticks := int64(d / 100)
	keys := []any{"Ticks", "Days", "Hours", "Milliseconds", "Minutes", "Seconds", "TotalDays", "TotalHours", "TotalMilliseconds", "TotalMinutes", "TotalSeconds"}
	vals := map[any]any{
		"Ticks": ticks, "Days": int(d / (24 * time.Hour)), "Hours": int(d/time.Hour) % 24, "Milliseconds": int(d/time.Millisecond) % 1000,
		"Minutes": int(d/time.Minute) % 60, "Seconds": int(d/time.Second) % 60, "TotalDays": d.Hours() / 24, "TotalHours": d.Hours(),
		"TotalMilliseconds": float64(ticks) / 1e4, "TotalMinutes": d.Minutes(), "TotalSeconds": d.Seconds(),
	}
	w.object(keys, func(k any) any { return vals[k] }, level)
}

// str writes a quoted string, escaped as JavaScriptSerializer does:
// quotes, backslashes, control characters and the HTML-sensitive < > & '.
func (w *jsonWriter) str(s string) {
	w.b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			w.b.WriteString(`\"`)
		case '\\':
			w.b.WriteString(`\\`)
		case '\b':
			w.b.WriteString(`\b`)
		case '\f':
			w.b.WriteString(`\f`)
		case '\n':
			w.b.WriteString(`\n`)
		case '\r':
			w.b.WriteString(`\r`)
		case '\t':
			w.b.WriteString(`\t`)
		case '<', '>', '&', '\'':
			fmt.Fprintf(&w.b, `\u%04x`, r)
		default:
			if r < ' ' {
				fmt.Fprintf(&w.b, `\u%04x`, r)
			} else {
				w.b.WriteRune(r)
			}
		}
	}
	w.b.WriteByte('"')
}

// prettyJSON indents compact JSON as 5.1's ConvertTo-Json does: four
// spaces a level, two spaces after a colon, and the members of an object
// or array that is a property value indented past its property name.
func prettyJSON(s string) string {
	var b strings.Builder
	switch {
	case strings.HasPrefix(s, "{"):
		b.WriteByte('{')
		prettyObject(s, 1, &b, "", 0)
	case strings.HasPrefix(s, "["):
		b.WriteByte('[')
		prettyList(s, 1, &b, "", 0)
	default:
		return s
	}
	return b.String()
}

// prettyObject writes the members of the object starting at s[i] and
// returns the index of its closing brace. pad and spaces place the brace.
func prettyObject(s string, i int, b *strings.Builder, pad string, spaces int) int {
	b.WriteByte('\n')
	inner := pad + strings.Repeat(" ", spaces) + "    "
	head, keyWidth := true, 0
	for ; i < len(s); i++ {
		switch c := s[i]; c {
		case '{':
			b.WriteByte(c)
			i = prettyObject(s, i+1, b, inner, keyWidth)
		case '[':
			b.WriteByte(c)
			i = prettyList(s, i+1, b, inner, keyWidth)
		case '}':
			b.WriteString("\n" + pad + strings.Repeat(" ", spaces) + "}")
			return i
		case '"':
			end := quoted(s, i)
			if head {
				b.WriteString(inner)
				keyWidth = end - i + 1
				head = false
			}
			b.WriteString(s[i : end+1])
			i = end
		case ':':
			b.WriteString(":  ")
			keyWidth += 3
		case ',':
			b.WriteString(",\n")
			head = true
		default:
			b.WriteByte(c)
		}
	}
	return i
}

// prettyList writes the elements of the array starting at s[i] and
// returns the index of its closing bracket.
func prettyList(s string, i int, b *strings.Builder, pad string, spaces int) int {
	b.WriteByte('\n')
	inner := pad + strings.Repeat(" ", spaces) + "    "
	head := true
	for ; i < len(s); i++ {
		switch c := s[i]; c {
		case '{':
			b.WriteString(inner + "{")
			i = prettyObject(s, i+1, b, inner, 0)
			head = false
		case '[':
			b.WriteString(inner + "[")
			i = prettyList(s, i+1, b, inner, 0)
			head = false
		case ']':
			b.WriteString("\n" + pad + strings.Repeat(" ", spaces) + "]")
			return i
		case '"':
			end := quoted(s, i)
			if head {
				b.WriteString(inner)
			}
			b.WriteString(s[i : end+1])
			i, head = end, false
		case ',':
			b.WriteString(",\n")
			head = true
		default:
			if head {
				b.WriteString(inner)
			}
			b.WriteByte(c)
			head = false
		}
	}
	return i
}

// quoted returns the index of the quote closing the string at s[i].
func quoted(s string, i int) int {
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '"':
			return j
		}
	}
	return len(s) - 1
}

// Process collects the input lines.
func (c *ConvertFromJson) Process(ctx *cmdlet.Context) error {
	c.lines = append(c.lines, c.InputObject)
	return nil
}

// End reads the text as 5.1 does: one input alone; several inputs each
// on its own when the first is complete JSON, else joined as one text.
func (c *ConvertFromJson) End(ctx *cmdlet.Context) error {
	if len(c.lines) == 0 {
		return nil
	}
	texts := c.lines
	if len(c.lines) > 1 {
		if _, err := parseJSON(c.lines[0]); err != nil {
			texts = []string{strings.Join(c.lines, "\n")}
		}
	}
	for _, t := range texts {
		v, err := parseJSON(t)
		if err != nil {
			return err
		}
		if err := ctx.Emit(v); err != nil {
			return err
		}
	}
	return nil
}

// jsonReader reads JSON text as 5.1's JavaScriptSerializer does.
type jsonReader struct {
	s     string
	i     int
	depth int
}

// parseJSON reads one JSON value; an empty text is $null.
func parseJSON(s string) (any, error) {
	r := &jsonReader{s: s}
	r.space()
	if r.i == len(s) {
		return nil, nil
	}
	v, err := r.value()
	if err != nil {
		return nil, err
	}
	r.space()
	if r.i < len(s) {
		return nil, r.fail("Invalid JSON primitive: " + r.word() + ".")
	}
	return v, nil
}

// fail is the ArgumentException ConvertFrom-Json reports.
func (r *jsonReader) fail(msg string) error {
	return cmdlet.NewError(msg, "NotSpecified", "ArgumentException", "System.ArgumentException")
}

// failAt is a syntax error with 5.1's "(position): rest of text" suffix.
func (r *jsonReader) failAt(msg string) error {
	rest := r.s[min(r.i, len(r.s)):]
	return r.fail(fmt.Sprintf("%s (%d): %s", msg, r.i, rest))
}

// space skips white space.
func (r *jsonReader) space() {
	for r.i < len(r.s) && strings.IndexByte(" \t\r\n", r.s[r.i]) >= 0 {
		r.i++
	}
}

// word returns the primitive text at the reader, up to a separator.
func (r *jsonReader) word() string {
	j := r.i
	for j < len(r.s) && strings.IndexByte(",]}: \t\r\n", r.s[j]) < 0 {
		j++
	}
	return r.s[r.i:j]
}

// value reads one value.
func (r *jsonReader) value() (any, error) {
	r.space()
	if r.i >= len(r.s) {
		return nil, r.fail("Invalid JSON primitive: .")
	}
	switch r.s[r.i] {
	case '{':
		return r.nested(r.object)
	case '[':
		return r.nested(r.array)
	case '"', '\'':
		return r.str()
	}
	w := r.word()
	r.i += len(w)
	switch w {
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	}
	if n, ok := jsonNumber(w); ok {
		return n, nil
	}
	return nil, r.fail("Invalid JSON primitive: " + w + ".")
}

// nested reads an object or array within the recursion limit.
func (r *jsonReader) nested(read func() (any, error)) (any, error) {
	if r.depth++; r.depth > maxJSONNesting {
		return nil, r.fail("RecursionLimit exceeded.")
	}
	defer func() { r.depth-- }()
	return read()
}

// jsonNumber converts a JSON number: Int32 or Int64 (exsh's int is
// either, by range), else Decimal (Double with an exponent).
func jsonNumber(w string) (any, bool) {
	if n, err := strconv.ParseInt(w, 10, 64); err == nil {
		return int(n), true
	}
	f, err := strconv.ParseFloat(w, 64)
	if err != nil || strings.ContainsAny(w, "xXnN") {
		return nil, false
	}
	if d, err := value.Convert(w, "decimal"); err == nil && !strings.ContainsAny(w, "eE") {
		return d, true
	}
	return f, true
}

// object reads {"name": value, ...} into a PSCustomObject.
func (r *jsonReader) object() (any, error) {
	r.i++ // {
	o := value.NewObject()
	r.space()
	if r.i < len(r.s) && r.s[r.i] == '}' {
		r.i++
		return o, nil
	}
	for {
		r.space()
		if r.i >= len(r.s) || (r.s[r.i] != '"' && r.s[r.i] != '\'') {
			return nil, r.failAt("Invalid object passed in, member name expected.")
		}
		k, err := r.str()
		if err != nil {
			return nil, err
		}
		r.space()
		if r.i >= len(r.s) || r.s[r.i] != ':' {
			return nil, r.failAt("Invalid object passed in, ':' or '}' expected.")
		}
		r.i++
		v, err := r.value()
		if err != nil {
			return nil, err
		}
		o.Set(k, v)
		r.space()
		if r.i >= len(r.s) {
			return nil, r.failAt("Invalid object passed in, ':' or '}' expected.")
		}
		switch r.s[r.i] {
		case ',':
			r.i++
		case '}':
			r.i++
			return o, nil
		default:
			return nil, r.failAt("Invalid object passed in, ':' or '}' expected.")
		}
	}
}

// array reads [value, ...] into an array.
func (r *jsonReader) array() (any, error) {
	r.i++ // [
	out := []any{}
	r.space()
	if r.i < len(r.s) && r.s[r.i] == ']' {
		r.i++
		return out, nil
	}
	for {
		v, err := r.value()
		if err != nil {
			return nil, err
		}
		if err := value.CheckArray(len(out) + 1); err != nil {
			return nil, err
		}
		out = append(out, v)
		r.space()
		if r.i >= len(r.s) {
			return nil, r.failAt("Invalid array passed in, ']' expected.")
		}
		switch r.s[r.i] {
		case ',':
			r.i++
		case ']':
			r.i++
			return out, nil
		default:
			return nil, r.failAt("Invalid array passed in, ',' expected.")
		}
	}
}

// str reads a quoted string with its escapes.
func (r *jsonReader) str() (string, error) {
	q := r.s[r.i]
	start := r.i
	r.i++
	var b strings.Builder
	for r.i < len(r.s) {
		c := r.s[r.i]
		switch {
		case c == q:
			r.i++
			return b.String(), nil
		case c == '\\' && r.i+1 < len(r.s):
			r.i++
			if err := r.escape(&b); err != nil {
				return "", err
			}
		default:
			ru, n := utf8.DecodeRuneInString(r.s[r.i:])
			b.WriteRune(ru)
			r.i += n
		}
	}
	r.i = start
	return "", r.failAt("Unterminated string passed in.")
}

// escape reads the escape after a backslash.
func (r *jsonReader) escape(b *strings.Builder) error {
	c := r.s[r.i]
	r.i++
	switch c {
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'n':
		b.WriteByte('\n')
	case 'r':
		b.WriteByte('\r')
	case 't':
		b.WriteByte('\t')
	case 'u':
		if r.i+4 > len(r.s) {
			return r.failAt("Unrecognized escape sequence.")
		}
		n, err := strconv.ParseUint(r.s[r.i:r.i+4], 16, 32)
		if err != nil {
			return r.failAt("Unrecognized escape sequence.")
		}
		b.WriteRune(rune(n))
		r.i += 4
	default:
		b.WriteByte(c)
	}
	return nil
}

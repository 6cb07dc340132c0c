package utility

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// ExportCsv is Export-Csv: it writes its input objects to a CSV file.
type ExportCsv struct {
	Path              string       `ps:"pos=0,mandatory,alias=LiteralPath|PSPath,complete=path" help:"The CSV file to write."`
	InputObject       any          `ps:"mandatory,value" help:"The object to export."`
	Delimiter         string       `ps:"pos=1" help:"The field separator (a comma by default)."`
	NoTypeInformation bind.Switch  `ps:"alias=NTI" help:"Leaves out the #TYPE line."`
	Append            bind.Switch  `help:"Adds rows to the end of an existing file."`
	NoClobber         bind.Switch  `ps:"alias=NoOverwrite" help:"Does not overwrite an existing file."`
	Force             bind.Switch  `help:"Overwrites a read-only file; with -Append, writes objects whose properties differ."`
	Encoding          FileEncoding `help:"The character encoding (ASCII by default, as in Windows PowerShell 5.1)."`
	UseCulture        bind.Switch  `help:"Uses the list separator of the current culture (a comma)."`

	w   *csvWriter
	out *os.File
	buf *bufio.Writer
	off bool // -WhatIf or a declined -Confirm: nothing is written
	// check is set with -Append to an existing file without -Force: the
	// first object must have the file's columns.
	check bool
}

// ConvertToCsv is ConvertTo-Csv: it outputs its input objects as CSV lines.
type ConvertToCsv struct {
	InputObject       any         `ps:"pos=0,mandatory,value" help:"The object to convert."`
	Delimiter         string      `ps:"pos=1" help:"The field separator (a comma by default)."`
	NoTypeInformation bind.Switch `ps:"alias=NTI" help:"Leaves out the #TYPE line."`

	w *csvWriter
}

// csvWriter produces the CSV lines of a sequence of objects: the #TYPE
// line and the header from the first object, then every field quoted.
type csvWriter struct {
	delim  string
	noType bool
	header []string
}

func addCsvOut(r *cmdlet.Registry) {
	cmdlet.Add[ExportCsv](r, &cmdlet.Info{
		Name: "Export-Csv", Aliases: []string{"epcsv"}, Module: modUtility, ShouldProcess: true,
		Synopsis: "Converts objects into a series of comma-separated value (CSV) strings and saves the strings to a file.",
		Description: "The Export-Csv cmdlet writes one CSV row per input object. The header comes from the first object's properties; every field is double-quoted. " +
			"Windows PowerShell 5.1 writes a #TYPE line first unless -NoTypeInformation. Pipe objects, not Format-* output, to Export-Csv.",
		Examples: []cmdlet.Example{
			{Code: "Get-RemoteDomain | Export-Csv domains.csv -NoTypeInformation", Remarks: "Saves the remote domains to domains.csv."},
			{Code: "$row | Export-Csv report.csv -Append -NoTypeInformation", Remarks: "Adds a row to an existing file."},
		},
	})
	cmdlet.Add[ConvertToCsv](r, &cmdlet.Info{
		Name: "ConvertTo-Csv", Module: modUtility,
		Synopsis:    "Converts objects into a series of comma-separated value (CSV) strings.",
		Description: "The ConvertTo-Csv cmdlet outputs the CSV lines Export-Csv would write, as strings.",
		Examples:    []cmdlet.Example{{Code: "Get-RemoteDomain | ConvertTo-Csv -NoTypeInformation", Remarks: "Outputs the remote domains as CSV lines."}},
	})
}

// lines returns the CSV lines for one object.
func (w *csvWriter) lines(v any) []string {
	var out []string
	if w.header == nil {
		w.header = csvNames(v)
		if !w.noType {
			out = append(out, "#TYPE "+csvTypeName(v))
		}
		out = append(out, w.join(w.header))
	}
	fields := make([]string, len(w.header))
	for i, n := range w.header {
		x, _ := value.GetMember(v, n)
		fields[i] = csvField(x)
	}
	return append(out, w.join(fields))
}

// csvNames lists the properties of v (Name and Value for hashtable
// entries; Length for a string).
func csvNames(v any) []string {
	if _, ok := v.(string); ok {
		return []string{"Length"}
	}
	names := propNames(v)
	if names == nil {
		return []string{}
	}
	return names
}

// csvTypeName is the type name of the #TYPE line.
func csvTypeName(v any) string {
	if n := value.TypeNames(v); len(n) > 0 {
		return n[0]
	}
	return "System.Object"
}

// csvField is the string form of a field value.
func csvField(v any) string {
	if value.IsEnumerable(v) {
		return value.TypeName(v)
	}
	return value.ToString(v)
}

// join quotes every field and joins them with the delimiter.
func (w *csvWriter) join(fields []string) string {
	q := make([]string, len(fields))
	for i, f := range fields {
		q[i] = `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
	}
	d := w.delim
	if d == "" {
		d = ","
	}
	return strings.Join(q, d)
}

// Begin opens the file; with -Append an existing header is reused.
func (e *ExportCsv) Begin(ctx *cmdlet.Context) error {
	ok, err := ctx.ShouldProcess(ctx.Host.Path(e.Path), "Export-Csv")
	if !ok {
		e.off = true
		return err
	}
	e.w = &csvWriter{delim: e.Delimiter, noType: bool(e.NoTypeInformation)}
	if e.Append {
		e.w.header = existingHeader(ctx.Host.Path(e.Path), e.Delimiter)
		e.check = e.w.header != nil && !bool(e.Force)
	}
	f, err := openOutput(ctx, e.Path, bool(e.Append), bool(e.NoClobber))
	if err != nil {
		return err
	}
	e.out, e.buf = f, bufio.NewWriter(f)
	return nil
}

// existingHeader reads the header line of an existing CSV file.
func existingHeader(full, delim string) []string {
	data, err := os.ReadFile(full)
	if err != nil || len(data) == 0 {
		return nil
	}
	_, text := csvTypeLine(decodeText(data))
	comma := ','
	if delim != "" {
		comma = []rune(delim)[0]
	}
	rec, err := csvReader(text, comma).Read()
	if err != nil {
		return nil
	}
	return rec
}

// Process writes one object.
func (e *ExportCsv) Process(ctx *cmdlet.Context) error {
	if !ctx.HasInput || e.off {
		return nil
	}
	if e.check {
		// As 5.1, the first object must have every column of the file.
		e.check = false
		names := csvNames(ctx.Input)
		for _, col := range e.w.header {
			if !slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, col) }) {
				full := ctx.Host.Path(e.Path)
				e.off = true
				_ = e.out.Close()
				return cmdlet.TargetError(fmt.Sprintf("Cannot append CSV content to the following file: %s. The appended object does not have a property that corresponds to the following column: %s. To continue with mismatched properties, add the -Force parameter, and then retry the command.", full, col),
					"InvalidData", "InvalidOperationException", "CannotAppendCsvWithMismatchedPropertyNames", full)
			}
		}
	}
	for _, l := range e.w.lines(ctx.Input) {
		enc := e.Encoding
		if enc == "" {
			enc = "Ascii"
		}
		if _, err := e.buf.Write(encodeText(l+"\n", enc, false)); err != nil {
			return err
		}
	}
	return nil
}

// End closes the file.
func (e *ExportCsv) End(*cmdlet.Context) error {
	if e.off {
		return nil
	}
	err := e.buf.Flush()
	if cerr := e.out.Close(); err == nil {
		err = cerr
	}
	return err
}

// Begin prepares the writer.
func (c *ConvertToCsv) Begin(*cmdlet.Context) error {
	c.w = &csvWriter{delim: c.Delimiter, noType: bool(c.NoTypeInformation)}
	return nil
}

// Process outputs the lines of one object.
func (c *ConvertToCsv) Process(ctx *cmdlet.Context) error {
	lines := c.w.lines(c.InputObject)
	out := make([]any, len(lines))
	for i, l := range lines {
		out[i] = l
	}
	return emitAll(ctx, out)
}

package utility

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// ImportCsv is Import-Csv: it reads a CSV file into objects whose
// properties are strings.
type ImportCsv struct {
	Path       []string     `ps:"pos=0,mandatory,value,name,alias=LiteralPath|PSPath,complete=path" help:"The CSV files to read."`
	Delimiter  string       `ps:"pos=1" help:"The field separator (a comma by default)."`
	Header     []string     `help:"Column names to use instead of the file's first line."`
	Encoding   FileEncoding `help:"The character encoding (detected from the byte order mark)."`
	UseCulture bind.Switch  `help:"Uses the list separator of the current culture (a comma)."`
}

// ConvertFromCsv is ConvertFrom-Csv: it parses CSV strings into objects.
type ConvertFromCsv struct {
	InputObject []string `ps:"pos=0,mandatory,value,name" help:"The CSV lines."`
	Delimiter   string   `ps:"pos=1" help:"The field separator (a comma by default)."`
	Header      []string `help:"Column names to use instead of the first line."`

	lines []string
}

func addCsvIn(r *cmdlet.Registry) {
	cmdlet.Add[ImportCsv](r, &cmdlet.Info{
		Name: "Import-Csv", Aliases: []string{"ipcsv"}, Module: modUtility,
		Synopsis: "Creates table-like custom objects from the items in a CSV file.",
		Description: "The Import-Csv cmdlet reads a CSV file and outputs one object per row. The first line gives the property names (unless -Header); " +
			"every property value is a string (an empty field is an empty string, a missing trailing field $null). A #TYPE first line is skipped. " +
			"Quoted fields may contain the delimiter, doubled quotes and line breaks.",
		Examples: []cmdlet.Example{
			{Code: "Import-Csv users.csv | ForEach-Object { New-MailContact -Name $_.Name -ExternalEmailAddress $_.Email }", Remarks: "Creates a contact per row."},
			{Code: "Import-Csv data.txt -Delimiter ';'", Remarks: "Reads a semicolon-separated file."},
		},
	})
	cmdlet.Add[ConvertFromCsv](r, &cmdlet.Info{
		Name: "ConvertFrom-Csv", Module: modUtility,
		Synopsis:    "Converts object properties in comma-separated value (CSV) format into CSV versions of the original objects.",
		Description: "The ConvertFrom-Csv cmdlet parses CSV text (one string per line, as Get-Content outputs) into objects, like Import-Csv does for files.",
		Examples:    []cmdlet.Example{{Code: "Get-Content users.csv | ConvertFrom-Csv", Remarks: "Parses the lines of a CSV file."}},
	})
}

// Process reads each file.
func (c *ImportCsv) Process(ctx *cmdlet.Context) error {
	for _, p := range c.Path {
		full := ctx.Host.Path(p)
		data, err := os.ReadFile(full)
		if err != nil {
			return csvOpenError(full, err)
		}
		if err := parseCsv(ctx, decodeText(data), c.Delimiter, c.Header); err != nil {
			return err
		}
	}
	return nil
}

// csvOpenError is Import-Csv's FileOpenFailure error.
func csvOpenError(full string, err error) *cmdlet.Error {
	e := openError(full, err)
	if errors.Is(err, fs.ErrNotExist) {
		e.Message, e.Reason = fmt.Sprintf("Could not find file '%s'.", full), "FileNotFoundException"
	}
	return e
}

// Process collects the lines.
func (c *ConvertFromCsv) Process(*cmdlet.Context) error {
	c.lines = append(c.lines, c.InputObject...)
	return nil
}

// End parses the collected lines.
func (c *ConvertFromCsv) End(ctx *cmdlet.Context) error {
	return parseCsv(ctx, strings.Join(c.lines, "\n"), c.Delimiter, c.Header)
}

// parseCsv emits one object per record of text.
func parseCsv(ctx *cmdlet.Context, text, delim string, header []string) error {
	comma := ','
	if delim != "" {
		comma = []rune(delim)[0]
	}
	typeName, text := csvTypeLine(text)
	r := csvReader(text, comma)
	names, err := csvHeader(ctx, r, header)
	if err != nil || names == nil {
		return err
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return cmdlet.NewError(err.Error(), "InvalidData", "CsvParseException", "CsvParse")
		}
		if err := ctx.Emit(csvObject(names, rec, typeName)); err != nil {
			return err
		}
	}
}

// csvReader returns a lenient reader with the delimiter.
func csvReader(text string, comma rune) *csv.Reader {
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord, r.LazyQuotes, r.Comma = -1, true, comma
	return r
}

// csvTypeLine removes a leading #TYPE line and returns its type name.
func csvTypeLine(text string) (string, string) {
	if !strings.HasPrefix(text, "#TYPE") {
		return "", text
	}
	line, rest, _ := strings.Cut(text, "\n")
	return strings.TrimSpace(strings.TrimPrefix(line, "#TYPE")), rest
}

// csvHeader returns the property names: -Header or the first record, with
// empty names replaced by H1, H2... (with a warning) and duplicates
// rejected.
func csvHeader(ctx *cmdlet.Context, r *csv.Reader, header []string) ([]string, error) {
	names := append([]string{}, header...)
	if len(names) == 0 {
		rec, err := r.Read()
		if err != nil {
			return nil, nil
		}
		names = rec
	}
	filled := false
	seen := map[string]bool{}
	for i, n := range names {
		if n == "" {
			names[i], filled = fmt.Sprintf("H%d", i+1), true
		}
		if seen[strings.ToLower(names[i])] {
			return nil, cmdlet.NewError(fmt.Sprintf("The member \"%s\" is already present.", names[i]), "NotSpecified", "ArgumentException", "System.ArgumentException")
		}
		seen[strings.ToLower(names[i])] = true
	}
	if filled {
		if err := ctx.Warn("One or more headers were not specified. Default names starting with \"H\" have been used in place of any missing headers."); err != nil {
			return nil, err
		}
	}
	return names, nil
}

// csvObject builds the object of one record.
func csvObject(names, rec []string, typeName string) *value.Object {
	o := value.NewObject()
	if typeName != "" {
		o = value.NewObject("CSV:" + typeName)
	}
	for i, n := range names {
		var v any
		if i < len(rec) {
			v = rec[i]
		}
		o.Add(n, v)
	}
	return o
}

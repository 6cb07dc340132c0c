package utility

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/value"
)

// HTMLLayout is the -As of ConvertTo-Html.
type HTMLLayout string

// EnumValues lists the layouts.
func (HTMLLayout) EnumValues() []string { return []string{"Table", "List"} }

// ConvertToHtml is ConvertTo-Html: it writes objects as an HTML table.
type ConvertToHtml struct {
	InputObject any         `ps:"value" help:"The objects to write, one row each."`
	Property    []any       `ps:"pos=0,complete=property" help:"The properties to show (wildcards and calculated properties allowed); all by default."`
	Body        []string    `ps:"pos=1" help:"Text placed after the opening <body> tag."`
	Head        []string    `ps:"pos=2" help:"The content of the <head> element, in place of the <title>."`
	Title       string      `ps:"pos=3" help:"The title of the page (HTML TABLE by default)."`
	As          HTMLLayout  `help:"Table (a row per object, the default) or List (a two-column table of properties per object)."`
	CssUri      string      `ps:"alias=cu|uri" help:"A style sheet to link in the head."`
	Fragment    bind.Switch `help:"Writes only the table, without the html, head and body elements."`
	PreContent  []string    `help:"Text placed before the table."`
	PostContent []string    `help:"Text placed after the table."`

	specs   []propSpec
	head    []string // the lines before the first row, not yet output
	cols    []propSpec
	objects int
}

func addHTML(r *cmdlet.Registry) {
	cmdlet.Add[ConvertToHtml](r, &cmdlet.Info{
		Name: "ConvertTo-Html", Module: modUtility,
		Synopsis: "Converts Microsoft .NET Framework objects into HTML that can be displayed in a Web browser.",
		Description: "The ConvertTo-Html cmdlet outputs, line by line, the XHTML page Windows PowerShell 5.1 writes: a table with a header row of property names and a row per object " +
			"(or with -As List, name and value rows per object). -Property chooses the columns; -Title, -Head, -Body, -CssUri, -PreContent and -PostContent add content; " +
			"-Fragment writes the table alone, to combine several in one report. Values are written as their .NET ToString(): collections show their type name, as in 5.1. " +
			"Join the lines (Out-String) to send them with Send-MailMessage -BodyAsHtml.",
		Examples: []cmdlet.Example{
			{Code: "Get-RemoteDomain | ConvertTo-Html -Property Name, DomainName, TNEFEnabled -Title 'Remote domains'", Remarks: "Writes an HTML page with a table of the remote domains."},
			{Code: "$body = Get-Mailbox | ConvertTo-Html Name, PrimarySmtpAddress -Fragment -PreContent '<h2>Mailboxes</h2>' | Out-String", Remarks: "Builds an HTML fragment for a report mail."},
			{Code: "Import-Csv users.csv | ConvertTo-Html -As List | Set-Content users.html", Remarks: "Saves the rows of a CSV file as an HTML list page."},
		},
	})
}

// Begin writes the page up to the opening table tag.
func (c *ConvertToHtml) Begin(ctx *cmdlet.Context) error {
	specs, err := parseProps(c.Property, "Label", "Name", "Expression", "Width", "Alignment")
	if err != nil {
		return err
	}
	c.specs = specs
	var lines []string
	if !c.Fragment {
		title := c.Title
		if !ctx.Binding.Given("Title") {
			title = "HTML TABLE"
		}
		lines = append(lines,
			`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">`,
			`<html xmlns="http://www.w3.org/1999/xhtml">`,
			"<head>")
		if c.Head != nil {
			lines = append(lines, c.Head...)
		} else {
			lines = append(lines, "<title>"+title+"</title>")
		}
		if c.CssUri != "" {
			lines = append(lines, `<link rel="stylesheet" type="text/css" href="`+c.CssUri+`" />`)
		}
		lines = append(lines, "</head><body>")
		lines = append(lines, c.Body...)
	}
	lines = append(lines, c.PreContent...)
	c.head = append(lines, "<table>")
	return nil
}

// start outputs the lines up to the table once, with the first object or
// at the end: commands after this one may not have begun yet in Begin.
func (c *ConvertToHtml) start(ctx *cmdlet.Context) error {
	head := c.head
	c.head = nil
	return emitLines(ctx, head)
}

// emitLines outputs each line as a string.
func emitLines(ctx *cmdlet.Context, lines []string) error {
	for _, l := range lines {
		if err := ctx.Emit(l); err != nil {
			return err
		}
	}
	return nil
}

// Process writes the header with the first object, then its row (or its
// list of properties).
func (c *ConvertToHtml) Process(ctx *cmdlet.Context) error {
	if err := c.start(ctx); err != nil {
		return err
	}
	in := c.InputObject
	if in == nil {
		return nil
	}
	c.objects++
	if c.As == "List" {
		cols := c.columns(in)
		var lines []string
		if c.objects > 1 {
			lines = append(lines, "<tr><td><hr></td></tr>")
		}
		for _, s := range cols {
			v, err := htmlValue(ctx, s, in)
			if err != nil {
				return err
			}
			lines = append(lines, "<tr><td>"+s.Name+":</td><td>"+v+"</td></tr>")
		}
		return emitLines(ctx, lines)
	}
	if c.cols == nil {
		c.cols = c.columns(in)
		if len(c.cols) == 0 {
			c.cols = nil
			return nil
		}
		var colgroup, header strings.Builder
		colgroup.WriteString("<colgroup>")
		header.WriteString("<tr>")
		for _, s := range c.cols {
			colgroup.WriteString("<col")
			if s.Width > 0 {
				colgroup.WriteString(` width = "` + value.ToString(s.Width) + `"`)
			}
			if a := htmlAlign(s); a != "" {
				colgroup.WriteString(` align = "` + a + `"`)
			}
			colgroup.WriteString("/>")
			header.WriteString("<th>" + s.Name + "</th>")
		}
		colgroup.WriteString("</colgroup>")
		header.WriteString("</tr>")
		if err := emitLines(ctx, []string{colgroup.String(), header.String()}); err != nil {
			return err
		}
	}
	var row strings.Builder
	row.WriteString("<tr>")
	for _, s := range c.cols {
		v, err := htmlValue(ctx, s, in)
		if err != nil {
			return err
		}
		row.WriteString("<td>" + v + "</td>")
	}
	row.WriteString("</tr>")
	return ctx.Emit(row.String())
}

// columns resolves the -Property specs (all properties by default)
// against an object.
func (c *ConvertToHtml) columns(in any) []propSpec {
	specs := c.specs
	if len(specs) == 0 {
		specs = []propSpec{{Name: "*"}}
	}
	return expand(specs, in)
}

// htmlAlign is a calculated property's Alignment key.
func htmlAlign(s propSpec) string {
	switch s.Align {
	case format.AlignLeft:
		return "left"
	case format.AlignCenter:
		return "center"
	case format.AlignRight:
		return "right"
	}
	return ""
}

// htmlEncode encodes text as .NET's WebUtility.HtmlEncode does: the
// markup characters, and the Latin-1 characters from U+00A0 as numeric
// references.
func htmlEncode(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&#39;")
		case r >= 0xA0 && r <= 0xFF:
			fmt.Fprintf(&b, "&#%d;", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// htmlValue is a cell: the value's .NET ToString(), HTML-encoded. A
// collection shows its type name, as ToString() does in 5.1.
func htmlValue(ctx *cmdlet.Context, s propSpec, in any) (string, error) {
	v, err := s.eval(ctx, in)
	if err != nil || v == nil {
		return "", err
	}
	text := value.ToString(v)
	if value.IsEnumerable(v) {
		text = value.TypeName(v)
	}
	return htmlEncode(text), nil
}

// End closes the table and the page.
func (c *ConvertToHtml) End(ctx *cmdlet.Context) error {
	if err := c.start(ctx); err != nil {
		return err
	}
	lines := []string{"</table>"}
	lines = append(lines, c.PostContent...)
	if !c.Fragment {
		lines = append(lines, "</body></html>")
	}
	return emitLines(ctx, lines)
}

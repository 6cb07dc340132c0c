package exchange

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/transport/convert"
)

// explained is one line of -Explain: its depth (0 the heading, 1 a field
// or a ladder's title, 2 a step of the ladder) and its text; step is the
// ladder step of a depth-2 line.
type explained struct {
	depth int
	text  string
	step  *convert.Step
}

// explainLines is what -Explain emits for one decision: a picture on a
// colour terminal (see [cmdlet.Painted]), else the plain text.
func explainLines(ctx *cmdlet.Context, d *convert.Decision, sender string) []string {
	if cmdlet.Painted(ctx) {
		return explainPicture(d, sender, ctx.Host.Width())
	}
	return explain(d, sender)
}

// explain renders one decision as the readable ladder -Explain prints.
func explain(d *convert.Decision, sender string) []string {
	var lines []string
	for _, e := range explainRows(d, sender) {
		lines = append(lines, strings.Repeat("  ", e.depth)+e.text)
	}
	return append(lines, "")
}

// explainRows lists the lines of the explanation of d.
func explainRows(d *convert.Decision, sender string) []explained {
	rd := "no remote domain"
	if d.RemoteDomain != nil {
		rd = fmt.Sprintf("remote domain '%s' (%s)", d.RemoteDomain.Name, d.RemoteDomain.DomainName)
	}
	who := string(d.RecipientType)
	if d.RecipientName != "" {
		who += " '" + d.RecipientName + "'"
	}
	if d.DeliveryAddress != d.Recipient {
		who += ", delivered to " + d.DeliveryAddress
	}
	rows := []explained{
		{0, fmt.Sprintf("%s -> %s: %s", sender, d.Recipient, d.Result), nil},
		{1, fmt.Sprintf("Recipient: %s, %s", who, rd), nil},
		{1, fmt.Sprintf("Message:   %s composed as %s", d.Class, d.BodyFormat), nil},
	}
	rows = append(rows, explainLadder(d.Trace, convert.TnefLadder, "TNEF decision, highest priority first:")...)
	rows = append(rows, explainLadder(d.Trace, convert.EncodingLadder, "Encoding:")...)
	rows = append(rows, explained{1, fmt.Sprintf("Result:    %s, decided by %s", d.Result, d.DecidedBy), nil})
	e := d.Encoding
	var parts []string
	for _, p := range e.Parts {
		parts = append(parts, partText(p))
	}
	switch {
	case len(parts) == 1 && strings.HasPrefix(parts[0], e.ContentType):
		rows = append(rows, explained{1, "Leaves as: " + parts[0], nil})
	case e.ContentType != "":
		rows = append(rows, explained{1, "Leaves as: " + e.ContentType + joinWords(" with ", parts), nil})
	}
	for _, s := range []struct{ label, text string }{{"Headers:", strings.Join(e.Headers, ", ")}, {"Lost:", strings.Join(e.Lost, "; ")}, {"Note:", strings.Join(e.Notes, "; ")}} {
		if s.text != "" {
			rows = append(rows, explained{1, fmt.Sprintf("%-10s %s", s.label, s.text), nil})
		}
	}
	return rows
}

// explainLadder renders the steps of one ladder, numbered.
func explainLadder(trace []convert.Step, ladder convert.Ladder, title string) []explained {
	rows := []explained{{1, title, nil}}
	n := 0
	for i, s := range trace {
		if s.Ladder != ladder {
			continue
		}
		n++
		line := fmt.Sprintf("%d. %-13s %s", n, s.Outcome, s.Source())
		switch {
		case s.Effect == "":
		case s.Setting == "" && s.Value != "":
			// A simulation switch reads "...: off" already.
			line += "; " + s.Effect
		default:
			line += ": " + s.Effect
		}
		rows = append(rows, explained{2, line, &trace[i]})
	}
	return rows
}

// joinWords returns prefix and the items joined with ", ", or "" when there
// are none.
func joinWords(prefix string, items []string) string {
	if len(items) == 0 {
		return ""
	}
	return prefix + strings.Join(items, ", ")
}

// explainPicture draws the explanation of d for a terminal width
// columns wide: the fields and ladders hang from a box-drawn line, the
// step that decided is highlighted, overruled and inapplicable steps are
// dimmed and the forms are coloured (see [PaintForms]).
func explainPicture(d *convert.Decision, sender string, width int) []string {
	rows := explainRows(d, sender)
	head := cmdlet.Paint(cmdlet.Bold, sender) + " ─▶ " + cmdlet.Paint(cmdlet.Bold, d.Recipient) + "  " + PaintForms(string(d.Result), cmdlet.Bold)
	lines := []string{head}
	last := len(rows) - 1
	for i := 1; i < len(rows); i++ {
		r := rows[i]
		switch {
		case r.depth == 2:
			// wrapped lines go on under the step's source
			lines = append(lines, Boxed(" │    ", " │    "+strings.Repeat(" ", len("1. NotApplicable ")), r.text, stepStyle(r.step.Outcome), width)...)
		case i == last:
			lines = append(lines, Boxed(" └─ ", "    ", r.text, "", width)...)
		case i == 1:
			lines = append(lines, Boxed(" ┌─ ", " │  ", r.text, "", width)...)
		case rows[i+1].depth == 2:
			lines = append(lines, Boxed(" ├─ ", " │  ", r.text, cmdlet.Bold, width)...)
		default:
			lines = append(lines, Boxed(" ├─ ", " │  ", r.text, "", width)...)
		}
	}
	return append(lines, "")
}

// stepStyle is the style of a ladder step with outcome o.
func stepStyle(o convert.Outcome) string {
	switch o {
	case convert.Decided:
		return cmdlet.Bold + ";" + cmdlet.Green
	case convert.Overruled, convert.NotApplicable:
		return cmdlet.Dim
	}
	return ""
}

// Boxed wraps text to width after a box-drawing prefix: the first line
// starts with first, the others with next. The prefixes are drawn dim,
// the text in style with its forms coloured.
func Boxed(first, next, text, style string, width int) []string {
	pieces := cmdlet.Wrap(text, width-max(len([]rune(first)), len([]rune(next)))-1)
	lines := make([]string, len(pieces))
	for i, p := range pieces {
		prefix := first
		if i > 0 {
			prefix = next
		}
		lines[i] = cmdlet.Paint(cmdlet.Dim, prefix) + PaintForms(p, style)
	}
	return lines
}

// forms are the names of the forms a message leaves in.
var forms = regexp.MustCompile(`\b(STNEF|TNEF|MimeHtml|MimeText|MAPI)\b`)

// formStyle is the colour of a form: TNEF magenta, MIME cyan, MAPI blue.
func formStyle(f string) string {
	switch {
	case strings.HasSuffix(f, "TNEF"):
		return cmdlet.Magenta
	case strings.HasPrefix(f, "Mime"):
		return cmdlet.Cyan
	}
	return cmdlet.Blue
}

// PaintForms paints text in style with the names of forms (TNEF, STNEF,
// MimeHtml, MimeText, MAPI) in their colours, for a terminal.
func PaintForms(text, style string) string {
	var b strings.Builder
	at := 0
	for _, m := range forms.FindAllStringIndex(text, -1) {
		b.WriteString(cmdlet.Paint(style, text[at:m[0]]))
		word := text[m[0]:m[1]]
		b.WriteString(cmdlet.Paint(strings.Trim(style+";"+formStyle(word), ";"), word))
		at = m[1]
	}
	b.WriteString(cmdlet.Paint(style, text[at:]))
	return b.String()
}

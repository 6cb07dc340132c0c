package exchange

import (
	"fmt"
	"strings"

	"github.com/exsh/exsh/transport/convert"
)

// explain renders one decision as the readable ladder -Explain prints.
func explain(d *convert.Decision, sender string) []string {
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
	lines := []string{
		fmt.Sprintf("%s -> %s: %s", sender, d.Recipient, d.Result),
		fmt.Sprintf("  Recipient: %s, %s", who, rd),
		fmt.Sprintf("  Message:   %s composed as %s", d.Class, d.BodyFormat),
	}
	lines = append(lines, explainLadder(d.Trace, convert.TnefLadder, "  TNEF decision, highest priority first:")...)
	lines = append(lines, explainLadder(d.Trace, convert.EncodingLadder, "  Encoding:")...)
	lines = append(lines, fmt.Sprintf("  Result:    %s, decided by %s", d.Result, d.DecidedBy))
	e := d.Encoding
	var parts []string
	for _, p := range e.Parts {
		parts = append(parts, partText(p))
	}
	switch {
	case len(parts) == 1 && strings.HasPrefix(parts[0], e.ContentType):
		lines = append(lines, "  Leaves as: "+parts[0])
	case e.ContentType != "":
		lines = append(lines, "  Leaves as: "+e.ContentType+joinWords(" with ", parts))
	}
	for _, s := range []struct{ label, text string }{{"Headers:", strings.Join(e.Headers, ", ")}, {"Lost:", strings.Join(e.Lost, "; ")}, {"Note:", strings.Join(e.Notes, "; ")}} {
		if s.text != "" {
			lines = append(lines, fmt.Sprintf("  %-10s %s", s.label, s.text))
		}
	}
	return append(lines, "")
}

// explainLadder renders the steps of one ladder, numbered.
func explainLadder(trace []convert.Step, ladder convert.Ladder, title string) []string {
	lines := []string{title}
	n := 0
	for _, s := range trace {
		if s.Ladder != ladder {
			continue
		}
		n++
		line := fmt.Sprintf("    %d. %-13s %s", n, s.Outcome, s.Source())
		switch {
		case s.Effect == "":
		case s.Setting == "" && s.Value != "":
			// A simulation switch reads "...: off" already.
			line += "; " + s.Effect
		default:
			line += ": " + s.Effect
		}
		lines = append(lines, line)
	}
	return lines
}

// joinWords returns prefix and the items joined with ", ", or "" when there
// are none.
func joinWords(prefix string, items []string) string {
	if len(items) == 0 {
		return ""
	}
	return prefix + strings.Join(items, ", ")
}

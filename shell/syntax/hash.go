package syntax

import "strings"

// checkHashKeys reports a key written twice in one hash literal, as
// PowerShell's parser does: constant keys (bare words, quoted strings
// without variables, numbers) compare case-insensitively; keys computed
// at run time are checked when the literal is evaluated.
func checkHashKeys(h *Hash, text string, base Position) error {
	seen := map[string]bool{}
	for _, e := range h.Entries {
		key, ok := constantKey(e.Key)
		if !ok {
			continue
		}
		if seen[strings.ToLower(key)] {
			p := e.Key.Pos
			start, end := p.Offset-base.Offset, min(e.Key.EndPos.Offset-base.Offset, len(text))
			src := text[start:max(start, end)]
			return &Error{Offset: p.Offset, Line: p.Line, Column: p.Column, Length: len(strings.TrimRight(src, " \t\r\n")),
				Message: "Duplicate keys '" + key[2:] + "' are not allowed in hash literals.", ID: "DuplicateKeyInHashLiteral"}
		}
		seen[strings.ToLower(key)] = true
	}
	return nil
}

// constantKey returns the value of a key known before run time, prefixed
// with its kind ("s:" string, "n:" number) since 1 and '1' are different
// keys.
func constantKey(p *Postfix) (string, bool) {
	if len(p.Suffixes) > 0 {
		return "", false
	}
	pr := p.Primary
	switch {
	case pr.Str != nil:
		return "s:" + *pr.Str, true
	case pr.Number != nil:
		return "n:" + *pr.Number, true
	case pr.Expand != nil && pr.Expand.Word != nil && IsNumber(*pr.Expand.Word):
		return "n:" + *pr.Expand.Word, true
	case pr.Expand != nil && pr.Expand.Word != nil && !strings.ContainsAny(*pr.Expand.Word, "$`"):
		return "s:" + *pr.Expand.Word, true
	case pr.Expand != nil && pr.Expand.Quoted != nil && !strings.ContainsAny(*pr.Expand.Quoted, "$`"):
		return "s:" + *pr.Expand.Quoted, true
	}
	return "", false
}

package shell

import (
	"errors"
	"fmt"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/syntax"
)

// The Session runs command text (Invoke-Expression).
var _ cmdlet.Evaluator = (*Session)(nil)

// InvokeExpression implements [cmdlet.Evaluator].
func (s *Session) InvokeExpression(text string, emit func(any) error) error {
	script, err := syntax.Parse(text)
	if err != nil {
		var pe *syntax.Error
		if errors.As(err, &pe) {
			return expressionParseError(text, pe)
		}
		return err
	}
	return s.runBody(script.Body, emit)
}

// expressionParseError is 5.1's ParseException for a syntax error in
// Invoke-Expression's text: its message places the error in the text
// (At line:L char:C, the line and a ~ underline) before the parser's
// message; it stops the statement, not the script.
func expressionParseError(text string, pe *syntax.Error) error {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	line := ""
	if pe.Line >= 1 && pe.Line <= len(lines) {
		line = lines[pe.Line-1]
	}
	col := max(pe.Column, 1)
	msg := fmt.Sprintf("At line:%d char:%d\n+ %s\n+ %s%s\n%s", pe.Line, col, line,
		strings.Repeat(" ", col-1), strings.Repeat("~", max(pe.Length, 1)), pe.Message)
	return cmdlet.NewError(msg, "ParserError", "ParseException", pe.ID)
}

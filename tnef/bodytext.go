package tnef

import (
	"html"
	"regexp"
	"strings"

	"github.com/exsh/exsh/tnef/internal/codepage"
	"github.com/exsh/exsh/tnef/rtf"
)

// BodyText returns the body as plain text, the way a text-only client
// would show it: a text body as is, an HTML body decoded from the code page
// of PR_INTERNET_CPID with its markup removed, and a native RTF body with
// its control words and non-text destinations removed. Line breaks are
// CRLF as in PR_BODY, and terminating NULs are dropped. The error is the
// one of [Message.Body].
func (m *Message) BodyText() (string, error) {
	b, err := m.Body()
	var s string
	switch b.Kind {
	case BodyText:
		s = b.Text
	case BodyHTML:
		s = htmlText(m.decodeHTML(b.HTML))
	case BodyRTF:
		s = rtf.PlainText(b.RTF)
	}
	return strings.TrimRight(s, "\x00"), err
}

// decodeHTML converts HTML bytes to UTF-8 from PR_INTERNET_CPID, else from
// the stream's code page.
func (m *Message) decodeHTML(b []byte) string {
	cp, _ := m.Props.Int(PidInternetCPID)
	switch {
	case cp > 0 && codepage.Supported(uint32(cp)):
		return codepage.Decode(uint32(cp), b)
	case m.CodePage != 0 && codepage.Supported(m.CodePage):
		return codepage.Decode(m.CodePage, b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

var (
	htmlHidden = regexp.MustCompile(`(?is)<(head|script|style|title)\b.*?</(head|script|style|title)\s*>|<!--.*?-->`)
	htmlBreak  = regexp.MustCompile(`(?i)<br\s*/?>|</(p|div|tr|li|h[1-6]|table)\s*>`)
	htmlTag    = regexp.MustCompile(`(?s)<[^>]*>`)
	htmlSpace  = regexp.MustCompile(`[ \t\r\n]+`)
	blankLines = regexp.MustCompile(`(\r\n){3,}`)
)

// htmlText renders HTML as text: hidden parts and tags removed, runs of
// white space collapsed, a line break for <br> and the end of each block,
// entities decoded.
func htmlText(s string) string {
	s = strings.ReplaceAll(s, "\x00", "")
	s = htmlHidden.ReplaceAllString(s, "")
	s = htmlBreak.ReplaceAllString(s, "\x00")
	s = htmlTag.ReplaceAllString(s, " ")
	s = htmlSpace.ReplaceAllString(s, " ")
	lines := strings.Split(s, "\x00")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(html.UnescapeString(l))
	}
	s = blankLines.ReplaceAllString(strings.Join(lines, "\r\n"), "\r\n\r\n")
	return strings.Trim(s, "\r\n")
}

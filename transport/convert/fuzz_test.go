package convert

import (
	"testing"

	"github.com/exsh/exsh/model"
)

// FuzzDecide checks that any address, message class and body format gives
// an error or a decision whose trace names the deciding level; it never
// panics.
func FuzzDecide(f *testing.F) {
	for _, s := range []struct{ addr, class, body string }{
		{"bob@fabrikam.com", "IPM.Note", "RichText"},
		{"administrator@contoso.com", "", "Html"},
		{"x@sub.contoso.com", "IPM.Schedule.Meeting.Resp.Tent", "PlainText"},
		{"smtp:a@b", "REPORT.IPM.Note.IPNNRN", ""},
		{"@", "IPM.", "bogus"},
	} {
		f.Add(s.addr, s.class, s.body)
	}
	f.Fuzz(func(t *testing.T, addr, class, body string) {
		for _, v := range []model.ExchangeVersion{model.Exchange2013, model.Exchange55, model.NonExchange} {
			l := newLab(t, v)
			l.remote("Sub", "*.contoso.com", ptr(true))
			l.contact("Bob", "bob@fabrikam.com", model.UseMapiRichTextFormatNever)
			l.msg = Message{Class: class, BodyFormat: model.ComposeFormat(body)}
			d, err := Decide(l.input(addr))
			if err == nil {
				checkTrace(t, d)
			}
		}
	})
}

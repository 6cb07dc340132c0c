package convert

import (
	"github.com/exsh/exsh/model"
)

// encodingLadder runs the encoding ladder (message-flow.md §4.2–4.3).
// fixed is the result the TNEF ladder already fixed (TNEF, STNEF, MAPI),
// or "" when the message leaves as MIME; then the ladder decides between
// MimeHtml and MimeText and returns the result and the deciding step.
func (r *run) encodingLadder(fixed Result) ([]Step, Result, int) {
	form := []level{r.preferLevel(), r.contentTypeLevel(), r.conversionLevel()}
	if fixed != "" {
		for i := range form {
			form[i].na, form[i].answer = true, ""
			form[i].Effect = string(fixed) + " keeps its form"
		}
	}
	steps, decider, answer := settle(form)
	steps = append(steps, r.lineWrapStep(fixed), r.charsetStep(fixed), r.byteEncoderStep(fixed))
	if fixed != "" {
		return steps, fixed, -1
	}
	return steps, Result(answer), decider
}

// preferLevel is the recipient's own message format, which counts only
// with UsePreferMessageFormat $true.
func (r *run) preferLevel() level {
	l := level{Step: Step{Ladder: EncodingLadder, Level: "PreferMessageFormat", Setting: "UsePreferMessageFormat"}}
	m := r.res.mail
	if m == nil || r.org.ExchangeVersion == model.NonExchange {
		l.Object, l.na, l.Effect = "Recipient '"+r.res.address+"'", true, "not a mail user or mail contact"
		return l
	}
	l.Object, l.Value = m.object(), boolValue(m.usePreferMessageFormat)
	switch {
	case !m.usePreferMessageFormat:
		l.Effect = "MessageFormat and MessageBodyFormat are ignored"
	case m.messageFormat == model.MessageFormatText:
		l.answer, l.Effect = string(MimeText), "MessageFormat=Text: non-MIME plain text"
	case m.messageBodyFormat == model.MessageBodyFormatText:
		l.answer, l.Effect = string(MimeText), "MessageBodyFormat=Text: text/plain"
	case m.messageBodyFormat == model.MessageBodyFormatHtml:
		l.answer, l.Effect = string(MimeHtml), "MessageBodyFormat=Html: text/html only"
	default:
		l.answer, l.Effect = string(MimeHtml), "MessageBodyFormat=TextAndHtml: text/plain and text/html"
	}
	return l
}

// contentTypeLevel is the remote domain's ContentType. exsh applies it to
// every MIME result, as the Set-RemoteDomain page says, although MSG-ENC
// ranks the Outlook format above it (message-flow.md §4.3).
func (r *run) contentTypeLevel() level {
	l := level{Step: Step{Ladder: EncodingLadder, Level: "ContentType", Setting: "ContentType"}}
	if r.rd == nil {
		l.Object, l.na, l.Effect = "RemoteDomain", true, r.detailsWhy("")
		return l
	}
	l.Object, l.Value = rdObject(r.rd), string(r.rd.ContentType)
	switch r.rd.ContentType {
	case model.ContentTypeMimeText:
		l.answer, l.Effect = string(MimeText), "every message becomes text MIME"
	case model.ContentTypeMimeHtml:
		l.answer, l.Effect = string(MimeHtml), "every message becomes HTML MIME"
	default:
		l.Effect = "HTML stays HTML, plain text stays plain text"
	}
	return l
}

// conversionLevel is the body form the message has once it is not TNEF:
// what Outlook (or the recipient's Never) made of the compose format.
func (r *run) conversionLevel() level {
	l := level{Step: Step{Ladder: EncodingLadder, Level: "BodyConversion"}, fallback: true}
	set := func(obj, setting, value string, res Result, effect string) level {
		l.Object, l.Setting, l.Value, l.answer, l.Effect = obj, setting, value, string(res), effect
		return l
	}
	body, f, m := r.body, r.res.format, r.res.mail
	msg := func(res Result, effect string) level { return set("Message", "BodyFormat", string(body), res, effect) }
	switch {
	case body == model.PlainText:
		return msg(MimeText, "plain text stays plain text")
	case r.org.ExchangeVersion == model.Exchange55:
		return r.conversion55(msg)
	case m != nil && m.useMapiRichTextFormat == model.UseMapiRichTextFormatNever && r.org.ExchangeVersion != model.NonExchange &&
		(body == model.RichText || r.org.NeverConvertsAllToText):
		return set(m.object(), "UseMapiRichTextFormat", string(m.useMapiRichTextFormat), MimeText, "converted to plain text")
	case f == model.ContactInternetFormatPlainTextOnly:
		return set(r.res.source, "InternetFormat", string(f), MimeText, "Send Plain Text only: converted to plain text")
	case body == model.Html:
		return msg(MimeHtml, "HTML stays HTML")
	case f == model.ContactInternetFormatLetOutlookDecide && r.in.Sender.Mailbox.InternetFormat == model.ConvertToPlainText:
		return set(r.senderObject(), "InternetFormat", string(model.ConvertToPlainText), MimeText, "Rich Text converted to plain text")
	case f == model.ContactInternetFormatLetOutlookDecide && r.in.Sender.Mailbox.InternetFormat == model.ConvertToHtml:
		return set(r.senderObject(), "InternetFormat", string(model.ConvertToHtml), MimeHtml, "Rich Text converted to HTML")
	case r.org.ExchangeVersion == model.NonExchange:
		return set("Client '"+string(r.in.Sender.Mailbox.Client)+"'", "", "", MimeHtml, "the client writes Rich Text as HTML MIME")
	}
	// Outlook asked for TNEF and a higher level refused it: Exchange
	// converts the Rich Text itself, to HTML (divergence V2, documented
	// column).
	return set("Categorizer", "RtfConversion", "Html", MimeHtml, "Exchange converts the Rich Text body to HTML")
}

// conversion55 is the body form of a 5.5 IMS message without rich text:
// Rich Text is rendered as plain text (the IMS's HTML body option is off
// by default; ContentType MimeHtml stands for it), HTML stays HTML.
func (r *run) conversion55(msg func(Result, string) level) level {
	if r.body == model.Html {
		return msg(MimeHtml, "HTML stays HTML")
	}
	return msg(MimeText, "the IMS renders Rich Text as plain text")
}

// lineWrapStep is the remote domain's LineWrapSize.
func (r *run) lineWrapStep(fixed Result) Step {
	s := Step{Ladder: EncodingLadder, Level: "LineWrapSize", Object: "RemoteDomain", Setting: "LineWrapSize"}
	if r.detailsNA(fixed) {
		s.Outcome, s.Effect = NotApplicable, r.detailsWhy(fixed)
		return s
	}
	s.Object = rdObject(r.rd)
	v, limited := wrapValue(r.rd.LineWrapSize)
	s.Value, s.Outcome, s.Effect = v, Passed, "the client wraps text (Outlook: 76 characters)"
	if limited {
		s.Outcome, s.Effect = Decided, "text bodies wrapped at "+v+" characters"
	}
	return s
}

// charsetStep is the remote domain's CharacterSet (NonMimeCharacterSet for
// non-MIME text), which only fills in a missing charset.
func (r *run) charsetStep(fixed Result) Step {
	s := Step{Ladder: EncodingLadder, Level: "CharacterSet", Object: "RemoteDomain", Setting: r.charsetSetting()}
	if r.detailsNA(fixed) {
		s.Outcome, s.Effect = NotApplicable, r.detailsWhy(fixed)
		return s
	}
	s.Object = rdObject(r.rd)
	cs := r.rd.CharacterSet
	if r.nonMime() {
		cs = r.rd.NonMimeCharacterSet
	}
	s.Value = "$null"
	if cs != nil {
		s.Value = *cs
	}
	switch {
	case r.in.Message.Charset != "":
		s.Outcome, s.Effect = Passed, "the message's charset "+r.in.Message.Charset+" is kept"
	case cs != nil:
		s.Outcome, s.Effect = Decided, "fills in the missing charset"
	default:
		s.Outcome, s.Effect = Passed, "no charset: us-ascii"
	}
	return s
}

// byteEncoderStep is ByteEncoderTypeFor7BitCharsets.
func (r *run) byteEncoderStep(fixed Result) Step {
	s := Step{Ladder: EncodingLadder, Level: "TransferEncoding", Object: "RemoteDomain", Setting: "ByteEncoderTypeFor7BitCharsets"}
	if r.detailsNA(fixed) {
		s.Outcome, s.Effect = NotApplicable, r.detailsWhy(fixed)
		return s
	}
	s.Object, s.Value = rdObject(r.rd), string(r.rd.ByteEncoderTypeFor7BitCharsets)
	text, html := transferEncodings(r.rd.ByteEncoderTypeFor7BitCharsets)
	s.Outcome, s.Effect = Decided, "text/plain "+text+", text/html "+html
	if t := r.rd.ByteEncoderTypeFor7BitCharsets; t == "" || t == model.ByteEncoderTypeFor7BitCharsetsUndefined {
		s.Outcome = Passed
	}
	return s
}

// detailsNA reports whether the remote domain's encoding details do not
// apply: internal delivery, or no remote domain (a non-Exchange server
// matches none).
func (r *run) detailsNA(fixed Result) bool {
	return fixed == STNEF || fixed == MAPI || r.rd == nil
}

// detailsWhy says why the details do not apply.
func (r *run) detailsWhy(fixed Result) string {
	switch {
	case fixed == STNEF || fixed == MAPI:
		return "internal recipient"
	case r.org.ExchangeVersion == model.NonExchange:
		return "a non-Exchange server has no remote domains: the client's MIME leaves as written"
	}
	return "no remote domain applies"
}

// charsetSetting names the charset property that applies.
func (r *run) charsetSetting() string {
	if r.nonMime() {
		return "NonMimeCharacterSet"
	}
	return "CharacterSet"
}

// nonMime reports whether the recipient takes non-MIME text.
func (r *run) nonMime() bool {
	m := r.res.mail
	return m != nil && m.usePreferMessageFormat && m.messageFormat == model.MessageFormatText &&
		r.org.ExchangeVersion != model.NonExchange
}

// transferEncodings returns the transfer encodings of text/plain and
// text/html parts in a 7-bit charset.
func transferEncodings(t model.ByteEncoderTypeFor7BitCharsets) (text, html string) {
	const qp, b64, bit7 = "quoted-printable", "base64", "7bit"
	switch t {
	case model.ByteEncoderTypeFor7BitCharsetsUse7Bit:
		return bit7, bit7
	case model.ByteEncoderTypeFor7BitCharsetsUseBase64:
		return b64, b64
	case model.ByteEncoderTypeFor7BitCharsetsUseQPHtmlDetectTextPlain:
		return "7bit or quoted-printable (detected)", qp
	case model.ByteEncoderTypeFor7BitCharsetsUseBase64HtmlDetectTextPlain:
		return "7bit or base64 (detected)", b64
	case model.ByteEncoderTypeFor7BitCharsetsUseQPHtml7BitTextPlain:
		return bit7, qp
	case model.ByteEncoderTypeFor7BitCharsetsUseBase64Html7BitTextPlain:
		return bit7, b64
	}
	return qp, qp
}

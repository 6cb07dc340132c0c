package convert

import (
	"strings"

	"github.com/exsh/exsh/model"
)

// encoding describes the bytes that leave for result.
func (r *run) encoding(res Result) Encoding {
	e := Encoding{MIME: !r.nonMime(), LineWrap: "Unlimited"}
	if !r.detailsNA(res) {
		e.LineWrap, _ = wrapValue(r.rd.LineWrapSize)
	}
	switch res {
	case STNEF:
		e.ContentType = "application/ms-tnef"
		e.Parts = []Part{{ContentType: "application/ms-tnef", TransferEncoding: "binary"}}
		e.Notes = append(e.Notes, "sent with BDAT (needs the BINARYMIME and CHUNKING SMTP extensions)")
	case MAPI:
		e.MIME, e.ContentType = false, "MAPI"
		e.Notes = append(e.Notes, "delivered by the Exchange 5.5 MTA without content conversion")
	case TNEF:
		r.tnefParts(&e)
	default:
		r.mimeParts(&e, res)
	}
	r.headers(&e, res)
	if r.org.ExchangeVersion == model.Exchange55 && r.org.ImsRestartPending {
		e.Notes = append(e.Notes, "an IMS restart is pending: the IMS runs with the settings of its last start until Restart-Service MSExchangeIMC")
	}
	return e
}

// charset returns the charset of the text parts.
func (r *run) charset() string {
	if r.in.Message.Charset != "" {
		return r.in.Message.Charset
	}
	if r.rd != nil {
		cs := r.rd.CharacterSet
		if r.nonMime() {
			cs = r.rd.NonMimeCharacterSet
		}
		if cs != nil {
			return *cs
		}
	}
	return "us-ascii"
}

// textEncodings returns the text and HTML transfer encodings.
func (r *run) textEncodings() (string, string) {
	if r.rd == nil {
		return "quoted-printable", "quoted-printable"
	}
	return transferEncodings(r.rd.ByteEncoderTypeFor7BitCharsets)
}

// tnefParts fills in the legacy TNEF layout: a text rendering and
// winmail.dat (uuencoded after the text for a non-MIME recipient).
func (r *run) tnefParts(e *Encoding) {
	text, _ := r.textEncodings()
	plain := Part{ContentType: "text/plain", Charset: r.charset(), TransferEncoding: text}
	if !e.MIME {
		e.ContentType = "text/plain"
		e.Parts = []Part{plain, {ContentType: "application/ms-tnef; name=\"WINMAIL.DAT\"", TransferEncoding: "uuencode"}}
		return
	}
	e.ContentType = "multipart/mixed"
	e.Parts = []Part{plain, {ContentType: "application/ms-tnef; name=\"winmail.dat\"", TransferEncoding: "base64"}}
}

// mimeParts fills in a MIME (or non-MIME text) result.
func (r *run) mimeParts(e *Encoding, res Result) {
	text, html := r.textEncodings()
	cs := r.charset()
	if res == MimeHtml && !r.htmlOnly() {
		e.Parts = append(e.Parts, Part{ContentType: "text/plain", Charset: cs, TransferEncoding: text})
	}
	if res == MimeHtml {
		e.Parts = append(e.Parts, Part{ContentType: "text/html", Charset: cs, TransferEncoding: html})
	} else {
		e.Parts = append(e.Parts, Part{ContentType: "text/plain", Charset: cs, TransferEncoding: text})
	}
	if r.cls.kind == meetingClass && r.org.ExchangeVersion != model.Exchange55 {
		e.Calendar = "text/calendar; method=" + r.cls.method
		e.Parts = append(e.Parts, Part{ContentType: e.Calendar, Charset: cs, TransferEncoding: "base64"})
	}
	e.ContentType = e.Parts[0].ContentType
	if len(e.Parts) > 1 {
		e.ContentType = "multipart/alternative"
	}
	e.ContentType = r.wrapAttachments(e.ContentType)
	if r.cls.kind == reportClass {
		e.ContentType = reportType(r.cls.name)
	}
	if !e.MIME {
		e.ContentType = "text/plain (non-MIME)"
	}
	e.Lost = r.cls.lostWithoutTnef(r.in.Message, r.org.ExchangeVersion == model.Exchange55)
	if res == MimeText && r.body != model.PlainText {
		e.Lost = append(e.Lost, map[model.ComposeFormat]string{model.RichText: "Rich Text formatting", model.Html: "HTML formatting"}[r.body])
	}
}

// htmlOnly reports whether the recipient prefers text/html alone.
func (r *run) htmlOnly() bool {
	m := r.res.mail
	return m != nil && m.usePreferMessageFormat && m.messageBodyFormat == model.MessageBodyFormatHtml
}

// wrapAttachments returns the top-level type once attachments are added:
// inline images wrap the body in multipart/related, files in
// multipart/mixed.
func (r *run) wrapAttachments(top string) string {
	inline, files := false, false
	for _, a := range r.in.Message.Attachments {
		if a.Kind == InlineAttachment {
			inline = true
		} else {
			files = true
		}
	}
	if inline {
		top = "multipart/related"
	}
	if files {
		top = "multipart/mixed"
	}
	return top
}

// reportType is the MIME type of a report message that is not TNEF.
func reportType(class string) string {
	l := strings.ToLower(class)
	if strings.HasSuffix(l, ".ipnrn") || strings.HasSuffix(l, ".ipnnrn") {
		return "multipart/report; report-type=disposition-notification"
	}
	return "multipart/report; report-type=delivery-status"
}

// headers adds the read-receipt request header and the TNEF correlator.
// Exchange 5.5's IMS writes read requests as Return-Receipt-To, which
// Exchange 2000 and later read as a delivery-receipt request (Q324604);
// only TNEF carries the read request between 5.5 and later versions.
func (r *run) headers(e *Encoding, res Result) {
	if res == STNEF || res == MAPI {
		return
	}
	if r.in.Message.ReadReceipt {
		if r.org.ExchangeVersion == model.Exchange55 {
			e.Headers = append(e.Headers, "Return-Receipt-To")
			if res != TNEF {
				e.Lost = append(e.Lost, "read-receipt request (Return-Receipt-To is read as a delivery-receipt request by Exchange 2000 and later)")
			}
		} else {
			e.Headers = append(e.Headers, "Disposition-Notification-To")
		}
	}
	if res == TNEF {
		e.Headers = append(e.Headers, "X-MS-TNEF-Correlator")
	}
}

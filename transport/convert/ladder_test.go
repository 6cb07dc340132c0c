package convert

import (
	"strings"
	"testing"

	"github.com/exsh/exsh/model"
)

// partTypes lists the content types of an encoding's parts.
func partTypes(e Encoding) string {
	var s []string
	for _, p := range e.Parts {
		s = append(s, p.ContentType)
	}
	return strings.Join(s, ", ")
}

// TestDoneWhen is issue 5's scenario: an RTF message from Contoso to a
// typed bob@fabrikam.com.
func TestDoneWhen(t *testing.T) {
	l := newLab(t, model.Exchange2013)
	l.msg.BodyFormat = model.RichText
	rd := l.remote("Fabrikam", "fabrikam.com", nil)
	d := l.decide("bob@fabrikam.com")
	if d.Result != MimeHtml || d.DecidedBy != "OutlookConfiguration 'Administrator' InternetFormat=ConvertToHtml" {
		t.Fatalf("defaults: %s by %s", d.Result, d.DecidedBy)
	}
	rd.TNEFEnabled = ptr(true)
	if d = l.decide("bob@fabrikam.com"); d.Result != TNEF || d.DecidedBy != "RemoteDomain 'Fabrikam' TNEFEnabled=True" {
		t.Fatalf("$true: %s by %s", d.Result, d.DecidedBy)
	}
	rd.TNEFEnabled = ptr(false)
	l.contact("Bob", "bob@fabrikam.com", model.UseMapiRichTextFormatAlways)
	d = l.decide("bob@fabrikam.com")
	if d.Result == TNEF || d.DecidedBy != "RemoteDomain 'Fabrikam' TNEFEnabled=False" {
		t.Fatalf("$false + Always: %s by %s", d.Result, d.DecidedBy)
	}
	if s := step(t, d, "MailRecipient"); s.Outcome != Overruled || s.Source() != "MailContact 'Bob' UseMapiRichTextFormat=Always" {
		t.Errorf("contact step = %s", s)
	}
}

func TestMessageClasses(t *testing.T) {
	tests := []struct {
		name     string
		msg      Message
		od       model.InternetFormat
		rdTnef   *bool
		want     Result
		top      string
		parts    string
		lost     string // substring of one Lost entry, "" for none
		calendar string
	}{
		{"note keeps its compose format", Message{BodyFormat: model.Html}, model.SendRichText, nil, MimeHtml,
			"multipart/alternative", "text/plain, text/html", "", ""},
		{"meeting request is Rich Text and leaves as iCalendar", Message{BodyFormat: model.Html, Class: "IPM.Schedule.Meeting.Request"},
			model.ConvertToHtml, nil, MimeHtml, "multipart/alternative", "text/plain, text/html, text/calendar; method=REQUEST", "", "text/calendar; method=REQUEST"},
		{"meeting request with plain conversion", Message{Class: "IPM.Schedule.Meeting.Request"}, model.ConvertToPlainText, nil, MimeText,
			"multipart/alternative", "text/plain, text/calendar; method=REQUEST", "Rich Text formatting", "text/calendar; method=REQUEST"},
		{"Outlook's Rich Text option still sends iCalendar", Message{Class: "IPM.Schedule.Meeting.Request"}, model.SendRichText, nil, MimeHtml,
			"multipart/alternative", "text/plain, text/html, text/calendar; method=REQUEST", "", "text/calendar; method=REQUEST"},
		{"remote domain TNEF keeps the meeting TNEF", Message{Class: "IPM.Schedule.Meeting.Request"}, model.ConvertToHtml, ptr(true), TNEF,
			"multipart/mixed", `text/plain, application/ms-tnef; name="winmail.dat"`, "", ""},
		{"cancellation", Message{Class: "IPM.Schedule.Meeting.Canceled"}, model.ConvertToHtml, nil, MimeHtml,
			"multipart/alternative", "text/plain, text/html, text/calendar; method=CANCEL", "", "text/calendar; method=CANCEL"},
		{"acceptance", Message{Class: "IPM.Schedule.Meeting.Resp.Pos"}, model.ConvertToHtml, nil, MimeHtml,
			"multipart/alternative", "text/plain, text/html, text/calendar; method=REPLY", "", "text/calendar; method=REPLY"},
		{"task request loses its semantics", Message{Class: "IPM.TaskRequest"}, model.ConvertToHtml, nil, MimeHtml,
			"multipart/alternative", "text/plain, text/html", "task request", ""},
		{"task request as TNEF loses nothing", Message{Class: "IPM.TaskRequest"}, model.SendRichText, nil, TNEF,
			"multipart/mixed", `text/plain, application/ms-tnef; name="winmail.dat"`, "", ""},
		{"custom form loses its class", Message{Class: "IPM.Note.Expense"}, model.ConvertToHtml, nil, MimeHtml,
			"multipart/alternative", "text/plain, text/html", "form class IPM.Note.Expense", ""},
		{"voting buttons force Rich Text and are lost", Message{BodyFormat: model.PlainText, VotingButtons: true}, model.ConvertToHtml, nil, MimeHtml,
			"multipart/alternative", "text/plain, text/html", "voting buttons", ""},
		{"attached Outlook item arrives blank", Message{BodyFormat: model.Html, Attachments: []Attachment{{"Kim.vcf", OutlookItemAttachment}}},
			model.ConvertToHtml, nil, MimeHtml, "multipart/mixed", "text/plain, text/html", "attached Outlook item 'Kim.vcf'", ""},
		{"OLE object", Message{BodyFormat: model.Html, Attachments: []Attachment{{"Sheet", OleAttachment}}},
			model.ConvertToHtml, nil, MimeHtml, "multipart/mixed", "text/plain, text/html", "embedded OLE object 'Sheet'", ""},
		{"inline image wraps in multipart/related", Message{BodyFormat: model.Html, Attachments: []Attachment{{"logo.png", InlineAttachment}}},
			model.ConvertToHtml, nil, MimeHtml, "multipart/related", "text/plain, text/html", "", ""},
		{"read receipt report leaves as an MDN", Message{BodyFormat: model.PlainText, Class: "REPORT.IPM.Note.IPNRN"}, model.ConvertToHtml, nil, MimeText,
			"multipart/report; report-type=disposition-notification", "text/plain", "", ""},
		{"delivery report", Message{BodyFormat: model.PlainText, Class: "REPORT.IPM.Note.DR"}, model.ConvertToHtml, nil, MimeText,
			"multipart/report; report-type=delivery-status", "text/plain", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLab(t, model.Exchange2013)
			l.remote("Fabrikam", "fabrikam.com", tt.rdTnef)
			l.sender.InternetFormat = tt.od
			l.msg = tt.msg
			d := l.decide("bob@fabrikam.com")
			e := d.Encoding
			if d.Result != tt.want || e.ContentType != tt.top || partTypes(e) != tt.parts || e.Calendar != tt.calendar {
				t.Fatalf("got %s %s [%s] cal=%q, want %s %s [%s]\n%s", d.Result, e.ContentType, partTypes(e), e.Calendar,
					tt.want, tt.top, tt.parts, traceText(d))
			}
			joined := strings.Join(e.Lost, "; ")
			if (tt.lost == "") != (len(e.Lost) == 0) || !strings.Contains(joined, tt.lost) {
				t.Errorf("Lost = %q, want %q", e.Lost, tt.lost)
			}
		})
	}
}

func TestReadReceiptHeaders(t *testing.T) {
	l := newLab(t, model.Exchange2013)
	l.remote("Fabrikam", "fabrikam.com", ptr(true))
	l.msg = Message{BodyFormat: model.Html, ReadReceipt: true}
	if d := l.decide("bob@fabrikam.com"); strings.Join(d.Encoding.Headers, ",") != "Disposition-Notification-To,X-MS-TNEF-Correlator" {
		t.Errorf("TNEF headers = %q", d.Encoding.Headers)
	}
	l.set.RemoteDomains[1].TNEFEnabled = nil
	if d := l.decide("bob@fabrikam.com"); strings.Join(d.Encoding.Headers, ",") != "Disposition-Notification-To" {
		t.Errorf("MIME headers = %q", d.Encoding.Headers)
	}
}

func TestEncodingLadder(t *testing.T) {
	cs := func(s string) *string { return &s }
	tests := []struct {
		name      string
		body      model.ComposeFormat
		tnef      *bool
		setRD     func(*model.RemoteDomain)
		setMC     func(*model.MailContact)
		charset   string
		want      Result
		decidedBy string
		parts     string
		detail    func(Encoding) string // a detail to compare, with wantDetail
		wantDet   string
	}{
		{"ContentType MimeText turns HTML into text", model.Html, nil,
			func(r *model.RemoteDomain) { r.ContentType = model.ContentTypeMimeText }, nil, "",
			MimeText, "RemoteDomain 'Fabrikam' ContentType=MimeText", "text/plain", nil, ""},
		{"ContentType MimeHtml turns plain text into HTML", model.PlainText, nil,
			func(r *model.RemoteDomain) { r.ContentType = model.ContentTypeMimeHtml }, nil, "",
			MimeHtml, "RemoteDomain 'Fabrikam' ContentType=MimeHtml", "text/plain, text/html", nil, ""},
		{"ContentType MimeHtmlText keeps plain text", model.PlainText, nil, nil, nil, "",
			MimeText, "Message BodyFormat=PlainText", "text/plain", nil, ""},
		{"ContentType does not change TNEF", model.Html, ptr(true),
			func(r *model.RemoteDomain) { r.ContentType = model.ContentTypeMimeText }, nil, "",
			TNEF, "RemoteDomain 'Fabrikam' TNEFEnabled=True", `text/plain, application/ms-tnef; name="winmail.dat"`, nil, ""},
		{"preferred Text beats ContentType MimeHtml", model.Html, nil,
			func(r *model.RemoteDomain) { r.ContentType = model.ContentTypeMimeHtml },
			func(c *model.MailContact) {
				c.UsePreferMessageFormat, c.MessageBodyFormat = true, model.MessageBodyFormatText
			}, "",
			MimeText, "MailContact 'Bob' UsePreferMessageFormat=True", "text/plain", nil, ""},
		{"preferred Html sends text/html alone", model.RichText, nil, nil,
			func(c *model.MailContact) {
				c.UsePreferMessageFormat, c.MessageBodyFormat = true, model.MessageBodyFormatHtml
			}, "",
			MimeHtml, "MailContact 'Bob' UsePreferMessageFormat=True", "text/html", nil, ""},
		{"preferred format ignored without UsePreferMessageFormat", model.Html, nil, nil,
			func(c *model.MailContact) { c.MessageBodyFormat = model.MessageBodyFormatText }, "",
			MimeHtml, "Message BodyFormat=Html", "text/plain, text/html", nil, ""},
		{"MessageFormat Text is non-MIME with NonMimeCharacterSet", model.Html, nil,
			func(r *model.RemoteDomain) { r.NonMimeCharacterSet = cs("iso-8859-2") },
			func(c *model.MailContact) {
				c.UsePreferMessageFormat, c.MessageFormat, c.MessageBodyFormat = true, model.MessageFormatText, model.MessageBodyFormatText
			}, "",
			MimeText, "MailContact 'Bob' UsePreferMessageFormat=True", "text/plain",
			func(e Encoding) string { return e.ContentType + " " + e.Parts[0].Charset }, "text/plain (non-MIME) iso-8859-2"},
		{"TNEF to a non-MIME recipient is uuencoded", model.RichText, ptr(true), nil,
			func(c *model.MailContact) {
				c.UsePreferMessageFormat, c.MessageFormat, c.MessageBodyFormat = true, model.MessageFormatText, model.MessageBodyFormatText
			}, "",
			TNEF, "RemoteDomain 'Fabrikam' TNEFEnabled=True", `text/plain, application/ms-tnef; name="WINMAIL.DAT"`,
			func(e Encoding) string { return e.Parts[1].TransferEncoding }, "uuencode"},
		{"LineWrapSize wraps text", model.PlainText, nil,
			func(r *model.RemoteDomain) { r.LineWrapSize = model.Limited[int32](72) }, nil, "",
			MimeText, "Message BodyFormat=PlainText", "text/plain", func(e Encoding) string { return e.LineWrap }, "72"},
		{"LineWrapSize Unlimited", model.PlainText, nil, nil, nil, "",
			MimeText, "Message BodyFormat=PlainText", "text/plain", func(e Encoding) string { return e.LineWrap }, "Unlimited"},
		{"CharacterSet fills a missing charset", model.Html, nil,
			func(r *model.RemoteDomain) { r.CharacterSet = cs("iso-8859-1") }, nil, "",
			MimeHtml, "Message BodyFormat=Html", "text/plain, text/html", func(e Encoding) string { return e.Parts[1].Charset }, "iso-8859-1"},
		{"CharacterSet never overwrites a charset", model.Html, nil,
			func(r *model.RemoteDomain) { r.CharacterSet = cs("iso-8859-1") }, nil, "utf-8",
			MimeHtml, "Message BodyFormat=Html", "text/plain, text/html", func(e Encoding) string { return e.Parts[1].Charset }, "utf-8"},
		{"default transfer encoding is quoted-printable", model.Html, nil, nil, nil, "",
			MimeHtml, "Message BodyFormat=Html", "text/plain, text/html",
			func(e Encoding) string { return e.Parts[0].TransferEncoding + "/" + e.Parts[1].TransferEncoding }, "quoted-printable/quoted-printable"},
		{"UseQPHtml7BitTextPlain", model.Html, nil,
			func(r *model.RemoteDomain) {
				r.ByteEncoderTypeFor7BitCharsets = model.ByteEncoderTypeFor7BitCharsetsUseQPHtml7BitTextPlain
			}, nil, "",
			MimeHtml, "Message BodyFormat=Html", "text/plain, text/html",
			func(e Encoding) string { return e.Parts[0].TransferEncoding + "/" + e.Parts[1].TransferEncoding }, "7bit/quoted-printable"},
		{"UseBase64", model.PlainText, nil,
			func(r *model.RemoteDomain) {
				r.ByteEncoderTypeFor7BitCharsets = model.ByteEncoderTypeFor7BitCharsetsUseBase64
			}, nil, "",
			MimeText, "Message BodyFormat=PlainText", "text/plain", func(e Encoding) string { return e.Parts[0].TransferEncoding }, "base64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLab(t, model.Exchange2013)
			rd := l.remote("Fabrikam", "fabrikam.com", tt.tnef)
			if tt.setRD != nil {
				tt.setRD(rd)
			}
			c := l.contact("Bob", "bob@fabrikam.com", model.UseMapiRichTextFormatUseDefaultSettings)
			if tt.setMC != nil {
				tt.setMC(c)
			}
			l.msg = Message{BodyFormat: tt.body, Charset: tt.charset}
			d := l.decide("bob@fabrikam.com")
			if d.Result != tt.want || d.DecidedBy != tt.decidedBy || partTypes(d.Encoding) != tt.parts {
				t.Fatalf("got %s by %q [%s], want %s by %q [%s]\n%s", d.Result, d.DecidedBy, partTypes(d.Encoding),
					tt.want, tt.decidedBy, tt.parts, traceText(d))
			}
			if tt.detail != nil {
				if got := tt.detail(d.Encoding); got != tt.wantDet {
					t.Errorf("detail = %q, want %q", got, tt.wantDet)
				}
			}
		})
	}
}

func TestExchange55(t *testing.T) {
	tests := []struct {
		name      string
		domain    *bool // the fabrikam.com entry; nil = User
		imsWide   *bool // the Default (*) entry
		noEntry   bool  // no fabrikam.com entry: the IMS-wide setting applies
		mu        model.UseMapiRichTextFormat
		oneOff    model.ContactInternetFormat
		pab       model.ContactInternetFormat
		body      model.ComposeFormat
		class     string
		want      Result
		decidedBy string
		lost      string
	}{
		{"e-mail domain Always", ptr(true), nil, false, "", "", "", model.RichText, "", TNEF,
			"RemoteDomain 'Fabrikam' SendRichText=Always", ""},
		{"IMS-wide Always", nil, ptr(true), true, "", "", "", model.RichText, "", TNEF,
			"RemoteDomain 'Default' SendRichText=Always", ""},
		{"domain entry User overrides IMS-wide Always", nil, ptr(true), false, "", "", "", model.RichText, "", MimeText,
			"Recipient 'bob@fabrikam.com' InternetFormat=LetOutlookDecide", "Rich Text formatting"},
		{"Never beats the recipient flag", ptr(false), nil, false, model.UseMapiRichTextFormatAlways, "", "", model.RichText, "", MimeText,
			"RemoteDomain 'Fabrikam' SendRichText=Never", "Rich Text formatting"},
		{"User and custom recipient allows rich text", nil, nil, false, model.UseMapiRichTextFormatAlways, "", "", model.RichText, "", TNEF,
			"MailContact 'Bob' UseMapiRichTextFormat=Always", ""},
		{"User and custom recipient refuses rich text", nil, nil, false, model.UseMapiRichTextFormatNever, model.ContactInternetFormatOutlookRichText,
			"", model.RichText, "", MimeText, "MailContact 'Bob' UseMapiRichTextFormat=Never", "Rich Text formatting"},
		{"User and the one-off check box", nil, nil, false, "", model.ContactInternetFormatOutlookRichText, "", model.RichText, "", TNEF,
			"Recipient 'bob@fabrikam.com' InternetFormat=OutlookRichText", ""},
		{"User and the PAB entry", nil, nil, false, "", "", model.ContactInternetFormatOutlookRichText, model.RichText, "", TNEF,
			`OutlookContact 'Administrator\Bob' InternetFormat=OutlookRichText`, ""},
		{"User without a flag sends HTML as HTML", nil, nil, false, "", "", "", model.Html, "", MimeHtml,
			"Recipient 'bob@fabrikam.com' InternetFormat=LetOutlookDecide", ""},
		{"meeting without rich text is text", nil, nil, false, "", "", "", model.RichText, "IPM.Schedule.Meeting.Request", MimeText,
			"Recipient 'bob@fabrikam.com' InternetFormat=LetOutlookDecide", "meeting request"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLab(t, model.Exchange55)
			l.set.RemoteDomains[0].TNEFEnabled = tt.imsWide
			if !tt.noEntry {
				l.remote("Fabrikam", "fabrikam.com", tt.domain)
			}
			if tt.mu != "" {
				l.contact("Bob", "bob@fabrikam.com", tt.mu)
			}
			if tt.pab != "" {
				l.outlookContact("Bob", "bob@fabrikam.com", tt.pab)
			}
			l.oneOff = tt.oneOff
			l.msg = Message{BodyFormat: tt.body, Class: tt.class, ReadReceipt: true}
			d := l.decide("bob@fabrikam.com")
			if d.Result != tt.want || d.DecidedBy != tt.decidedBy {
				t.Fatalf("got %s by %q, want %s by %q\n%s", d.Result, d.DecidedBy, tt.want, tt.decidedBy, traceText(d))
			}
			if d.Encoding.Headers[0] != "Return-Receipt-To" {
				t.Errorf("headers = %q", d.Encoding.Headers)
			}
			lost := strings.Join(d.Encoding.Lost, "; ")
			if tt.want != TNEF && !strings.Contains(lost, "read-receipt request") || !strings.Contains(lost, tt.lost) {
				t.Errorf("Lost = %q", d.Encoding.Lost)
			}
			if tt.want == TNEF && lost != "" {
				t.Errorf("TNEF loses %q", lost)
			}
		})
	}
	t.Run("internal mail stays MAPI", func(t *testing.T) {
		l := newLab(t, model.Exchange55)
		d := l.decide("administrator@contoso.com")
		if d.Result != MAPI || d.Encoding.ContentType != "MAPI" {
			t.Fatalf("got %s\n%s", d.Result, traceText(d))
		}
	})
	t.Run("a pending IMS restart is noted", func(t *testing.T) {
		l := newLab(t, model.Exchange55)
		l.set.Organization.NoteImsChange("Set-RemoteDomain Default")
		d := l.decide("bob@fabrikam.com")
		if len(d.Encoding.Notes) != 1 || !strings.Contains(d.Encoding.Notes[0], "Restart-Service MSExchangeIMC") {
			t.Errorf("Notes = %q", d.Encoding.Notes)
		}
	})
}

func TestNonExchange(t *testing.T) {
	tests := []struct {
		name string
		body model.ComposeFormat
		od   model.InternetFormat
		oc   model.ContactInternetFormat
		want Result
		by   string
	}{
		{"Rich Text never leaves as TNEF", model.RichText, model.SendRichText, "", MimeHtml, "Client 'ThirdPartyMailClient'"},
		{"per-contact Rich Text is no TNEF either", model.RichText, model.ConvertToHtml, model.ContactInternetFormatOutlookRichText, MimeHtml,
			"Client 'ThirdPartyMailClient'"},
		{"Rich Text to plain", model.RichText, model.ConvertToPlainText, "", MimeText, "OutlookConfiguration 'Administrator' InternetFormat=ConvertToPlainText"},
		{"HTML to a plain-text contact", model.Html, model.ConvertToHtml, model.ContactInternetFormatPlainTextOnly, MimeText,
			`OutlookContact 'Administrator\Bob' InternetFormat=PlainTextOnly`},
		{"HTML", model.Html, model.ConvertToHtml, "", MimeHtml, "Message BodyFormat=Html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLab(t, model.NonExchange)
			l.remote("Fabrikam", "fabrikam.com", ptr(true))
			l.contact("Kim", "bob@fabrikam.com", model.UseMapiRichTextFormatAlways)
			if tt.oc != "" {
				l.outlookContact("Bob", "bob@fabrikam.com", tt.oc)
			}
			l.sender.InternetFormat = tt.od
			l.msg.BodyFormat = tt.body
			d := l.decide("bob@fabrikam.com")
			if d.Result != tt.want || d.DecidedBy != tt.by {
				t.Fatalf("got %s by %q, want %s by %q\n%s", d.Result, d.DecidedBy, tt.want, tt.by, traceText(d))
			}
			if s := step(t, d, "MailServer"); s.Outcome != Decided {
				t.Errorf("MailServer step = %s", s)
			}
			if d.RemoteDomain != nil {
				t.Errorf("a non-Exchange organization matched remote domain %s", d.RemoteDomain.Name)
			}
		})
	}
	t.Run("internal mail is the client's MIME", func(t *testing.T) {
		l := newLab(t, model.NonExchange)
		l.msg.BodyFormat = model.PlainText
		if d := l.decide("administrator@contoso.com"); d.Result != MimeText {
			t.Errorf("got %s", d.Result)
		}
	})
}

// BenchmarkDecide measures one full decision (resolution, both ladders,
// encoding) for a typed address with every setting at its default.
func BenchmarkDecide(b *testing.B) {
	t := &testing.T{}
	l := newLab(t, model.Exchange2013)
	l.remote("Fabrikam", "fabrikam.com", nil)
	l.contact("Kim", "kim@fabrikam.com", model.UseMapiRichTextFormatUseDefaultSettings)
	l.msg.BodyFormat = model.RichText
	in := l.input("bob@fabrikam.com")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decide(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatchRemoteDomain is the baseline for BenchmarkDecide: the
// remote-domain lookup alone, on the same organization.
func BenchmarkMatchRemoteDomain(b *testing.B) {
	t := &testing.T{}
	l := newLab(t, model.Exchange2013)
	l.remote("Fabrikam", "fabrikam.com", nil)
	list := l.set.RemoteDomains
	b.ReportAllocs()
	for b.Loop() {
		if model.BestRemoteDomain(list, "fabrikam.com") == nil {
			b.Fatal("no match")
		}
	}
}

// TestLadderOrder pins the order in which the levels are consulted.
func TestLadderOrder(t *testing.T) {
	tests := []struct {
		version model.ExchangeVersion
		want    string
	}{
		// The GAL switch is off and changes nothing for a one-off
		// address: it is not in the trace (TestSwitchInTrace).
		{model.Exchange2013, "Recipient RemoteDomain MailRecipient OutlookContact OutlookDefault MessageBody " +
			"PreferMessageFormat ContentType BodyConversion LineWrapSize CharacterSet TransferEncoding"},
		{model.Exchange55, "Recipient ImsWide CustomRecipient RecipientRichTextFlag " +
			"PreferMessageFormat ContentType BodyConversion LineWrapSize CharacterSet TransferEncoding"},
		{model.NonExchange, "Recipient MailServer " +
			"PreferMessageFormat ContentType BodyConversion LineWrapSize CharacterSet TransferEncoding"},
	}
	for _, tt := range tests {
		l := newLab(t, tt.version)
		d := l.decide("bob@fabrikam.com")
		var got []string
		for _, s := range d.Trace {
			got = append(got, s.Level)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: levels %q, want %q", tt.version, got, tt.want)
		}
	}
}

// TestSnapshotOfPendingIms checks that a 5.5 IMS keeps the e-mail domains
// of its last start until it is restarted.
func TestSnapshotOfPendingIms(t *testing.T) {
	l := newLab(t, model.Exchange55)
	l.remote("Contoso", "fabrikam.com", ptr(true))
	l.set.Organization.NoteImsChange("New-RemoteDomain Contoso")
	in := l.input("bob@fabrikam.com")
	d, err := Decide(in)
	if err != nil || d.Result != MimeText || d.RemoteDomain.Name != "Default" {
		t.Fatalf("before the restart: %v %+v", err, d)
	}
	l.set.Organization.RestartIms(l.set.RemoteDomains, l.set.SendConnectors)
	in.Org = SnapshotOf(l.set)
	if d, err = Decide(in); err != nil || d.Result != TNEF || d.DecidedBy != "RemoteDomain 'Contoso' SendRichText=Always" {
		t.Fatalf("after the restart: %v %s by %s", err, d.Result, d.DecidedBy)
	}
}

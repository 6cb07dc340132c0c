package convert

import (
	"github.com/exsh/exsh/model"
)

// decide55 runs the Exchange 5.5 Internet Mail Service rules (Q257396,
// message-flow.md §10): the remote domain that matches stands for the IMS
// e-mail domain entry ("*", the Default entry, for the IMS-wide setting),
// with TNEFEnabled $true = Always, $false = Never and $null = User. Under
// User the recipient's rich-text flag decides: a custom recipient's
// "Allow rich text in messages" (UseMapiRichTextFormat Always or Never),
// else the sender's Outlook flag for the address (an Outlook contact or
// the one-off check box, InternetFormat OutlookRichText). There is no
// STNEF: internal mail stays MAPI.
func (r *run) decide55() {
	levels := []level{
		r.recipientLevel(MAPI, "internal recipient: the 5.5 MTA delivers the MAPI message (no STNEF)"),
		r.imsDomainLevel(),
		r.customRecipientLevel(),
		r.clientFlagLevel(),
	}
	r.conclude(levels, MAPI, len(levels))
}

// imsDomainLevel is "Send Microsoft Exchange Rich Text Formatting" of the
// IMS e-mail domain (or IMS-wide) entry.
func (r *run) imsDomainLevel() level {
	l := level{Step: Step{Ladder: TnefLadder, Level: "ImsEmailDomain", Setting: "SendRichText"}}
	if r.rd == nil {
		l.Object, l.na, l.Effect = "RemoteDomain", true, "no e-mail domain entry matches"
		return l
	}
	where := "the e-mail domain " + r.rd.DomainName
	if r.rd.IsDefault() {
		l.Level, where = "ImsWide", "every domain without an e-mail domain entry (IMS-wide)"
	}
	// The IMS's own word for TNEFEnabled (Send Microsoft Exchange Rich
	// Text Formatting), as Get-RemoteDomain shows it in a 5.5 org.
	l.Object, l.Value = rdObject(r.rd), model.ImsRichText(r.rd.TNEFEnabled)
	switch {
	case r.rd.TNEFEnabled == nil:
		l.Effect = "Send Microsoft Exchange Rich Text Formatting: User, the recipient's flag decides"
	case *r.rd.TNEFEnabled:
		l.answer, l.Effect = ansTnef, "Send Microsoft Exchange Rich Text Formatting: Always, rich text (TNEF) to "+where
	default:
		l.answer, l.Effect = ansNoTnef, "Send Microsoft Exchange Rich Text Formatting: Never, no rich text to "+where
	}
	return l
}

// customRecipientLevel is a custom recipient's "Allow rich text in
// messages" (UseMapiRichTextFormat), honoured only under User.
func (r *run) customRecipientLevel() level {
	l := level{Step: Step{Ladder: TnefLadder, Level: "CustomRecipient", Setting: "UseMapiRichTextFormat"}}
	m := r.res.mail
	if m == nil {
		l.Object, l.na, l.Effect = "Recipient '"+r.res.address+"'", true, "not a custom recipient"
		return l
	}
	l.Object, l.Value = m.object(), string(m.useMapiRichTextFormat)
	switch m.useMapiRichTextFormat {
	case model.UseMapiRichTextFormatAlways:
		l.answer, l.Effect = ansTnef, "Allow rich text in messages: set"
	case model.UseMapiRichTextFormatNever:
		l.answer, l.Effect = ansNoTnef, "Allow rich text in messages: cleared"
	default:
		l.Effect = "not set in the directory: the sender's flag decides"
	}
	return l
}

// clientFlagLevel is the sender's "Always send to this recipient in
// Microsoft Exchange rich text format" for the address.
func (r *run) clientFlagLevel() level {
	f := r.res.format
	l := level{Step: Step{Ladder: TnefLadder, Level: "RecipientRichTextFlag", Object: r.res.source, Setting: "InternetFormat", Value: string(f)},
		fallback: true}
	if f == model.ContactInternetFormatOutlookRichText {
		l.answer, l.Effect = ansTnef, "Always send to this recipient in Microsoft Exchange rich text format: set"
		l.fallback = false
		return l
	}
	l.answer, l.Effect = ansNoTnef, "rich-text flag not set: no rich text"
	return l
}

// decideNonExchange handles a non-Exchange mail system: the server never
// writes TNEF and converts nothing; the client's MIME leaves as written.
func (r *run) decideNonExchange() {
	levels := []level{
		r.recipientLevel("", ""),
		{Step: Step{Ladder: TnefLadder, Level: "MailServer", Object: "Organization '" + r.org.Name + "'", Setting: "ExchangeVersion",
			Value: string(r.org.ExchangeVersion), Effect: "a non-Exchange server sends MIME only: no TNEF"}, answer: ansNoTnef},
	}
	levels[0].Effect = "the server delivers the client's MIME message unchanged"
	tnef, _, _ := settle(levels)
	enc, result, encBy := r.encodingLadder("")
	r.finish(tnef, enc, result, enc[encBy].Source())
}

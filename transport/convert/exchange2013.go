package convert

import (
	"github.com/exsh/exsh/model"
)

// decide2013 runs both ladders of an Exchange 2013 organization.
func (r *run) decide2013() {
	levels := []level{
		r.recipientLevel(STNEF, "internal recipient: Summary TNEF between Exchange servers; it never leaves the organization"),
		r.remoteDomainLevel(),
		r.mailRecipientLevel(),
	}
	// The simulation switch for GAL entries is a level of its own, shown
	// only when it is on or would have changed the result.
	if r.shown(switchF2) {
		levels = append(levels, r.galLevel())
	}
	// From the Outlook levels on, the body form names the decider.
	bodyFrom := len(levels)
	levels = append(levels, r.outlookContactLevel(), r.outlookDefaultLevel(), r.bodyLevel())
	r.conclude(levels, STNEF, bodyFrom)
}

// remoteDomainLevel is TNEFEnabled of the matched remote domain.
func (r *run) remoteDomainLevel() level {
	l := level{Step: Step{Ladder: TnefLadder, Level: "RemoteDomain", Setting: "TNEFEnabled"}}
	if r.rd == nil {
		l.Object, l.na, l.Effect = "RemoteDomain", true, "no remote domain matches"
		return l
	}
	l.Object, l.Value = rdObject(r.rd), nullableBool(r.rd.TNEFEnabled)
	switch {
	case r.rd.TNEFEnabled == nil:
		l.Effect = "follow the recipient and the sender's settings"
	case *r.rd.TNEFEnabled:
		l.answer, l.Effect = ansTnef, "TNEF for every message to "+r.rd.DomainName
	default:
		l.answer, l.Effect = ansNoTnef, "no TNEF for any message to "+r.rd.DomainName
	}
	return l
}

// mailRecipientLevel is UseMapiRichTextFormat of a mail user or contact.
func (r *run) mailRecipientLevel() level {
	l := level{Step: Step{Ladder: TnefLadder, Level: "MailRecipient", Setting: "UseMapiRichTextFormat"}}
	m := r.res.mail
	if m == nil {
		l.Object, l.na, l.Effect = "Recipient '"+r.res.address+"'", true, "not a mail user or mail contact"
		return l
	}
	l.Object, l.Value = m.object(), string(m.useMapiRichTextFormat)
	switch m.useMapiRichTextFormat {
	case model.UseMapiRichTextFormatAlways:
		l.answer, l.Effect = ansTnef, "TNEF for every message to this recipient"
	case model.UseMapiRichTextFormatNever:
		l.answer, l.Effect = ansNoTnef, "no TNEF; TNEF content is converted to plain text"
		if r.on(switchV1) {
			l.Effect = "no TNEF; every message is converted to plain text"
		}
		if r.shown(switchV1) {
			l.Effect += " (simulation: " + r.switchState(switchV1) + ")"
		}
	default:
		l.Effect = "follow the remote domain and the sender's settings"
	}
	return l
}

// galLevel is divergence F2: Outlook's PR_SEND_RICH_INFO on a recipient
// resolved from the GAL (a mail user or contact) forces TNEF when the
// organization switch is on. As Appendix A says, it applies to every
// $null/UseDefaultSettings row, whatever the Outlook formats: Outlook's
// per-contact options exist for Contacts entries, not for GAL entries.
// The trace names the switch in words ("Outlook contacts from the GAL
// force TNEF: on"); the level is in the trace only when r.shown says so.
func (r *run) galLevel() level {
	l := level{Step: Step{Ladder: TnefLadder, Level: "GalSendRichInfo", Object: switchWords[switchF2], Value: "off"}}
	if r.on(switchF2) {
		l.Value = "on"
	}
	switch {
	case !r.on(switchF2):
		l.Effect = "if it were on, this GAL entry would get TNEF"
	case r.res.mail == nil:
		l.na, l.Effect = true, "the recipient is not a GAL entry"
	default:
		l.answer, l.Effect = ansTnef, "Outlook set PR_SEND_RICH_INFO on the GAL entry: TNEF"
	}
	return l
}

// outlookContactLevel is the sender's per-recipient Internet format.
func (r *run) outlookContactLevel() level {
	f := r.res.format
	l := level{Step: Step{Ladder: TnefLadder, Level: "OutlookContact", Object: r.res.source, Setting: "InternetFormat", Value: string(f)}}
	forced := r.on(switchF1) && f == model.ContactInternetFormatOutlookRichText
	if r.body != model.RichText && !forced {
		l.na, l.Effect = true, "Outlook's Internet format applies only to Rich Text messages"
		if r.shown(switchF1) {
			l.Effect += " (simulation: " + r.switchState(switchF1) + ")"
		}
		return l
	}
	switch f {
	case model.ContactInternetFormatPlainTextOnly:
		l.answer, l.Effect = ansNoTnef, "Send Plain Text only: converted to plain text"
	case model.ContactInternetFormatOutlookRichText:
		l.answer, l.Effect = ansTnef, "Send using Outlook Rich Text format: stays TNEF"
		if r.body != model.RichText {
			l.Effect = "the contact's Rich Text flag keeps even a " + string(r.body) + " body TNEF (simulation: " + r.switchState(switchF1) + ")"
		}
		r.icalInstead(&l)
	default:
		l.Effect = "Let Outlook decide: use the Outlook default"
	}
	return l
}

// outlookDefaultLevel is the sender's Outlook-wide Internet format for
// Rich Text messages.
func (r *run) outlookDefaultLevel() level {
	mb := r.in.Sender.Mailbox
	l := level{Step: Step{Ladder: TnefLadder, Level: "OutlookDefault", Object: r.senderObject(), Setting: "InternetFormat", Value: string(mb.InternetFormat)}}
	switch {
	case r.body != model.RichText:
		l.na, l.Effect = true, "Outlook's Internet format applies only to Rich Text messages"
	case r.res.format != model.ContactInternetFormatLetOutlookDecide:
		l.na, l.Effect = true, "the per-recipient Internet format applies"
	case mb.InternetFormat == model.SendRichText:
		l.answer, l.Effect = ansTnef, "Send using Outlook Rich Text Format: stays TNEF"
		r.icalInstead(&l)
	case mb.InternetFormat == model.ConvertToPlainText:
		l.answer, l.Effect = ansNoTnef, "Rich Text converted to plain text"
	default:
		l.answer, l.Effect = ansNoTnef, "Rich Text converted to HTML"
	}
	return l
}

// icalInstead turns an Outlook request for TNEF on a meeting message into
// iCalendar: an Exchange account sends meeting messages to the Internet
// as iCalendar (KB284392). message-flow.md leaves open whether Outlook's
// Rich Text option keeps them TNEF; exsh follows the KB. TNEF from the
// remote domain or the mail contact still applies.
func (r *run) icalInstead(l *level) {
	if r.cls.kind == meetingClass {
		l.answer, l.Effect = ansNoTnef, "meeting messages from an Exchange account go to the Internet as iCalendar"
	}
}

// bodyLevel is the last resort: a message that is not Rich Text and that
// no level sent as TNEF leaves as MIME.
func (r *run) bodyLevel() level {
	l := level{Step: Step{Ladder: TnefLadder, Level: "MessageBody", Object: "Message", Setting: "BodyFormat", Value: string(r.body)}, fallback: true}
	if r.body == model.RichText {
		l.Effect = "Rich Text: Outlook's settings decide"
		return l
	}
	l.answer, l.Effect = ansNoTnef, "not Rich Text: sent as MIME"
	return l
}

package convert

import (
	"testing"

	"github.com/exsh/exsh/model"
)

// TestSwitchInTrace: a simulation switch is in the trace, in words, when
// it is on or when turning it on would have changed the result.
func TestSwitchInTrace(t *testing.T) {
	has := func(d *Decision, level string) (Step, bool) {
		for _, s := range d.Trace {
			if s.Level == level {
				return s, true
			}
		}
		return Step{}, false
	}
	const gal = "Outlook contacts from the GAL force TNEF"

	// Off, and it would have sent TNEF to the GAL entry: shown, passed.
	l := newLab(t, model.Exchange2013)
	l.msg.BodyFormat = model.RichText
	l.contact("Bob", "bob@fabrikam.com", model.UseMapiRichTextFormatUseDefaultSettings)
	d := l.decide("bob@fabrikam.com")
	if s, ok := has(d, "GalSendRichInfo"); !ok || s.Source() != gal+": off" || s.Outcome != Passed || d.Result != MimeHtml {
		t.Fatalf("off and relevant: %s\n%s", d.Result, traceText(d))
	}

	// On: shown, and it decides.
	l.set.Organization.GalSendRichInfoForcesTnef = true
	d = l.decide("bob@fabrikam.com")
	if d.Result != TNEF || d.DecidedBy != gal+": on" {
		t.Fatalf("on: %s by %s\n%s", d.Result, d.DecidedBy, traceText(d))
	}

	// Off, and the remote domain refuses TNEF anyway: not shown.
	l.set.Organization.GalSendRichInfoForcesTnef = false
	l.remote("Fabrikam", "fabrikam.com", ptr(false))
	d = l.decide("bob@fabrikam.com")
	if _, ok := has(d, "GalSendRichInfo"); ok {
		t.Fatalf("off and irrelevant, yet shown:\n%s", traceText(d))
	}

	// V1 off, an HTML message to a contact set to Never: mentioned in
	// words on the contact's level.
	l = newLab(t, model.Exchange2013)
	l.msg.BodyFormat = model.Html
	l.contact("Bob", "bob@fabrikam.com", model.UseMapiRichTextFormatNever)
	d = l.decide("bob@fabrikam.com")
	want := "no TNEF; TNEF content is converted to plain text (simulation: UseMapiRichTextFormat Never turns every message into plain text: off)"
	if s := step(t, d, "MailRecipient"); s.Effect != want {
		t.Fatalf("V1 off: %q\n%s", s.Effect, traceText(d))
	}
	for _, s := range d.Trace {
		if s.Level == "OutlookContact" && s.Effect != "Outlook's Internet format applies only to Rich Text messages" {
			t.Fatalf("F1 mentioned though it changes nothing: %q", s.Effect)
		}
	}
}

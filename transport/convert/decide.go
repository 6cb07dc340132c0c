package convert

import (
	"strconv"

	"github.com/exsh/exsh/model"
)

// Answers a level can give. An empty answer abstains.
const (
	ansTnef   = "TNEF"
	ansNoTnef = "NoTNEF"
)

// level is one rung of a ladder before its outcome is known.
type level struct {
	Step
	// answer is what the level asks for: ansTnef, ansNoTnef, a [Result],
	// or "" to leave the decision to the next level.
	answer string
	// na marks a level that does not apply.
	na bool
	// fallback marks the last-resort level: when a higher level has
	// decided it has passed rather than been overruled.
	fallback bool
}

// settle assigns outcomes: the first level with an answer decides, later
// levels with an answer are overruled. It returns the steps, the index of
// the deciding level (-1 if none) and its answer.
func settle(levels []level) ([]Step, int, string) {
	steps := make([]Step, len(levels))
	decider, answer := -1, ""
	for i, l := range levels {
		s := l.Step
		switch {
		case l.na:
			s.Outcome = NotApplicable
		case l.answer == "":
			s.Outcome = Passed
		case decider < 0:
			s.Outcome, decider, answer = Decided, i, l.answer
		case l.fallback:
			s.Outcome = Passed
		default:
			s.Outcome = Overruled
		}
		steps[i] = s
	}
	return steps, decider, answer
}

// run is one decision in progress.
type run struct {
	in   Input
	org  *model.Organization
	res  resolution
	rd   *model.RemoteDomain
	body model.ComposeFormat
	cls  msgClass
	d    *Decision
	// relevant marks the simulation switches that are off but would have
	// changed the result: the trace mentions them.
	relevant map[simSwitch]bool
}

// simSwitch is one of the organization's simulation switches (the
// documented divergences of message-flow.md §3.4).
type simSwitch int

// The simulation switches.
const (
	// switchF1 is OutlookRtfFlagForcesTnef.
	switchF1 simSwitch = iota
	// switchF2 is GalSendRichInfoForcesTnef.
	switchF2
	// switchV1 is NeverConvertsAllToText.
	switchV1
)

// switchWords are the switches as the trace names them for students.
var switchWords = map[simSwitch]string{
	switchF1: "Outlook's Rich Text flag on a contact forces TNEF for every body",
	switchF2: "Outlook contacts from the GAL force TNEF",
	switchV1: "UseMapiRichTextFormat Never turns every message into plain text",
}

// field is the organization's setting of the switch.
func (s simSwitch) field(o *model.Organization) *bool {
	switch s {
	case switchF1:
		return &o.OutlookRtfFlagForcesTnef
	case switchF2:
		return &o.GalSendRichInfoForcesTnef
	}
	return &o.NeverConvertsAllToText
}

// on reports whether switch s is on in the run's organization.
func (r *run) on(s simSwitch) bool { return *s.field(r.org) }

// shown reports whether the trace mentions switch s: when it is on, or
// when it is off but turning it on would have changed the result.
func (r *run) shown(s simSwitch) bool { return r.on(s) || r.relevant[s] }

// switchState is "Outlook contacts from the GAL force TNEF: off".
func (r *run) switchState(s simSwitch) string {
	if r.on(s) {
		return switchWords[s] + ": on"
	}
	return switchWords[s] + ": off"
}

// Decide returns, for one recipient of a message, the form the message
// takes when it leaves the sender's organization, the remote domain that
// applied, the encoding details and a trace of both ladders.
func Decide(in Input) (*Decision, error) {
	if in.Org == nil || in.Org.Organization == nil || in.Sender.Mailbox == nil {
		return nil, ErrNoSender
	}
	addr, err := parseAddress(in.Recipient.Address)
	if err != nil {
		return nil, err
	}
	res, err := resolve(in, addr)
	if err != nil {
		return nil, err
	}
	d := decideWith(in, in.Org.Organization, res, nil)
	// A switch that is off is mentioned only when turning it on would
	// have changed the result.
	var relevant map[simSwitch]bool
	for _, s := range []simSwitch{switchF1, switchF2, switchV1} {
		if *s.field(in.Org.Organization) {
			continue
		}
		alt := *in.Org.Organization
		*s.field(&alt) = true
		if a := decideWith(in, &alt, res, nil); a.Result != d.Result {
			if relevant == nil {
				relevant = map[simSwitch]bool{}
			}
			relevant[s] = true
		}
	}
	if relevant == nil {
		return d, nil
	}
	return decideWith(in, in.Org.Organization, res, relevant), nil
}

// decideWith runs the decision for org, a copy of the input's
// organization whose switches may differ; relevant lists the switches
// that are off and the trace mentions.
func decideWith(in Input, org *model.Organization, res resolution, relevant map[simSwitch]bool) *Decision {
	r := &run{in: in, org: org, res: res, cls: classify(in.Message.Class), relevant: relevant}
	r.body = effectiveBody(in, r.cls)
	if res.typ != UserMailbox && r.org.ExchangeVersion != model.NonExchange {
		r.rd = model.BestRemoteDomain(in.Org.RemoteDomains, domainOf(res.delivery))
	}
	r.d = &Decision{Recipient: in.Recipient.Address, RecipientType: res.typ, RecipientName: res.name,
		DeliveryAddress: res.delivery, OutlookFormat: res.format, OutlookFormatSource: res.source,
		RemoteDomain: r.rd, BodyFormat: r.body, Class: r.cls.name}
	switch r.org.ExchangeVersion {
	case model.Exchange55:
		r.decide55()
	case model.NonExchange:
		r.decideNonExchange()
	default:
		r.decide2013()
	}
	return r.d
}

// conclude settles the TNEF ladder levels, runs the encoding ladder and
// finishes the decision. internal is the result for a mailbox of the
// organization (every other level then does not apply). For a MIME
// result, DecidedBy names the TNEF-ladder level that refused TNEF, unless
// the recipient's preferred format or ContentType forced the form, or the
// refusing level's index is bodyFrom or more (the sender's settings): then
// the encoding level that produced the body form.
func (r *run) conclude(levels []level, internal Result, bodyFrom int) {
	if r.res.typ == UserMailbox {
		for i := 1; i < len(levels); i++ {
			levels[i] = level{Step: levels[i].Step, na: true}
			levels[i].Effect = "internal recipient"
		}
	}
	tnef, decider, answer := settle(levels)
	if answer == string(internal) || answer == ansTnef {
		res := internal
		if answer == ansTnef {
			res = TNEF
		}
		enc, _, _ := r.encodingLadder(res)
		r.finish(tnef, enc, res, tnef[decider].Source())
		return
	}
	enc, result, encBy := r.encodingLadder("")
	by := tnef[decider].Source()
	if encBy >= 0 && (enc[encBy].Level != "BodyConversion" || decider >= bodyFrom) {
		by = enc[encBy].Source()
	}
	r.finish(tnef, enc, result, by)
}

// finish records the trace, the result and who decided it, and fills in
// the encoding.
func (r *run) finish(tnef, enc []Step, result Result, decidedBy string) {
	r.d.Trace = append(tnef, enc...)
	r.d.Result = result
	r.d.DecidedBy = decidedBy
	r.d.Encoding = r.encoding(result)
}

// boolValue prints a bool as PowerShell does.
func boolValue(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// nullableBool prints a *bool, "$null" when unset.
func nullableBool(b *bool) string {
	if b == nil {
		return "$null"
	}
	return boolValue(*b)
}

// rdObject names the matched remote domain.
func rdObject(rd *model.RemoteDomain) string { return "RemoteDomain '" + rd.Name + "'" }

// senderObject names the sender's Outlook configuration.
func (r *run) senderObject() string {
	return "OutlookConfiguration '" + r.in.Sender.Mailbox.Name + "'"
}

// recipientLevel is the first rung: internal recipients get no content
// conversion.
func (r *run) recipientLevel(internal Result, effect string) level {
	l := level{Step: Step{Ladder: TnefLadder, Level: "Recipient", Setting: "RecipientType", Value: string(r.res.typ)}}
	l.Object = "Recipient '" + r.res.address + "'"
	if r.res.typ == UserMailbox {
		l.Object = "Mailbox '" + r.res.name + "'"
		l.answer, l.Effect = string(internal), effect
		return l
	}
	l.Effect = "external recipient: the categorizer converts the content"
	if r.org.ExchangeVersion == model.Exchange55 {
		l.Effect = "external recipient: the Internet Mail Service converts the content"
	}
	return l
}

// wrapValue prints LineWrapSize.
func wrapValue(u model.UnlimitedInt) (string, bool) {
	if n, ok := u.Value(); ok {
		return strconv.Itoa(int(n)), true
	}
	return "Unlimited", false
}

package convert

import (
	"testing"
	"time"

	"github.com/exsh/exsh/model"
)

// lab is a sending organization under test: Contoso with an
// Administrator mailbox, and helpers that add the objects a case needs.
type lab struct {
	t      *testing.T
	env    model.Env
	set    *model.OrgSet
	sender *model.Mailbox
	msg    Message
	oneOff model.ContactInternetFormat
	oc     []*model.OutlookContact
}

// newLab returns an organization of version v with an Administrator.
func newLab(t *testing.T, v model.ExchangeVersion) *lab {
	t.Helper()
	env := model.FixedEnv(time.Date(2013, 3, 12, 9, 0, 0, 0, time.UTC), time.Second)
	set, err := model.NewOrganization("Contoso", "contoso.com", v, env)
	if err != nil {
		t.Fatal(err)
	}
	mb, err := set.AddMailbox(env, "Administrator", "")
	if err != nil {
		t.Fatal(err)
	}
	return &lab{t: t, env: env, set: set, sender: mb}
}

// remote adds a remote domain with TNEFEnabled tnef (nil for $null).
func (l *lab) remote(name, domain string, tnef *bool) *model.RemoteDomain {
	l.t.Helper()
	rd, err := l.env.NewRemoteDomain(l.set.Organization, name, domain)
	if err != nil {
		l.t.Fatal(err)
	}
	rd.TNEFEnabled = tnef
	l.set.RemoteDomains = append(l.set.RemoteDomains, rd)
	return rd
}

// contact adds a mail contact for addr with UseMapiRichTextFormat mu.
func (l *lab) contact(name, addr string, mu model.UseMapiRichTextFormat) *model.MailContact {
	l.t.Helper()
	c, err := l.env.NewMailContact(l.set.Organization, name, model.ProxyAddress{Prefix: "SMTP", Address: addr})
	if err != nil {
		l.t.Fatal(err)
	}
	c.UseMapiRichTextFormat = mu
	l.set.MailContacts = append(l.set.MailContacts, c)
	return c
}

// mailUser adds a mail user whose external address is addr.
func (l *lab) mailUser(name, addr string, mu model.UseMapiRichTextFormat) *model.MailUser {
	l.t.Helper()
	u, err := l.env.NewMailUser(l.set.Organization, name, model.ProxyAddress{Prefix: "SMTP", Address: addr}, "")
	if err != nil {
		l.t.Fatal(err)
	}
	u.UseMapiRichTextFormat = mu
	l.set.MailUsers = append(l.set.MailUsers, u)
	return u
}

// outlookContact adds an Outlook contact of the sender.
func (l *lab) outlookContact(name, addr string, f model.ContactInternetFormat) {
	l.t.Helper()
	oc, err := l.env.NewOutlookContact(l.set.Organization, l.sender, name, model.SmtpAddress(addr))
	if err != nil {
		l.t.Fatal(err)
	}
	oc.InternetFormat = f
	l.oc = append(l.oc, oc)
}

// input returns the decision input for addr.
func (l *lab) input(addr string) Input {
	return Input{
		Org:       SnapshotOf(l.set),
		Sender:    Sender{Mailbox: l.sender, Contacts: l.oc},
		Recipient: Recipient{Address: addr, InternetFormat: l.oneOff},
		Message:   l.msg,
	}
}

// decide runs Decide for addr and checks the trace invariants every
// decision must keep.
func (l *lab) decide(addr string) *Decision {
	l.t.Helper()
	d, err := Decide(l.input(addr))
	if err != nil {
		l.t.Fatalf("Decide(%s): %v", addr, err)
	}
	checkTrace(l.t, d)
	return d
}

// checkTrace checks that the trace names the level that decided, that
// each ladder has exactly one deciding step for the result, and that it
// covers both ladders.
func checkTrace(t *testing.T, d *Decision) {
	t.Helper()
	named, ladders := false, map[Ladder]bool{}
	for _, s := range d.Trace {
		ladders[s.Ladder] = true
		if s.Outcome == Decided && s.Source() == d.DecidedBy {
			named = true
		}
	}
	if !named || d.DecidedBy == "" {
		t.Errorf("%s: DecidedBy %q names no deciding step in\n%s", d.Recipient, d.DecidedBy, traceText(d))
	}
	if !ladders[TnefLadder] || !ladders[EncodingLadder] {
		t.Errorf("%s: trace lacks a ladder:\n%s", d.Recipient, traceText(d))
	}
}

// traceText renders a trace for failure messages.
func traceText(d *Decision) string {
	s := ""
	for _, st := range d.Trace {
		s += "  " + st.String() + "\n"
	}
	return s
}

// step returns the trace step of level name, failing when absent.
func step(t *testing.T, d *Decision, name string) Step {
	t.Helper()
	for _, s := range d.Trace {
		if s.Level == name {
			return s
		}
	}
	t.Fatalf("no step %s in\n%s", name, traceText(d))
	return Step{}
}

// ptr returns a pointer to b.
func ptr(b bool) *bool { return &b }

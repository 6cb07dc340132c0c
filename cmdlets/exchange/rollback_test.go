package exchange

import (
	"context"
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlet/cmdlettest"
	"github.com/exsh/exsh/model"
)

// TestRollback queues two renames to the same name in one invocation
// (two pipeline objects): each is valid alone, the second collides in
// End, and the whole invocation changes nothing.
func TestRollback(t *testing.T) {
	l := newLab(t)
	l.newFabrikam()
	l.run("New-RemoteDomain", &NewRemoteDomain{Name: "Tailspin", DomainName: "tailspintoys.com"}).ok(t)
	before := l.dump()
	sink := &cmdlettest.Sink{}
	ctx := &cmdlet.Context{Context: context.Background(), Host: l.host, Command: "Set-RemoteDomain", Sink: sink}
	c := &SetRemoteDomain{Name: some("Partner")}
	for _, id := range []string{"Fabrikam", "Tailspin"} {
		c.Identity = id
		if err := c.Process(ctx); err != nil || len(sink.Errs) > 0 {
			t.Fatalf("Process %s: %v %v", id, err, sink.Errs)
		}
	}
	if err := c.End(ctx); err == nil {
		t.Fatal("End succeeded")
	}
	if l.dump() != before {
		t.Fatal("a failed invocation changed the database")
	}
}

// TestMailContactAddresses covers EmailAddresses edits and duplicates.
func TestMailContactAddresses(t *testing.T) {
	l := newLab(t)
	l.run("New-MailContact", &NewMailContact{Name: "Kim", ExternalEmailAddress: model.ProxyAddress{Prefix: "SMTP", Address: "kim@fabrikam.com"}}).ok(t)
	c := &SetMailContact{Identity: "Kim"}
	c.EmailAddresses.Set, c.EmailAddresses.IsEdit, c.EmailAddresses.Add = true, true, []string{"SMTP:k@fabrikam.com"}
	l.run("Set-MailContact", c).ok(t)
	r := l.run("Get-MailContact", &GetMailContact{recipientQuery: recipientQuery{Identity: "k@fabrikam.com"}}).ok(t)
	m := r.Out[0].(*model.MailContact)
	if m.PrimarySmtpAddress != "k@fabrikam.com" || len(m.EmailAddresses) != 2 {
		t.Fatalf("addresses %v primary %s", m.EmailAddresses, m.PrimarySmtpAddress)
	}
	e := l.run("New-MailContact", &NewMailContact{Name: "Other", ExternalEmailAddress: model.ProxyAddress{Prefix: "SMTP", Address: "K@fabrikam.com"}}).failed(t)
	if e.Reason != "ProxyAddressExistsException" {
		t.Fatalf("reason %s: %s", e.Reason, e.Message)
	}
}

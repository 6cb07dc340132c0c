package exchange

import (
	"context"
	"testing"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// effective returns what the transport would read for organization name:
// storage.LoadOrgSet(...).Effective().
func (l *lab) effective(name string) *model.OrgSet {
	l.t.Helper()
	var set *model.OrgSet
	err := l.host.DB.View(context.Background(), func(tx storage.Tx) error {
		org, err := storage.OrgByName(tx, name)
		if err == nil {
			set, err = storage.LoadOrgSet(tx, org.Guid)
		}
		return err
	})
	if err != nil {
		l.t.Fatal(err)
	}
	return set.Effective()
}

// effectiveTnef returns the effective TNEFEnabled of remote domain rd as
// an IMS word, and the names of the effective send connectors.
func effectiveTnef(t *testing.T, set *model.OrgSet, rd string) (string, []string) {
	t.Helper()
	word := "missing"
	for _, r := range set.RemoteDomains {
		if r.Name == rd {
			word = model.ImsRichText(r.TNEFEnabled)
		}
	}
	var names []string
	for _, s := range set.SendConnectors {
		names = append(names, s.Name)
	}
	return word, names
}

// TestImsChangesWaitForRestart: in an Exchange 5.5 organization, changed
// remote domains and send connectors are stored (Get-* shows them) but
// the transport keeps the settings of the last IMS start until
// Restart-Service MSExchangeIMC; Exchange 2013 applies them at once.
func TestImsChangesWaitForRestart(t *testing.T) {
	l := newLab(t)
	l.run("New-Organization", &NewOrganization{Name: "Fabrikam", DomainName: "fabrikam.com", ExchangeVersion: model.Exchange55}).ok(t)
	l.host.Connect("Fabrikam")
	l.run("Set-RemoteDomain", &SetRemoteDomain{Identity: "Default", TNEFEnabled: some(ptr(true))}).ok(t)
	l.run("New-RemoteDomain", &NewRemoteDomain{Name: "Contoso", DomainName: "contoso.com"}).ok(t)
	c := &NewSendConnector{Name: "To Contoso", AddressSpaces: []model.AddressSpace{{Type: "SMTP", Address: "contoso.com", Cost: 1}}, SmartHosts: some([]string{"ex01.contoso.com"})}
	c.DNSRoutingEnabled = some(false)
	l.run("New-SendConnector", c).ok(t)
	l.run("Remove-SendConnector", &RemoveSendConnector{Identity: "Internet"}).ok(t)

	if got := l.remoteDomain("Default").SendRichText; got == nil || *got != "Always" {
		t.Fatalf("configured Default SendRichText = %v, want Always", got)
	}
	word, conns := effectiveTnef(t, l.effective("Fabrikam"), "Default")
	if word != "User" || len(conns) != 1 || conns[0] != "Internet" {
		t.Fatalf("before the restart the transport sees Default %s and connectors %v; want User and [Internet]", word, conns)
	}
	if w, _ := effectiveTnef(t, l.effective("Fabrikam"), "Contoso"); w != "missing" {
		t.Fatalf("the new remote domain is effective before the restart (%s)", w)
	}

	l.run("Restart-Service", &RestartService{Name: []string{"MSExchangeIMC"}}).ok(t)
	word, conns = effectiveTnef(t, l.effective("Fabrikam"), "Default")
	if word != "Always" || len(conns) != 1 || conns[0] != "To Contoso" {
		t.Fatalf("after the restart: Default %s, connectors %v; want Always and [To Contoso]", word, conns)
	}
	if w, _ := effectiveTnef(t, l.effective("Fabrikam"), "Contoso"); w != "User" {
		t.Fatalf("after the restart the Contoso entry is %s, want User", w)
	}

	l.host.Connect("Contoso")
	l.run("Set-RemoteDomain", &SetRemoteDomain{Identity: "Default", TNEFEnabled: some(ptr(false))}).ok(t)
	if w, _ := effectiveTnef(t, l.effective("Contoso"), "Default"); w != "Never" {
		t.Fatalf("Exchange 2013 change not effective at once: %s", w)
	}
	if got := l.remoteDomain("Default").SendRichText; got != nil {
		t.Fatalf("Exchange 2013 remote domain has SendRichText %q", *got)
	}
}

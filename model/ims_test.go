package model

import "testing"

func TestImsRichText(t *testing.T) {
	yes, no := true, false
	for _, tt := range []struct {
		in   *bool
		want string
	}{{nil, "User"}, {&yes, "Always"}, {&no, "Never"}} {
		if got := ImsRichText(tt.in); got != tt.want {
			t.Errorf("ImsRichText(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestSendRichTextOnlyIn55 checks the derived IMS word and the extra
// table column exist only for Exchange 5.5 remote domains.
func TestSendRichTextOnlyIn55(t *testing.T) {
	for _, tt := range []struct {
		version ExchangeVersion
		want    string // "" = no SendRichText
		columns int
	}{{Exchange55, "User", 4}, {Exchange2013, "", 3}, {NonExchange, "", 3}} {
		set, err := NewOrganization("Lab", "lab.example", tt.version, testEnv())
		if err != nil {
			t.Fatal(err)
		}
		rd := set.RemoteDomains[0]
		got := ""
		if rd.SendRichText != nil {
			got = *rd.SendRichText
		}
		if got != tt.want || len(rd.DefaultTableColumns()) != tt.columns {
			t.Errorf("%s: SendRichText %q, columns %v; want %q and %d columns", tt.version, got, rd.DefaultTableColumns(), tt.want, tt.columns)
		}
		yes := true
		rd.TNEFEnabled = &yes
		rd.Refresh(set.Organization)
		if tt.version == Exchange55 && *rd.SendRichText != "Always" {
			t.Errorf("after TNEFEnabled $true: %s", *rd.SendRichText)
		}
	}
}

// TestEffectiveIms: a new 5.5 organization starts its IMS with its own
// settings; while changes are pending the effective set holds copies of
// those, and a restart takes the new ones.
func TestEffectiveIms(t *testing.T) {
	set, err := NewOrganization("Fabrikam", "fabrikam.com", Exchange55, testEnv())
	if err != nil {
		t.Fatal(err)
	}
	org := set.Organization
	if org.ImsEffective == nil || len(org.ImsEffective.RemoteDomains) != 1 || len(org.ImsEffective.SendConnectors) != 1 {
		t.Fatalf("new 5.5 organization: effective IMS settings %+v", org.ImsEffective)
	}
	if set.Effective() != set {
		t.Error("nothing pending, yet Effective made a copy")
	}
	yes := true
	set.RemoteDomains[0].TNEFEnabled = &yes
	set.SendConnectors = nil
	org.NoteImsChange("Set-RemoteDomain Default")
	eff := set.Effective()
	if eff.RemoteDomains[0].TNEFEnabled != nil || len(eff.SendConnectors) != 1 {
		t.Fatalf("pending change is effective: TNEFEnabled %v, %d connectors", eff.RemoteDomains[0].TNEFEnabled, len(eff.SendConnectors))
	}
	eff.RemoteDomains[0].Name = "changed by the caller"
	if org.ImsEffective.RemoteDomains[0].Name == eff.RemoteDomains[0].Name {
		t.Error("Effective returned the stored snapshot, not a copy")
	}
	org.RestartIms(set.RemoteDomains, set.SendConnectors)
	eff = set.Effective()
	if eff.RemoteDomains[0].TNEFEnabled == nil || len(eff.SendConnectors) != 0 {
		t.Fatalf("after the restart: TNEFEnabled %v, %d connectors", eff.RemoteDomains[0].TNEFEnabled, len(eff.SendConnectors))
	}
	c, _ := NewOrganization("Contoso", "contoso.com", Exchange2013, testEnv())
	if c.Organization.ImsEffective != nil {
		t.Error("an Exchange 2013 organization has IMS settings")
	}
}

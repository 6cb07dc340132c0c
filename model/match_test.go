package model

import "testing"

func TestBestRemoteDomain(t *testing.T) {
	mk := func(names ...string) []*RemoteDomain {
		var list []*RemoteDomain
		for _, n := range names {
			list = append(list, &RemoteDomain{DomainName: n, ConfigHeader: ConfigHeader{Name: n}})
		}
		return list
	}
	all := mk("*", "contoso.com", "*.contoso.com", "sales.contoso.com", "*.eu.contoso.com")
	tests := []struct {
		name   string
		list   []*RemoteDomain
		domain string
		want   string // DomainName of the match, "" for none
	}{
		{"exact beats wildcard", all, "contoso.com", "contoso.com"},
		{"subdomain takes the wildcard", all, "mail.contoso.com", "*.contoso.com"},
		{"exact subdomain beats wildcard", all, "sales.contoso.com", "sales.contoso.com"},
		{"below an exact subdomain only wildcards apply", all, "x.sales.contoso.com", "*.contoso.com"},
		{"longer wildcard wins", all, "paris.eu.contoso.com", "*.eu.contoso.com"},
		{"wildcard covers its own base", all, "eu.contoso.com", "*.eu.contoso.com"},
		{"other domain falls to Default", all, "fabrikam.com", "*"},
		{"suffix without a dot is another domain", all, "notcontoso.com", "*"},
		{"case and trailing dot ignored", all, "Mail.CONTOSO.com.", "*.contoso.com"},
		{"wildcard alone covers the base domain", mk("*", "*.contoso.com"), "contoso.com", "*.contoso.com"},
		{"exact does not cover subdomains", mk("contoso.com"), "mail.contoso.com", ""},
		{"no remote domains", nil, "contoso.com", ""},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		if seen[tt.name] {
			t.Fatalf("duplicate case %q", tt.name)
		}
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			got := BestRemoteDomain(tt.list, tt.domain)
			name := ""
			if got != nil {
				name = got.DomainName
			}
			if name != tt.want {
				t.Errorf("BestRemoteDomain(%s) = %q, want %q", tt.domain, name, tt.want)
			}
		})
	}
}

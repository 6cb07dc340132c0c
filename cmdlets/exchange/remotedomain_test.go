package exchange

import (
	"strings"
	"testing"

	"github.com/exsh/exsh/model"
)

func (l *lab) remoteDomain(id string) *model.RemoteDomain {
	l.t.Helper()
	r := l.run("Get-RemoteDomain", &GetRemoteDomain{Identity: id}).ok(l.t)
	if len(r.Out) != 1 {
		l.t.Fatalf("Get-RemoteDomain %s: %d objects", id, len(r.Out))
	}
	return r.Out[0].(*model.RemoteDomain)
}

func (l *lab) newFabrikam() {
	l.t.Helper()
	l.run("New-RemoteDomain", &NewRemoteDomain{Name: "Fabrikam", DomainName: "fabrikam.com"}).ok(l.t)
}

func TestRemoteDomainLifecycle(t *testing.T) {
	l := newLab(t)
	r := l.run("New-RemoteDomain", &NewRemoteDomain{Name: "Fabrikam", DomainName: "Fabrikam.com"}).ok(t)
	if len(r.Out) != 1 || r.Out[0].(*model.RemoteDomain).DomainName != "fabrikam.com" {
		t.Fatalf("New-RemoteDomain emitted %v", r.Out)
	}
	l.run("Set-RemoteDomain", &SetRemoteDomain{Identity: "Fabrikam", TNEFEnabled: some(ptr(false))}).ok(t)
	if got := l.remoteDomain("fabrikam.com").TNEFEnabled; got == nil || *got {
		t.Fatalf("TNEFEnabled = %v, want false", got)
	}
	l.run("Set-RemoteDomain", &SetRemoteDomain{Identity: "Fabrikam", TNEFEnabled: some[*bool](nil)}).ok(t)
	if got := l.remoteDomain("Fabrikam").TNEFEnabled; got != nil {
		t.Fatalf("TNEFEnabled = %v, want $null", *got)
	}
	l.run("Remove-RemoteDomain", &RemoveRemoteDomain{Identity: "Fabrikam"}).ok(t)
	e := l.run("Get-RemoteDomain", &GetRemoteDomain{Identity: "Fabrikam"}).failed(t)
	if e.Message != "The operation couldn't be performed because object 'Fabrikam' couldn't be found on 'DC01.contoso.com'." {
		t.Fatalf("message %q", e.Message)
	}
	if e.Reason != "ManagementObjectNotFoundException" || e.Category != "NotSpecified" ||
		e.ID != "ManagementObjectNotFoundException,Microsoft.Exchange.Management.SystemConfigurationTasks.GetRemoteDomain" {
		t.Fatalf("classification %+v", e)
	}
}

func TestRemoteDomainErrors(t *testing.T) {
	tests := []struct {
		name, cmd, want, reason string
		c                       any
	}{
		{"remove default", "Remove-RemoteDomain", "can't be removed", "InvalidOperationException", &RemoveRemoteDomain{Identity: "Default"}},
		{"duplicate name", "New-RemoteDomain", "already exists", "ADObjectAlreadyExistsException", &NewRemoteDomain{Name: "Fabrikam", DomainName: "fabrikam.net"}},
		{"duplicate domain", "New-RemoteDomain", "fabrikam.com", "ADObjectAlreadyExistsException", &NewRemoteDomain{Name: "F2", DomainName: "fabrikam.com"}},
		{"accepted namespace", "New-RemoteDomain", "accepted domain", "ArgumentException", &NewRemoteDomain{Name: "Self", DomainName: "contoso.com"}},
		{"embedded wildcard", "New-RemoteDomain", "DomainName", "DataValidationException", &NewRemoteDomain{Name: "W", DomainName: "a.*.com"}},
		{"name too long", "New-RemoteDomain", "The maximum length is 64 and the length of the value provided is 65.", "DataValidationException", &NewRemoteDomain{Name: strings.Repeat("x", 65), DomainName: "x.com"}},
		{"name with NUL", "New-RemoteDomain", "The value \"a`0b\" isn't valid for Name.", "DataValidationException", &NewRemoteDomain{Name: "a\x00b", DomainName: "x.com"}},
		{"not found", "Set-RemoteDomain", "couldn't be found", "ManagementObjectNotFoundException", &SetRemoteDomain{Identity: "Nope", NDREnabled: some(false)}},
		{"ambiguous", "Set-RemoteDomain", "matches multiple entries", "ManagementObjectAmbiguousException", &SetRemoteDomain{Identity: "*", NDREnabled: some(false)}},
		{"line wrap", "Set-RemoteDomain", "LineWrapSize", "DataValidationException", &SetRemoteDomain{Identity: "Fabrikam", LineWrapSize: some(model.Limited[int32](200))}},
		{"charset", "Set-RemoteDomain", "CharacterSet", "DataValidationException", &SetRemoteDomain{Identity: "Fabrikam", CharacterSet: some(ptr("klingon"))}},
		{"rename clash", "Set-RemoteDomain", "already exists", "ADObjectAlreadyExistsException", &SetRemoteDomain{Identity: "Fabrikam", Name: some("Default")}},
		{"remove missing", "Remove-RemoteDomain", "couldn't be found", "ManagementObjectNotFoundException", &RemoveRemoteDomain{Identity: "Nope"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLab(t)
			l.newFabrikam()
			before := l.dump()
			e := l.run(tt.cmd, tt.c).failed(t)
			wantMsg(t, e, tt.want)
			if e.Reason != tt.reason {
				t.Fatalf("reason %s, want %s (%s)", e.Reason, tt.reason, e.Message)
			}
			if l.dump() != before {
				t.Fatal("a failed invocation changed the database")
			}
		})
	}
}

func TestRemoteDomainOOFCoupling(t *testing.T) {
	l := newLab(t)
	l.newFabrikam()
	l.run("Set-RemoteDomain", &SetRemoteDomain{Identity: "Fabrikam", AllowedOOFType: some(model.AllowedOOFTypeInternalLegacy)}).ok(t)
	if r := l.remoteDomain("Fabrikam"); !r.IsInternal {
		t.Fatal("InternalLegacy did not set IsInternal")
	}
	l.run("Set-RemoteDomain", &SetRemoteDomain{Identity: "Fabrikam", IsInternal: some(false)}).ok(t)
	if r := l.remoteDomain("Fabrikam"); r.AllowedOOFType != model.AllowedOOFTypeExternalLegacy {
		t.Fatalf("AllowedOOFType = %s", r.AllowedOOFType)
	}
}

func TestRemoteDomainWhatIfAndNoChange(t *testing.T) {
	l := newLab(t)
	l.newFabrikam()
	before := l.dump()
	r := l.run("Set-RemoteDomain", &SetRemoteDomain{Identity: "Fabrikam", TNEFEnabled: some(ptr(true))}, whatIf).ok(t)
	if len(r.WhatIfs) != 1 || r.WhatIfs[0] != `What if: Performing the operation "Set-RemoteDomain" on target "Fabrikam".` {
		t.Fatalf("what if: %q", r.WhatIfs)
	}
	l.run("Remove-RemoteDomain", &RemoveRemoteDomain{Identity: "Fabrikam"}, whatIf).ok(t)
	l.run("New-RemoteDomain", &NewRemoteDomain{Name: "X", DomainName: "x.com"}, whatIf).ok(t)
	if l.dump() != before {
		t.Fatal("-WhatIf changed the database")
	}
	r = l.run("Set-RemoteDomain", &SetRemoteDomain{Identity: "Fabrikam", NDREnabled: some(true)}).ok(t)
	want := "The command completed successfully but no settings of 'Fabrikam' have been modified."
	if len(r.Warnings) != 1 || r.Warnings[0] != want {
		t.Fatalf("warnings %q", r.Warnings)
	}
}

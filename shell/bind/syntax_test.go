package bind

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSyntax(t *testing.T) {
	type setRemoteDomain struct {
		Identity       string `ps:"pos=0,mandatory,value,name"`
		AllowedOOFType color
		TNEFEnabled    Optional[*bool]
		Name           string `ps:"mandatory"`
		Force          Switch
		Path           string `ps:"pos=1"`
	}
	tests := []struct {
		name  string
		proto any
		sp    bool
		def   string
		want  []string
	}{
		{"remote domain", &setRemoteDomain{}, true, "", []string{
			"Set-It [-Identity] <String> [[-Path] <String>] -Name <String> [-AllowedOOFType {Red | Green | Blue}] " +
				"[-TNEFEnabled <Boolean>] [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]",
		}},
		{"sets default first", &setsThing{}, false, "ByName", []string{
			"Set-It [-Name] <String> [-Anr <String>] [-Server <String>] [<CommonParameters>]",
			"Set-It [-Identity] <String> [-Server <String>] [<CommonParameters>]",
			"Set-It -Filter <String> [-Anr <String>] [-Server <String>] [<CommonParameters>]",
		}},
		{"no parameters", &struct{}{}, false, "", []string{"Set-It [<CommonParameters>]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustSpec(t, "Set-It", tt.proto, tt.sp, tt.def).Syntax()
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Syntax (-want +got):\n%s", d)
			}
		})
	}
}

func TestSyntaxOptionalPositional(t *testing.T) {
	got := mustSpec(t, "Get-Thing", &getThing{}, false, "").Syntax()[0]
	if !strings.HasPrefix(got, "Get-Thing [[-Name] <String>] [[-Noun] <String>] [-Verb <String>]") {
		t.Errorf("Syntax = %q", got)
	}
}

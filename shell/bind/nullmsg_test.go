package bind

import "testing"

// TestNullMessages pins how binding errors name $null: 5.1 says "null"
// (InvalidCastFromNull) or "because it is null", never a value "" —
// except for Boolean parameters, where it formats $null's missing type
// as "".
func TestNullMessages(t *testing.T) {
	set := mustSpec(t, "Set-Thing", &setThing{}, true, "")
	tests := []struct{ name, param, want string }{
		{"mandatory", "Identity", "Cannot bind argument to parameter 'Identity' because it is null."},
		{"enum", "Color", `Cannot bind parameter 'Color'. Cannot convert null to type "color".`},
		{"timespan", "Timeout", `Cannot bind parameter 'Timeout'. Cannot convert null to type "System.TimeSpan".`},
		{"parsed", "Size", `Cannot process argument transformation on parameter 'Size'. Cannot convert null to type "size".`},
		{"bool", "TargetDeliveryDomain", `Cannot process argument transformation on parameter 'TargetDeliveryDomain'. Cannot convert value "" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`},
		{"action", "ErrorAction", `Cannot bind parameter 'ErrorAction'. Cannot convert null to type "System.Management.Automation.ActionPreference".`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := items(a("x"), p(tt.param), a(nil))
			if tt.param == "Identity" {
				in = items(p("Identity"), a(nil))
			}
			_, err := Bind(set, &setThing{}, in, Options{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("error =\n%v\nwant\n%s", err, tt.want)
			}
		})
	}
	// $null still binds where 5.1 takes it.
	for _, param := range []string{"TNEFEnabled", "Ptr", "Names", "Props", "Anything", "Count", "Filter", "EmailAddresses"} {
		if _, err := Bind(set, &setThing{}, items(a("x"), p(param), a(nil)), Options{}); err != nil {
			t.Errorf("-%s $null: %v", param, err)
		}
	}
}

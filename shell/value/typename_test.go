package value

import "testing"

func TestShortTypeName(t *testing.T) {
	for full, want := range map[string]string{
		"System.String":   "String",
		"System.Object[]": "Object[]",
		"Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data.ByteQuantifiedSize]":              "Unlimited`1",
		"Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig+AuthMechanisms": "SmtpSendConnectorConfig+AuthMechanisms",
		"Hashtable": "Hashtable",
	} {
		if got := shortTypeName(full); got != want {
			t.Errorf("shortTypeName(%q) = %q, want %q", full, got, want)
		}
	}
}

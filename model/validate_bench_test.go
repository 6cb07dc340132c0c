package model

import "testing"

// BenchmarkValidateMailContact: the property checks a Set-MailContact
// runs twice for each object it changes (at Process and at End).
func BenchmarkValidateMailContact(b *testing.B) {
	e := testEnv()
	set, err := ContosoSeed(e)
	if err != nil {
		b.Fatal(err)
	}
	c, err := e.NewMailContact(set.Organization, "Kim Akers", ProxyAddress{Prefix: "SMTP", Address: "kim@fabrikam.com"})
	if err != nil {
		b.Fatal(err)
	}
	c.Refresh(set.Organization)
	c.MaxRecipientPerMessage = Limited[int32](500)
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

package model

import "testing"

func TestOrganizationalUnits(t *testing.T) {
	org := &Organization{Name: "Contoso", DomainName: "contoso.com"}
	if _, err := org.AddOrganizationalUnit("Sales", "DC=contoso,DC=com"); err != nil {
		t.Fatal(err)
	}
	if _, err := org.AddOrganizationalUnit("East", "contoso.com/Sales"); err != nil {
		t.Fatal(err)
	}
	if _, err := org.AddOrganizationalUnit("sales", ""); err == nil {
		t.Error("a second Sales was added")
	}
	for _, id := range []string{"contoso.com/Sales/East", "OU=East,OU=Sales,DC=contoso,DC=com", "east"} {
		u, err := org.FindOrganizationalUnit(id)
		if err != nil || u.Identity != "contoso.com/Sales/East" || u.DistinguishedName != "OU=East,OU=Sales,DC=contoso,DC=com" {
			t.Errorf("%s: %+v, %v", id, u, err)
		}
	}
	if u, err := org.FindOrganizationalUnit("Users"); err != nil || u.DistinguishedName != "CN=Users,DC=contoso,DC=com" {
		t.Errorf("Users: %+v, %v", u, err)
	}
	if _, err := org.FindOrganizationalUnit("Marketing"); err == nil {
		t.Error("Marketing was found")
	}
	ou := "contoso.com/Sales/East"
	if id, dn := recipientPlace(org, &ou, "Kim"); id != "contoso.com/Sales/East/Kim" || dn != "CN=Kim,OU=East,OU=Sales,DC=contoso,DC=com" {
		t.Errorf("place: %s %s", id, dn)
	}
}

package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/google/go-cmp/cmp"
)

// bareOrg saves an organization without objects.
func bareOrg(t *testing.T, s storage.Store, e model.Env, name string) *model.Organization {
	t.Helper()
	org := &model.Organization{Name: name, DomainName: "contoso.com", ExchangeVersion: model.Exchange2013}
	e.Stamp(org, org)
	update(t, s, func(tx storage.Tx) error { return storage.PutOrg(tx, org) })
	return org
}

// must returns v; fixtures that fail to build are bugs in the suite, so
// it panics on err.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func testCRUD(t *testing.T, s storage.Store) {
	e := env()
	org := bareOrg(t, s, e, "Contoso")
	ext := model.ProxyAddress{Prefix: "SMTP", Address: "ann@fabrikam.com"}
	mbx := must(e.NewMailbox(org, "Bob", "", "EX01"))
	t.Run("RemoteDomain", func(t *testing.T) {
		crud(t, s, org, must(e.NewRemoteDomain(org, "Fabrikam", "fabrikam.com")),
			func(r *model.RemoteDomain) { r.TNEFEnabled = new(bool) })
	})
	t.Run("AcceptedDomain", func(t *testing.T) {
		crud(t, s, org, must(e.NewAcceptedDomain(org, "", "sub.contoso.com", "")),
			func(a *model.AcceptedDomain) { a.DomainType = model.AcceptedDomainTypeInternalRelay })
	})
	t.Run("MailUser", func(t *testing.T) {
		crud(t, s, org, must(e.NewMailUser(org, "Ann", ext, "ann@contoso.com")),
			func(u *model.MailUser) { u.UseMapiRichTextFormat = model.UseMapiRichTextFormatAlways })
	})
	t.Run("MailContact", func(t *testing.T) {
		crud(t, s, org, must(e.NewMailContact(org, "Ann Beck", ext)),
			func(c *model.MailContact) { c.MaxSendSize = model.Limited(5 * model.MB) })
	})
	t.Run("Mailbox", func(t *testing.T) {
		crud(t, s, org, mbx, func(m *model.Mailbox) { m.SetClient(model.Outlook98) })
	})
	t.Run("OutlookContact", func(t *testing.T) {
		crud(t, s, org, must(e.NewOutlookContact(org, mbx, "Ann", "ann@fabrikam.com")),
			func(c *model.OutlookContact) { c.InternetFormat = model.ContactInternetFormatOutlookRichText })
	})
	t.Run("SendConnector", func(t *testing.T) {
		sp := []model.AddressSpace{{Type: "SMTP", Address: "*", Cost: 1}}
		crud(t, s, org, must(e.NewSendConnector(org, "Internet", sp, "", "EX01")),
			func(c *model.SendConnector) { c.DNSRoutingEnabled, c.SmartHosts = false, []string{"relay.contoso.com"} })
	})
	t.Run("TransportConfig", func(t *testing.T) {
		crud(t, s, org, e.NewTransportConfig(org), func(c *model.TransportConfig) { c.MaxSendSize = model.UnlimitedSize{} })
	})
	t.Run("ExchangeServer", func(t *testing.T) {
		crud(t, s, org, must(e.NewExchangeServer(org, "EX02", model.Exchange2013)),
			func(x *model.ExchangeServer) { x.Site = "Branch" })
	})
}

// crud puts obj, reads it back, changes it with mutate, and deletes it.
func crud[T any, P interface {
	*T
	model.Object
}](t *testing.T, s storage.Store, org *model.Organization, obj P, mutate func(P)) {
	t.Helper()
	id := obj.ObjectGuid()
	update(t, s, func(tx storage.Tx) error { return storage.Put(tx, org.Guid, obj) })
	check(t, s, org, obj)
	mutate(obj)
	update(t, s, func(tx storage.Tx) error { return storage.Put(tx, org.Guid, obj) })
	check(t, s, org, obj)
	update(t, s, func(tx storage.Tx) error { return storage.Delete[T, P](tx, org.Guid, id) })
	view(t, s, func(tx storage.Tx) error {
		if _, err := storage.Get[T, P](tx, org.Guid, id); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("Get after Delete: err = %v, want ErrNotFound", err)
		}
		if all, _ := storage.List[T, P](tx, org.Guid); len(all) != 0 {
			t.Errorf("List after Delete = %d objects", len(all))
		}
		return nil
	})
	err := s.Update(context.Background(), func(tx storage.Tx) error { return storage.Delete[T, P](tx, org.Guid, id) })
	if !errors.Is(err, model.ErrNotFound) {
		t.Errorf("second Delete: err = %v, want ErrNotFound", err)
	}
}

// check verifies that Get and List return obj.
func check[T any, P interface {
	*T
	model.Object
}](t *testing.T, s storage.Store, org *model.Organization, obj P) {
	t.Helper()
	view(t, s, func(tx storage.Tx) error {
		got, err := storage.Get[T, P](tx, org.Guid, obj.ObjectGuid())
		if err != nil {
			t.Fatalf("Get: %v", err)
		}
		if d := cmp.Diff(obj, got, opts); d != "" {
			t.Errorf("Get (-want +got):\n%s", d)
		}
		all, err := storage.List[T, P](tx, org.Guid)
		if err != nil || len(all) != 1 {
			t.Fatalf("List = %d objects, %v; want 1", len(all), err)
		}
		return nil
	})
}

package transport

import (
	"errors"
	"testing"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// TestSendSeesChangedRemoteDomain checks that the objects shared between
// trips follow the store: a remote domain changed, added or removed
// between two sends decides the next send.
func TestSendSeesChangedRemoteDomain(t *testing.T) {
	l := newLab(t, model.Exchange2013)
	s := &Submission{From: "Administrator", To: []string{"bob@fabrikam.com"}, Subject: "Numbers", Body: "Hello Bob", BodyFormat: model.RichText}
	format := func() string {
		t.Helper()
		rep := l.send(s)
		if len(rep.Recipients) != 1 || rep.Recipients[0].Status != "Delivered" {
			t.Fatalf("report %+v", rep.Recipients)
		}
		return rep.Recipients[0].Format + " by " + rep.Recipients[0].DecidedBy
	}
	if got := format(); got != "MimeHtml by OutlookConfiguration 'Administrator' InternetFormat=ConvertToHtml" {
		t.Fatalf("first send: %s", got)
	}
	l.setTnefIn(l.a, true)
	if got := format(); got != "TNEF by RemoteDomain 'Default' TNEFEnabled=True" {
		t.Errorf("after TNEFEnabled $true on Default: %s", got)
	}
	var added *model.RemoteDomain
	l.update(func(tx storage.Tx) error {
		org, err := storage.Org(tx, l.a)
		if err != nil {
			return err
		}
		if added, err = l.env.NewRemoteDomain(org, "Fabrikam", "fabrikam.com"); err != nil {
			return err
		}
		no := false
		added.TNEFEnabled = &no
		return storage.Put(tx, l.a, added)
	})
	if got := format(); got != "MimeHtml by RemoteDomain 'Fabrikam' TNEFEnabled=False" {
		t.Errorf("after New-RemoteDomain Fabrikam -TNEFEnabled $false: %s", got)
	}
	l.update(func(tx storage.Tx) error { return storage.Delete[model.RemoteDomain](tx, l.a, added.Guid) })
	if got := format(); got != "TNEF by RemoteDomain 'Default' TNEFEnabled=True" {
		t.Errorf("after Remove-RemoteDomain Fabrikam: %s", got)
	}
}

// TestDecodeShared checks that a damaged record is an error, as
// storage's own decoding says it, and that the same bytes give the same
// object.
func TestDecodeShared(t *testing.T) {
	if _, err := decodeShared[model.RemoteDomain]([]byte(`{"Name":`)); !errors.Is(err, storage.ErrCorrupt) {
		t.Errorf("damaged record: err = %v, want storage.ErrCorrupt", err)
	}
	a, err := decodeShared[model.RemoteDomain]([]byte(`{"Name":"Default","DomainName":"*"}`))
	if err != nil || a.Name != "Default" {
		t.Fatalf("decoded %+v, %v", a, err)
	}
	b, _ := decodeShared[model.RemoteDomain]([]byte(`{"Name":"Default","DomainName":"*"}`))
	c, _ := decodeShared[model.RemoteDomain]([]byte(`{"Name":"Other","DomainName":"*"}`))
	if a != b || c == a || c.Name != "Other" {
		t.Errorf("same bytes gave %p and %p, other bytes %p (%s)", a, b, c, c.Name)
	}
}

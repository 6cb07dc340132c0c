package model

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"testing"
)

// flatFields lists the exported fields of struct type t with embedded
// structs expanded in place, as the shell and encoding/json see them.
func flatFields(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		switch {
		case f.Anonymous && f.Type.Kind() == reflect.Struct:
			out = append(out, flatFields(f.Type)...)
		case f.IsExported():
			out = append(out, f.Name)
		}
	}
	return out
}

// jsonKeys returns the top-level keys of a JSON object, in order.
func jsonKeys(t *testing.T, b []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// TestBlocksFlatten checks the embedded field blocks: every object
// stores each flattened field under its own top-level key, in field
// order (encoding/json silently drops names that collide at one depth),
// and the blocks sit where the Format-List order puts them.
func TestBlocksFlatten(t *testing.T) {
	set, e := contoso(t)
	mu, err := e.NewMailUser(set.Organization, "Ann", ProxyAddress{"SMTP", "ann@fabrikam.com"}, "")
	if err != nil {
		t.Fatal(err)
	}
	mc, err := e.NewMailContact(set.Organization, "Bob", ProxyAddress{"SMTP", "bob@fabrikam.com"})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range append(set.Objects(), mu, mc) {
		typ := reflect.TypeOf(o).Elem()
		b, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		want, got := flatFields(typ), jsonKeys(t, b)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: JSON keys\n%v\nwant the flattened fields\n%v", typ.Name(), got, want)
		}
		var back = reflect.New(typ).Interface()
		if err := json.Unmarshal(b, back); err != nil || !reflect.DeepEqual(back, o) {
			t.Errorf("%s: does not decode to itself (%v)", typ.Name(), err)
		}
	}
	tail := []string{"AdminDisplayName", "ExchangeVersion", "Name", "DistinguishedName", "Identity", "Guid",
		"ObjectCategory", "ObjectClass", "WhenChanged", "WhenCreated", "WhenChangedUTC", "WhenCreatedUTC",
		"OriginatingServer", "IsValid", "ObjectState"}
	if got := flatFields(reflect.TypeFor[ConfigHeader]()); !reflect.DeepEqual(got, tail) {
		t.Errorf("ConfigHeader fields %v, want %v", got, tail)
	}
	contact := flatFields(reflect.TypeFor[MailContact]())
	i := slices.Index(contact, "MaxRecipientPerMessage")
	if contact[0] != "ExternalEmailAddress" || i < 1 || contact[i-1] != "MaxReceiveSize" || contact[i+1] != "ModeratedBy" ||
		contact[len(contact)-1] != "LastName" {
		t.Errorf("MailContact fields out of order: %v", contact)
	}
}

// TestBlockFields checks that the fields of the blocks are reachable
// and settable through the object types.
func TestBlockFields(t *testing.T) {
	set, e := contoso(t)
	mc, err := e.NewMailContact(set.Organization, "Bob", ProxyAddress{"SMTP", "bob@fabrikam.com"})
	if err != nil {
		t.Fatal(err)
	}
	if mc.ObjectName() != "Bob" || mc.ObjectGuid() != mc.Guid || mc.ObjectGuid().IsZero() {
		t.Errorf("ObjectName/ObjectGuid = %q/%v", mc.ObjectName(), mc.ObjectGuid())
	}
	if got := mc.ProxyAddresses(); len(got) != 1 || got[0].String() != "SMTP:bob@fabrikam.com" {
		t.Errorf("ProxyAddresses = %v", got)
	}
	cp := Clone(mc)
	cp.ObjectClass[0], cp.EmailAddresses[0].Address = "changed", "changed@x"
	tip := "tip"
	cp.MailTip = &tip
	if mc.ObjectClass[0] == "changed" || mc.EmailAddresses[0].Address == "changed@x" || mc.MailTip != nil {
		t.Error("mail contact clone shares a slice or pointer of an embedded block")
	}
	for _, f := range []string{"RecipientType -eq 'MailContact'", "Name -eq 'Bob'", "Guid -ne $null",
		"ExternalEmailAddress -like 'SMTP:bob@*'", "ObjectClass -eq 'contact'", "FirstName -eq $null"} {
		flt, err := ParseFilter(f, reflect.TypeOf(mc))
		if err != nil || !flt.Match(mc) {
			t.Errorf("filter %q on Bob: %v, matches %v", f, err, err == nil && flt.Match(mc))
		}
	}
	for _, f := range []string{"RecipientHeader -eq 'x'", "MailRecipient -eq $null", "DirectoryMetadata -ne 'x'"} {
		if _, err := ParseFilter(f, reflect.TypeOf(mc)); err == nil {
			t.Errorf("filter %q: no error; a block is no property", f)
		}
	}
}

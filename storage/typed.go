package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/exsh/exsh/model"
)

// objPtr constrains a type parameter to a pointer to a model object
// type, so helpers can be called as storage.List[model.RemoteDomain].
type objPtr[T any] interface {
	*T
	model.Object
}

// decode unmarshals one record into a fresh object.
func decode[T any, P objPtr[T]](data []byte) (P, error) {
	p := P(new(T))
	if err := json.Unmarshal(data, p); err != nil {
		return nil, fmt.Errorf("%w: %s record: %v", ErrCorrupt, p.Kind(), err)
	}
	return p, nil
}

// Get returns the object of type T with GUID id in organization org.
func Get[T any, P objPtr[T]](tx Tx, org, id model.Guid) (obj P, err error) {
	err = withRecord(tx, org, P(nil).Kind(), id, func(rec []byte) (err error) {
		obj, err = decode[T, P](rec)
		return err
	})
	return obj, err
}

// List returns every object of type T in organization org, in creation
// order.
// Each record is decoded where it is stored (see [inPlace]): a long
// list does not hold a copy of every record besides the objects.
func List[T any, P objPtr[T]](tx Tx, org model.Guid) ([]P, error) {
	var out []P
	err := eachRecord(tx, org, P(nil).Kind(), func(rec []byte) error {
		p, err := decode[T, P](rec)
		out = append(out, p)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Resolve returns the one object of type T in org that identity
// designates (see [model.Resolve]), through [Find].
func Resolve[T any, P objPtr[T]](tx Tx, org model.Guid, identity string) (P, error) {
	found, err := Find[T, P](tx, org, identity)
	if err != nil {
		return nil, err
	}
	return model.Resolve(found, identity)
}

// Put inserts or replaces obj in organization org, which must exist, or
// outside any organization when org is [model.NilGuid] (the relay hosts
// between organizations). Put stores a copy: later changes to obj do not
// affect the store.
func Put(tx Tx, org model.Guid, obj model.Object) error {
	if obj.Kind() == model.KindOrganization {
		return fmt.Errorf("%w: use PutOrg for organizations", model.ErrInvalid)
	}
	if obj.ObjectGuid().IsZero() {
		return fmt.Errorf("%w: %s %q has no Guid", model.ErrInvalid, obj.Kind(), obj.ObjectName())
	}
	if org != model.NilGuid {
		exists := func([]byte) error { return nil }
		if err := withRecord(tx, model.NilGuid, model.KindOrganization, org, exists); err != nil {
			return err
		}
	}
	data, err := json.Marshal(obj)
	if err != nil {
		return err
	}
	if p, ok := tx.(indexedPutter); ok {
		return p.putIndexed(org, obj.Kind(), obj.ObjectGuid(), data, indexKeys(obj))
	}
	if err := tx.Put(org, obj.Kind(), obj.ObjectGuid(), data); err != nil {
		return err
	}
	return tx.SetKeys(org, obj.Kind(), obj.ObjectGuid(), indexKeys(obj))
}

// indexKeys returns the keys the store indexes for obj: its
// [model.Indexed] IndexKeys, else all its IdentityKeys.
func indexKeys(obj model.Object) []string {
	if ix, ok := obj.(model.Indexed); ok {
		return ix.IndexKeys()
	}
	return obj.IdentityKeys()
}

// Find returns the objects of type T in org that identity designates,
// as [model.Match] would among all of them, in creation order. A GUID or
// a plain identity is looked up in the key index ([Tx.Lookup]); a
// wildcard pattern, and an identity the index does not know (such as a
// distinguished name, see [model.Indexed]), read every object.
func Find[T any, P objPtr[T]](tx Tx, org model.Guid, identity string) ([]P, error) {
	id := strings.TrimSpace(identity)
	if g, err := model.ParseGuid(id); err == nil {
		o, err := Get[T, P](tx, org, g)
		if errors.Is(err, model.ErrNotFound) {
			return nil, nil
		}
		return []P{o}, err
	}
	if strings.Contains(id, "*") {
		all, err := List[T, P](tx, org)
		return model.Match(all, id), err
	}
	guids, err := lookupAll(tx, org, P(nil).Kind(), id)
	if err != nil {
		return nil, err
	}
	if len(guids) == 0 {
		all, err := List[T, P](tx, org)
		return model.Match(all, id), err
	}
	found := make([]P, 0, len(guids))
	for _, g := range guids {
		o, err := Get[T, P](tx, org, g)
		if err != nil {
			return nil, err
		}
		found = append(found, o)
	}
	return model.Match(found, id), nil
}

// lookupAll looks id up, and also without a leading "smtp:" as
// [model.Match] does.
func lookupAll(tx Tx, org model.Guid, kind model.Kind, id string) ([]model.Guid, error) {
	guids, err := tx.Lookup(org, kind, id)
	if err != nil || len(id) <= 5 || !strings.EqualFold(id[:5], "smtp:") {
		return guids, err
	}
	more, err := tx.Lookup(org, kind, id[5:])
	for _, g := range more {
		if !slices.Contains(guids, g) {
			guids = append(guids, g)
		}
	}
	return guids, err
}

// Delete removes the object of type T with GUID id from org.
func Delete[T any, P objPtr[T]](tx Tx, org, id model.Guid) error {
	return tx.Delete(org, P(nil).Kind(), id)
}

// Orgs returns every organization in creation order.
func Orgs(tx Tx) ([]*model.Organization, error) {
	return List[model.Organization](tx, model.NilGuid)
}

// Org returns the organization with GUID id.
func Org(tx Tx, id model.Guid) (*model.Organization, error) {
	return Get[model.Organization](tx, model.NilGuid, id)
}

// OrgByName returns the organization an identity (name, domain or GUID)
// designates.
func OrgByName(tx Tx, identity string) (*model.Organization, error) {
	return Resolve[model.Organization](tx, model.NilGuid, identity)
}

// PutOrg inserts or replaces an organization. Another organization with
// the same Name or DomainName gives a [model.ExistsError]: each
// organization of a lab is a separate forest with its own namespace.
func PutOrg(tx Tx, org *model.Organization) error {
	all, err := Orgs(tx)
	if err != nil {
		return err
	}
	if err := model.CheckUniqueName(all, org.Guid, org.Name); err != nil {
		return err
	}
	for _, o := range all {
		if o.Guid != org.Guid && strings.EqualFold(o.DomainName, org.DomainName) {
			return &model.ExistsError{Kind: model.KindOrganization, Property: "DomainName", Value: org.DomainName, UsedBy: o.Name}
		}
	}
	if org.Guid.IsZero() {
		return fmt.Errorf("%w: organization %q has no Guid", model.ErrInvalid, org.Name)
	}
	data, err := json.Marshal(org)
	if err != nil {
		return err
	}
	if err := tx.Put(model.NilGuid, model.KindOrganization, org.Guid, data); err != nil {
		return err
	}
	return tx.SetKeys(model.NilGuid, model.KindOrganization, org.Guid, org.IdentityKeys())
}

// DeleteOrg removes an organization and every object in it.
func DeleteOrg(tx Tx, id model.Guid) error {
	if err := tx.Delete(model.NilGuid, model.KindOrganization, id); err != nil {
		return err
	}
	return tx.DropScope(id)
}

// SaveOrgSet stores an organization and all its objects.
func SaveOrgSet(tx Tx, set *model.OrgSet) error {
	if err := PutOrg(tx, set.Organization); err != nil {
		return err
	}
	for _, o := range set.Objects() {
		if err := Put(tx, set.Organization.Guid, o); err != nil {
			return err
		}
	}
	return nil
}

// LoadOrgSet reads the organization with GUID id and every object in it.
// The transport reads mail-flow settings through
// LoadOrgSet(tx, id).Effective() (see [model.OrgSet.Effective]), so that
// Exchange 5.5 changes wait for their IMS restart.
func LoadOrgSet(tx Tx, id model.Guid) (*model.OrgSet, error) {
	org, err := Org(tx, id)
	if err != nil {
		return nil, err
	}
	set := &model.OrgSet{Organization: org}
	loads := []func() error{
		func() (err error) { set.AcceptedDomains, err = List[model.AcceptedDomain](tx, id); return },
		func() (err error) { set.RemoteDomains, err = List[model.RemoteDomain](tx, id); return },
		func() (err error) { set.Servers, err = List[model.ExchangeServer](tx, id); return },
		func() (err error) { set.SendConnectors, err = List[model.SendConnector](tx, id); return },
		func() (err error) { set.Mailboxes, err = List[model.Mailbox](tx, id); return },
		func() (err error) { set.MailUsers, err = List[model.MailUser](tx, id); return },
		func() (err error) { set.MailContacts, err = List[model.MailContact](tx, id); return },
		func() (err error) { set.OutlookContacts, err = List[model.OutlookContact](tx, id); return },
		func() error {
			tc, err := List[model.TransportConfig](tx, id)
			if len(tc) > 0 {
				set.TransportConfig = tc[0]
			}
			return err
		},
	}
	for _, load := range loads {
		if err := load(); err != nil {
			return nil, err
		}
	}
	return set, nil
}

// notFound returns the error of a missing record.
func notFound(kind model.Kind, id model.Guid) error {
	return &model.NotFoundError{Kind: kind, Identity: id.String()}
}

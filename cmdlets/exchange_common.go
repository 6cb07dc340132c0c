package cmdlets

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// exchangeModule is the module Get-Command shows for the Exchange cmdlets.
const exchangeModule = "Microsoft.Exchange.Management"

// exObj constrains a type parameter to a pointer to a model object type.
type exObj[T any] interface {
	*T
	model.Object
}

// exEnvHost is implemented by hosts that inject a deterministic clock and
// GUID source; other hosts get [model.DefaultEnv].
type exEnvHost interface{ Env() model.Env }

// exEnv returns the model environment of the running shell.
func exEnv(ctx *Context) model.Env {
	if h, ok := ctx.Host.(exEnvHost); ok {
		return h.Env()
	}
	return model.DefaultEnv()
}

// exCurrentOrg returns the organization the session is connected to: the
// named one (looked up in the store's key index), or the first one when
// the session has not connected yet. name comes from Host.Org, which must
// be called outside any transaction (it may open one itself).
func exCurrentOrg(name string, tx storage.Tx) (*model.Organization, error) {
	if name == "" {
		orgs, err := storage.Orgs(tx)
		if err != nil {
			return nil, err
		}
		if len(orgs) == 0 {
			return nil, exErrNoOrg()
		}
		return orgs[0], nil
	}
	org, err := storage.OrgByName(tx, name)
	var (
		nf *model.NotFoundError
		am *model.AmbiguousError
	)
	if errors.As(err, &nf) || errors.As(err, &am) {
		return nil, exErrNotConnected(name)
	}
	return org, err
}

// exOrgView runs fn in one read transaction with the current organization.
// It returns the organization so that errors can name its DC.
func exOrgView(ctx *Context, fn func(tx storage.Tx, org *model.Organization) error) (*model.Organization, error) {
	return exOrgRead(ctx, false, nil, fn)
}

// exOrgPrepare is [exOrgView] for a New-, Set- or Remove- cmdlet that
// will write next: a store that is a [storage.Preparer] readies itself for
// the Update. The organization is resolved once per invocation (q.org):
// a Set- fed 10,000 objects reads it once, not 10,000 times.
func exOrgPrepare(ctx *Context, q *exQueue, fn func(tx storage.Tx, org *model.Organization) error) (*model.Organization, error) {
	return exOrgRead(ctx, true, &q.org, fn)
}

// exOrgRead runs fn in one read transaction with the current
// organization, taken from *cache when cache holds one.
func exOrgRead(ctx *Context, forUpdate bool, cache **model.Organization, fn func(tx storage.Tx, org *model.Organization) error) (*model.Organization, error) {
	st, err := ctx.Host.Store()
	if err != nil {
		return nil, err
	}
	view := st.View
	if p, ok := st.(storage.Preparer); ok && forUpdate {
		view = p.ViewForUpdate
	}
	var org *model.Organization
	if cache != nil {
		org = *cache
	}
	name := ctx.Host.Org()
	err = view(ctx, func(tx storage.Tx) error {
		if org == nil {
			o, err := exCurrentOrg(name, tx)
			if err != nil {
				return err
			}
			org = o
		}
		return fn(tx, org)
	})
	if cache != nil && err == nil {
		*cache = org
	}
	return org, err
}

// exOrgUpdate runs fn in one write transaction with the organization whose
// GUID is id.
func exOrgUpdate(ctx *Context, id model.Guid, fn func(tx storage.Tx, org *model.Organization) error) error {
	st, err := ctx.Host.Store()
	if err != nil {
		return err
	}
	return st.Update(ctx, func(tx storage.Tx) error {
		org, err := storage.Org(tx, id)
		if err != nil {
			return exErrNotConnected(id.String())
		}
		return fn(tx, org)
	})
}

// exList returns every object of type T in org.
func exList[T any, P exObj[T]](tx storage.Tx, org *model.Organization) ([]P, error) {
	return storage.List[T, P](tx, org.Guid)
}

// exMatch returns the objects of T that id designates; an empty id
// designates all of them, and a named id without a match is an error.
// Plain identities are looked up in the store's key index.
func exMatch[T any, P exObj[T]](tx storage.Tx, org *model.Organization, id string) ([]P, error) {
	if id == "" {
		return exList[T, P](tx, org)
	}
	m, err := storage.Find[T, P](tx, org.Guid, id)
	if err == nil && len(m) == 0 {
		return nil, &model.NotFoundError{Kind: P(nil).Kind(), Identity: id}
	}
	return m, err
}

// exSnapshot returns a comparable encoding of obj, to detect changes.
func exSnapshot(obj any) string {
	b, _ := json.Marshal(obj)
	return string(b)
}

// exIdentity returns an object's Identity property (its Name when it has
// none), as Exchange names objects in messages.
func exIdentity(obj model.Object) string {
	v := reflect.ValueOf(obj)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		if f := v.Elem().FieldByName("Identity"); f.IsValid() && f.Kind() == reflect.String && f.String() != "" {
			return f.String()
		}
	}
	return obj.ObjectName()
}

// exEmit emits objs, stopping at the first error.
func exEmit[P any](ctx *Context, objs []P) error {
	for _, o := range objs {
		if err := ctx.Emit(o); err != nil {
			return err
		}
	}
	return nil
}

// exNoChange is Exchange's warning for a Set-* that changed nothing.
func exNoChange(ctx *Context, obj model.Object) error {
	return ctx.Warn(fmt.Sprintf("The command completed successfully but no settings of '%s' have been modified.", exIdentity(obj)))
}

// exNoteIms records, for an Exchange 5.5 organization, a change to the
// Internet Mail Service settings that waits for Restart-Service
// MSExchangeIMC, and stores the organization. The settings the IMS runs
// with until then stay in org.ImsEffective. In a read-only
// transaction (the validation pass) it does nothing.
func exNoteIms(tx storage.Tx, org *model.Organization, what string) error {
	if org.ExchangeVersion != model.Exchange55 || !tx.Writable() {
		return nil
	}
	if org.ImsEffective == nil {
		// A database from before effective IMS settings were recorded:
		// the stored settings are the best guess of what the IMS runs.
		remote, connectors, err := exImsSettings(tx, org)
		if err != nil {
			return err
		}
		org.StartIms(remote, connectors)
	}
	org.NoteImsChange(what)
	return storage.PutOrg(tx, org)
}

// exImsSettings returns the stored remote domains and send connectors of
// org: what an IMS started now would run with.
func exImsSettings(tx storage.Tx, org *model.Organization) ([]*model.RemoteDomain, []*model.SendConnector, error) {
	remote, err := exList[model.RemoteDomain](tx, org)
	if err != nil {
		return nil, nil, err
	}
	connectors, err := exList[model.SendConnector](tx, org)
	return remote, connectors, err
}

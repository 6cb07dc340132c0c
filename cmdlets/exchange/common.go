package exchange

import (
	"errors"
	"fmt"
	"reflect"
	"sync"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// moduleName is the module Get-Command shows for the Exchange cmdlets.
const moduleName = "Microsoft.Exchange.Management"

// stored constrains a type parameter to a pointer to a model object type.
type stored[T any] interface {
	*T
	model.Object
}

// envHost is implemented by hosts that inject a deterministic clock and
// GUID source; other hosts get [model.DefaultEnv].
type envHost interface{ Env() model.Env }

// envOf returns the model environment of the running shell.
func envOf(ctx *cmdlet.Context) model.Env {
	if h, ok := ctx.Host.(envHost); ok {
		return h.Env()
	}
	return model.DefaultEnv()
}

// currentOrg returns the organization the session is connected to: the
// named one (looked up in the store's key index), or the first one when
// the session has not connected yet. name comes from Host.Org, which must
// be called outside any transaction (it may open one itself).
func currentOrg(name string, tx storage.Tx) (*model.Organization, error) {
	if name == "" {
		orgs, err := storage.Orgs(tx)
		if err != nil {
			return nil, err
		}
		if len(orgs) == 0 {
			return nil, errNoOrg()
		}
		return orgs[0], nil
	}
	org, err := storage.OrgByName(tx, name)
	var (
		nf *model.NotFoundError
		am *model.AmbiguousError
	)
	if errors.As(err, &nf) || errors.As(err, &am) {
		return nil, errNotConnected(name)
	}
	return org, err
}

// orgView runs fn in one read transaction with the current organization.
// It returns the organization so that errors can name its DC.
func orgView(ctx *cmdlet.Context, fn func(tx storage.Tx, org *model.Organization) error) (*model.Organization, error) {
	return orgRead(ctx, false, nil, fn)
}

// orgPrepare is [orgView] for a New-, Set- or Remove- cmdlet that
// will write next: a store that is a [storage.Preparer] readies itself for
// the Update. The organization is resolved once per invocation (q.org):
// a Set- fed 10,000 objects reads it once, not 10,000 times.
func orgPrepare(ctx *cmdlet.Context, q *queue, fn func(tx storage.Tx, org *model.Organization) error) (*model.Organization, error) {
	return orgRead(ctx, true, &q.org, fn)
}

// orgRead runs fn in one read transaction with the current
// organization, taken from *cache when cache holds one.
func orgRead(ctx *cmdlet.Context, forUpdate bool, cache **model.Organization, fn func(tx storage.Tx, org *model.Organization) error) (*model.Organization, error) {
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
			o, err := currentOrg(name, tx)
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

// orgUpdate runs fn in one write transaction with the organization whose
// GUID is id.
func orgUpdate(ctx *cmdlet.Context, id model.Guid, fn func(tx storage.Tx, org *model.Organization) error) error {
	st, err := ctx.Host.Store()
	if err != nil {
		return err
	}
	return st.Update(ctx, func(tx storage.Tx) error {
		org, err := storage.Org(tx, id)
		if err != nil {
			return errNotConnected(id.String())
		}
		return fn(tx, org)
	})
}

// listObjects returns every object of type T in org.
func listObjects[T any, P stored[T]](tx storage.Tx, org *model.Organization) ([]P, error) {
	return storage.List[T, P](tx, org.Guid)
}

// matchObjects returns the objects of T that id designates; an empty id
// designates all of them, and a named id without a match is an error.
// Plain identities are looked up in the store's key index.
func matchObjects[T any, P stored[T]](tx storage.Tx, org *model.Organization, id string) ([]P, error) {
	if id == "" {
		return listObjects[T, P](tx, org)
	}
	m, err := storage.Find[T, P](tx, org.Guid, id)
	if err == nil && len(m) == 0 {
		return nil, &model.NotFoundError{Kind: P(nil).Kind(), Identity: id}
	}
	return m, err
}

// identityOf returns an object's Identity property (its Name when it has
// none), as Exchange names objects in messages.
func identityOf(obj model.Object) string {
	v := reflect.ValueOf(obj)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		if index := identityField(v.Type().Elem()); index != nil {
			if f := v.Elem().FieldByIndex(index); f.String() != "" {
				return f.String()
			}
		}
	}
	return obj.ObjectName()
}

// identityFields maps a struct type to the index of its string field
// Identity (nil when it has none): a Set- fed 10,000 objects asks twice
// for each.
var identityFields sync.Map

// identityField returns the index of struct type t's string field
// Identity, or nil.
func identityField(t reflect.Type) []int {
	if index, ok := identityFields.Load(t); ok {
		return index.([]int)
	}
	var index []int
	if t.Kind() == reflect.Struct {
		if f, ok := t.FieldByName("Identity"); ok && f.Type.Kind() == reflect.String {
			index = f.Index
		}
	}
	identityFields.Store(t, index)
	return index
}

// emitAll emits objs, stopping at the first error.
func emitAll[P any](ctx *cmdlet.Context, objs []P) error {
	for _, o := range objs {
		if err := ctx.Emit(o); err != nil {
			return err
		}
	}
	return nil
}

// noChange is Exchange's warning for a Set-* that changed nothing.
func noChange(ctx *cmdlet.Context, obj model.Object) error {
	return ctx.Warn(fmt.Sprintf("The command completed successfully but no settings of '%s' have been modified.", identityOf(obj)))
}

// noteIms records, for an Exchange 5.5 organization, a change to the
// Internet Mail Service settings that waits for Restart-Service
// MSExchangeIMC, and stores the organization. The settings the IMS runs
// with until then stay in org.ImsEffective. In a read-only
// transaction (the validation pass) it does nothing.
func noteIms(tx storage.Tx, org *model.Organization, what string) error {
	if org.ExchangeVersion != model.Exchange55 || !tx.Writable() {
		return nil
	}
	if org.ImsEffective == nil {
		// A database from before effective IMS settings were recorded:
		// the stored settings are the best guess of what the IMS runs.
		remote, connectors, err := imsSettings(tx, org)
		if err != nil {
			return err
		}
		org.StartIms(remote, connectors)
	}
	org.NoteImsChange(what)
	return storage.PutOrg(tx, org)
}

// imsSettings returns the stored remote domains and send connectors of
// org: what an IMS started now would run with.
func imsSettings(tx storage.Tx, org *model.Organization) ([]*model.RemoteDomain, []*model.SendConnector, error) {
	remote, err := listObjects[model.RemoteDomain](tx, org)
	if err != nil {
		return nil, nil, err
	}
	connectors, err := listObjects[model.SendConnector](tx, org)
	return remote, connectors, err
}

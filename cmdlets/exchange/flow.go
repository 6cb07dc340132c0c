package exchange

import (
	"reflect"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// change is one queued write: it runs inside the invocation's single
// Update and may return an object to emit once the Update commits.
type change struct {
	org model.Guid
	run func(tx storage.Tx, org *model.Organization) (any, error)
}

// queue collects the changes of one New/Set/Remove invocation. Process
// resolves, validates and asks ShouldProcess (reading in a View); End
// applies every queued change in one Update, so a failure rolls back the
// whole invocation. Embedding queue gives a cmdlet its End method.
type queue struct {
	changes []change
	org     *model.Organization // the organization, once resolved
}

// add queues a change for organization org.
func (q *queue) add(org model.Guid, run func(tx storage.Tx, org *model.Organization) (any, error)) {
	q.changes = append(q.changes, change{org: org, run: run})
}

// End applies the queued changes in one write transaction per
// organization (in practice: one) and emits what they return afterwards.
func (q *queue) End(ctx *cmdlet.Context) error {
	if len(q.changes) == 0 {
		return nil
	}
	var out []any
	err := orgUpdate(ctx, q.changes[0].org, func(tx storage.Tx, org *model.Organization) error {
		for _, c := range q.changes {
			v, err := c.run(tx, org)
			if err != nil {
				return err
			}
			if v != nil {
				out = append(out, v)
			}
		}
		return nil
	})
	if err != nil {
		return translate(ctx, nil, err)
	}
	return emitAll(ctx, out)
}

// getObject lists the objects of T that id designates (all for "") in one
// View, keeps those accepted by keep (nil keeps all), refreshes their
// derived properties and emits them after the View returned.
func getObject[T any, P stored[T]](ctx *cmdlet.Context, id string, keep func(P) bool) error {
	var out []P
	org, err := orgView(ctx, func(tx storage.Tx, org *model.Organization) error {
		m, err := matchObjects[T, P](tx, org, id)
		for _, o := range m {
			if keep == nil || keep(o) {
				o.Refresh(org)
				out = append(out, o)
			}
		}
		return err
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, org, err))
	}
	return emitAll(ctx, out)
}

// mutation changes obj in place and validates the result; tx gives
// access to the rest of the organization (uniqueness checks).
type mutation[P any] func(tx storage.Tx, org *model.Organization, obj P) error

// queueSet resolves id, applies mutate to a copy to validate it and to
// detect a no-op, asks ShouldProcess and queues the same mutation for
// End, where it is applied again to the object as stored then.
func queueSet[T any, P stored[T]](ctx *cmdlet.Context, q *queue, id string, mutate mutation[P]) error {
	var (
		obj, pristine P
		version       storage.Version
	)
	changed, target := false, ""
	org, err := orgPrepare(ctx, q, func(tx storage.Tx, org *model.Organization) error {
		o, v, err := resolveStored[T, P](ctx, tx, org, id)
		if err != nil {
			return err
		}
		pristine, version, target = o, v, identityOf(o)
		obj = P(model.Clone((*T)(o)))
		if err := mutate(tx, org, obj); err != nil {
			return err
		}
		changed = !reflect.DeepEqual(obj, pristine) // cheaper than comparing encodings
		return nil
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, org, err))
	}
	if ok, err := ctx.ShouldProcess(target, ctx.Command); !ok || err != nil {
		return err
	}
	if !changed {
		return noChange(ctx, obj)
	}
	q.add(org.Guid, setRunner(ctx, pristine, version, mutate))
	return nil
}

// resolveStored resolves id to an object and its stored version. When
// the pipeline object is that object and still as stored (it came from a
// Get-* of this statement), it is used instead of decoding the record
// again: piping 10,000 objects then costs no second decode each.
func resolveStored[T any, P stored[T]](ctx *cmdlet.Context, tx storage.Tx, org *model.Organization, id string) (P, storage.Version, error) {
	if in, ok := ctx.Input.(P); ok && ctx.HasInput && in != nil && identityOf(in) == id {
		v, err := storage.VersionOf(tx, org.Guid, in)
		if err == nil && v.Holds(in) {
			return in, v, nil // never changed: queueSet and End change copies
		}
	}
	o, err := storage.Resolve[T, P](tx, org.Guid, id)
	if err != nil {
		return nil, storage.Version{}, err
	}
	v, err := storage.VersionOf(tx, org.Guid, o)
	return o, v, err
}

// setRunner applies mutate to the object as stored when End runs (a
// copy of pristine when it is unchanged since version, else the record
// decoded again) and stores it.
func setRunner[T any, P stored[T]](ctx *cmdlet.Context, pristine P, version storage.Version, mutate mutation[P]) func(storage.Tx, *model.Organization) (any, error) {
	return func(tx storage.Tx, org *model.Organization) (any, error) {
		current, err := version.Current(tx, org.Guid, pristine)
		if err != nil {
			return nil, err
		}
		o := P(model.Clone((*T)(pristine)))
		if !current {
			if o, err = storage.Get[T, P](tx, org.Guid, pristine.ObjectGuid()); err != nil {
				return nil, err
			}
		}
		if err := mutate(tx, org, o); err != nil {
			return nil, err
		}
		envOf(ctx).Touch(org, o)
		return nil, storage.Put(tx, org.Guid, o)
	}
}

// queueRemove resolves id, runs check (a refusal is a non-terminating
// error), asks ShouldProcess and queues the deletion; after runs in the
// same Update (cascades, IMS notes) and may be nil.
func queueRemove[T any, P stored[T]](ctx *cmdlet.Context, q *queue, id string, check func(P) error, after mutation[P]) error {
	var obj P
	org, err := orgPrepare(ctx, q, func(tx storage.Tx, org *model.Organization) error {
		o, err := storage.Resolve[T, P](tx, org.Guid, id)
		if err != nil {
			return err
		}
		obj = o
		if check != nil {
			return check(o)
		}
		return nil
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, org, err))
	}
	if ok, err := ctx.ShouldProcess(identityOf(obj), ctx.Command); !ok || err != nil {
		return err
	}
	guid := obj.ObjectGuid()
	q.add(org.Guid, func(tx storage.Tx, org *model.Organization) (any, error) {
		o, err := storage.Get[T, P](tx, org.Guid, guid)
		if err != nil {
			return nil, err
		}
		if err := storage.Delete[T, P](tx, org.Guid, guid); err != nil {
			return nil, err
		}
		if after != nil {
			return nil, after(tx, org, o)
		}
		return nil, nil
	})
	return nil
}

// queueNew builds a new object with build (inside a View, so it can check
// uniqueness), asks ShouldProcess with the new object's name and queues
// its creation; check runs again inside the Update before the object is
// stored, and the stored object is emitted after the commit.
func queueNew[P model.Object](ctx *cmdlet.Context, q *queue, build func(tx storage.Tx, org *model.Organization) (P, error), check mutation[P]) error {
	var obj P
	org, err := orgPrepare(ctx, q, func(tx storage.Tx, org *model.Organization) error {
		o, err := build(tx, org)
		if err != nil {
			return err
		}
		obj = o
		return check(tx, org, o)
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, org, err))
	}
	if ok, err := ctx.ShouldProcess(obj.ObjectName(), ctx.Command); !ok || err != nil {
		return err
	}
	q.add(org.Guid, func(tx storage.Tx, org *model.Organization) (any, error) {
		if err := check(tx, org, obj); err != nil {
			return nil, err
		}
		return obj, storage.Put(tx, org.Guid, obj)
	})
	return nil
}

package shell

import (
	"os"
	"reflect"
	"time"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/complete"
	"github.com/exsh/exsh/storage"
)

// completionSource implements [complete.Source] over a session. Names are
// read from the org database in one short read transaction per request
// that misses the cache, and the database is released right after. The
// cache lasts until the database file changes (a statement of this or
// another exsh wrote to it) or the session connects to another
// organization; for a store without a file, until the next statement.
type completionSource struct {
	s     *Session
	key   cacheKey
	names map[reflect.Type]*complete.Names
	addrs *complete.Names
}

// cacheKey identifies the state the cached names were read in.
type cacheKey struct {
	runs    int
	org     string
	size    int64
	modTime time.Time
}

// Completer returns the session's completion engine.
func (s *Session) Completer() *complete.Engine {
	return &complete.Engine{Commands: s.opts.Commands, Source: &completionSource{s: s}}
}

// fresh drops the cache when the session or the database changed.
func (c *completionSource) fresh() {
	k := cacheKey{runs: c.s.runs, org: c.s.org}
	if b, ok := c.s.store.(interface{ Path() string }); ok {
		if st, err := os.Stat(b.Path()); err == nil {
			k = cacheKey{org: c.s.org, size: st.Size(), modTime: st.ModTime()}
		}
	}
	if k != c.key || c.names == nil {
		c.key, c.names, c.addrs = k, map[reflect.Type]*complete.Names{}, nil
	}
}

// Names implements [complete.Source].
func (c *completionSource) Names(t reflect.Type) *complete.Names {
	c.fresh()
	if n, ok := c.names[t]; ok {
		return n
	}
	var names []string
	_ = c.view(func(tx storage.Tx, org *model.Organization) error {
		var err error
		names, err = namesOf(tx, org, t)
		return err
	})
	n := complete.NewNames(names)
	c.names[t] = n
	return n
}

// Addresses implements [complete.Source].
func (c *completionSource) Addresses() *complete.Names {
	c.fresh()
	if c.addrs != nil {
		return c.addrs
	}
	var addrs []string
	_ = c.view(func(tx storage.Tx, org *model.Organization) error {
		for _, k := range []model.Kind{model.KindMailbox, model.KindMailUser, model.KindMailContact} {
			values, err := storage.Fields(tx, org.Guid, k, "PrimarySmtpAddress")
			if err != nil {
				return err
			}
			addrs = append(addrs, values...)
		}
		return nil
	})
	c.addrs = complete.NewNames(addrs)
	return c.addrs
}

// Warm re-reads, when the database or the organization changed, the
// names this source had cached, so that the completion requests after
// an entry that wrote are served from the cache: the interactive loop
// calls it after each entry, while the user reads the output. What was
// never asked for stays unread.
func (c *completionSource) Warm() {
	types := make([]reflect.Type, 0, len(c.names))
	for t := range c.names {
		types = append(types, t)
	}
	hadAddrs := c.addrs != nil
	c.fresh()
	for _, t := range types {
		c.Names(t)
	}
	if hadAddrs {
		c.Addresses()
	}
}

// view runs fn in a read transaction on the connected organization and
// releases the database.
func (c *completionSource) view(fn func(storage.Tx, *model.Organization) error) error {
	st, err := c.s.Store()
	if err != nil {
		return err
	}
	defer c.s.release()
	return st.View(c.s.ctx, func(tx storage.Tx) error {
		org, err := storage.OrgByName(tx, c.s.org)
		if err != nil {
			return err
		}
		return fn(tx, org)
	})
}

// namesOf returns the names of the objects of type t in org.
func namesOf(tx storage.Tx, org *model.Organization, t reflect.Type) ([]string, error) {
	obj, ok := reflect.Zero(reflect.PointerTo(t)).Interface().(model.Object)
	if !ok {
		return nil, nil
	}
	scope := org.Guid
	if obj.Kind() == model.KindOrganization {
		scope = model.NilGuid
	}
	return storage.Fields(tx, scope, obj.Kind(), "Name")
}

// Variables implements [complete.Source].
func (c *completionSource) Variables() []complete.Variable {
	vars := c.s.Variables()
	out := make([]complete.Variable, len(vars))
	for i, v := range vars {
		out[i] = complete.Variable{Name: v.Name, Value: v.Value}
	}
	return out
}

// Dir implements [complete.Source].
func (c *completionSource) Dir() string { return c.s.cwd }

// History implements [complete.Source].
func (c *completionSource) History() []string {
	out := make([]string, len(c.s.history))
	for i, h := range c.s.history {
		out[i] = h.CommandLine
	}
	return out
}

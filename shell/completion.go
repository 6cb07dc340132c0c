package shell

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/complete"
	"github.com/exsh/exsh/shell/value"
	"github.com/exsh/exsh/storage"
)

// completionSource implements [complete.Source] over a session. Stored
// objects are read through a prefix scan of the storage key index
// ([storage.Tx.Keys]) in one short read transaction per request: names
// and addresses come from the index itself and Message-IDs from the few
// records offered, however many objects the organization holds. While the interactive prompt waits, the database
// stays open for reading between requests, and is opened and read ahead
// in the background when the prompt is shown (see [Session.warmCompletion]
// and [storage.Lingerer]), so that even the first Tab finds it open;
// a store that cannot linger is released after each request. Objects
// that are not stored (the services of Get-Service) are read by running
// their Get- cmdlet once per session state.
type completionSource struct {
	s       *Session
	emitted map[string][]string // Get- cmdlet name → names, for runs
	runs    int
	warming atomic.Bool // a background warm-up runs
}

// promptLease is how long the database stays open for reading after the
// prompt was shown, a key was typed or a completion request read it,
// unless another process wants the file first (see [storage.Lingerer]).
const promptLease = 10 * time.Second

// Completer returns the session's completion engine.
func (s *Session) Completer() *complete.Engine {
	return &complete.Engine{Commands: s.opts.Commands, Source: &completionSource{s: s}}
}

// completion returns the source of the session's completion engine,
// making the engine on first use.
func (s *Session) completion() *completionSource {
	if s.completer == nil {
		s.completer = s.Completer()
	}
	return s.completer.Source.(*completionSource)
}

// warmCompletion keeps the database open for the completion requests of
// the prompt: called when the prompt is shown and on each key typed, it
// returns at once and opens the file and reads ahead in the background
// (see [Session.storeWarmer]).
func (s *Session) warmCompletion() {
	c := s.completion()
	warm := s.storeWarmer()
	if warm == nil || !c.warming.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer c.warming.Store(false)
		warm()
	}()
}

// storeWarmer returns a function, safe to run on another goroutine, that
// opens the session's database for reading, reads the pages the first
// completion request reads (the organization's entry and the start of
// the address index of each recipient kind) and keeps the file for
// promptLease; nil when the database is not open yet or cannot linger.
func (s *Session) storeWarmer() func() {
	l, ok := s.store.(storage.Lingerer)
	if !ok || s.org == "" {
		return nil
	}
	org, ctx := s.org, context.WithoutCancel(s.ctx)
	return func() {
		_ = l.Warm(ctx, promptLease, func(tx storage.Tx) error {
			ids, err := tx.Lookup(model.NilGuid, model.KindOrganization, org)
			if err != nil || len(ids) != 1 {
				return err
			}
			for _, k := range recipientKinds {
				if err := tx.Keys(ids[0], k, "", func(string, string, model.Guid) string { return storage.StopKeys }); err != nil {
					return err
				}
			}
			return nil
		})
	}
}

// Names implements [complete.Source].
func (c *completionSource) Names(get *cmdlet.Info, prefix string, limit int) []string {
	obj, ok := reflect.Zero(reflect.PointerTo(get.OutputType)).Interface().(model.Object)
	if !ok {
		return c.emittedNames(get, prefix, limit)
	}
	var out []string
	_ = c.view(func(tx storage.Tx, org model.Guid) error {
		scope := org
		if obj.Kind() == model.KindOrganization {
			scope = model.NilGuid
		}
		var err error
		out, err = storage.FieldsByPrefix(tx, scope, obj.Kind(), "Name", prefix, "=/:@", limit)
		return err
	})
	return firstDistinct(out, limit)
}

// emittedNames returns the Name (else the Identity) of the objects
// cmdlet get emits when run without arguments, starting with prefix. A
// cmdlet that can't run without arguments offers nothing.
func (c *completionSource) emittedNames(get *cmdlet.Info, prefix string, limit int) []string {
	if c.emitted == nil || c.runs != c.s.runs {
		c.emitted, c.runs = map[string][]string{}, c.s.runs
	}
	names, ok := c.emitted[get.Name]
	if !ok && runsBare(get) {
		v, err := c.s.evalText(get.Name + " -ErrorAction Ignore")
		c.s.release()
		if err == nil {
			for _, o := range value.Enumerate(v) {
				n := value.ReadProperty(o, "Name")
				if n == nil {
					n = value.ReadProperty(o, "Identity")
				}
				if n != nil {
					names = append(names, fmt.Sprint(n))
				}
			}
		}
		slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
		c.emitted[get.Name] = names
	}
	var out []string
	for _, n := range names {
		if len(out) < limit && len(n) >= len(prefix) && strings.EqualFold(n[:len(prefix)], prefix) {
			out = append(out, n)
		}
	}
	return out
}

// runsBare reports whether cmdlet get runs without arguments: none of
// its parameters is mandatory.
func runsBare(get *cmdlet.Info) bool {
	sp, err := get.Spec()
	if err != nil {
		return false
	}
	for _, p := range sp.Params {
		if p.Mandatory {
			return false
		}
	}
	return true
}

// recipientKinds are the kinds whose addresses complete.
var recipientKinds = []model.Kind{model.KindMailbox, model.KindMailUser, model.KindMailContact}

// Addresses implements [complete.Source].
func (c *completionSource) Addresses(prefix string, limit int, everyOrg bool) []string {
	var out []string
	_ = c.view(func(tx storage.Tx, org model.Guid) error {
		scopes := []model.Guid{org}
		if everyOrg {
			orgs, err := storage.Orgs(tx)
			if err != nil {
				return err
			}
			for _, o := range orgs {
				if o.Guid != org {
					scopes = append(scopes, o.Guid)
				}
			}
		}
		for _, scope := range scopes {
			for _, k := range recipientKinds {
				addrs, err := storage.AddressesByPrefix(tx, scope, k, prefix, limit)
				if err != nil {
					return err
				}
				out = append(out, addrs...)
			}
		}
		return nil
	})
	return firstDistinct(out, limit)
}

// MessageIds implements [complete.Source].
func (c *completionSource) MessageIds(prefix string, limit int) []string {
	var out []string
	_ = c.view(func(tx storage.Tx, org model.Guid) error {
		var err error
		out, err = storage.FieldsByPrefix(tx, org, model.KindTrackingEvent, "MessageId", prefix, "", limit)
		return err
	})
	return out
}

// firstDistinct sorts names ignoring case, drops duplicates and keeps
// at most limit.
func firstDistinct(names []string, limit int) []string {
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	names = slices.CompactFunc(names, strings.EqualFold)
	return names[:min(len(names), limit)]
}

// view runs fn in a read transaction with the GUID of the connected
// organization. The database then stays open for the next request for
// promptLease when the store can linger, else it is released.
func (c *completionSource) view(fn func(storage.Tx, model.Guid) error) error {
	st, err := c.s.Store()
	if err != nil {
		return err
	}
	if l, ok := st.(storage.Lingerer); ok {
		defer l.Linger(promptLease)
	} else {
		defer c.s.release()
	}
	return st.View(c.s.ctx, func(tx storage.Tx) error {
		ids, err := tx.Lookup(model.NilGuid, model.KindOrganization, c.s.org)
		if err != nil || len(ids) != 1 {
			org, err := storage.OrgByName(tx, c.s.org) // its error
			if err != nil {
				return err
			}
			ids = []model.Guid{org.Guid}
		}
		return fn(tx, ids[0])
	})
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

package lab

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/exchange"
	"github.com/exsh/exsh/scripts/labs"
	"github.com/exsh/exsh/shell/value"
	"github.com/exsh/exsh/storage"
)

// Module is the module Get-Command shows for the lab cmdlets.
const Module = "Exsh.Labs"

// StartLab is Start-Lab: a fresh lab world in the current database.
type StartLab struct {
	Name string `ps:"pos=0,mandatory,complete=identity:Lab" help:"The lab to start (Get-Lab lists them)."`
}

// GetLab is Get-Lab: the labs exsh ships and the one the database holds.
type GetLab struct {
	Name string `ps:"pos=0,complete=identity" help:"A lab's name, wildcards allowed; every lab when omitted."`
}

// Lab is one lab as Get-Lab shows it.
type Lab struct {
	Name string
	// Current tells whether the database holds this lab.
	Current bool
	Title   string
	// Objectives are the names of its objectives.
	Objectives []string
	// Guide is the lab's README: the story, the tasks and the hints.
	Guide string
}

// TypeName is exsh's type name.
func (*Lab) TypeName() string { return "Exsh.Lab.Lab" }

// DefaultTableColumns is the default view.
func (*Lab) DefaultTableColumns() []string { return []string{"Name", "Current", "Title"} }

// AddTo declares the lab cmdlets in r.
func AddTo(r *cmdlet.Registry) {
	cmdlet.Add[StartLab](r, &cmdlet.Info{Name: "Start-Lab", Module: Module, ShouldProcess: true,
		Synopsis: "Starts a training lab: replaces the database's content with the lab's world and prints its guide.",
		Description: "Start-Lab builds the lab's world as a new database is seeded (Contoso) and then by the lab's setup " +
			"(organizations, recipients, connectors, relays and mail already in flight), saves it as the lab's setup checkpoint for Reset-Lab, " +
			"puts it in place of everything the current organization database holds, in one transaction, and prints the first page of the lab's guide. Everything the database held before is gone: " +
			"give each lab a database of its own (exsh -Database lab.db) or save it first with Checkpoint-Lab. exsh -Lab <name> starts the shell inside a fresh lab.",
		Examples: []cmdlet.Example{
			{Code: "Start-Lab -Name read-receipts-between-orgs", Remarks: "Builds the Exchange 5.5 read-receipt lab and prints its guide."},
			{Code: "Start-Lab tnef-conversion-options | Out-Null; Get-Lab", Remarks: "Starts the TNEF lab without its guide and shows it as the current lab."},
		}})
	cmdlet.Add[GetLab](r, &cmdlet.Info{Name: "Get-Lab", Module: Module, OutputType: reflect.TypeFor[Lab](),
		Synopsis:    "Gets the training labs and tells which one the database holds.",
		Description: "Get-Lab lists the labs exsh ships; Current is $true for the lab the current database holds (the last Start-Lab). The Guide property holds the lab's whole guide.",
		Examples: []cmdlet.Example{
			{Code: "Get-Lab", Remarks: "Lists the labs."},
			{Code: "(Get-Lab read-receipts-between-orgs).Guide", Remarks: "Prints the whole guide of a lab."},
		}})
	addObjectives(r)
	addCheckpoints(r)
}

// Process implements [cmdlet.Processor].
func (c *StartLab) Process(ctx *cmdlet.Context) error {
	l, sh, st, err := prepare(ctx, c.Name)
	if err != nil {
		return ctx.WriteError(err)
	}
	if ok, err := ctx.ShouldProcess(databaseName(st), ctx.Command); !ok || err != nil {
		return err
	}
	// The world is built in memory and put in place of the database's
	// content in one transaction; it is saved as the lab's setup
	// checkpoint, for Reset-Lab.
	sn, ok := st.(storage.Snapshotter)
	if !ok {
		return ctx.WriteError(cmdlet.NewError("This database cannot hold a lab.", "NotImplemented", "NotSupportedException", "LabCheckpointUnsupported"))
	}
	env := exchange.Env(ctx)
	world, err := storage.NewMemory(storage.ContosoSeed(env))
	if err != nil {
		return ctx.WriteError(err)
	}
	var org string
	err = sh.WithStore(world, "Contoso", func() error {
		prefs := map[string]any{"ErrorActionPreference": "Stop"}
		if err := sh.RunScript(l.Name+"/setup.ps1", l.Setup, prefs, func([]any) error { return nil }); err != nil {
			return err
		}
		org = ctx.Host.Org()
		s := &state{Lab: l.Name, Organization: org, Started: env.Now()}
		return world.Update(ctx, func(tx storage.Tx) error { return writeState(tx, s) })
	})
	if err != nil {
		return err
	}
	if err := sn.Load(ctx, world); err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	ctx.Host.Connect(org)
	if err := saveCheckpoint(ctx, sn, st, setupCheckpoint, true); err != nil {
		return ctx.WriteError(err)
	}
	return ctx.Emit(l.FirstPage())
}

// Process implements [cmdlet.Processor].
func (c *GetLab) Process(ctx *cmdlet.Context) error {
	cur, err := currentState(ctx)
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	found := false
	for _, n := range labs.Names() {
		if c.Name != "" && !value.MatchWildcard(c.Name, n, true) {
			continue
		}
		l, err := labs.Find(n)
		if err != nil {
			return err
		}
		found = true
		out := &Lab{Name: l.Name, Title: l.Title, Guide: l.Guide, Current: cur != nil && strings.EqualFold(cur.Lab, l.Name)}
		err = readObjectives(ctx, l, func(list []*objective) error {
			for _, o := range list {
				out.Objectives = append(out.Objectives, o.Name)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := ctx.Emit(out); err != nil {
			return err
		}
	}
	if !found && !value.HasWildcard(c.Name) {
		return ctx.WriteError(notFound(c.Name))
	}
	return nil
}

// find returns the lab called name, or the error that says there is none.
func find(name string) (*labs.Lab, error) {
	l, err := labs.Find(name)
	if err != nil {
		return nil, notFound(name)
	}
	return l, nil
}

// notFound is the error for a lab name exsh does not know.
func notFound(name string) error {
	return cmdlet.TargetError(fmt.Sprintf("Cannot find a lab named '%s'. The labs are: %s.", name, strings.Join(labs.Names(), ", ")),
		"ObjectNotFound", "ItemNotFoundException", "LabNotFound", name)
}

// scriptHost returns the shell that runs the labs' scripts.
func scriptHost(ctx *cmdlet.Context) (cmdlet.ScriptHost, error) {
	sh, ok := ctx.Host.(cmdlet.ScriptHost)
	if !ok {
		return nil, cmdlet.NewError("This host cannot run lab scripts.", "NotImplemented", "NotSupportedException", "LabHostUnsupported")
	}
	return sh, nil
}

// prepare returns what running the scripts of the lab name needs: the
// lab, the session's script host and its store; the error is ready to
// write.
func prepare(ctx *cmdlet.Context, name string) (*labs.Lab, cmdlet.ScriptHost, storage.Store, error) {
	l, err := find(name)
	if err != nil {
		return nil, nil, nil, err
	}
	sh, err := scriptHost(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	st, err := ctx.Host.Store()
	if err != nil {
		return nil, nil, nil, exchange.Translate(ctx, nil, err)
	}
	return l, sh, st, nil
}

// currentState returns the lab state of the session's database (nil
// when no lab was started in it).
func currentState(ctx *cmdlet.Context) (*state, error) {
	st, err := ctx.Host.Store()
	if err != nil {
		return nil, err
	}
	return stateOf(ctx, st)
}

// stateOf returns the lab state of st.
func stateOf(ctx context.Context, st storage.Store) (*state, error) {
	var s *state
	err := st.View(ctx, func(tx storage.Tx) (err error) {
		s, err = readState(tx)
		return err
	})
	return s, err
}

// databaseName names the database of st for messages: its file, or
// "the organization database".
func databaseName(st storage.Store) string {
	if f, ok := st.(interface{ Path() string }); ok {
		return f.Path()
	}
	return "the organization database"
}

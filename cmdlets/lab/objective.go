package lab

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/exchange"
	"github.com/exsh/exsh/scripts/labs"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
	"github.com/exsh/exsh/storage"
)

// TestLabObjective is Test-LabObjective: a student's check of the lab's
// objectives, or with -Database the trainer's view over many students'
// databases.
type TestLabObjective struct {
	Name     string   `ps:"pos=0,complete=identity:Lab" help:"The lab whose objectives to check; the lab the database holds when omitted."`
	Database []string `ps:"complete=path" help:"Students' database files, wildcards allowed: prints one row per database with a column per objective, reading each database read-only."`
}

// ObjectiveResult is one objective checked in the student's database.
type ObjectiveResult struct {
	Lab  string
	Name string
	// Result is PASS or FAIL.
	Result    string
	Objective string
	// Hint is shown when the objective is not met.
	Hint string
}

// TypeName is exsh's type name.
func (*ObjectiveResult) TypeName() string { return "Exsh.Lab.ObjectiveResult" }

// DefaultTableColumns is the default view.
func (*ObjectiveResult) DefaultTableColumns() []string { return []string{"Result", "Objective"} }

// studentTypeName is the type name of the trainer's rows.
const studentTypeName = "Exsh.Lab.StudentResult"

// trainerLockTimeout is how long the trainer's view waits for a
// database a running student session holds for writing. A session
// holds its file only while a statement runs (and a short lease after
// it, which it cuts short for a waiting reader), never while it waits
// at the prompt.
const trainerLockTimeout = time.Second

func addObjectives(r *cmdlet.Registry) {
	cmdlet.Add[TestLabObjective](r, &cmdlet.Info{Name: "Test-LabObjective", Module: Module, OutputType: reflect.TypeFor[ObjectiveResult](),
		Synopsis: "Checks the objectives of a training lab: PASS or FAIL each, with a hint for each one not met.",
		Description: "Test-LabObjective runs the checks of the lab's objectives.ps1 against the current database and outputs PASS or FAIL per objective; " +
			"the hint of each objective not met follows as a warning, and when any is not met it writes an error, so that $? is $false and " +
			"exsh -Command exits with 1. The checks only read: they look at the messages actually delivered and at the settings. " +
			"With -Database (the trainer's view) it checks each database named, each against the lab it holds unless -Name says which, " +
			"and outputs one row per database: Student (the file's name), Lab, one column per objective and Met. The databases are copied " +
			"read-only, all at once, the checks run on the copies; a database that a running session holds for writing for more than a " +
			"second shows Met 'Busy' and a warning, instead of waiting. The rows are objects: Format-Table shows them side by side, " +
			"Export-Csv writes them.",
		Examples: []cmdlet.Example{
			{Code: "Start-Lab tnef-conversion-options | Out-Null; Test-LabObjective -ErrorAction SilentlyContinue; if (-not $?) { 'Not there yet.' }",
				Remarks: "Checks the objectives of the lab just started: each fails, its hint follows as a warning, and $? is $false."},
			{Code: "Test-LabObjective -Database (Get-ChildItem *.db).FullName", Remarks: "The trainer's view: every student's database of the folder, one row each."},
			{Code: "Test-LabObjective -Database *.db | Export-Csv class.csv", Remarks: "Writes the trainer's view to a CSV file."},
		}})
}

// objective is one hashtable of a lab's objectives.ps1.
type objective struct {
	Name, Text, Hint string
	Test             bind.ScriptBlock
}

// readObjectives runs the lab's objectives.ps1 and calls with with its
// objectives while the script's scope is current (the Test blocks run
// with the preferences it sets). The checks run with errors and
// warnings silenced.
func readObjectives(ctx *cmdlet.Context, l *labs.Lab, with func([]*objective) error) error {
	sh, err := scriptHost(ctx)
	if err != nil {
		return err
	}
	prefs := map[string]any{"ErrorActionPreference": "SilentlyContinue", "WarningPreference": "SilentlyContinue"}
	return sh.RunScript(l.Name+"/objectives.ps1", l.Objectives, prefs, func(out []any) error {
		var list []*objective
		for i, o := range out {
			obj, err := parseObjective(o)
			if err != nil {
				return cmdlet.NewError(fmt.Sprintf("Objective %d of the lab '%s' is not valid: %v.", i+1, l.Name, err),
					"InvalidData", "InvalidDataException", "LabObjectiveInvalid")
			}
			list = append(list, obj)
		}
		return with(list)
	})
}

// parseObjective reads one objective hashtable.
func parseObjective(v any) (*objective, error) {
	h, ok := v.(*value.Hashtable)
	if !ok {
		return nil, fmt.Errorf("it is a %s, not a hashtable", value.TypeName(v))
	}
	o := &objective{}
	for key, dst := range map[string]*string{"Name": &o.Name, "Text": &o.Text, "Hint": &o.Hint} {
		x, _ := h.Get(key)
		s, ok := x.(string)
		if !ok || s == "" {
			return nil, fmt.Errorf("it has no %s string", key)
		}
		*dst = s
	}
	x, _ := h.Get("Test")
	if o.Test, ok = x.(bind.ScriptBlock); !ok {
		return nil, errors.New("it has no Test script block")
	}
	return o, nil
}

// check runs every objective's test; a test that fails with an error
// is not met.
func check(ctx *cmdlet.Context, l *labs.Lab) ([]*ObjectiveResult, error) {
	var results []*ObjectiveResult
	err := readObjectives(ctx, l, func(list []*objective) error {
		for _, o := range list {
			out, err := ctx.Host.Invoke(o.Test, nil)
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			r := &ObjectiveResult{Lab: l.Name, Name: o.Name, Objective: o.Text, Result: "PASS"}
			if err != nil || !value.Truthy(out) {
				r.Result, r.Hint = "FAIL", o.Hint
			}
			results = append(results, r)
		}
		return nil
	})
	return results, err
}

// Process implements [cmdlet.Processor].
func (c *TestLabObjective) Process(ctx *cmdlet.Context) error {
	if len(c.Database) > 0 {
		return c.trainer(ctx)
	}
	cur, err := currentState(ctx)
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	name := c.Name
	if name == "" {
		if cur == nil {
			return ctx.WriteError(cmdlet.NewError("No lab was started in this database. Start-Lab starts one; -Name names the lab to check.",
				"ObjectNotFound", "ItemNotFoundException", "NoCurrentLab"))
		}
		name = cur.Lab
	}
	l, sh, st, err := prepare(ctx, name)
	if err != nil {
		return ctx.WriteError(err)
	}
	var results []*ObjectiveResult
	err = sh.WithStore(readOnly{st}, ctx.Host.Org(), func() (err error) {
		results, err = check(ctx, l)
		return err
	})
	if err != nil {
		return err
	}
	failed := 0
	for _, r := range results {
		if r.Result == "FAIL" {
			failed++
		}
		if err := ctx.Emit(r); err != nil {
			return err
		}
	}
	for _, r := range results {
		if r.Result == "FAIL" {
			if err := ctx.Warn(r.Name + ": " + r.Hint); err != nil {
				return err
			}
		}
	}
	if failed > 0 {
		return ctx.WriteError(cmdlet.NewError(fmt.Sprintf("%d of %d objectives of the lab '%s' are not met yet.", failed, len(results), l.Name),
			"InvalidResult", "LabObjectiveException", "LabObjectiveNotMet"))
	}
	return nil
}

// readOnly is a database the objectives' checks run on: they read it,
// and a check that writes fails (the objective is not met). The session
// gets its own database and organization back afterwards, wherever the
// checks connected.
type readOnly struct{ storage.Store }

// Update implements [storage.Store]: it refuses.
func (readOnly) Update(context.Context, func(storage.Tx) error) error { return storage.ErrReadOnly }

// copied is one student's database copied for the trainer's view.
type copied struct {
	path, copy string
	err        error
}

// trainer is the trainer's view: the databases are copied read-only, at
// once, and the objectives run on the copies one after the other.
func (c *TestLabObjective) trainer(ctx *cmdlet.Context) error {
	sh, err := scriptHost(ctx)
	if err != nil {
		return ctx.WriteError(err)
	}
	var paths []string
	for _, p := range c.Database {
		found, err := ctx.ResolveFiles(p)
		if err != nil {
			if err := ctx.WriteError(err); err != nil {
				return err
			}
			continue
		}
		paths = append(paths, found...)
	}
	tmp, err := os.MkdirTemp("", "exsh-class-")
	if err != nil {
		return ctx.WriteError(err)
	}
	defer os.RemoveAll(tmp)
	copies := copyAll(ctx, paths, tmp)
	for _, cp := range copies {
		row, err := c.studentRow(ctx, sh, cp)
		if err != nil {
			return err
		}
		if err := ctx.Emit(row); err != nil {
			return err
		}
	}
	return nil
}

// copyAll copies the databases at paths into dir, all at once.
func copyAll(ctx context.Context, paths []string, dir string) []*copied {
	out := make([]*copied, len(paths))
	var wg sync.WaitGroup
	for i, p := range paths {
		out[i] = &copied{path: p, copy: filepath.Join(dir, fmt.Sprintf("%d.db", i))}
		wg.Add(1)
		go func(cp *copied) {
			defer wg.Done()
			f, err := os.Create(cp.copy)
			if err != nil {
				cp.err = err
				return
			}
			cp.err = storage.SnapshotFile(ctx, cp.path, trainerLockTimeout, f)
			if err := f.Close(); cp.err == nil {
				cp.err = err
			}
		}(out[i])
	}
	wg.Wait()
	return out
}

// studentRow checks one student's copied database and returns its row.
func (c *TestLabObjective) studentRow(ctx *cmdlet.Context, sh cmdlet.ScriptHost, cp *copied) (*value.Object, error) {
	row := value.NewObject(studentTypeName)
	row.SetTableView()
	row.Add("Student", strings.TrimSuffix(filepath.Base(cp.path), filepath.Ext(cp.path)))
	row.Add("Lab", c.Name)
	if cp.err != nil {
		met := "Error"
		if errors.Is(cp.err, storage.ErrLocked) {
			met = "Busy"
			if err := ctx.Warn(fmt.Sprintf("%s is in use by a running session; run Test-LabObjective again for its results.", cp.path)); err != nil {
				return nil, err
			}
		} else if err := ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("Cannot read the database '%s': %v.", cp.path, cp.err),
			"ReadError", "IOException", "LabDatabaseUnreadable", cp.path)); err != nil {
			return nil, err
		}
		row.Add("Met", met)
		return row, nil
	}
	st := storage.OpenBolt(cp.copy, storage.BoltOptions{NoSync: true})
	defer st.Close()
	cur, err := stateOf(ctx, st)
	if err != nil {
		row.Add("Met", "Error")
		return row, ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("Cannot read the database '%s': %v.", cp.path, err),
			"ReadError", "IOException", "LabDatabaseUnreadable", cp.path))
	}
	name, org := c.Name, ""
	if cur != nil {
		org = cur.Organization
		if name == "" {
			name = cur.Lab
		}
	}
	if name == "" {
		row.Add("Met", "No lab")
		return row, nil
	}
	l, err := find(name)
	if err != nil {
		return nil, ctx.WriteError(err)
	}
	row.Set("Lab", l.Name)
	var results []*ObjectiveResult
	err = sh.WithStore(readOnly{st}, org, func() error {
		results, err = check(ctx, l)
		return err
	})
	if err != nil {
		return nil, err
	}
	met := 0
	for _, r := range results {
		row.Add(r.Name, r.Result)
		if r.Result == "PASS" {
			met++
		}
	}
	row.Add("Met", fmt.Sprintf("%d/%d", met, len(results)))
	return row, nil
}

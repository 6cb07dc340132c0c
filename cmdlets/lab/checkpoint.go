package lab

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/exchange"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
	"github.com/exsh/exsh/storage"
)

// CheckpointLab is Checkpoint-Lab: saves the whole database.
type CheckpointLab struct {
	Name  string      `ps:"pos=0,mandatory" help:"The checkpoint's name: letters, digits, '-', '_' and '.' (at most 64)."`
	Force bind.Switch `help:"Replaces a checkpoint of the same name."`
}

// RestoreLab is Restore-Lab: puts a checkpoint back.
type RestoreLab struct {
	Name string `ps:"pos=0,mandatory,pipeline=name,complete=identity:LabCheckpoint" help:"The checkpoint to restore."`
}

// GetLabCheckpoint is Get-LabCheckpoint.
type GetLabCheckpoint struct {
	Name string `ps:"pos=0,complete=identity" help:"A checkpoint's name, wildcards allowed; every checkpoint when omitted."`
}

// ResetLab is Reset-Lab: back to right after the lab's setup.
type ResetLab struct{}

// Checkpoint is one saved checkpoint.
type Checkpoint struct {
	Name string
	// Lab is the lab the database held when it was saved.
	Lab string
	// CreationTime is when it was saved (the file's time).
	CreationTime time.Time
	Path         string
}

// TypeName is exsh's type name.
func (*Checkpoint) TypeName() string { return "Exsh.Lab.Checkpoint" }

// DefaultTableColumns is the default view.
func (*Checkpoint) DefaultTableColumns() []string { return []string{"Name", "Lab", "CreationTime"} }

// setupCheckpoint is the checkpoint Start-Lab saves for Reset-Lab; its
// name is not one a user can give.
const setupCheckpoint = ".setup"

// validName reports whether name may be a user's checkpoint name: 1 to
// 64 letters, digits, dots, underscores and hyphens, starting with a
// letter or digit. (A regular expression compiled at start-up cost every
// exsh run 860 allocations.)
func validName(name string) bool {
	if len(name) == 0 || len(name) > 64 || !alnum(name[0]) {
		return false
	}
	for i := 1; i < len(name); i++ {
		if c := name[i]; !alnum(c) && c != '.' && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// alnum reports an ASCII letter or digit.
func alnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func addCheckpoints(r *cmdlet.Registry) {
	where := "Checkpoints are files in a folder beside the database file (org.db's are in org.db.checkpoints), one <name>.db each."
	cmdlet.Add[CheckpointLab](r, &cmdlet.Info{Name: "Checkpoint-Lab", Module: Module, ShouldProcess: true, OutputType: reflect.TypeFor[Checkpoint](),
		Synopsis: "Saves the whole database (every object and message, tracking logs included) as a named checkpoint.",
		Description: "Checkpoint-Lab saves a consistent copy of the organization database, as one read transaction sees it, under a name: " +
			"Restore-Lab puts it back. " + where,
		Examples: []cmdlet.Example{{Code: "Checkpoint-Lab -Name before-fix", Remarks: "Saves the world before trying a fix."}}})
	cmdlet.Add[RestoreLab](r, &cmdlet.Info{Name: "Restore-Lab", Module: Module, ShouldProcess: true,
		Synopsis: "Puts a checkpoint back: the database holds exactly what it held when the checkpoint was saved.",
		Description: "Restore-Lab replaces the whole content of the organization database with a checkpoint, in one transaction: " +
			"every object and message comes back byte for byte, and whatever changed since is gone. When the organization the session is connected to " +
			"is not in the checkpoint, the session connects to the one the lab starts in. " + where,
		Examples: []cmdlet.Example{{Code: "Checkpoint-Lab -Name before-fix | Out-Null; Set-RemoteDomain Default -TNEFEnabled $false; Restore-Lab -Name before-fix", Remarks: "Tries a change and takes it back."}}})
	cmdlet.Add[GetLabCheckpoint](r, &cmdlet.Info{Name: "Get-LabCheckpoint", Module: Module, OutputType: reflect.TypeFor[Checkpoint](),
		Synopsis:    "Gets the checkpoints saved for the current database.",
		Description: "Get-LabCheckpoint lists the checkpoints Checkpoint-Lab saved for the current database, oldest first. " + where,
		Examples:    []cmdlet.Example{{Code: "Get-LabCheckpoint", Remarks: "Lists the checkpoints."}}})
	cmdlet.Add[ResetLab](r, &cmdlet.Info{Name: "Reset-Lab", Module: Module, ShouldProcess: true,
		Synopsis: "Takes the lab back to right after its setup.",
		Description: "Reset-Lab restores the world Start-Lab saved right after the lab's setup, and connects to the organization the lab starts in. " +
			"The checkpoints saved since stay.",
		Examples: []cmdlet.Example{{Code: "Start-Lab troubleshooting | Out-Null; Reset-Lab", Remarks: "Starts over."}}})
}

// checkpointDir returns the folder of the checkpoints of st's database.
func checkpointDir(st storage.Store) (string, error) {
	f, ok := st.(interface{ Path() string })
	if !ok {
		return "", cmdlet.NewError("Lab checkpoints need an organization database file.", "NotImplemented", "NotSupportedException", "LabCheckpointUnsupported")
	}
	return f.Path() + ".checkpoints", nil
}

// checkpointPath returns the file of checkpoint name.
func checkpointPath(st storage.Store, name string) (string, error) {
	dir, err := checkpointDir(st)
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, name+".db"), nil
}

// saveCheckpoint writes the snapshot of src as checkpoint name of the
// database st: to a new file first, renamed over the old one when
// replace is set.
func saveCheckpoint(ctx *cmdlet.Context, src storage.Snapshotter, st storage.Store, name string, replace bool) error {
	path, err := checkpointPath(st, name)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err == nil && !replace {
		return cmdlet.TargetError(fmt.Sprintf("A checkpoint named '%s' already exists. Use -Force to replace it.", name),
			"ResourceExists", "IOException", "LabCheckpointExists", name)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".new-*.db")
	if err != nil {
		return err
	}
	err = src.Snapshot(ctx, f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		now := exchange.Env(ctx).Now() // EXSH_NOW fixes it, as it fixes WhenCreated
		err = os.Chtimes(f.Name(), now, now)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// restore puts checkpoint name back into the session's database and
// connects to the lab's organization when the session's is gone (or
// always, with reconnect).
func restore(ctx *cmdlet.Context, name string, reconnect bool) error {
	st, err := ctx.Host.Store()
	if err != nil {
		return exchange.Translate(ctx, nil, err)
	}
	sn, ok := st.(storage.Snapshotter)
	if !ok {
		return cmdlet.NewError("This database cannot restore a checkpoint.", "NotImplemented", "NotSupportedException", "LabCheckpointUnsupported")
	}
	path, err := checkpointPath(st, name)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err != nil {
		if name == setupCheckpoint {
			return cmdlet.NewError("No lab was started in this database. Start-Lab starts one.", "ObjectNotFound", "ItemNotFoundException", "NoCurrentLab")
		}
		return cmdlet.TargetError(fmt.Sprintf("Cannot find a checkpoint named '%s'. Get-LabCheckpoint lists them.", name),
			"ObjectNotFound", "ItemNotFoundException", "LabCheckpointNotFound", name)
	}
	if err := sn.Restore(ctx, path); err != nil {
		return exchange.Translate(ctx, nil, err)
	}
	org := ctx.Host.Org()
	var cur *state
	err = st.View(ctx, func(tx storage.Tx) error {
		if cur, err = readState(tx); err != nil || cur == nil {
			return err
		}
		orgs, err := storage.Orgs(tx)
		for _, o := range orgs {
			if strings.EqualFold(o.Name, org) && !reconnect {
				cur = nil // connected to an organization that is still there
			}
		}
		return err
	})
	if err != nil {
		return exchange.Translate(ctx, nil, err)
	}
	if cur != nil {
		ctx.Host.Connect(cur.Organization)
	}
	return nil
}

// Process implements [cmdlet.Processor].
func (c *CheckpointLab) Process(ctx *cmdlet.Context) error {
	if !validName(c.Name) {
		return ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("'%s' is not a valid checkpoint name: use letters, digits, '-', '_' and '.', at most 64, starting with a letter or digit.", c.Name),
			"InvalidArgument", "ArgumentException", "LabCheckpointName", c.Name))
	}
	st, err := ctx.Host.Store()
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	if ok, err := ctx.ShouldProcess(c.Name, ctx.Command); !ok || err != nil {
		return err
	}
	sn, ok := st.(storage.Snapshotter)
	if !ok {
		return ctx.WriteError(cmdlet.NewError("This database cannot be saved as a checkpoint.", "NotImplemented", "NotSupportedException", "LabCheckpointUnsupported"))
	}
	if err := saveCheckpoint(ctx, sn, st, c.Name, bool(c.Force)); err != nil {
		return ctx.WriteError(err)
	}
	path, _ := checkpointPath(st, c.Name)
	cp, err := describe(ctx, path)
	if err != nil {
		return ctx.WriteError(err)
	}
	return ctx.Emit(cp)
}

// describe reads the checkpoint file at path.
func describe(ctx *cmdlet.Context, path string) (*Checkpoint, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	cp := &Checkpoint{Name: strings.TrimSuffix(filepath.Base(path), ".db"), CreationTime: info.ModTime(), Path: path}
	m, err := storage.NewMemory(nil)
	if err == nil {
		err = m.Restore(ctx, path)
	}
	if err != nil {
		return nil, exchange.Translate(ctx, nil, err)
	}
	if s, err := stateOf(ctx, m); err == nil && s != nil {
		cp.Lab = s.Lab
	}
	return cp, nil
}

// Process implements [cmdlet.Processor].
func (c *RestoreLab) Process(ctx *cmdlet.Context) error {
	if ok, err := ctx.ShouldProcess(c.Name, ctx.Command); !ok || err != nil {
		return err
	}
	if !validName(c.Name) {
		return ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("Cannot find a checkpoint named '%s'. Get-LabCheckpoint lists them.", c.Name),
			"ObjectNotFound", "ItemNotFoundException", "LabCheckpointNotFound", c.Name))
	}
	if err := restore(ctx, c.Name, false); err != nil {
		return ctx.WriteError(err)
	}
	return nil
}

// Process implements [cmdlet.Processor].
func (c *GetLabCheckpoint) Process(ctx *cmdlet.Context) error {
	st, err := ctx.Host.Store()
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	dir, err := checkpointDir(st)
	if err != nil {
		return ctx.WriteError(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		return ctx.WriteError(err)
	}
	var list []*Checkpoint
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".db")
		if !ok || !validName(name) || (c.Name != "" && !value.MatchWildcard(c.Name, name, true)) {
			continue
		}
		cp, err := describe(ctx, filepath.Join(dir, e.Name()))
		if err != nil {
			if err := ctx.WriteError(err); err != nil {
				return err
			}
			continue
		}
		list = append(list, cp)
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].CreationTime.Before(list[j].CreationTime) })
	if len(list) == 0 && c.Name != "" && !value.HasWildcard(c.Name) {
		return ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("Cannot find a checkpoint named '%s'. Get-LabCheckpoint lists them.", c.Name),
			"ObjectNotFound", "ItemNotFoundException", "LabCheckpointNotFound", c.Name))
	}
	for _, cp := range list {
		if err := ctx.Emit(cp); err != nil {
			return err
		}
	}
	return nil
}

// Process implements [cmdlet.Processor].
func (c *ResetLab) Process(ctx *cmdlet.Context) error {
	if ok, err := ctx.ShouldProcess("the lab", ctx.Command); !ok || err != nil {
		return err
	}
	if err := restore(ctx, setupCheckpoint, true); err != nil {
		return ctx.WriteError(err)
	}
	return nil
}

package lab

import (
	"bytes"
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/exchange"
	"github.com/exsh/exsh/cmdlets/utility"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/scripts/labs"
	"github.com/exsh/exsh/shell"
	"github.com/exsh/exsh/storage"
)

// checkWriter is a cmdlet that checks one objective whose test writes,
// as Test-LabObjective checks a lab's.
type checkWriter struct{}

func (checkWriter) Process(ctx *cmdlet.Context) error {
	l := &labs.Lab{Name: "fake", Objectives: `@{ Name = 'Writes'; Text = 'A check that writes'; Hint = 'h'
		Test = { (New-RemoteDomain -Name Northwind -DomainName northwind.com).Name -eq 'Northwind' } }`}
	st, err := ctx.Host.Store()
	if err != nil {
		return err
	}
	var results []*ObjectiveResult
	err = ctx.Host.(cmdlet.ScriptHost).WithStore(readOnly{st}, ctx.Host.Org(), func() (err error) {
		results, err = check(ctx, l)
		return err
	})
	if err != nil {
		return err
	}
	return ctx.Emit(results[0].Result)
}

// TestChecksCannotWrite: an objective's test that writes fails, and
// the database is left as it was.
func TestChecksCannotWrite(t *testing.T) {
	r := cmdlet.NewRegistry()
	utility.AddTo(r)
	exchange.AddTo(r)
	cmdlet.Add[checkWriter](r, &cmdlet.Info{Name: "Test-Writer"})
	var out, errOut bytes.Buffer
	s := shell.New(shell.Options{Commands: r, Stdout: &out, Stderr: &errOut, OpenStore: func() (storage.Store, error) {
		return storage.NewMemory(storage.ContosoSeed(model.DefaultEnv()))
	}})
	if _, _, err := s.Run("", "Test-Writer; (Get-RemoteDomain).Count"); err != nil || errOut.Len() > 0 {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	if got := out.String(); got != "FAIL\n1\n" {
		t.Errorf("got %q, want the objective not met and no new remote domain", got)
	}
}

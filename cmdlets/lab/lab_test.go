package lab_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/cmdlets"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/scripts/labs"
	"github.com/exsh/exsh/shell"
	"github.com/exsh/exsh/storage"
)

// session is an exsh session over the database file path, writing to
// out and errOut.
func session(path string, out, errOut *bytes.Buffer) *shell.Session {
	return shell.New(shell.Options{Commands: cmdlets.Registry(), Stdout: out, Stderr: errOut,
		OpenStore: func() (storage.Store, error) {
			return storage.OpenBolt(path, storage.BoltOptions{Seed: storage.ContosoSeed(model.DefaultEnv())}), nil
		}})
}

// run runs text in a new session over path and returns its output; an
// error message fails the test unless errorsOK.
func run(t *testing.T, path, text string, errorsOK bool) string {
	t.Helper()
	var out, errOut bytes.Buffer
	s := session(path, &out, &errOut)
	defer s.Close()
	if _, _, err := s.Run("", text); err != nil && !errorsOK {
		t.Fatalf("%s: %v\n%s", text, err, errOut.String())
	}
	if errOut.Len() > 0 && !errorsOK {
		t.Fatalf("%s:\n%s", text, errOut.String())
	}
	return out.String()
}

// results is what Test-LabObjective says: $? first, then one "Name
// Result Hint" line per objective.
const results = `$r = Test-LabObjective -ErrorAction SilentlyContinue -WarningAction SilentlyContinue; "ok=$?"
$r | ForEach-Object { "$($_.Name) $($_.Result) $($_.Hint.Length -gt 0)" }`

// TestEveryLab: for every lab, setup alone fails each objective with a
// hint and $? is $false; setup and solution pass them all and $? is
// $true; Reset-Lab goes back to right after setup.
func TestEveryLab(t *testing.T) {
	names := labs.Names()
	if len(names) < 4 {
		t.Fatalf("labs: %v", names)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			l, err := labs.Find(name)
			if err != nil {
				t.Fatal(err)
			}
			db := filepath.Join(t.TempDir(), "org.db")
			run(t, db, "Start-Lab "+name+" | Out-Null", false)
			before := run(t, db, results, false)
			if strings.Count(before, " FAIL True\n") < 2 || strings.Contains(before, " PASS ") || !strings.HasPrefix(before, "ok=False\n") {
				t.Errorf("after setup:\n%s", before)
			}
			run(t, db, l.Solution, false)
			after := run(t, db, results, false)
			if strings.Contains(after, " FAIL ") || strings.Count(after, " PASS False\n") != strings.Count(before, "\n")-1 || !strings.HasPrefix(after, "ok=True\n") {
				t.Errorf("after the solution:\n%s", after)
			}
			run(t, db, "Reset-Lab", false)
			if again := run(t, db, results, false); again != before {
				t.Errorf("after Reset-Lab:\n%s\nwant\n%s", again, before)
			}
		})
	}
}

// TestTrainerView: the trainer's view over four databases (solved, set
// up only, held for writing by a session for as long as the check runs,
// held for a moment) gives one row each, and does not wait on the held
// one longer than its lock timeout.
func TestTrainerView(t *testing.T) {
	dir := t.TempDir()
	const lab = "troubleshooting"
	l, _ := labs.Find(lab)
	for _, n := range []string{"ann", "bob", "cy", "dee"} {
		run(t, filepath.Join(dir, n+".db"), "Start-Lab "+lab+" | Out-Null", false)
	}
	run(t, filepath.Join(dir, "ann.db"), l.Solution, false)
	run(t, filepath.Join(dir, "dee.db"), l.Solution, false)

	hold := func(name string, d time.Duration) (held, done chan struct{}) {
		held, done = make(chan struct{}), make(chan struct{})
		st := storage.OpenBolt(filepath.Join(dir, name+".db"), storage.BoltOptions{})
		go func() {
			defer st.Close()
			_ = st.Update(context.Background(), func(storage.Tx) error {
				close(held)
				select {
				case <-done:
				case <-time.After(d):
				}
				return nil
			})
		}()
		<-held
		return held, done
	}
	_, stopCy := hold("cy", time.Hour)
	defer close(stopCy)
	hold("dee", 200*time.Millisecond)

	var out, errOut bytes.Buffer
	s := session(filepath.Join(dir, "trainer.db"), &out, &errOut)
	defer s.Close()
	start := time.Now()
	_, _, err := s.Run("", `Test-LabObjective -Database `+filepath.Join(dir, "*.db")+` | ForEach-Object { "$($_.Student) $($_.Lab) $($_.Met) $($_.QueueDrained)" }`)
	took := time.Since(start)
	if err != nil || errOut.Len() > 0 {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	want := fmt.Sprintf(`ann troubleshooting 3/3 PASS
bob troubleshooting 0/3 FAIL
WARNING: %s is in use by a running session; run Test-LabObjective again for its results.
cy  Busy 
dee troubleshooting 3/3 PASS
`, filepath.Join(dir, "cy.db"))
	if got := out.String(); got != want {
		t.Errorf("trainer's view:\n%s\nwant\n%s", got, want)
	}
	if took > 5*time.Second {
		t.Errorf("the trainer's view took %s", took)
	}
	if _, err := os.Stat(filepath.Join(dir, "trainer.db")); err == nil {
		t.Error("the trainer's view opened the trainer's own database")
	}
}

// BenchmarkOpenEmpty is the baseline of BenchmarkStartLab: a session
// creates and seeds a new database and reads it once.
func BenchmarkOpenEmpty(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		db := filepath.Join(b.TempDir(), fmt.Sprintf("%d.db", i))
		var out, errOut bytes.Buffer
		s := session(db, &out, &errOut)
		if _, _, err := s.Run("", "Get-Organization | Out-Null"); err != nil || errOut.Len() > 0 {
			b.Fatal(err, errOut.String())
		}
		s.Close()
	}
}

// BenchmarkStartLab starts each lab in a new database.
func BenchmarkStartLab(b *testing.B) {
	for _, name := range labs.Names() {
		b.Run(name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				db := filepath.Join(b.TempDir(), fmt.Sprintf("%d.db", i))
				var out, errOut bytes.Buffer
				s := session(db, &out, &errOut)
				if _, _, err := s.Run("", "Start-Lab "+name+" | Out-Null"); err != nil || errOut.Len() > 0 {
					b.Fatal(err, errOut.String())
				}
				s.Close()
			}
		})
	}
}

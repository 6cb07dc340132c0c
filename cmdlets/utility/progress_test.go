package utility

import (
	"context"
	"reflect"
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlet/cmdlettest"
	"github.com/exsh/exsh/shell/bind"
)

// terminalHost is a fake host whose console is a terminal: it records
// the progress records it is given.
type terminalHost struct {
	*cmdlettest.Host
	records []cmdlet.ProgressRecord
}

func (h *terminalHost) Painted(*cmdlet.Context) bool { return true }
func (h *terminalHost) Progress(rec *cmdlet.ProgressRecord) {
	h.records = append(h.records, *rec)
}
func (h *terminalHost) Tally(string) int { return 0 }

// runProgress runs Write-Progress with args on host h.
func runProgress(t *testing.T, h cmdlet.Host, reg *cmdlet.Registry, args ...any) {
	t.Helper()
	info, _ := reg.Lookup("Write-Progress")
	spec, err := info.Spec()
	if err != nil {
		t.Fatal(err)
	}
	cmd := info.New()
	b, err := bind.Bind(spec, cmd, cmdlettest.Items(args), bind.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := &cmdlet.Context{Context: context.Background(), Host: h, Common: b.Common(), Binding: b, Command: info.Name, Sink: &cmdlettest.Sink{}}
	if err := cmdlettest.Exec(ctx, cmd, nil); err != nil {
		t.Fatal(err)
	}
}

// TestWriteProgressRecords: Write-Progress's parameters become the
// progress record, with 5.1's defaults for those not given.
func TestWriteProgressRecords(t *testing.T) {
	base := newHost(t)
	h := &terminalHost{Host: base}
	runProgress(t, h, base.Reg, "Copying")
	runProgress(t, h, base.Reg, "Copying", "Step 1", 3, cmdlettest.Param("PercentComplete"), 40, cmdlettest.Param("ParentId"), 1, cmdlettest.Param("SecondsRemaining"), 0, cmdlettest.Param("CurrentOperation"), "a.txt", cmdlettest.Param("SourceId"), 9)
	runProgress(t, h, base.Reg, cmdlettest.Param("Activity"), "Copying", cmdlettest.Param("Id"), 3, cmdlettest.Param("Completed"))
	want := []cmdlet.ProgressRecord{
		{ActivityId: 0, ParentActivityId: -1, Activity: "Copying", StatusDescription: "Processing", PercentComplete: -1, SecondsRemaining: -1},
		{ActivityId: 3, ParentActivityId: 1, Activity: "Copying", StatusDescription: "Step 1", CurrentOperation: "a.txt", PercentComplete: 40, SecondsRemaining: 0, SourceId: 9},
		{ActivityId: 3, ParentActivityId: -1, Activity: "Copying", StatusDescription: "Processing", PercentComplete: -1, SecondsRemaining: -1, Completed: true},
	}
	if !reflect.DeepEqual(h.records, want) {
		t.Errorf("records\n%+v\nwant\n%+v", h.records, want)
	}
}

// TestWriteProgressSilenced: $ProgressPreference SilentlyContinue or
// Ignore silences Write-Progress; a host without a terminal shows none.
func TestWriteProgressSilenced(t *testing.T) {
	for _, pref := range []string{"SilentlyContinue", "ignore"} {
		base := newHost(t)
		_ = base.SetVariable("ProgressPreference", pref)
		h := &terminalHost{Host: base}
		runProgress(t, h, base.Reg, "Copying")
		if len(h.records) != 0 {
			t.Errorf("$ProgressPreference = %s: %v", pref, h.records)
		}
	}
	base := newHost(t)
	runProgress(t, base, base.Reg, "Copying")
	if base.Out.Len() != 0 {
		t.Errorf("a host without a terminal printed %q", base.Out.String())
	}
}

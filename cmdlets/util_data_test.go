package cmdlets

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/value"
)

func TestUtilSortObject(t *testing.T) {
	h := newUtilHost(t)
	out := utilRun(h, "sort", []any{"b", nil, "A", "c"}).ok(t)
	if !reflect.DeepEqual(out, []any{nil, "A", "b", "c"}) {
		t.Errorf("sort: %v", out)
	}
	out = utilRun(h, "sort", []any{"b", "B", "a"}, utilParam("CaseSensitive"), utilParam("Unique")).ok(t)
	if len(out) != 3 {
		t.Errorf("case-sensitive unique: %v", out)
	}
	objs := []any{utilObj("N", "x", "V", 2), utilObj("N", "y", "V", 1), utilObj("N", "z", "V", 2)}
	out = utilRun(h, "sort", objs, "V", utilParam("Descending")).ok(t)
	if got := utilNames(out, "N"); got != "x,z,y" {
		t.Errorf("stable descending: %s", got)
	}
}

// utilNames joins property p of each object with commas.
func utilNames(objs []any, p string) string {
	var s []string
	for _, o := range objs {
		v, _ := value.GetMember(o, p)
		s = append(s, value.ToString(v))
	}
	return strings.Join(s, ",")
}

func TestUtilMeasureGroup(t *testing.T) {
	h := newUtilHost(t)
	out := utilRun(h, "measure", utilInts(4), utilParam("Sum"), utilParam("Maximum")).ok(t)
	g := out[0].(GenericMeasureInfo)
	if g.Count != 4 || *g.Sum != 10 || *g.Maximum != 4 || g.Average != nil {
		t.Errorf("measure: %+v", g)
	}
	e := utilRun(h, "measure", []any{"x"}, utilParam("Sum")).failed(t)
	if e.ID != "NonNumericInputObject" {
		t.Errorf("non-numeric: %+v", e)
	}
	out = utilRun(h, "group", []any{"a", "A", "b"}).ok(t)
	if len(out) != 2 || out[0].(*GroupInfo).Count != 2 || out[0].(*GroupInfo).Name != "a" {
		t.Errorf("group: %+v", out)
	}
	out = utilRun(h, "group", []any{"a", "b"}, utilParam("AsHashTable")).ok(t)
	if out[0].(*value.Hashtable).Len() != 2 {
		t.Errorf("hashtable: %v", out)
	}
}

func TestUtilFormatTable(t *testing.T) {
	h := newUtilHost(t)
	objs := []any{utilObj("Name", "a", "Enabled", true), utilObj("Name", "bb", "Enabled", false)}
	out := utilRun(h, "ft", objs, []any{"Name"}).ok(t)
	want := []string{"", "Name", "----", "a", "bb", ""}
	if got := out[0].(*format.Text).Lines; !reflect.DeepEqual(got, want) {
		t.Errorf("ft: %q", got)
	}
	out = utilRun(h, "fl", objs[:1], "*").ok(t)
	want = []string{"", "", "Name    : a", "Enabled : True", "", ""}
	if got := out[0].(*format.Text).Lines; !reflect.DeepEqual(got, want) {
		t.Errorf("fl: %q", got)
	}
}

func TestUtilCsvRoundTrip(t *testing.T) {
	h := newUtilHost(t)
	objs := []any{utilObj("Name", "a,b", "Note", `say "hi"`), utilObj("Name", "c", "Note", nil)}
	utilRun(h, "Export-Csv", objs, "x.csv").ok(t)
	data, _ := os.ReadFile(filepath.Join(h.dir, "x.csv"))
	want := "#TYPE System.Management.Automation.PSCustomObject\n\"Name\",\"Note\"\n\"a,b\",\"say \"\"hi\"\"\"\n\"c\",\"\"\n"
	if string(data) != want {
		t.Errorf("csv:\n%s", data)
	}
	out := utilRun(h, "ipcsv", nil, "x.csv").ok(t)
	if utilNames(out, "Note") != `say "hi",` {
		t.Errorf("import: %v", out)
	}
	e := utilRun(h, "Import-Csv", nil, "nope.csv").failed(t)
	if e.ID != "FileOpenFailure" || !strings.HasPrefix(e.Message, "Could not find file '"+h.dir) {
		t.Errorf("missing: %+v", e)
	}
	e = utilRun(h, "Export-Csv", objs, "x.csv", utilParam("NoClobber")).failed(t)
	if e.ID != "NoClobber" {
		t.Errorf("noclobber: %+v", e)
	}
}

func TestUtilContent(t *testing.T) {
	h := newUtilHost(t)
	utilRun(h, "sc", nil, "f.txt", []any{"a", "b"}).ok(t)
	utilRun(h, "ac", nil, "f.txt", "c").ok(t)
	out := utilRun(h, "gc", nil, "f.txt", utilParam("Tail"), 2).ok(t)
	if !reflect.DeepEqual(out, []any{"b", "c"}) {
		t.Errorf("tail: %v", out)
	}
	e := utilRun(h, "cat", nil, "none.txt").failed(t)
	if e.ID != "PathNotFound" || e.Category != "ObjectNotFound" {
		t.Errorf("missing: %+v", e)
	}
	if err := os.WriteFile(filepath.Join(h.dir, "u.txt"), encodeText("x\ny\n", "Unicode", true), 0o644); err != nil {
		t.Fatal(err)
	}
	out = utilRun(h, "gc", nil, "u.txt").ok(t)
	if !reflect.DeepEqual(out, []any{"x", "y"}) {
		t.Errorf("utf-16: %v", out)
	}
}

func TestUtilHelpAndCommand(t *testing.T) {
	h := newUtilHost(t)
	for _, info := range All() {
		if info.Synopsis == "" || info.Description == "" || len(info.Examples) == 0 {
			if strings.Contains(info.Module, "PowerShell") {
				t.Errorf("%s lacks help text", info.Name)
			}
		}
	}
	out := utilRun(h, "help", nil, "ft").ok(t)
	lines := out[0].(*format.Text).Lines
	if lines[1] != "NAME" || lines[2] != "    Format-Table" {
		t.Errorf("help: %q", lines[:3])
	}
	out = utilRun(h, "gcm", nil, "ft").ok(t)
	if c := out[0].(*CommandInfo); c.Name != "ft -> Format-Table" || c.CommandType != "Alias" {
		t.Errorf("gcm alias: %+v", c)
	}
	e := utilRun(h, "gcm", nil, "Get-Nope").failed(t)
	if e.ID != "CommandNotFoundException" || e.TargetName != "Get-Nope" {
		t.Errorf("gcm missing: %+v", e)
	}
}

func TestUtilWrite(t *testing.T) {
	h := newUtilHost(t)
	utilRun(h, "Write-Host", nil, []any{1, 2}, utilParam("Separator"), "-").ok(t)
	if h.console.String() != "1-2\n" {
		t.Errorf("write-host: %q", h.console.String())
	}
	r := utilRun(h, "Write-Error", nil, "boom", utilParam("ErrorId"), "X")
	if e := r.failed(t); e.Message != "boom" || e.ID != "X" || e.Reason != "WriteErrorException" {
		t.Errorf("write-error: %+v", e)
	}
	r = utilRun(h, "Write-Warning", nil, "w")
	if !reflect.DeepEqual(r.sink.warnings, []string{"w"}) {
		t.Errorf("warning: %v", r.sink.warnings)
	}
}

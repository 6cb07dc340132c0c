package utility

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlet/cmdlettest"
	"github.com/exsh/exsh/shell/format"
	"github.com/exsh/exsh/shell/value"
)

func TestUtilSortObject(t *testing.T) {
	h := newHost(t)
	out := cmdlettest.Run(h, "sort", []any{"b", nil, "A", "c"}).OK(t)
	if !reflect.DeepEqual(out, []any{nil, "A", "b", "c"}) {
		t.Errorf("sort: %v", out)
	}
	out = cmdlettest.Run(h, "sort", []any{"b", "B", "a"}, cmdlettest.Param("CaseSensitive"), cmdlettest.Param("Unique")).OK(t)
	if len(out) != 3 {
		t.Errorf("case-sensitive unique: %v", out)
	}
	objs := []any{cmdlettest.Object("N", "x", "V", 2), cmdlettest.Object("N", "y", "V", 1), cmdlettest.Object("N", "z", "V", 2)}
	out = cmdlettest.Run(h, "sort", objs, "V", cmdlettest.Param("Descending")).OK(t)
	if got := joinProperty(out, "N"); got != "x,z,y" {
		t.Errorf("stable descending: %s", got)
	}
}

// joinProperty joins property p of each object with commas.
func joinProperty(objs []any, p string) string {
	var s []string
	for _, o := range objs {
		v, _ := value.GetMember(o, p)
		s = append(s, value.ToString(v))
	}
	return strings.Join(s, ",")
}

func TestUtilMeasureGroup(t *testing.T) {
	h := newHost(t)
	out := cmdlettest.Run(h, "measure", cmdlettest.Ints(4), cmdlettest.Param("Sum"), cmdlettest.Param("Maximum")).OK(t)
	g := out[0].(GenericMeasureInfo)
	if g.Count != 4 || *g.Sum != 10 || *g.Maximum != 4 || g.Average != nil {
		t.Errorf("measure: %+v", g)
	}
	e := cmdlettest.Run(h, "measure", []any{"x"}, cmdlettest.Param("Sum")).Failed(t)
	if e.ID != "NonNumericInputObject" {
		t.Errorf("non-numeric: %+v", e)
	}
	out = cmdlettest.Run(h, "group", []any{"a", "A", "b"}).OK(t)
	if len(out) != 2 || out[0].(*GroupInfo).Count != 2 || out[0].(*GroupInfo).Name != "a" {
		t.Errorf("group: %+v", out)
	}
	out = cmdlettest.Run(h, "group", []any{"a", "b"}, cmdlettest.Param("AsHashTable")).OK(t)
	if out[0].(*value.Hashtable).Len() != 2 {
		t.Errorf("hashtable: %v", out)
	}
}

func TestUtilFormatTable(t *testing.T) {
	h := newHost(t)
	objs := []any{cmdlettest.Object("Name", "a", "Enabled", true), cmdlettest.Object("Name", "bb", "Enabled", false)}
	out := cmdlettest.Run(h, "ft", objs, []any{"Name"}).OK(t)
	want := []string{"", "Name", "----", "a", "bb", ""}
	if got := out[0].(*format.Text).Lines; !reflect.DeepEqual(got, want) {
		t.Errorf("ft: %q", got)
	}
	out = cmdlettest.Run(h, "fl", objs[:1], "*").OK(t)
	want = []string{"", "", "Name    : a", "Enabled : True", "", ""}
	if got := out[0].(*format.Text).Lines; !reflect.DeepEqual(got, want) {
		t.Errorf("fl: %q", got)
	}
}

func TestUtilCsvRoundTrip(t *testing.T) {
	h := newHost(t)
	objs := []any{cmdlettest.Object("Name", "a,b", "Note", `say "hi"`), cmdlettest.Object("Name", "c", "Note", nil)}
	cmdlettest.Run(h, "Export-Csv", objs, "x.csv").OK(t)
	data, _ := os.ReadFile(filepath.Join(h.Dir, "x.csv"))
	want := "#TYPE System.Management.Automation.PSCustomObject\n\"Name\",\"Note\"\n\"a,b\",\"say \"\"hi\"\"\"\n\"c\",\"\"\n"
	if string(data) != want {
		t.Errorf("csv:\n%s", data)
	}
	out := cmdlettest.Run(h, "ipcsv", nil, "x.csv").OK(t)
	if joinProperty(out, "Note") != `say "hi",` {
		t.Errorf("import: %v", out)
	}
	e := cmdlettest.Run(h, "Import-Csv", nil, "nope.csv").Failed(t)
	if e.ID != "FileOpenFailure" || !strings.HasPrefix(e.Message, "Could not find file '"+h.Dir) {
		t.Errorf("missing: %+v", e)
	}
	e = cmdlettest.Run(h, "Export-Csv", objs, "x.csv", cmdlettest.Param("NoClobber")).Failed(t)
	if e.ID != "NoClobber" {
		t.Errorf("noclobber: %+v", e)
	}
}

func TestUtilContent(t *testing.T) {
	h := newHost(t)
	cmdlettest.Run(h, "sc", nil, "f.txt", []any{"a", "b"}).OK(t)
	cmdlettest.Run(h, "ac", nil, "f.txt", "c").OK(t)
	out := cmdlettest.Run(h, "gc", nil, "f.txt", cmdlettest.Param("Tail"), 2).OK(t)
	if !reflect.DeepEqual(out, []any{"b", "c"}) {
		t.Errorf("tail: %v", out)
	}
	e := cmdlettest.Run(h, "cat", nil, "none.txt").Failed(t)
	if e.ID != "PathNotFound" || e.Category != "ObjectNotFound" {
		t.Errorf("missing: %+v", e)
	}
	if err := os.WriteFile(filepath.Join(h.Dir, "u.txt"), encodeText("x\ny\n", "Unicode", true), 0o644); err != nil {
		t.Fatal(err)
	}
	out = cmdlettest.Run(h, "gc", nil, "u.txt").OK(t)
	if !reflect.DeepEqual(out, []any{"x", "y"}) {
		t.Errorf("utf-16: %v", out)
	}
}

func TestUtilHelpAndCommand(t *testing.T) {
	h := newHost(t)
	for _, info := range h.Reg.All() {
		if info.Synopsis == "" || info.Description == "" || len(info.Examples) == 0 {
			if strings.Contains(info.Module, "PowerShell") {
				t.Errorf("%s lacks help text", info.Name)
			}
		}
	}
	out := cmdlettest.Run(h, "help", nil, "ft").OK(t)
	lines := out[0].(*format.Text).Lines
	if lines[1] != "NAME" || lines[2] != "    Format-Table" {
		t.Errorf("help: %q", lines[:3])
	}
	out = cmdlettest.Run(h, "gcm", nil, "ft").OK(t)
	if c := out[0].(*CommandInfo); c.Name != "ft -> Format-Table" || c.CommandType != "Alias" {
		t.Errorf("gcm alias: %+v", c)
	}
	e := cmdlettest.Run(h, "gcm", nil, "Get-Nope").Failed(t)
	if e.ID != "CommandNotFoundException" || e.TargetName != "Get-Nope" {
		t.Errorf("gcm missing: %+v", e)
	}
}

func TestUtilWrite(t *testing.T) {
	h := newHost(t)
	cmdlettest.Run(h, "Write-Host", nil, []any{1, 2}, cmdlettest.Param("Separator"), "-").OK(t)
	if h.Out.String() != "1-2\n" {
		t.Errorf("write-host: %q", h.Out.String())
	}
	r := cmdlettest.Run(h, "Write-Error", nil, "boom", cmdlettest.Param("ErrorId"), "X")
	if e := r.Failed(t); e.Message != "boom" || e.ID != "X" || e.Reason != "WriteErrorException" {
		t.Errorf("write-error: %+v", e)
	}
	r = cmdlettest.Run(h, "Write-Warning", nil, "w")
	if !reflect.DeepEqual(r.Warnings, []string{"w"}) {
		t.Errorf("warning: %v", r.Warnings)
	}
}

package format

import (
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/shell/value"
	"github.com/google/go-cmp/cmp"
)

// domain mimics a model object with a default table view.
type domain struct {
	Name           string
	DomainName     string
	AllowedOOFType string
	TNEFEnabled    *bool
	Servers        []string
}

func (domain) TypeName() string { return "Test.RemoteDomain" }

func (domain) DefaultTableColumns() []string {
	return []string{"Name", "DomainName", "AllowedOOFType"}
}

// row is a plain struct without a view.
type row struct {
	Name  string
	Count int
}

// wide has five properties (list view).
type wide struct {
	Name, DomainName string
	TNEFEnabled      *bool
	AllowedOOFType   string
	Size             int
}

// render runs values through Out-Default.
func render(t *testing.T, opts Options, vs ...any) string {
	t.Helper()
	var b strings.Builder
	out := NewOut(&b, opts)
	for _, v := range vs {
		if err := out.Write(v); err != nil {
			t.Fatal(err)
		}
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// lines joins golden lines with newlines (and a final newline).
func lines(ls ...string) string { return strings.Join(ls, "\n") + "\n" }

func TestOutDefault(t *testing.T) {
	yes := true
	obj := func(kv ...any) *value.Object {
		o := value.NewObject()
		for i := 0; i < len(kv); i += 2 {
			o.Add(kv[i].(string), kv[i+1])
		}
		return o
	}
	h := value.NewOrdered()
	h.Set("Name", "x")
	h.Set("Count", 3)
	tests := []struct {
		name string
		in   []any
		want string
	}{
		{"scalars", []any{"a", 1, true, nil, 2.5}, lines("a", "1", "True", "2.5")},
		{"array unrolled", []any{[]any{"a", []any{"b"}}}, lines("a", "b")},
		{"date", []any{time.Date(2026, 8, 21, 15, 4, 5, 0, time.UTC)}, lines("8/21/2026 3:04:05 PM")},
		{"view table", []any{
			domain{Name: "Default", DomainName: "*", AllowedOOFType: "External"},
			&domain{Name: "Contoso", DomainName: "contoso.com", AllowedOOFType: "External", TNEFEnabled: &yes},
		}, lines("", "Name    DomainName  AllowedOOFType", "----    ----------  --------------",
			"Default *           External", "Contoso contoso.com External", "")},
		{"numbers right aligned", []any{row{"a", 5}, row{"bb", 12345}},
			lines("", "Name Count", "---- -----", "a        5", "bb   12345", "")},
		{"list for five properties", []any{wide{Name: "Default", DomainName: "*", AllowedOOFType: "External", Size: 1},
			wide{Name: "C", TNEFEnabled: &yes}},
			lines("", "", "Name           : Default", "DomainName     : *", "TNEFEnabled    :",
				"AllowedOOFType : External", "Size           : 1", "",
				"Name           : C", "DomainName     :", "TNEFEnabled    : True", "AllowedOOFType :", "Size           : 0", "", "")},
		{"hashtable", []any{h}, lines("", "Name                           Value", "----                           -----",
			"Name                           x", "Count                          3", "")},
		{"first object fixes columns", []any{obj("A", 1), obj("A", 2, "B", 3)},
			lines("", "A", "-", "1", "2", "")},
		{"mixed stream", []any{"start", obj("A", "x"), obj("A", "y"), "end"},
			lines("start", "", "A", "-", "x", "y", "end", "")},
		{"scalar inside a table", []any{obj("A", "abcdef"), "mid", obj("A", "abcdefghij"), obj("A", "z")},
			lines("", "A", "-", "abcdef", "mid", "abc...", "z", "")},
		{"list goes on after a scalar", []any{wide{Name: "A"}, "mid", wide{Name: "B"}},
			lines("", "", "Name           : A", "DomainName     :", "TNEFEnabled    :", "AllowedOOFType :", "Size           : 0",
				"mid", "", "Name           : B", "DomainName     :", "TNEFEnabled    :", "AllowedOOFType :", "Size           : 0", "", "")},
		{"type change", []any{row{"a", 1}, obj("A", "x")},
			lines("", "Name Count", "---- -----", "a        1", "", "", "", "A : x", "", "")},
		{"back to the first type", []any{row{"a", 1}, obj("A", "x"), row{"b", 2}},
			lines("", "Name Count", "---- -----", "a        1", "", "", "", "A : x", "", "", "", "Name Count", "---- -----", "b        2", "")},
		{"text verbatim", []any{&Text{Lines: []string{"x", " y"}}}, lines("x", " y")},
		{"nulls and collections", []any{obj("Name", nil, "Members", []any{"a", "b", "c", "d", "e"}, "Empty", []any{})},
			lines("", "Name Members         Empty", "---- -------         -----", "     {a, b, c, d...} {}", "")},
	}
	for _, tt := range tests {
		got := render(t, Options{Width: 120}, tt.in...)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestTableFit(t *testing.T) {
	o := value.NewObject()
	o.Add("Name", strings.Repeat("n", 10))
	o.Add("Description", strings.Repeat("d", 40))
	o.Add("Third", "t")
	cols := Columns(o, []string{"*"})
	got := Table([]any{o}, cols, TableOptions{Options: Options{Width: 31}})
	want := []string{"", "Name       Description", "----       -----------", "nnnnnnnnnn dddddddddddddddd...", ""}
	if diff := cmp.Diff(want, got.Lines); diff != "" {
		t.Errorf("truncation (-want +got):\n%s", diff)
	}
	got = Table([]any{o}, cols, TableOptions{Options: Options{Width: 31}, Wrap: true})
	want = []string{"", "Name       Description", "----       -----------", "nnnnnnnnnn ddddddddddddddddddd",
		"           ddddddddddddddddddd", "           dd", ""}
	if diff := cmp.Diff(want, got.Lines); diff != "" {
		t.Errorf("wrap (-want +got):\n%s", diff)
	}
	got = Table([]any{o}, cols[:1], TableOptions{Options: Options{Width: 120}, HideTableHeaders: true})
	if diff := cmp.Diff([]string{"", "nnnnnnnnnn", ""}, got.Lines); diff != "" {
		t.Errorf("hide headers:\n%s", diff)
	}
}

func TestTableFixedWidths(t *testing.T) {
	r := row{"Get-Thing", 1}
	cols := []Column{Property("Name"), Property("Count")}
	cols[0].Width, cols[1].Width = 15, 8
	cols[1].Align = AlignLeft
	got := Table([]any{r}, cols, TableOptions{Options: Options{Width: 120}})
	want := []string{"", "Name            Count", "----            -----", "Get-Thing       1", ""}
	if diff := cmp.Diff(want, got.Lines); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	cols[1].FormatString = "D3"
	cols[1].Align = AlignRight
	got = Table([]any{r}, cols, TableOptions{Options: Options{Width: 120}})
	if got.Lines[3] != "Get-Thing            001" {
		t.Errorf("format string row = %q", got.Lines[3])
	}
}

func TestListWrap(t *testing.T) {
	o := value.NewObject()
	o.Add("Id", strings.Repeat("x", 25))
	got := List([]any{o}, Columns(o, []string{"*"}), Options{Width: 16})
	want := []string{"", "", "Id : xxxxxxxxxx", "     xxxxxxxxxx", "     xxxxx", "", ""}
	if diff := cmp.Diff(want, got.Lines); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestColumns(t *testing.T) {
	w := wide{}
	names := func(cols []Column) []string {
		var out []string
		for _, c := range cols {
			out = append(out, c.Label)
		}
		return out
	}
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{"name", "*Enabled"}, []string{"Name", "TNEFEnabled"}},
		{[]string{"*"}, []string{"Name", "DomainName", "TNEFEnabled", "AllowedOOFType", "Size"}},
		{[]string{"*name*", "name"}, []string{"Name", "DomainName", "Name"}},
		{[]string{"Missing"}, []string{"Missing"}},
	}
	for _, tt := range tests {
		if got := names(Columns(w, tt.in)); !cmp.Equal(got, tt.want) {
			t.Errorf("Columns(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if v := Columns(w, []string{"Missing"})[0].Value(w); v != nil {
		t.Errorf("missing property value = %v", v)
	}
	if got := names(DefaultColumns(domain{})); !cmp.Equal(got, []string{"Name", "DomainName", "AllowedOOFType"}) {
		t.Errorf("DefaultColumns = %v", got)
	}
}

func TestCell(t *testing.T) {
	no := false
	var nilPtr *bool
	tests := []struct {
		in   any
		opts Options
		want string
	}{
		{nil, Options{}, ""}, {true, Options{}, "True"}, {&no, Options{}, "False"}, {nilPtr, Options{}, ""},
		{[]any{"a", "b", "c"}, Options{}, "{a, b, c}"}, {[]string{"a", "b", "c", "d", "e"}, Options{}, "{a, b, c, d...}"},
		{[]any{1, 2, 3}, Options{EnumerationLimit: 2}, "{1, 2...}"}, {[]any{1, 2, 3}, Options{EnumerationLimit: -1}, "{1, 2, 3}"},
		{[]any{}, Options{}, "{}"}, {3.5, Options{}, "3.5"}, {time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Options{}, "1/2/2026 3:04:05 AM"},
	}
	for _, tt := range tests {
		if got := Cell(tt.in, tt.opts); got != tt.want {
			t.Errorf("Cell(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTableDropsColumns(t *testing.T) {
	o := value.NewObject()
	o.Add("First", strings.Repeat("a", 12))
	o.Add("Second", strings.Repeat("b", 12))
	o.Add("Third", "c")
	got := Table([]any{o}, Columns(o, []string{"*"}), TableOptions{Options: Options{Width: 29}})
	want := []string{"", "First        Second", "-----        ------", "aaaaaaaaaaaa bbbbbbbbbbbb", ""}
	if diff := cmp.Diff(want, got.Lines); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

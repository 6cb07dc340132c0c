package utility

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlet/cmdlettest"
	"github.com/exsh/exsh/shell/value"
)

// TestUtilPrettyJSON checks 5.1's indentation of compact JSON.
func TestUtilPrettyJSON(t *testing.T) {
	tests := []struct{ in, want string }{
		{`1`, `1`},
		{`"a,{b}"`, `"a,{b}"`},
		{`[]`, "[\n\n]"},
		{`{"a":1}`, "{\n    \"a\":  1\n}"},
		{`{"a":"x,\"y\":{"}`, "{\n    \"a\":  \"x,\\\"y\\\":{\"\n}"},
		{`{"ab":{"c":[1,{"d":2}]}}`, "{\n    \"ab\":  {\n               \"c\":  [\n                         1,\n                         {\n                             \"d\":  2\n                         }\n                     ]\n           }\n}"},
		{`[[1,2],{"a":[]}]`, "[\n    [\n        1,\n        2\n    ],\n    {\n        \"a\":  [\n\n              ]\n    }\n]"},
	}
	for _, tt := range tests {
		if got := prettyJSON(tt.in); got != tt.want {
			t.Errorf("prettyJSON(%s) =\n%s\nwant\n%s", tt.in, got, tt.want)
		}
	}
}

// TestUtilJSONBounds: nesting past 100 levels and output past
// MaxJsonLength are errors, as in 5.1; a cycle ends at -Depth.
func TestUtilJSONBounds(t *testing.T) {
	h := newHost(t)
	deep := strings.Repeat("[", 101) + strings.Repeat("]", 101)
	if e := cmdlettest.Run(h, "ConvertFrom-Json", []any{deep}).Failed(t); e.Message != "RecursionLimit exceeded." {
		t.Errorf("deep nesting: %q", e.Message)
	}
	ok := strings.Repeat("[", 100) + strings.Repeat("]", 100)
	cmdlettest.Run(h, "ConvertFrom-Json", []any{ok}).OK(t)

	big := strings.Repeat("x", maxJSONLength)
	if e := cmdlettest.Run(h, "ConvertTo-Json", []any{big}).Failed(t); !strings.Contains(e.Message, "maxJsonLength") {
		t.Errorf("long output: %q", e.Message)
	}

	inner := value.NewObject()
	inner.Add("r", 1)
	mid := value.NewObject()
	mid.Add("q", inner)
	top := value.NewObject()
	top.Add("p", mid)
	out := cmdlettest.Run(h, "ConvertTo-Json", []any{top}, cmdlettest.Param("Depth"), 1, cmdlettest.Param("Compress")).OK(t)
	if want := `{"p":{"q":"@{r=1}"}}`; len(out) != 1 || out[0] != want {
		t.Errorf("-Depth 1: got %v, want %s", out, want)
	}
}

// jsonRows is the benchmark data: 1,000 report rows of four properties.
func jsonRows() ([]any, []map[string]any) {
	var objs []any
	var maps []map[string]any
	for i := range 1000 {
		o := value.NewObject()
		o.Add("Name", "Mailbox "+strconv.Itoa(i))
		o.Add("Address", "user"+strconv.Itoa(i)+"@contoso.com")
		o.Add("Items", i)
		o.Add("Enabled", i%2 == 0)
		objs = append(objs, o)
		maps = append(maps, map[string]any{"Name": "Mailbox " + strconv.Itoa(i), "Address": "user" + strconv.Itoa(i) + "@contoso.com", "Items": i, "Enabled": i%2 == 0})
	}
	return objs, maps
}

// BenchmarkConvertToJson writes 1,000 rows as indented JSON.
func BenchmarkConvertToJson(b *testing.B) {
	objs, _ := jsonRows()
	r := cmdlet.NewRegistry()
	AddTo(r)
	h := cmdlettest.NewHost(b, r)
	for b.Loop() {
		cmdlettest.Run(h, "ConvertTo-Json", objs)
	}
}

// BenchmarkConvertToJsonBaseline is encoding/json's MarshalIndent of the
// same rows as Go maps: the baseline of BenchmarkConvertToJson.
func BenchmarkConvertToJsonBaseline(b *testing.B) {
	_, maps := jsonRows()
	for b.Loop() {
		if _, err := json.MarshalIndent(maps, "", "    "); err != nil {
			b.Fatal(err)
		}
	}
}

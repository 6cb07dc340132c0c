package shell

import "testing"

func TestFunctionBinding(t *testing.T) {
	tests := []struct{ name, in, out string }{
		{"begin process end", `function f { param([Parameter(ValueFromPipeline)]$x) begin {"b"} process {"p $x $_"} end {"e"} }; 1..3 | f`, "b\np 1 1\np 2 2\np 3 3\ne\n"},
		{"process without params", `function f { process { "p $_" } }; "abc" | f`, "p abc\n"},
		{"exact name beats prefix", `function f($Body, $BodyFormat) { "$Body|$BodyFormat" }; f -Body x -BodyFormat Html`, "x|Html\n"},
		{"unknown splat keys go to args", `function f($Body) { "$Body|$args" }; $h=@{Body=1; Zz=2}; f @h`, "1|-Zz: 2\n"},
		{"parameter sets", `function f { [CmdletBinding(DefaultParameterSetName="A")] param([Parameter(ParameterSetName="A")]$a, [Parameter(ParameterSetName="B")]$b) $PSCmdlet.ParameterSetName; $PSBoundParameters.Keys }; f; f -b 2`, "A\nB\nb\n"},
		{"by property name and alias", `function f { param([Parameter(ValueFromPipelineByPropertyName)][Alias("nm")]$Name) process { "n=$Name" } }; [pscustomobject]@{nm="x"},[pscustomobject]@{Name="y"} | f`, "n=x\nn=y\n"},
		{"remaining arguments", `function f { [CmdletBinding()] param($a, [Parameter(ValueFromRemainingArguments)]$r) "$a|$r|$($r.Count)" }; f 1 2 3`, "1|2 3|2\n"},
		{"validate set ignores case", `function f { param([ValidateSet("a","b")]$x) $x }; f A`, "A\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs := runFake(t, tt.in)
			if out != tt.out || errs != "" {
				t.Errorf("%s\nstdout %q\nwant   %q\nstderr %q", tt.in, out, tt.out, errs)
			}
		})
	}
}

package utility

import (
	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// ForEachObject is ForEach-Object: it runs script blocks for each input
// object, or reads a property or calls a method of each (-MemberName).
// Its parameters live in an embedded struct because -Begin, -Process and
// -End share their names with the handler methods.
type ForEachObject struct {
	forEachParams
	begin, end bind.ScriptBlock
	process    []bind.ScriptBlock
	member     string
	args       []any
}

// forEachParams are the parameters of ForEach-Object.
type forEachParams struct {
	InputObject any              `ps:"value" help:"The object to process."`
	Begin       bind.ScriptBlock `ps:"set=ScriptBlockSet" help:"A script block that runs before the first input object."`
	// Process holds script blocks; a single name given positionally
	// (ForEach-Object Name) is treated like -MemberName.
	Process          []any            `ps:"pos=0,mandatory,set=ScriptBlockSet" help:"The script blocks that run for each input object; $_ is the object."`
	End              bind.ScriptBlock `ps:"set=ScriptBlockSet" help:"A script block that runs after the last input object."`
	RemainingScripts []any            `ps:"pos=1,set=ScriptBlockSet" help:"Further script blocks (begin/process/end split as PowerShell does)."`
	MemberName       string           `ps:"pos=0,mandatory,set=PropertyAndMethodSet" help:"The property to read or the method to call."`
	ArgumentList     []any            `ps:"alias=Args,set=PropertyAndMethodSet" help:"The arguments of the method call."`
}

func addForEach(r *cmdlet.Registry) {
	cmdlet.Add[ForEachObject](r, &cmdlet.Info{
		Name:     "ForEach-Object",
		Aliases:  []string{"%", "foreach"},
		Module:   modCore,
		Synopsis: "Performs an operation against each item in a collection of input objects.",
		Description: "The ForEach-Object cmdlet performs an operation on each item in a collection of input objects. " +
			"The operation is a script block in which $_ is the current object (with optional -Begin and -End blocks), " +
			"or the name of a property to read or a method to call (-MemberName). " +
			"With several positional script blocks the first is the begin block, the last (of three or more) the end block and the others process blocks.",
		Examples: []cmdlet.Example{
			{Code: "1..3 | ForEach-Object { $_ * 10 }", Remarks: "Multiplies each number by 10."},
			{Code: "Get-RemoteDomain | % Name", Remarks: "Outputs the Name property of each remote domain."},
			{Code: "Import-Csv users.csv | ForEach-Object -Begin { $n = 0 } -Process { $n++ } -End { \"$n rows\" }", Remarks: "Counts the rows of a CSV file."},
		},
		DefaultSet: "ScriptBlockSet",
	})
}

// Begin sorts the blocks into begin, process and end and runs begin.
func (f *ForEachObject) Begin(ctx *cmdlet.Context) error {
	if err := f.arrange(); err != nil {
		return err
	}
	if f.begin == nil {
		return nil
	}
	out, err := ctx.Host.DotInvoke(f.begin, nil)
	if err != nil {
		return err
	}
	return emitAll(ctx, out)
}

// arrange applies PowerShell's rules for the positional script blocks.
func (f *ForEachObject) arrange() error {
	p := f.forEachParams
	f.begin, f.end, f.member, f.args = p.Begin, p.End, p.MemberName, p.ArgumentList
	all := append(append([]any{}, p.Process...), p.RemainingScripts...)
	if f.member == "" && len(all) > 0 {
		if _, ok := all[0].(bind.ScriptBlock); !ok {
			f.member, f.args = value.ToString(all[0]), all[1:]
			return nil
		}
	}
	blocks := make([]bind.ScriptBlock, 0, len(all))
	for _, a := range all {
		sb, ok := a.(bind.ScriptBlock)
		if !ok && a != nil {
			return cmdlet.NewError("Cannot bind parameter 'Process'. Cannot convert the \""+value.ToString(a)+"\" value of type \""+value.TypeName(a)+"\" to type \"System.Management.Automation.ScriptBlock\".",
				"InvalidArgument", "ParameterBindingException", "CannotConvertArgumentNoMessage")
		}
		blocks = append(blocks, sb)
	}
	f.split(blocks)
	return nil
}

// split distributes positional blocks: one is process; two are begin and
// process; three or more are begin, processes and end.
func (f *ForEachObject) split(blocks []bind.ScriptBlock) {
	if len(f.RemainingScripts) == 0 || f.begin != nil || f.end != nil {
		f.process = blocks
		return
	}
	f.begin, f.process = blocks[0], blocks[1:]
	if len(blocks) >= 3 {
		f.process, f.end = blocks[1:len(blocks)-1], blocks[len(blocks)-1]
	}
}

// Process runs the process blocks, or the member access, for one object.
func (f *ForEachObject) Process(ctx *cmdlet.Context) error {
	if f.member != "" {
		if !ctx.HasInput {
			return nil
		}
		return f.memberOf(ctx, ctx.Input)
	}
	for _, sb := range f.process {
		if sb == nil {
			continue
		}
		out, err := ctx.Host.DotInvoke(sb, ctx.Input)
		if err != nil {
			return err
		}
		if err := emitAll(ctx, out); err != nil {
			return err
		}
	}
	return nil
}

// memberOf outputs the property value (enumerated) or the method result.
func (f *ForEachObject) memberOf(ctx *cmdlet.Context, in any) error {
	if len(f.args) == 0 {
		if v, ok := value.GetMember(in, f.member); ok {
			return emitAll(ctx, value.Enumerate(v))
		}
	}
	v, err := value.CallMethod(in, f.member, f.args)
	if err != nil {
		if len(f.args) == 0 {
			return nil
		}
		return ctx.WriteError(err)
	}
	return emitAll(ctx, value.Enumerate(v))
}

// End runs the end block.
func (f *ForEachObject) End(ctx *cmdlet.Context) error {
	if f.end == nil {
		return nil
	}
	out, err := ctx.Host.DotInvoke(f.end, nil)
	if err != nil {
		return err
	}
	return emitAll(ctx, out)
}

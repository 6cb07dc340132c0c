package utility

import (
	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// WhereObject is Where-Object: it passes the input objects for which a
// script block is true (script-block form) or whose property satisfies
// one comparison (simplified form, one switch per operator).
type WhereObject struct {
	InputObject  any              `ps:"value" help:"The object to test."`
	FilterScript bind.ScriptBlock `ps:"pos=0,mandatory,set=ScriptBlockSet" help:"The script block that decides; $_ is the current object."`
	Property     string           `ps:"pos=0,mandatory,set=EqualSet|CaseSensitiveEqualSet|NotEqualSet|CaseSensitiveNotEqualSet|GreaterThanSet|CaseSensitiveGreaterThanSet|LessThanSet|CaseSensitiveLessThanSet|GreaterOrEqualSet|CaseSensitiveGreaterOrEqualSet|LessOrEqualSet|CaseSensitiveLessOrEqualSet|LikeSet|CaseSensitiveLikeSet|NotLikeSet|CaseSensitiveNotLikeSet|MatchSet|CaseSensitiveMatchSet|NotMatchSet|CaseSensitiveNotMatchSet|ContainsSet|CaseSensitiveContainsSet|NotContainsSet|CaseSensitiveNotContainsSet|InSet|CaseSensitiveInSet|NotInSet|CaseSensitiveNotInSet|IsSet|IsNotSet,complete=property" help:"The property to compare."`
	Value        any              `ps:"pos=1,set=EqualSet|CaseSensitiveEqualSet|NotEqualSet|CaseSensitiveNotEqualSet|GreaterThanSet|CaseSensitiveGreaterThanSet|LessThanSet|CaseSensitiveLessThanSet|GreaterOrEqualSet|CaseSensitiveGreaterOrEqualSet|LessOrEqualSet|CaseSensitiveLessOrEqualSet|LikeSet|CaseSensitiveLikeSet|NotLikeSet|CaseSensitiveNotLikeSet|MatchSet|CaseSensitiveMatchSet|NotMatchSet|CaseSensitiveNotMatchSet|ContainsSet|CaseSensitiveContainsSet|NotContainsSet|CaseSensitiveNotContainsSet|InSet|CaseSensitiveInSet|NotInSet|CaseSensitiveNotInSet|IsSet|IsNotSet" help:"The value to compare the property with."`
	EQ           bind.Switch      `ps:"alias=IEQ,set=EqualSet" help:"Passes objects whose property is -eq the value."`
	CEQ          bind.Switch      `ps:"set=CaseSensitiveEqualSet" help:"Like -EQ, case-sensitive (-ceq)."`
	NE           bind.Switch      `ps:"alias=INE,set=NotEqualSet" help:"Passes objects whose property is -ne the value."`
	CNE          bind.Switch      `ps:"set=CaseSensitiveNotEqualSet" help:"Like -NE, case-sensitive (-cne)."`
	GT           bind.Switch      `ps:"alias=IGT,set=GreaterThanSet" help:"Passes objects whose property is -gt the value."`
	CGT          bind.Switch      `ps:"set=CaseSensitiveGreaterThanSet" help:"Like -GT, case-sensitive (-cgt)."`
	LT           bind.Switch      `ps:"alias=ILT,set=LessThanSet" help:"Passes objects whose property is -lt the value."`
	CLT          bind.Switch      `ps:"set=CaseSensitiveLessThanSet" help:"Like -LT, case-sensitive (-clt)."`
	GE           bind.Switch      `ps:"alias=IGE,set=GreaterOrEqualSet" help:"Passes objects whose property is -ge the value."`
	CGE          bind.Switch      `ps:"set=CaseSensitiveGreaterOrEqualSet" help:"Like -GE, case-sensitive (-cge)."`
	LE           bind.Switch      `ps:"alias=ILE,set=LessOrEqualSet" help:"Passes objects whose property is -le the value."`
	CLE          bind.Switch      `ps:"set=CaseSensitiveLessOrEqualSet" help:"Like -LE, case-sensitive (-cle)."`
	Like         bind.Switch      `ps:"alias=ILike,set=LikeSet" help:"Passes objects whose property is -like the value."`
	CLike        bind.Switch      `ps:"set=CaseSensitiveLikeSet" help:"Like -Like, case-sensitive (-clike)."`
	NotLike      bind.Switch      `ps:"alias=INotLike,set=NotLikeSet" help:"Passes objects whose property is -notlike the value."`
	CNotLike     bind.Switch      `ps:"set=CaseSensitiveNotLikeSet" help:"Like -NotLike, case-sensitive (-cnotlike)."`
	Match        bind.Switch      `ps:"alias=IMatch,set=MatchSet" help:"Passes objects whose property is -match the value."`
	CMatch       bind.Switch      `ps:"set=CaseSensitiveMatchSet" help:"Like -Match, case-sensitive (-cmatch)."`
	NotMatch     bind.Switch      `ps:"alias=INotMatch,set=NotMatchSet" help:"Passes objects whose property is -notmatch the value."`
	CNotMatch    bind.Switch      `ps:"set=CaseSensitiveNotMatchSet" help:"Like -NotMatch, case-sensitive (-cnotmatch)."`
	Contains     bind.Switch      `ps:"alias=IContains,set=ContainsSet" help:"Passes objects whose property is -contains the value."`
	CContains    bind.Switch      `ps:"set=CaseSensitiveContainsSet" help:"Like -Contains, case-sensitive (-ccontains)."`
	NotContains  bind.Switch      `ps:"alias=INotContains,set=NotContainsSet" help:"Passes objects whose property is -notcontains the value."`
	CNotContains bind.Switch      `ps:"set=CaseSensitiveNotContainsSet" help:"Like -NotContains, case-sensitive (-cnotcontains)."`
	In           bind.Switch      `ps:"alias=IIn,set=InSet" help:"Passes objects whose property is -in the value."`
	CIn          bind.Switch      `ps:"set=CaseSensitiveInSet" help:"Like -In, case-sensitive (-cin)."`
	NotIn        bind.Switch      `ps:"alias=INotIn,set=NotInSet" help:"Passes objects whose property is -notin the value."`
	CNotIn       bind.Switch      `ps:"set=CaseSensitiveNotInSet" help:"Like -NotIn, case-sensitive (-cnotin)."`
	Is           bind.Switch      `ps:"set=IsSet" help:"Passes objects whose property is of the type named by the value."`
	IsNot        bind.Switch      `ps:"set=IsNotSet" help:"Passes objects whose property is not of the type named by the value."`
}

// whereOps maps each operator switch to its operator.
var whereOps = []struct{ param, op string }{
	{"EQ", "eq"}, {"CEQ", "ceq"},
	{"NE", "ne"}, {"CNE", "cne"},
	{"GT", "gt"}, {"CGT", "cgt"},
	{"LT", "lt"}, {"CLT", "clt"},
	{"GE", "ge"}, {"CGE", "cge"},
	{"LE", "le"}, {"CLE", "cle"},
	{"Like", "like"}, {"CLike", "clike"},
	{"NotLike", "notlike"}, {"CNotLike", "cnotlike"},
	{"Match", "match"}, {"CMatch", "cmatch"},
	{"NotMatch", "notmatch"}, {"CNotMatch", "cnotmatch"},
	{"Contains", "contains"}, {"CContains", "ccontains"},
	{"NotContains", "notcontains"}, {"CNotContains", "cnotcontains"},
	{"In", "in"}, {"CIn", "cin"},
	{"NotIn", "notin"}, {"CNotIn", "cnotin"},
	{"Is", "is"}, {"IsNot", "isnot"},
}

func addWhere(r *cmdlet.Registry) {
	cmdlet.Add[WhereObject](r, &cmdlet.Info{
		Name: "Where-Object", PassThru: true,
		Aliases:  []string{"?", "where"},
		Module:   modCore,
		Synopsis: "Selects objects from a collection based on their property values.",
		Description: "The Where-Object cmdlet selects objects that have particular property values from the collection of objects that are passed to it. " +
			"Use a script block in which $_ is the current object, or the simplified form Where-Object <Property> -<Operator> <Value>. " +
			"A property alone passes the objects whose property value is true.",
		Examples: []cmdlet.Example{
			{Code: "Get-RemoteDomain | Where-Object { $_.TNEFEnabled -eq $false }", Remarks: "Gets the remote domains whose TNEFEnabled property is False."},
			{Code: "Get-RemoteDomain | ? Name -like 'Hybrid*'", Remarks: "Uses the simplified form to get the remote domains whose name starts with Hybrid."},
			{Code: "Get-Mailbox | Where-Object AutoForwardEnabled", Remarks: "Gets the mailboxes whose AutoForwardEnabled property is true."},
		},
		DefaultSet: "EqualSet",
	})
}

// Process passes the current object when the condition holds.
func (w *WhereObject) Process(ctx *cmdlet.Context) error {
	if !ctx.HasInput {
		return nil
	}
	ok, err := w.test(ctx, ctx.Input)
	if err != nil || !ok {
		return err
	}
	return ctx.Emit(ctx.Input)
}

// test evaluates the filter for one object.
func (w *WhereObject) test(ctx *cmdlet.Context, in any) (bool, error) {
	if sb := w.FilterScript; sb != nil {
		out, err := ctx.Host.DotInvoke(w.FilterScript, in)
		v := collapse(out)
		return value.Truthy(v), err
	}
	prop, _ := value.GetMember(in, w.Property)
	op := w.operator(ctx)
	if op == "" {
		return value.Truthy(prop), nil
	}
	r, err := value.Binary(op, prop, w.Value)
	if err != nil {
		return false, err
	}
	return value.Truthy(r), nil
}

// operator returns the operator given by its switch; -eq when only a
// value is given; "" when the property alone is tested.
func (w *WhereObject) operator(ctx *cmdlet.Context) string {
	for _, o := range whereOps {
		if ctx.Binding != nil && ctx.Binding.Given(o.param) {
			return o.op
		}
	}
	if ctx.Binding != nil && ctx.Binding.Given("Value") {
		return "eq"
	}
	return ""
}

package utility

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// MeasureObject is Measure-Object: it counts its input and computes sums,
// averages, extremes, or line/word/character counts of text.
type MeasureObject struct {
	InputObject      any         `ps:"value" help:"The object to measure."`
	Property         []string    `ps:"pos=0,complete=property" help:"The properties to measure."`
	Sum              bind.Switch `ps:"set=GenericMeasure" help:"Computes the sum."`
	Average          bind.Switch `ps:"set=GenericMeasure" help:"Computes the average."`
	Maximum          bind.Switch `ps:"set=GenericMeasure" help:"Computes the maximum."`
	Minimum          bind.Switch `ps:"set=GenericMeasure" help:"Computes the minimum."`
	Line             bind.Switch `ps:"set=TextMeasure" help:"Counts lines."`
	Word             bind.Switch `ps:"set=TextMeasure" help:"Counts words."`
	Character        bind.Switch `ps:"set=TextMeasure" help:"Counts characters."`
	IgnoreWhiteSpace bind.Switch `ps:"set=TextMeasure" help:"Does not count white space as characters."`

	stats map[string]*measureStats
	count int
}

// measureStats accumulates one property.
type measureStats struct {
	count, lines, words, chars int
	sum                        float64
	min, max                   any
	seen                       bool
}

// GenericMeasureInfo is the output of Measure-Object.
type GenericMeasureInfo struct {
	Count    int
	Average  *float64
	Sum      *float64
	Maximum  *float64
	Minimum  *float64
	Property string
}

// TypeName returns the .NET type name.
func (GenericMeasureInfo) TypeName() string {
	return "Microsoft.PowerShell.Commands.GenericMeasureInfo"
}

// TextMeasureInfo is the output of Measure-Object -Line/-Word/-Character.
type TextMeasureInfo struct {
	Lines      *int
	Words      *int
	Characters *int
	Property   string
}

// TypeName returns the .NET type name.
func (TextMeasureInfo) TypeName() string { return "Microsoft.PowerShell.Commands.TextMeasureInfo" }

func addMeasure(r *cmdlet.Registry) {
	cmdlet.Add[MeasureObject](r, &cmdlet.Info{
		Name:     "Measure-Object",
		Aliases:  []string{"measure"},
		Module:   modUtility,
		Synopsis: "Calculates the numeric properties of objects, and the characters, words, and lines in string objects.",
		Description: "The Measure-Object cmdlet counts its input objects and, for numeric properties, calculates the sum, average, minimum and maximum. " +
			"With -Line, -Word and -Character it counts the lines, words and characters of text. " +
			"(... | Measure-Object).Count is the usual way to count objects.",
		Examples: []cmdlet.Example{
			{Code: "Get-RemoteDomain | Measure-Object", Remarks: "Counts the remote domains."},
			{Code: "1..10 | Measure-Object -Sum -Average -Maximum -Minimum", Remarks: "Computes statistics of the numbers 1 to 10."},
			{Code: "Get-Content notes.txt | Measure-Object -Line -Word -Character", Remarks: "Counts lines, words and characters of a file."},
		},
		DefaultSet: "GenericMeasure",
	})
}

// Process adds one object to the statistics.
func (m *MeasureObject) Process(ctx *cmdlet.Context) error {
	if !ctx.HasInput || ctx.Input == nil {
		return nil
	}
	if m.stats == nil {
		m.stats = map[string]*measureStats{}
	}
	m.count++
	if len(m.Property) == 0 {
		return m.add(ctx, "", ctx.Input)
	}
	for _, p := range m.Property {
		if v, ok := value.GetMember(ctx.Input, p); ok {
			if err := m.add(ctx, p, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// add accumulates value v of property p.
func (m *MeasureObject) add(ctx *cmdlet.Context, p string, v any) error {
	st := m.stats[strings.ToLower(p)]
	if st == nil {
		st = &measureStats{}
		m.stats[strings.ToLower(p)] = st
	}
	st.count++
	if m.text() {
		st.text(value.ToString(v), bool(m.IgnoreWhiteSpace))
		return nil
	}
	if !m.Sum && !m.Average && !m.Maximum && !m.Minimum {
		return nil
	}
	return st.number(ctx, v)
}

// text reports whether text measurement was asked for.
func (m *MeasureObject) text() bool { return bool(m.Line || m.Word || m.Character) }

// number accumulates a numeric value.
func (st *measureStats) number(ctx *cmdlet.Context, v any) error {
	n, err := value.Convert(v, "double")
	if err != nil {
		e := cmdlet.NewError(fmt.Sprintf("Input object \"%s\" is not numeric.", value.ToString(v)), "InvalidType", "PSInvalidOperationException", "NonNumericInputObject")
		e.TargetName, e.TargetType, e.Target = value.ToString(v), psTypeName(v), v
		return ctx.WriteError(e)
	}
	f := n.(float64)
	st.sum += f
	if !st.seen || f > st.max.(float64) {
		st.max = f
	}
	if !st.seen || f < st.min.(float64) {
		st.min = f
	}
	st.seen = true
	return nil
}

// text counts lines, words and characters of s.
func (st *measureStats) text(s string, ignoreWS bool) {
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			st.lines++
		}
	}
	st.words += len(strings.Fields(s))
	for _, r := range s {
		if !ignoreWS || !unicode.IsSpace(r) {
			st.chars++
		}
	}
}

// End emits one result per property (or one for the objects).
func (m *MeasureObject) End(ctx *cmdlet.Context) error {
	props := m.Property
	if len(props) == 0 {
		props = []string{""}
	}
	for _, p := range props {
		st := m.stats[strings.ToLower(p)]
		if st == nil && p != "" {
			return m.notFound(p)
		}
		if st == nil {
			st = &measureStats{}
		}
		if err := ctx.Emit(m.result(st, p)); err != nil {
			return err
		}
	}
	return nil
}

// notFound is the error for a property no input object had.
func (m *MeasureObject) notFound(p string) error {
	e := cmdlet.NewError(fmt.Sprintf("The property \"%s\" cannot be found in the input for any objects.", p),
		"InvalidArgument", "PSArgumentException", "GenericMeasurePropertyNotFound")
	return e
}

// result builds the output object of one property.
func (m *MeasureObject) result(st *measureStats, p string) any {
	if m.text() {
		t := TextMeasureInfo{Property: p}
		if m.Line {
			t.Lines = &st.lines
		}
		if m.Word {
			t.Words = &st.words
		}
		if m.Character {
			t.Characters = &st.chars
		}
		return t
	}
	g := GenericMeasureInfo{Count: st.count, Property: p}
	m.fill(&g, st)
	return g
}

// fill sets the requested statistics.
func (m *MeasureObject) fill(g *GenericMeasureInfo, st *measureStats) {
	if !st.seen {
		return
	}
	sum, avg := st.sum, st.sum/float64(st.count)
	mx, mn := st.max.(float64), st.min.(float64)
	if m.Sum {
		g.Sum = &sum
	}
	if bool(m.Average) && !math.IsNaN(avg) {
		g.Average = &avg
	}
	if m.Maximum {
		g.Maximum = &mx
	}
	if m.Minimum {
		g.Minimum = &mn
	}
}

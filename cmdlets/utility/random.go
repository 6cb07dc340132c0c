package utility

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/value"
)

// GetRandom is Get-Random: it outputs a random number, or objects chosen
// at random from its input.
type GetRandom struct {
	Maximum     any   `ps:"pos=0,set=RandomNumber" help:"The upper bound (exclusive) of the number; without it Int32.MaxValue."`
	Minimum     any   `ps:"set=RandomNumber" help:"The lower bound (inclusive) of the number; without it 0."`
	InputObject []any `ps:"pos=0,mandatory,value,set=RandomListItem" help:"The collection to choose from."`
	Count       int   `ps:"set=RandomListItem,range=1..2147483647" help:"How many objects to choose (each at most once); without it one."`
	SetSeed     *int  `help:"Seeds the random generator so that the results can be repeated."`

	gen    randSource
	chosen []any
	seen   int
}

func addRandom(r *cmdlet.Registry) {
	cmdlet.Add[GetRandom](r, &cmdlet.Info{
		Name: "Get-Random", Module: modUtility,
		Synopsis: "Gets a random number, or selects objects randomly from a collection.",
		Description: "Without -InputObject, the Get-Random cmdlet outputs a random number between -Minimum (inclusive, default 0) and -Maximum (exclusive, default Int32.MaxValue); " +
			"integer bounds give an integer and other bounds a double. With -InputObject (or pipeline input) it outputs -Count objects chosen at random, each at most once. " +
			"-SetSeed seeds the generator with .NET's System.Random algorithm, so a seeded run is repeatable.",
		Examples: []cmdlet.Example{
			{Code: "Get-Random -Minimum 1 -Maximum 101", Remarks: "Outputs a number from 1 to 100."},
			{Code: "Get-Mailbox | Get-Random -Count 3", Remarks: "Picks three mailboxes at random."},
			{Code: "Get-Random -SetSeed 42 -Maximum 10", Remarks: "Outputs the same number on every run."},
		},
		DefaultSet: "RandomNumber",
	})
}

// Begin seeds the generator and, for numbers, outputs the number.
func (g *GetRandom) Begin(ctx *cmdlet.Context) error {
	g.gen = newRandSource(g.SetSeed)
	if g.Count <= 0 {
		g.Count = 1
	}
	if ctx.Binding != nil && ctx.Binding.Set() == "RandomListItem" {
		return nil
	}
	n, err := g.number()
	if err != nil {
		return err
	}
	return ctx.Emit(n)
}

// number draws one number between the bounds.
func (g *GetRandom) number() (any, error) {
	lo, hi := randOperand(g.Minimum), randOperand(g.Maximum)
	li, lok := lo.(int)
	hiI, hok := hi.(int)
	if lo == nil {
		li, lok = 0, true
	}
	if hi == nil {
		hiI, hok = math.MaxInt32, true
	}
	if lok && hok {
		if li >= hiI {
			return nil, minMaxError(li, hiI)
		}
		if li >= math.MinInt32 && hiI <= math.MaxInt32 {
			return g.gen.between(li, hiI), nil
		}
		return g.gen.between64(li, hiI), nil
	}
	lf, hf := randDouble(lo, 0), randDouble(hi, math.MaxFloat64)
	if lf >= hf {
		return nil, minMaxError(lo, hi)
	}
	for {
		if r := lf + g.gen.double()*(hf-lf); r < hf {
			return r, nil
		}
	}
}

// randOperand reduces a bound to nil, an int or a float64 (a numeric
// string converts; anything else stays as given).
func randOperand(v any) any {
	switch x := v.(type) {
	case nil, int, float64:
		return x
	case string:
		if n, err := value.Convert(x, "int"); err == nil {
			return n
		}
		if n, err := value.Convert(x, "double"); err == nil {
			return n
		}
	}
	if n, err := value.Convert(v, "double"); err == nil {
		return n
	}
	return v
}

// randDouble is a bound as a double, def when absent.
func randDouble(v any, def float64) float64 {
	if v == nil {
		return def
	}
	f, err := value.Convert(v, "double")
	if err != nil {
		return def
	}
	return f.(float64)
}

// minMaxError is Get-Random's error for bounds in the wrong order.
func minMaxError(lo, hi any) *cmdlet.Error {
	return cmdlet.NewError(fmt.Sprintf("The Minimum value (%s) cannot be greater than or equal to the Maximum value (%s).", value.ToString(lo), value.ToString(hi)),
		"InvalidArgument", "ArgumentException", "MinGreaterThanOrEqualMax")
}

// Process keeps a random sample of Count input objects (reservoir
// sampling, as Windows PowerShell does).
func (g *GetRandom) Process(ctx *cmdlet.Context) error {
	if ctx.Binding != nil && ctx.Binding.Set() != "RandomListItem" {
		return nil
	}
	items := g.InputObject
	if ctx.HasInput {
		items = []any{ctx.Input}
	}
	for _, it := range items {
		if g.seen < g.Count {
			g.chosen = append(g.chosen, it)
		} else if j := g.gen.between(0, g.seen+1); j < g.Count {
			g.chosen[j] = it
		}
		g.seen++
	}
	return nil
}

// End shuffles the chosen objects and outputs them.
func (g *GetRandom) End(ctx *cmdlet.Context) error {
	n := len(g.chosen)
	for i := range n {
		j := g.gen.between(i, n)
		g.chosen[i], g.chosen[j] = g.chosen[j], g.chosen[i]
	}
	return emitAll(ctx, g.chosen)
}

// randSource is Get-Random's generator: .NET's System.Random (the
// subtractive generator of Knuth) when seeded, the system's cryptographic
// source otherwise. Numbers are drawn from four random bytes at a time,
// as Windows PowerShell's generator does, so seeded output is repeatable.
type randSource struct {
	seeded bool
	seed   [56]int32
	inext  int
	inextp int
}

// newRandSource returns a generator, seeded when seed is not nil.
func newRandSource(seed *int) randSource {
	if seed == nil {
		return randSource{}
	}
	r := randSource{seeded: true, inextp: 21}
	const mbig, mseed = math.MaxInt32, 161803398
	s := int32(*seed)
	sub := int32(math.MaxInt32)
	if s != math.MinInt32 {
		sub = max(s, -s)
	}
	mj := mseed - sub
	r.seed[55] = mj
	mk := int32(1)
	for i := 1; i < 55; i++ {
		ii := (21 * i) % 55
		r.seed[ii] = mk
		mk = mj - mk
		if mk < 0 {
			mk += mbig
		}
		mj = r.seed[ii]
	}
	for range 4 {
		for i := 1; i < 56; i++ {
			r.seed[i] -= r.seed[1+(i+30)%55]
			if r.seed[i] < 0 {
				r.seed[i] += mbig
			}
		}
	}
	return r
}

// sample is System.Random's InternalSample.
func (r *randSource) sample() int32 {
	if r.inext++; r.inext >= 56 {
		r.inext = 1
	}
	if r.inextp++; r.inextp >= 56 {
		r.inextp = 1
	}
	v := r.seed[r.inext] - r.seed[r.inextp]
	if v == math.MaxInt32 {
		v--
	}
	if v < 0 {
		v += math.MaxInt32
	}
	r.seed[r.inext] = v
	return v
}

// bytes fills b with random bytes.
func (r *randSource) bytes(b []byte) {
	if !r.seeded {
		_, _ = rand.Read(b)
		return
	}
	for i := range b {
		b[i] = byte(r.sample() % 256)
	}
}

// next returns a number in [0, Int32.MaxValue).
func (r *randSource) next() int {
	var b [4]byte
	for {
		r.bytes(b[:])
		n := int32(binary.LittleEndian.Uint32(b[:]))
		if n == math.MaxInt32 {
			continue
		}
		if n < 0 {
			n += math.MaxInt32
		}
		return int(n)
	}
}

// double returns a number in [0, 1).
func (r *randSource) double() float64 { return float64(r.next()) * (1.0 / math.MaxInt32) }

// between returns an int in [lo, hi) for 32-bit bounds.
func (r *randSource) between(lo, hi int) int {
	return int(r.double()*float64(hi-lo)) + lo
}

// between64 returns an int in [lo, hi) for bounds beyond 32 bits.
func (r *randSource) between64(lo, hi int) int {
	span := uint64(hi - lo)
	mask := uint64(1)<<(64-bits.LeadingZeros64(span-1)) - 1
	var b [8]byte
	for {
		r.bytes(b[:])
		if v := binary.LittleEndian.Uint64(b[:]) & mask; v < span {
			return lo + int(v)
		}
	}
}

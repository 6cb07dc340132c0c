package cmdlet_test

import (
	"fmt"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlet/cmdlettest"
)

// GetGreeting is Get-Greeting: it greets each name.
type GetGreeting struct {
	Name []string `ps:"pos=0,mandatory,pipeline=value" help:"Who to greet."`
}

func (g *GetGreeting) Process(ctx *cmdlet.Context) error {
	for _, n := range g.Name {
		if err := ctx.Emit("Hello, " + n); err != nil {
			return err
		}
	}
	return nil
}

// AddTo declares this package's cmdlets in r.
func AddTo(r *cmdlet.Registry) {
	cmdlet.Add[GetGreeting](r, &cmdlet.Info{
		Name: "Get-Greeting", Module: "Greetings",
		Synopsis: "Greets someone.",
		Examples: []cmdlet.Example{{Code: "Get-Greeting Kim", Remarks: "Outputs Hello, Kim."}},
	})
}

// The cmdlet of the package documentation, declared and run.
func Example() {
	r := cmdlet.NewRegistry()
	AddTo(r)
	h := &cmdlettest.Host{Reg: r}
	res := cmdlettest.Run(h, "Get-Greeting", nil, "Kim")
	fmt.Println(res.Out, res.Err)
	res = cmdlettest.Run(h, "Get-Greeting", []any{"Ann", "Lee"})
	fmt.Println(res.Out, res.Err)
	// Output:
	// [Hello, Kim] <nil>
	// [Hello, Ann Hello, Lee] <nil>
}

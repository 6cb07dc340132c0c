package exchange

import (
	"reflect"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
)

// GetExchangeServer is Get-ExchangeServer.
type GetExchangeServer struct {
	Identity string      `ps:"pos=0,name,set=Identity,complete=identity" help:"The server name, FQDN, DN or legacy DN; all when omitted."`
	Domain   string      `ps:"mandatory,set=Domain" help:"Returns the servers of this domain."`
	Status   bind.Switch `help:"Accepted for compatibility; exsh servers are always up."`
	dcParam
}

func addExchangeServer(r *cmdlet.Registry) {
	cmdlet.Add[GetExchangeServer](r, &cmdlet.Info{OutputType: reflect.TypeFor[model.ExchangeServer](), Name: "Get-ExchangeServer", Module: moduleName, DefaultSet: "Identity",
		Synopsis:    "Gets the Exchange servers of the organization.",
		Description: "Get-ExchangeServer returns the simulated server of the connected organization (EX01 for Exchange 2013, EXCH55 for Exchange 5.5, MAIL01 for a non-Exchange system) with its version and roles.",
		Examples:    []cmdlet.Example{{Code: "Get-ExchangeServer | Format-List Name,AdminDisplayVersion,ServerRole", Remarks: "Shows the server's version and roles."}}})
}

// Process implements [Processor].
func (c *GetExchangeServer) Process(ctx *cmdlet.Context) error {
	var keep func(*model.ExchangeServer) bool
	if c.Domain != "" {
		keep = func(s *model.ExchangeServer) bool { return model.Wildcard(c.Domain, s.Domain) }
	}
	return getObject[model.ExchangeServer](ctx, c.Identity, keep)
}

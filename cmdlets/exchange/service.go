package exchange

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// Service is a Windows service of the organization's server, as
// Get-Service shows it. RestartPending and PendingChanges are exsh's
// additions: for the Exchange 5.5 Internet Mail Service (MSExchangeIMC)
// they show the settings that wait for Restart-Service.
type Service struct {
	Status         string
	Name           string
	DisplayName    string
	RestartPending bool
	PendingChanges []string
	MachineName    string
	ServiceName    string
	StartType      string
}

// DefaultTableColumns returns the Get-Service table columns (plus
// RestartPending, which exsh shows so the pending IMS restart is visible).
func (*Service) DefaultTableColumns() []string {
	return []string{"Status", "Name", "DisplayName", "RestartPending"}
}

// TypeName returns the .NET type Get-Service returns.
func (*Service) TypeName() string { return "System.ServiceProcess.ServiceController" }

// serviceTable lists the services of each product generation.
var serviceTable = map[model.ExchangeVersion][][2]string{
	model.Exchange2013: {{"MSExchangeADTopology", "Microsoft Exchange Active Directory Topology"},
		{"MSExchangeFrontEndTransport", "Microsoft Exchange Frontend Transport"},
		{"MSExchangeIS", "Microsoft Exchange Information Store"},
		{"MSExchangeTransport", "Microsoft Exchange Transport"}},
	model.Exchange55: {{"MSExchangeDS", "Microsoft Exchange Directory"},
		{"MSExchangeIMC", "Microsoft Exchange Internet Mail Service"},
		{"MSExchangeIS", "Microsoft Exchange Information Store"},
		{"MSExchangeMTA", "Microsoft Exchange Message Transfer Agent"},
		{"MSExchangeSA", "Microsoft Exchange System Attendant"}},
	model.NonExchange: {{"smtpd", "SMTP server"}},
}

// GetService is Get-Service for the simulated server.
type GetService struct {
	Name []string `ps:"pos=0,name,alias=ServiceName" help:"Service names (wildcards allowed); all when omitted."`
}

// RestartService is Restart-Service for the simulated server.
type RestartService struct {
	Name     []string    `ps:"pos=0,mandatory,name,alias=ServiceName" help:"The services to restart."`
	PassThru bind.Switch `help:"Returns the restarted services."`
	Force    bind.Switch `help:"Accepted for compatibility."`
}

func addService(r *cmdlet.Registry) {
	cmdlet.Add[GetService](r, &cmdlet.Info{OutputType: reflect.TypeFor[Service](), Name: "Get-Service", Module: "Microsoft.PowerShell.Management",
		Synopsis:    "Gets the services of the organization's server.",
		Description: "Get-Service lists the simulated Windows services of the connected organization's server. On an Exchange 5.5 server, MSExchangeIMC (the Internet Mail Service) shows RestartPending True while changed IMS settings (remote domains, send connectors) wait for Restart-Service MSExchangeIMC; PendingChanges lists them.",
		Examples:    []cmdlet.Example{{Code: "Get-Service MSExchangeIMC | Format-List Name,Status,RestartPending,PendingChanges", Remarks: "Shows whether IMS changes wait for a restart."}}})
	cmdlet.Add[RestartService](r, &cmdlet.Info{Name: "Restart-Service", Module: "Microsoft.PowerShell.Management", ShouldProcess: true,
		Synopsis:    "Restarts services of the organization's server.",
		Description: "Restart-Service stops and starts simulated services. Restarting MSExchangeIMC on an Exchange 5.5 server makes the pending Internet Mail Service changes take effect. Exchange 2013 applies changes at once, so restarting its services changes nothing.",
		Examples:    []cmdlet.Example{{Code: "Restart-Service MSExchangeIMC", Remarks: "Applies the pending IMS changes (Q257396 step 3)."}}})
}

// serviceList returns the services of org, in name order.
func serviceList(org *model.Organization, server string) []*Service {
	var out []*Service
	for _, s := range serviceTable[org.ExchangeVersion] {
		svc := &Service{Status: "Running", Name: s[0], DisplayName: s[1], MachineName: server, ServiceName: s[0], StartType: "Automatic"}
		if s[0] == "MSExchangeIMC" {
			svc.RestartPending, svc.PendingChanges = org.ImsRestartPending, append([]string(nil), org.ImsPendingChanges...)
		}
		out = append(out, svc)
	}
	return out
}

// findServices resolves names (wildcards allowed) against the services
// of the connected organization; a name without a match is reported.
func findServices(ctx *cmdlet.Context, names []string) ([]*Service, *model.Organization, error) {
	var all []*Service
	org, err := orgView(ctx, func(tx storage.Tx, org *model.Organization) error {
		srv, err := listObjects[model.ExchangeServer](tx, org)
		name := ""
		if len(srv) > 0 {
			name = srv[0].Name
		}
		all = serviceList(org, name)
		return err
	})
	if err != nil || len(names) == 0 {
		return all, org, err
	}
	var out []*Service
	for _, n := range names {
		m := matchServices(all, n)
		if len(m) == 0 && !strings.Contains(n, "*") {
			if err := ctx.WriteError(errNoService(ctx, n)); err != nil {
				return nil, org, err
			}
		}
		out = append(out, m...)
	}
	return out, org, nil
}

// matchServices returns the services whose name matches pattern.
func matchServices(all []*Service, pattern string) []*Service {
	var out []*Service
	for _, s := range all {
		if model.Wildcard(pattern, s.Name) || model.Wildcard(pattern, s.DisplayName) {
			out = append(out, s)
		}
	}
	return out
}

// errNoService is PowerShell's NoServiceFoundForGivenName.
func errNoService(ctx *cmdlet.Context, name string) *cmdlet.Error {
	return &cmdlet.Error{Message: fmt.Sprintf("Cannot find any service with service name '%s'.", name),
		Category: "ObjectNotFound", Reason: "ServiceCommandException", TargetName: name,
		ID: "NoServiceFoundForGivenName,Microsoft.PowerShell.Commands." + strings.ReplaceAll(ctx.Command, "-", "") + "Command"}
}

// Process implements [Processor].
func (c *GetService) Process(ctx *cmdlet.Context) error {
	list, org, err := findServices(ctx, c.Name)
	if err != nil {
		return ctx.WriteError(translate(ctx, org, err))
	}
	return emitAll(ctx, list)
}

// Process implements [Processor].
func (c *RestartService) Process(ctx *cmdlet.Context) error {
	list, org, err := findServices(ctx, c.Name)
	if err != nil {
		return ctx.WriteError(translate(ctx, org, err))
	}
	for _, s := range list {
		if err := c.restart(ctx, org, s); err != nil {
			return err
		}
	}
	return nil
}

// restart restarts one service; for MSExchangeIMC it applies the
// pending IMS changes in one Update.
func (c *RestartService) restart(ctx *cmdlet.Context, org *model.Organization, s *Service) error {
	target := fmt.Sprintf("%s (%s)", s.DisplayName, s.Name)
	if ok, err := ctx.ShouldProcess(target, "Restart-Service"); !ok || err != nil {
		return err
	}
	if s.Name == "MSExchangeIMC" && s.RestartPending {
		err := orgUpdate(ctx, org.Guid, func(tx storage.Tx, o *model.Organization) error {
			remote, connectors, err := imsSettings(tx, o)
			if err != nil {
				return err
			}
			o.RestartIms(remote, connectors)
			return storage.PutOrg(tx, o)
		})
		if err != nil {
			return ctx.WriteError(translate(ctx, org, err))
		}
		s.RestartPending, s.PendingChanges = false, nil
	}
	if c.PassThru {
		return ctx.Emit(s)
	}
	return nil
}

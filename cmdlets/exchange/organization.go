package exchange

import (
	"reflect"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// NewOrganization is New-Organization (exsh's own): it creates a whole
// simulated organization with its default objects.
type NewOrganization struct {
	Name            string                `ps:"pos=0,mandatory" help:"The organization name, such as Contoso."`
	DomainName      string                `ps:"mandatory" help:"The forest-root domain; it becomes the default accepted domain."`
	ExchangeVersion model.ExchangeVersion `help:"Exchange2013 (default), Exchange55 or NonExchange."`
	NoSendConnector bind.Switch           `help:"Leaves out the default Internet send connector."`
}

// GetOrganization is Get-Organization.
type GetOrganization struct {
	Identity string `ps:"pos=0,name,complete=identity" help:"The organization name, domain or GUID; all when omitted."`
}

// SetOrganization is Set-Organization: the per-organization divergence
// switches F1, F2 and V1 (message-flow.md §3.4).
type SetOrganization struct {
	Identity                  string              `ps:"pos=0,name,complete=identity" help:"The organization; the connected one when omitted."`
	OutlookRtfFlagForcesTnef  bind.Optional[bool] `help:"F1: Outlook's per-contact Rich Text flag forces TNEF even for HTML or plain-text bodies."`
	GalSendRichInfoForcesTnef bind.Optional[bool] `help:"F2: a GAL contact with default settings gets TNEF because Outlook set PR_SEND_RICH_INFO."`
	NeverConvertsAllToText    bind.Optional[bool] `help:"V1: UseMapiRichTextFormat Never turns every message, HTML too, into plain text."`
}

// RemoveOrganization is Remove-Organization.
type RemoveOrganization struct {
	Identity string `ps:"pos=0,mandatory,name,complete=identity" help:"The organization name, domain or GUID."`
}

// ConnectOrganization is Connect-Organization.
type ConnectOrganization struct {
	Identity string `ps:"pos=0,mandatory,name,complete=identity" help:"The organization to run the following cmdlets against."`
}

func addOrganization(r *cmdlet.Registry) {
	cmdlet.Add[NewOrganization](r, &cmdlet.Info{Name: "New-Organization", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Creates a simulated mail organization.",
		Description: "New-Organization creates an organization with its default objects: the default accepted domain (DomainName), the Default remote domain, the transport configuration, one server (EX01, EXCH55 or MAIL01), an Administrator mailbox and, unless -NoSendConnector, an Internet send connector for * using DNS. Use Connect-Organization to run the following cmdlets against it.",
		Examples:    []cmdlet.Example{{Code: "New-Organization -Name Fabrikam -DomainName fabrikam.com -ExchangeVersion Exchange55", Remarks: "Creates an Exchange 5.5 organization."}}})
	cmdlet.Add[GetOrganization](r, &cmdlet.Info{OutputType: reflect.TypeFor[model.Organization](), Name: "Get-Organization", Module: moduleName,
		Synopsis:    "Gets the simulated organizations.",
		Description: "Get-Organization lists the organizations in the database, or the one Identity names.",
		Examples:    []cmdlet.Example{{Code: "Get-Organization", Remarks: "Lists every organization."}}})
	cmdlet.Add[SetOrganization](r, &cmdlet.Info{Name: "Set-Organization", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Changes the simulation switches of an organization.",
		Description: "Set-Organization turns on or off the documented divergences of the TNEF decision: OutlookRtfFlagForcesTnef (F1), GalSendRichInfoForcesTnef (F2) and NeverConvertsAllToText (V1). All are $false by default, which is the documented behaviour.",
		Examples:    []cmdlet.Example{{Code: "Set-Organization -NeverConvertsAllToText $true", Remarks: "Follows the 2010/2013 help text for UseMapiRichTextFormat Never."}}})
	cmdlet.Add[RemoveOrganization](r, &cmdlet.Info{Name: "Remove-Organization", Module: moduleName, ShouldProcess: true, ConfirmByDefault: true,
		Synopsis:    "Removes a simulated organization and everything in it.",
		Description: "Remove-Organization deletes an organization with all its objects. It asks for confirmation unless -Confirm:$false is given.",
		Examples:    []cmdlet.Example{{Code: "Remove-Organization Fabrikam -Confirm:$false", Remarks: "Deletes Fabrikam."}}})
	cmdlet.Add[ConnectOrganization](r, &cmdlet.Info{Name: "Connect-Organization", Module: moduleName,
		Synopsis:    "Makes an organization the current one.",
		Description: "Connect-Organization makes the following Exchange cmdlets of this session work on the organization Identity names. Without it they work on the first organization.",
		Examples:    []cmdlet.Example{{Code: "Connect-Organization Fabrikam", Remarks: "Works on Fabrikam from now on."}}})
}

// orgsView runs fn in one read transaction over the organizations.
func orgsView(ctx *cmdlet.Context, fn func(tx storage.Tx, orgs []*model.Organization) error) error {
	st, err := ctx.Host.Store()
	if err != nil {
		return err
	}
	return st.View(ctx, func(tx storage.Tx) error {
		orgs, err := storage.Orgs(tx)
		if err != nil {
			return err
		}
		return fn(tx, orgs)
	})
}

// orgsUpdate runs fn in one write transaction over the organizations.
func orgsUpdate(ctx *cmdlet.Context, fn func(tx storage.Tx) error) error {
	st, err := ctx.Host.Store()
	if err != nil {
		return err
	}
	return st.Update(ctx, fn)
}

// resolveOrg resolves id (the connected organization for "").
func resolveOrg(current string, tx storage.Tx, orgs []*model.Organization, id string) (*model.Organization, error) {
	if id == "" {
		return currentOrg(current, tx)
	}
	return model.Resolve(orgs, id)
}

// Process implements [Processor].
func (c *NewOrganization) Process(ctx *cmdlet.Context) error {
	v := c.ExchangeVersion
	if v == "" {
		v = model.Exchange2013
	}
	var opts []model.OrgOption
	if c.NoSendConnector {
		opts = append(opts, model.NoSendConnector())
	}
	env := envOf(ctx)
	set, err := model.NewOrganization(c.Name, c.DomainName, v, env, opts...)
	if err == nil {
		_, err = set.AddMailbox(env, "Administrator", "Administrator")
	}
	if err != nil {
		return ctx.WriteError(translate(ctx, nil, err))
	}
	if ok, err := ctx.ShouldProcess(c.Name, ctx.Command); !ok || err != nil {
		return err
	}
	if err := orgsUpdate(ctx, func(tx storage.Tx) error { return storage.SaveOrgSet(tx, set) }); err != nil {
		return ctx.WriteError(translate(ctx, nil, err))
	}
	return ctx.Emit(set.Organization)
}

// Process implements [Processor].
func (c *GetOrganization) Process(ctx *cmdlet.Context) error {
	var out []*model.Organization
	err := orgsView(ctx, func(_ storage.Tx, orgs []*model.Organization) error {
		out = orgs
		if c.Identity != "" {
			out = model.Match(orgs, c.Identity)
			if len(out) == 0 {
				return &model.NotFoundError{Kind: model.KindOrganization, Identity: c.Identity}
			}
		}
		return nil
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, nil, err))
	}
	return emitAll(ctx, out)
}

// Process implements [Processor].
func (c *SetOrganization) Process(ctx *cmdlet.Context) error {
	var org *model.Organization
	current := ""
	if c.Identity == "" {
		current = ctx.Host.Org()
	}
	err := orgsView(ctx, func(tx storage.Tx, orgs []*model.Organization) error {
		var err error
		org, err = resolveOrg(current, tx, orgs, c.Identity)
		return err
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, nil, err))
	}
	before := model.Clone(org)
	if err := apply(org, c); err != nil {
		return err
	}
	if ok, err := ctx.ShouldProcess(org.Name, ctx.Command); !ok || err != nil {
		return err
	}
	if reflect.DeepEqual(org, before) {
		return noChange(ctx, org)
	}
	return c.store(ctx, org.Guid)
}

// store re-reads the organization by GUID and applies the switches.
func (c *SetOrganization) store(ctx *cmdlet.Context, id model.Guid) error {
	err := orgsUpdate(ctx, func(tx storage.Tx) error {
		org, err := storage.Org(tx, id)
		if err != nil {
			return err
		}
		if err := apply(org, c); err != nil {
			return err
		}
		envOf(ctx).Touch(org, org)
		return storage.PutOrg(tx, org)
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, nil, err))
	}
	return nil
}

// Process implements [Processor].
func (c *RemoveOrganization) Process(ctx *cmdlet.Context) error {
	var org *model.Organization
	err := orgsView(ctx, func(_ storage.Tx, orgs []*model.Organization) error {
		var err error
		org, err = model.Resolve(orgs, c.Identity)
		return err
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, nil, err))
	}
	if ok, err := ctx.ShouldProcess(org.Name, ctx.Command); !ok || err != nil {
		return err
	}
	if err := orgsUpdate(ctx, func(tx storage.Tx) error { return storage.DeleteOrg(tx, org.Guid) }); err != nil {
		return ctx.WriteError(translate(ctx, nil, err))
	}
	if cur := ctx.Host.Org(); cur != "" && model.Match([]*model.Organization{org}, cur) != nil {
		ctx.Host.Connect("")
	}
	return nil
}

// Process implements [Processor].
func (c *ConnectOrganization) Process(ctx *cmdlet.Context) error {
	var org *model.Organization
	err := orgsView(ctx, func(_ storage.Tx, orgs []*model.Organization) error {
		var err error
		org, err = model.Resolve(orgs, c.Identity)
		return err
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, nil, err))
	}
	ctx.Host.Connect(org.Name)
	return nil
}

package exchange

import (
	"reflect"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// NewAcceptedDomain is New-AcceptedDomain.
type NewAcceptedDomain struct {
	Name       string                   `ps:"pos=0,mandatory" help:"The unique name of the accepted domain."`
	DomainName string                   `ps:"mandatory" help:"The SMTP domain, such as contoso.com or *.contoso.com."`
	DomainType model.AcceptedDomainType `help:"Authoritative (default), InternalRelay or ExternalRelay."`
	dcParam
	queue
}

// GetAcceptedDomain is Get-AcceptedDomain.
type GetAcceptedDomain struct {
	Identity string `ps:"pos=0,name,complete=identity" help:"The Name, DomainName or GUID; all when omitted."`
	dcParam
}

// SetAcceptedDomain is Set-AcceptedDomain.
type SetAcceptedDomain struct {
	Identity           string `ps:"pos=0,mandatory,name,complete=identity" help:"The Name, DomainName or GUID of the accepted domain."`
	AddressBookEnabled bind.Optional[bool]
	DomainType         bind.Optional[model.AcceptedDomainType]
	MakeDefault        bind.Optional[bool] `help:"$true makes this the default accepted domain (postmaster address, IMCEA encapsulation)."`
	Name               bind.Optional[string]
	PendingCompletion  bind.Optional[bool] `help:"Reserved for internal use."`
	PendingRemoval     bind.Optional[bool] `help:"Reserved for internal use."`
	dcParam
	queue
}

// RemoveAcceptedDomain is Remove-AcceptedDomain.
type RemoveAcceptedDomain struct {
	Identity string `ps:"pos=0,mandatory,name,complete=identity" help:"The Name, DomainName or GUID of the accepted domain."`
	dcParam
	queue
}

func addAcceptedDomain(r *cmdlet.Registry) {
	cmdlet.Add[NewAcceptedDomain](r, &cmdlet.Info{Name: "New-AcceptedDomain", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Creates an accepted domain: an SMTP namespace the organization receives mail for.",
		Description: "New-AcceptedDomain adds a domain of type Authoritative (every recipient is in this organization), InternalRelay (some recipients are elsewhere) or ExternalRelay (none are here). The name must be unique; the domain may not contain an embedded *.",
		Examples:    []cmdlet.Example{{Code: "New-AcceptedDomain -Name Sales -DomainName sales.contoso.com -DomainType InternalRelay", Remarks: "Accepts mail for sales.contoso.com and relays unknown recipients."}}})
	cmdlet.Add[GetAcceptedDomain](r, &cmdlet.Info{OutputType: reflect.TypeFor[model.AcceptedDomain](), Name: "Get-AcceptedDomain", Module: moduleName,
		Synopsis:    "Gets the accepted domains of the organization.",
		Description: "Get-AcceptedDomain returns every accepted domain, or the one Identity names. The Default column marks the default domain.",
		Examples:    []cmdlet.Example{{Code: "Get-AcceptedDomain", Remarks: "Lists the accepted domains."}}})
	cmdlet.Add[SetAcceptedDomain](r, &cmdlet.Info{Name: "Set-AcceptedDomain", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Changes an accepted domain.",
		Description: "Set-AcceptedDomain renames a domain, changes its type or, with -MakeDefault $true, makes it the default accepted domain (the previous default stops being one). The domain name can't be changed.",
		Examples:    []cmdlet.Example{{Code: "Set-AcceptedDomain Sales -MakeDefault $true", Remarks: "Makes Sales the default domain."}}})
	cmdlet.Add[RemoveAcceptedDomain](r, &cmdlet.Info{Name: "Remove-AcceptedDomain", Module: moduleName, ShouldProcess: true, ConfirmByDefault: true,
		Synopsis:    "Removes an accepted domain.",
		Description: "Remove-AcceptedDomain deletes an accepted domain. The default accepted domain can't be removed; make another one the default first. It asks for confirmation unless -Confirm:$false is given.",
		Examples:    []cmdlet.Example{{Code: "Remove-AcceptedDomain Sales -Confirm:$false", Remarks: "Removes Sales without asking."}}})
}

// Process implements [Processor].
func (c *NewAcceptedDomain) Process(ctx *cmdlet.Context) error {
	build := func(tx storage.Tx, org *model.Organization) (*model.AcceptedDomain, error) {
		return envOf(ctx).NewAcceptedDomain(org, c.Name, c.DomainName, c.DomainType)
	}
	return queueNew(ctx, &c.queue, build, acceptedDomainUnique)
}

// acceptedDomainUnique checks Name and DomainName are unique.
func acceptedDomainUnique(tx storage.Tx, org *model.Organization, a *model.AcceptedDomain) error {
	all, err := listObjects[model.AcceptedDomain](tx, org)
	if err != nil {
		return err
	}
	return model.CheckNewAcceptedDomain(a, all)
}

// Process implements [Processor].
func (c *GetAcceptedDomain) Process(ctx *cmdlet.Context) error {
	return getObject[model.AcceptedDomain](ctx, c.Identity, nil)
}

// Process implements [Processor].
func (c *SetAcceptedDomain) Process(ctx *cmdlet.Context) error {
	return queueSet(ctx, &c.queue, c.Identity, func(tx storage.Tx, org *model.Organization, a *model.AcceptedDomain) error {
		return c.mutate(ctx, tx, org, a)
	})
}

// mutate applies the parameters; MakeDefault $true moves the default
// flag (the other domains are stored in the write pass).
func (c *SetAcceptedDomain) mutate(ctx *cmdlet.Context, tx storage.Tx, org *model.Organization, a *model.AcceptedDomain) error {
	if err := apply(a, c, "MakeDefault"); err != nil {
		return err
	}
	if err := a.Validate(); err != nil {
		return err
	}
	if err := acceptedDomainUnique(tx, org, a); err != nil {
		return err
	}
	if !c.MakeDefault.Set || !c.MakeDefault.Value || a.Default {
		return nil
	}
	all, err := listObjects[model.AcceptedDomain](tx, org)
	if err != nil {
		return err
	}
	for _, o := range model.MakeDefaultAcceptedDomain(all, a) {
		if o.Guid != a.Guid && tx.Writable() {
			envOf(ctx).Touch(org, o)
			if err := storage.Put(tx, org.Guid, o); err != nil {
				return err
			}
		}
	}
	return nil
}

// Process implements [Processor].
func (c *RemoveAcceptedDomain) Process(ctx *cmdlet.Context) error {
	check := func(a *model.AcceptedDomain) error {
		if a.Default {
			return newError(ctx, "The accepted domain '"+a.Name+"' can't be removed because it's the default accepted domain. Use Set-AcceptedDomain -MakeDefault $true to make another accepted domain the default first.",
				"InvalidOperation", "InvalidOperationException")
		}
		return nil
	}
	return queueRemove(ctx, &c.queue, c.Identity, check, nil)
}

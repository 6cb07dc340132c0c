package exchange

import (
	"errors"
	"reflect"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// GetOrganizationalUnit is Get-OrganizationalUnit.
type GetOrganizationalUnit struct {
	Identity          string                             `ps:"pos=0,name" help:"Canonical name (contoso.com/Sales), DN or unique name; all organizational units when omitted."`
	SearchText        string                             `help:"Only the OUs whose name contains this text."`
	IncludeContainers bind.Switch                        `help:"Also returns containers such as Users and Computers."`
	SingleNodeOnly    bind.Switch                        `help:"Returns the first-level children of Identity (of the domain when omitted) instead of the whole tree."`
	ResultSize        bind.Optional[model.UnlimitedUInt] `help:"The most OUs to return (default 1000) or Unlimited."`
	dcParam
}

// NewADOrganizationalUnit is New-ADOrganizationalUnit, as the Active
// Directory module spells it.
type NewADOrganizationalUnit struct {
	Name                            string              `ps:"pos=0,mandatory" help:"The name of the new OU."`
	Path                            string              `help:"The parent OU or container: DN (OU=Sales,DC=contoso,DC=com), canonical name or unique name. Default: the domain."`
	Description                     string              `help:"Accepted; exsh does not store it."`
	DisplayName                     string              `help:"Accepted; exsh does not store it."`
	ProtectedFromAccidentalDeletion bind.Optional[bool] `help:"Accepted; exsh has no Remove-ADOrganizationalUnit."`
	Server                          string              `help:"Accepted for compatibility: the lab has one domain controller."`
	PassThru                        bind.Switch         `help:"Returns the new OU."`
}

func addOrgUnit(r *cmdlet.Registry) {
	cmdlet.Add[GetOrganizationalUnit](r, &cmdlet.Info{OutputType: reflect.TypeFor[model.OrganizationalUnit](), Name: "Get-OrganizationalUnit", Module: moduleName,
		Synopsis:    "Gets the organizational units of the organization's domain.",
		Description: "Get-OrganizationalUnit returns the organizational units a recipient can be created in (-OrganizationalUnit of New-Mailbox, New-MailUser and New-MailContact): those of a fresh Exchange 2013 forest (Domain Controllers, Microsoft Exchange Security Groups) and those made with New-ADOrganizationalUnit; with -IncludeContainers also the containers, such as Users, where recipients go by default.",
		Examples: []cmdlet.Example{
			{Code: "Get-OrganizationalUnit -IncludeContainers", Remarks: "Lists the OUs and containers of the domain."},
			{Code: "Get-OrganizationalUnit -SearchText Exchange", Remarks: "Lists the OUs whose name contains Exchange."},
		}})
	cmdlet.Add[NewADOrganizationalUnit](r, &cmdlet.Info{Name: "New-ADOrganizationalUnit", Module: "ActiveDirectory", ShouldProcess: true,
		Synopsis:    "Creates an organizational unit in the organization's domain.",
		Description: "New-ADOrganizationalUnit creates the OU Name under Path (the domain when omitted). Recipients can then be created in it with -OrganizationalUnit.",
		Examples: []cmdlet.Example{
			{Code: "New-ADOrganizationalUnit -Name Sales -Path 'DC=contoso,DC=com'", Remarks: "Creates contoso.com/Sales (OU=Sales,DC=contoso,DC=com)."},
		}})
}

// Process implements [Processor].
func (c *GetOrganizationalUnit) Process(ctx *cmdlet.Context) error {
	var all []*model.OrganizationalUnit
	org, err := orgView(ctx, func(_ storage.Tx, org *model.Organization) error {
		all = org.OrganizationalUnits()
		if c.Identity == "" {
			return nil
		}
		u, err := org.FindOrganizationalUnit(c.Identity)
		if err != nil {
			return err
		}
		if !c.SingleNodeOnly {
			all = []*model.OrganizationalUnit{u}
			return nil
		}
		all = children(all, u.Identity)
		return nil
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, org, err))
	}
	if c.Identity == "" && c.SingleNodeOnly {
		all = children(all, org.DomainName)
	}
	var out []*model.OrganizationalUnit
	for _, u := range all {
		named := strings.EqualFold(u.Identity, c.Identity) || strings.EqualFold(u.DistinguishedName, c.Identity) || strings.EqualFold(u.Name, c.Identity)
		if u.IsContainer && !bool(c.IncludeContainers) && !named {
			continue
		}
		if c.SearchText != "" && !strings.Contains(strings.ToLower(u.Name), strings.ToLower(c.SearchText)) {
			continue
		}
		out = append(out, u)
	}
	return EmitLimited(ctx, out, c.ResultSize)
}

// children returns the units of all directly under the canonical name
// parent.
func children(all []*model.OrganizationalUnit, parent string) []*model.OrganizationalUnit {
	var out []*model.OrganizationalUnit
	for _, u := range all {
		rest, ok := strings.CutPrefix(strings.ToLower(u.Identity), strings.ToLower(parent)+"/")
		if ok && !strings.Contains(rest, "/") {
			out = append(out, u)
		}
	}
	return out
}

// Process implements [Processor].
func (c *NewADOrganizationalUnit) Process(ctx *cmdlet.Context) error {
	check := func(org *model.Organization) (*model.OrganizationalUnit, error) {
		return org.AddOrganizationalUnit(c.Name, c.Path)
	}
	org, err := orgView(ctx, func(_ storage.Tx, org *model.Organization) error {
		_, err := check(model.Clone(org))
		return err
	})
	if err != nil {
		return ctx.WriteError(c.adError(ctx, org, err))
	}
	if ok, err := ctx.ShouldProcess("OU="+c.Name, "New"); !ok || err != nil {
		return err
	}
	var u *model.OrganizationalUnit
	err = orgUpdate(ctx, org.Guid, func(tx storage.Tx, org *model.Organization) error {
		var err error
		if u, err = check(org); err != nil {
			return err
		}
		return storage.PutOrg(tx, org)
	})
	if err != nil {
		return ctx.WriteError(c.adError(ctx, org, err))
	}
	if c.PassThru {
		return ctx.Emit(u)
	}
	return nil
}

// adError words the errors of New-ADOrganizationalUnit as the Active
// Directory module does.
func (c *NewADOrganizationalUnit) adError(ctx *cmdlet.Context, org *model.Organization, err error) error {
	var (
		nf *model.NotFoundError
		ex *model.ExistsError
	)
	const class = ",Microsoft.ActiveDirectory.Management.Commands.NewADOrganizationalUnit"
	switch {
	case errors.As(err, &nf):
		return &cmdlet.Error{Message: "Directory object not found", Category: "ObjectNotFound", Reason: "ADIdentityNotFoundException",
			ID: "ActiveDirectoryCmdlet:Microsoft.ActiveDirectory.Management.ADIdentityNotFoundException" + class}
	case errors.As(err, &ex):
		return &cmdlet.Error{Message: "An attempt was made to add an object to the directory with a name that is already in use", Category: "NotSpecified", Reason: "ADException",
			ID: "ActiveDirectoryCmdlet:Microsoft.ActiveDirectory.Management.ADException" + class}
	}
	return translate(ctx, org, err)
}

// resolveOU replaces the OrganizationalUnit a New- recipient cmdlet
// stored in *ou with the canonical name of the OU or container p names.
// An unknown OU is a NotFoundError: EMS's "couldn't be found on" error.
func resolveOU(org *model.Organization, ou *string, p bind.Optional[string]) error {
	if !p.Set {
		return nil
	}
	u, err := org.FindOrganizationalUnit(p.Value)
	if err != nil {
		return err
	}
	*ou = u.Identity
	return nil
}

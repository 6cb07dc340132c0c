package exchange

import (
	"reflect"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// NewMailUser is New-MailUser. Password is accepted and not stored (the
// simulator has no logons); Password and UserPrincipalName go together.
type NewMailUser struct {
	Name                 string             `ps:"pos=0,mandatory" help:"The unique name (at most 64 characters)."`
	ExternalEmailAddress model.ProxyAddress `ps:"mandatory,complete=address" help:"The user's address outside the organization."`
	Password             any                `help:"The account password (enabled user); not stored."`
	UserPrincipalName    string             `help:"The logon name (enabled user); the default Alias is its left part."`
	ImmutableId          bind.Optional[string]
	SamAccountName       bind.Optional[string] `help:"At most 20 characters."`
	newMailParams
	queue
}

// GetMailUser is Get-MailUser.
type GetMailUser struct {
	recipientQuery
}

// SetMailUser is Set-MailUser.
type SetMailUser struct {
	Identity                     string `ps:"pos=0,mandatory,name,complete=identity" help:"Name, Alias, e-mail address, UPN, DN, canonical name or GUID."`
	ImmutableId                  bind.Optional[string]
	RecipientLimits              bind.Optional[model.UnlimitedInt]
	RecoverableItemsQuota        bind.Optional[model.UnlimitedSize]
	RecoverableItemsWarningQuota bind.Optional[model.UnlimitedSize]
	SamAccountName               bind.Optional[string]
	UserPrincipalName            bind.Optional[string]
	mailFormatParams
	recipientParams
	queue
}

// RemoveMailUser is Remove-MailUser.
type RemoveMailUser struct {
	Identity        string      `ps:"pos=0,mandatory,name,complete=identity" help:"Name, Alias, e-mail address, UPN, DN, canonical name or GUID."`
	IgnoreLegalHold bind.Switch `help:"Accepted for compatibility: exsh has no litigation hold."`
	scopeParams
	queue
}

func addMailUser(r *cmdlet.Registry) {
	cmdlet.Add[NewMailUser](r, &cmdlet.Info{Name: "New-MailUser", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Creates a mail user: a directory account whose mail goes to an external address.",
		Description: "New-MailUser creates a mail user. With -UserPrincipalName and -Password it is an enabled account; without them a disabled one. ExternalEmailAddress is the primary SMTP address unless PrimarySmtpAddress is given.",
		Examples:    []cmdlet.Example{{Code: "New-MailUser -Name \"Ed Banti\" -ExternalEmailAddress ed@fabrikam.com", Remarks: "Creates a disabled mail user."}}})
	cmdlet.Add[GetMailUser](r, &cmdlet.Info{OutputType: reflect.TypeFor[model.MailUser](), Name: "Get-MailUser", Module: moduleName, DefaultSet: "Identity",
		Synopsis:    "Gets mail users.",
		Description: "Get-MailUser returns the mail users, or those Identity or Anr designate, at most ResultSize (default 1000).",
		Examples:    []cmdlet.Example{{Code: "Get-MailUser | Format-Table Name,ExternalEmailAddress,UseMapiRichTextFormat", Remarks: "Shows each mail user's TNEF setting."}}})
	cmdlet.Add[SetMailUser](r, &cmdlet.Info{Name: "Set-MailUser", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Changes a mail user.",
		Description: "Set-MailUser changes a mail user's names, addresses and format settings; UseMapiRichTextFormat, MessageFormat, MessageBodyFormat and MacAttachmentFormat work as on Set-MailContact.",
		Examples:    []cmdlet.Example{{Code: "Set-MailUser ed -UseMapiRichTextFormat Never", Remarks: "Never sends TNEF to Ed."}}})
	cmdlet.Add[RemoveMailUser](r, &cmdlet.Info{Name: "Remove-MailUser", Module: moduleName, ShouldProcess: true, ConfirmByDefault: true,
		Synopsis:    "Removes a mail user.",
		Description: "Remove-MailUser deletes a mail user and its account. It asks for confirmation unless -Confirm:$false is given.",
		Examples:    []cmdlet.Example{{Code: "Remove-MailUser ed -Confirm:$false", Remarks: "Removes Ed without asking."}}})
}

// Process implements [Processor].
func (c *NewMailUser) Process(ctx *cmdlet.Context) error {
	if (c.Password == nil) != (c.UserPrincipalName == "") {
		return ctx.WriteError(errArg(ctx, "Password and UserPrincipalName must be used together (an enabled mail user needs both)."))
	}
	build := func(tx storage.Tx, org *model.Organization) (*model.MailUser, error) {
		u, err := envOf(ctx).NewMailUser(org, c.Name, c.ExternalEmailAddress, c.UserPrincipalName)
		if err != nil {
			return nil, err
		}
		if err := apply(u, c); err != nil {
			return nil, err
		}
		if err := applyNewMail(u, &c.newMailParams); err != nil {
			return nil, err
		}
		if err := resolveOU(org, &u.OrganizationalUnit, c.OrganizationalUnit); err != nil {
			return nil, err
		}
		u.Refresh(org)
		return u, u.Validate()
	}
	return queueNew(ctx, &c.queue, build, func(tx storage.Tx, org *model.Organization, u *model.MailUser) error {
		return checkRecipient(tx, org, u)
	})
}

// Process implements [Processor].
func (c *GetMailUser) Process(ctx *cmdlet.Context) error {
	return getRecipients[model.MailUser](ctx, &c.recipientQuery, nil)
}

// Process implements [Processor].
func (c *SetMailUser) Process(ctx *cmdlet.Context) error {
	return queueSet(ctx, &c.queue, c.Identity, func(tx storage.Tx, org *model.Organization, u *model.MailUser) error {
		if err := applyRecipient(ctx, u, c, &c.recipientParams); err != nil {
			return err
		}
		if err := apply(u, &c.mailFormatParams, "ExternalEmailAddress"); err != nil {
			return err
		}
		if c.ExternalEmailAddress.Set {
			u.SetExternalEmailAddress(c.ExternalEmailAddress.Value)
		}
		u.Refresh(org)
		if err := u.Validate(); err != nil {
			return err
		}
		if !c.changesIdentity() && !c.ExternalEmailAddress.Set {
			return nil
		}
		return checkRecipient(tx, org, u)
	})
}

// Process implements [Processor].
func (c *RemoveMailUser) Process(ctx *cmdlet.Context) error {
	return queueRemove[model.MailUser](ctx, &c.queue, c.Identity, nil, nil)
}

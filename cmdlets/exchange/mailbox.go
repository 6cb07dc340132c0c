package exchange

import (
	"reflect"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// NewMailbox is New-Mailbox. Password is accepted and not stored.
type NewMailbox struct {
	Name                        string                `ps:"pos=0,mandatory" help:"The unique name (at most 64 characters)."`
	Password                    any                   `help:"The account password: a SecureString (ConvertTo-SecureString -AsPlainText -Force, Read-Host -AsSecureString) or, as a lab shortcut, plain text; not stored. Mandatory unless -Shared, -Room or -Equipment."`
	UserPrincipalName           bind.Optional[string] `help:"The logon name; mandatory unless -Shared, -Room or -Equipment, which default it to <alias>@<organization domain>."`
	Alias                       string                `help:"Default: the name without spaces."`
	ArbitrationMailbox          bind.Optional[*string]
	Database                    bind.Optional[string]
	DisplayName                 bind.Optional[string]
	Equipment                   bind.Switch
	Force                       bind.Switch
	ModeratedBy                 bind.Optional[[]string]
	ModerationEnabled           bind.Optional[bool]
	OrganizationalUnit          bind.Optional[string]            `help:"The OU or container of the account: canonical name (contoso.com/Sales), DN or unique name. Default: <domain>/Users."`
	PrimarySmtpAddress          bind.Optional[model.SmtpAddress] `ps:"complete=address"`
	ResetPasswordOnNextLogon    bind.Optional[bool]
	RetentionPolicy             bind.Optional[*string]
	Room                        bind.Switch
	SamAccountName              bind.Optional[string]
	SendModerationNotifications bind.Optional[model.SendModerationNotifications]
	Shared                      bind.Switch
	dcParam
	queue
}

// GetMailbox is Get-Mailbox.
type GetMailbox struct {
	RecipientTypeDetails []model.RecipientTypeDetails
	recipientQuery
}

// SetMailbox is Set-Mailbox (the parameters that matter to the lab plus
// cheap ones the model stores).
type SetMailbox struct {
	Identity                         string `ps:"pos=0,mandatory,name,complete=identity" help:"Name, Alias, e-mail address, UPN, DOMAIN\\user, DN, canonical name or GUID."`
	AntispamBypassEnabled            bind.Optional[bool]
	AuditEnabled                     bind.Optional[bool]
	CalendarRepairDisabled           bind.Optional[bool]
	DeliverToMailboxAndForward       bind.Optional[bool] `help:"$true: deliver and forward; $false: forward only."`
	ExternalOofOptions               bind.Optional[model.ExternalOofOptions]
	Force                            bind.Switch
	ForwardingAddress                bind.Optional[*string]             `ps:"complete=address" help:"An internal recipient that gets this mailbox's mail; wins over ForwardingSmtpAddress."`
	ForwardingSmtpAddress            bind.Optional[*model.ProxyAddress] `ps:"complete=address"`
	IssueWarningQuota                bind.Optional[model.UnlimitedSize]
	Languages                        bind.MultiValued[string]
	LitigationHoldEnabled            bind.Optional[bool]
	MessageTrackingReadStatusEnabled bind.Optional[bool]
	Office                           bind.Optional[string]
	ProhibitSendQuota                bind.Optional[model.UnlimitedSize]
	ProhibitSendReceiveQuota         bind.Optional[model.UnlimitedSize]
	RecipientLimits                  bind.Optional[model.UnlimitedInt]
	ResetPasswordOnNextLogon         bind.Optional[bool]
	RetainDeletedItemsFor            bind.Optional[model.EnhancedTimeSpan]
	RetentionHoldEnabled             bind.Optional[bool]
	SamAccountName                   bind.Optional[string]
	SingleItemRecoveryEnabled        bind.Optional[bool]
	Type                             bind.Optional[model.MailboxType] `help:"Regular, Room, Equipment or Shared."`
	UseDatabaseQuotaDefaults         bind.Optional[*bool]
	UseDatabaseRetentionDefaults     bind.Optional[bool]
	UserPrincipalName                bind.Optional[string]
	recipientParams
	queue
}

// RemoveMailbox is Remove-Mailbox.
type RemoveMailbox struct {
	Identity        string      `ps:"pos=0,mandatory,name,complete=identity" help:"Name, Alias, e-mail address, UPN, DN, canonical name or GUID."`
	IgnoreLegalHold bind.Switch `help:"Accepted for compatibility: exsh has no litigation hold that keeps a removed mailbox."`
	scopeParams
	queue
}

func addMailbox(r *cmdlet.Registry) {
	cmdlet.Add[NewMailbox](r, &cmdlet.Info{Name: "New-Mailbox", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Creates a mailbox and its user account.",
		Description: "New-Mailbox creates a user mailbox (or with -Shared, -Room or -Equipment a shared or resource mailbox) on the organization's server. The primary address is <alias>@<organization domain>. Its Outlook settings start at the defaults of the organization's client (Outlook 2013 for Exchange 2013, Outlook 2000 for Exchange 5.5).",
		Examples: []cmdlet.Example{
			{Code: "New-Mailbox -Name 'Pat Coleman' -Alias pat -UserPrincipalName pat@contoso.com -Password (ConvertTo-SecureString -String 'P@ssw0rd1' -AsPlainText -Force)", Remarks: "Creates pat@<domain> with the logon name pat@contoso.com in <domain>/Users."},
			{Code: "New-ADOrganizationalUnit -Name Sales -Path 'DC=contoso,DC=com'\nNew-Mailbox -Name 'Lee Gu' -UserPrincipalName lee@contoso.com -Password (ConvertTo-SecureString -String 'P@ssw0rd1' -AsPlainText -Force) -OrganizationalUnit contoso.com/Sales", Remarks: "Creates the mailbox in the OU Sales: its Identity is contoso.com/Sales/Lee Gu."},
		}})
	cmdlet.Add[GetMailbox](r, &cmdlet.Info{OutputType: reflect.TypeFor[model.Mailbox](), Name: "Get-Mailbox", Module: moduleName, DefaultSet: "Identity",
		Synopsis:    "Gets mailboxes.",
		Description: "Get-Mailbox returns the mailboxes, or those Identity or Anr designate, at most ResultSize (default 1000).",
		Examples:    []cmdlet.Example{{Code: "Get-Mailbox | Format-Table Name,PrimarySmtpAddress", Remarks: "Lists the mailboxes and their addresses."}}})
	cmdlet.Add[SetMailbox](r, &cmdlet.Info{Name: "Set-Mailbox", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Changes a mailbox.",
		Description: "Set-Mailbox changes a mailbox's names, addresses, forwarding, limits and type. EmailAddresses accepts @{Add=...; Remove=...} and can't be combined with PrimarySmtpAddress. There is no UseMapiRichTextFormat on mailboxes: mail to them stays inside the organization.",
		Examples:    []cmdlet.Example{{Code: "Set-Mailbox pat -HiddenFromAddressListsEnabled $true", Remarks: "Hides Pat from the address lists."}}})
	cmdlet.Add[RemoveMailbox](r, &cmdlet.Info{Name: "Remove-Mailbox", Module: moduleName, ShouldProcess: true, ConfirmByDefault: true,
		Synopsis:    "Removes a mailbox and its user account.",
		Description: "Remove-Mailbox deletes a mailbox, its account and its Outlook contacts. It asks for confirmation unless -Confirm:$false is given.",
		Examples:    []cmdlet.Example{{Code: "Remove-Mailbox pat -Confirm:$false", Remarks: "Removes Pat without asking."}}})
}

// Process implements [Processor].
func (c *NewMailbox) Process(ctx *cmdlet.Context) error {
	if countOf(c.Shared, c.Room, c.Equipment) > 1 {
		return ctx.WriteError(errArg(ctx, "Only one of the parameters Shared, Room and Equipment can be specified."))
	}
	if missing := c.missingUserParams(); missing != "" {
		return ctx.WriteError(&cmdlet.Error{Message: "Cannot process command because of one or more missing mandatory parameters: " + missing + ".",
			Category: "InvalidArgument", Reason: "ParameterBindingException",
			ID: "MissingMandatoryParameter,Microsoft.PowerShell.Commands." + strings.ReplaceAll(ctx.Command, "-", "") + "Command"})
	}
	return queueNew(ctx, &c.queue, func(tx storage.Tx, org *model.Organization) (*model.Mailbox, error) {
		return c.build(ctx, tx, org)
	}, func(tx storage.Tx, org *model.Organization, m *model.Mailbox) error {
		return checkRecipient(tx, org, m)
	})
}

// missingUserParams names the mandatory parameters of the User set
// (no -Shared, -Room or -Equipment) that were not given.
func (c *NewMailbox) missingUserParams() string {
	if countOf(c.Shared, c.Room, c.Equipment) > 0 {
		return ""
	}
	var missing []string
	if c.Password == nil {
		missing = append(missing, "Password")
	}
	if !c.UserPrincipalName.Set {
		missing = append(missing, "UserPrincipalName")
	}
	return strings.Join(missing, " ")
}

// build creates the mailbox on the organization's first server.
func (c *NewMailbox) build(ctx *cmdlet.Context, tx storage.Tx, org *model.Organization) (*model.Mailbox, error) {
	servers, err := listObjects[model.ExchangeServer](tx, org)
	if err != nil {
		return nil, err
	}
	server := ""
	if len(servers) > 0 {
		server = servers[0].Name
	}
	m, err := envOf(ctx).NewMailbox(org, c.Name, c.Alias, server)
	if err != nil {
		return nil, err
	}
	if err := apply(m, c, "PrimarySmtpAddress"); err != nil {
		return nil, err
	}
	if c.PrimarySmtpAddress.Set {
		m.SetPrimarySmtpAddress(c.PrimarySmtpAddress.Value)
	}
	if err := resolveOU(org, &m.OrganizationalUnit, c.OrganizationalUnit); err != nil {
		return nil, err
	}
	m.SetType(c.mailboxType())
	m.Refresh(org)
	return m, m.Validate()
}

// mailboxType returns the type the switches ask for.
func (c *NewMailbox) mailboxType() model.MailboxType {
	switch {
	case bool(c.Shared):
		return model.Shared
	case bool(c.Room):
		return model.Room
	case bool(c.Equipment):
		return model.Equipment
	}
	return model.Regular
}

// countOf counts the switches that are on.
func countOf(s ...bind.Switch) int {
	n := 0
	for _, v := range s {
		if v {
			n++
		}
	}
	return n
}

// Process implements [Processor].
func (c *GetMailbox) Process(ctx *cmdlet.Context) error {
	return getRecipients(ctx, &c.recipientQuery, func(m *model.Mailbox) bool {
		return typeDetails(c.RecipientTypeDetails, m.RecipientTypeDetails)
	})
}

// Process implements [Processor].
func (c *SetMailbox) Process(ctx *cmdlet.Context) error {
	return queueSet(ctx, &c.queue, c.Identity, func(tx storage.Tx, org *model.Organization, m *model.Mailbox) error {
		if err := applyRecipient(ctx, m, c, &c.recipientParams); err != nil {
			return err
		}
		if c.Type.Set {
			m.SetType(c.Type.Value)
		}
		if err := forwarding(tx, org, m); err != nil {
			return err
		}
		m.Refresh(org)
		if err := m.Validate(); err != nil {
			return err
		}
		if !c.changesIdentity() {
			return nil
		}
		return checkRecipient(tx, org, m)
	})
}

// forwarding resolves ForwardingAddress to an internal recipient and
// stores its canonical name.
func forwarding(tx storage.Tx, org *model.Organization, m *model.Mailbox) error {
	if m.ForwardingAddress == nil || strings.Contains(*m.ForwardingAddress, "/") {
		return nil
	}
	all, err := recipients(tx, org)
	if err != nil {
		return err
	}
	r, err := model.Resolve(all, *m.ForwardingAddress)
	if err != nil {
		return err
	}
	id := identityOf(r)
	m.ForwardingAddress = &id
	return nil
}

// Process implements [Processor].
func (c *RemoveMailbox) Process(ctx *cmdlet.Context) error {
	after := func(tx storage.Tx, org *model.Organization, m *model.Mailbox) error {
		contacts, err := listObjects[model.OutlookContact](tx, org)
		for _, oc := range contacts {
			if err == nil && oc.MailboxGuid == m.Guid {
				err = storage.Delete[model.OutlookContact](tx, org.Guid, oc.Guid)
			}
		}
		return err
	}
	return queueRemove(ctx, &c.queue, c.Identity, nil, after)
}

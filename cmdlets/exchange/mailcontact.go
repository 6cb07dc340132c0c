package exchange

import (
	"reflect"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// newMailParams are the optional New-MailContact and New-MailUser
// parameters (there is no UseMapiRichTextFormat on New-).
type newMailParams struct {
	Alias                       bind.Optional[string]
	ArbitrationMailbox          bind.Optional[*string]
	DisplayName                 bind.Optional[string]
	FirstName                   bind.Optional[string] `help:"The given name of the directory contact or user (Get-Contact/Get-User in Exchange; searched by -Anr)."`
	Initials                    bind.Optional[string] `help:"The initials (at most 6 characters)."`
	LastName                    bind.Optional[string] `help:"The surname of the directory contact or user (searched by -Anr)."`
	MacAttachmentFormat         bind.Optional[model.MacAttachmentFormat]
	MessageBodyFormat           bind.Optional[model.MessageBodyFormat]
	MessageFormat               bind.Optional[model.MessageFormat]
	ModeratedBy                 bind.Optional[[]string]
	ModerationEnabled           bind.Optional[bool]
	OrganizationalUnit          bind.Optional[string]            `help:"The OU or container of the contact or user: canonical name (contoso.com/Sales), DN or unique name. Default: <domain>/Users."`
	PrimarySmtpAddress          bind.Optional[model.SmtpAddress] `ps:"complete=address" help:"The primary address when it isn't the external address; sets EmailAddressPolicyEnabled $false."`
	SendModerationNotifications bind.Optional[model.SendModerationNotifications]
	UsePreferMessageFormat      bind.Optional[bool]
	dcParam
}

// mailFormatParams are the Set-MailContact and Set-MailUser parameters
// about the recipient's message format and TNEF.
type mailFormatParams struct {
	ExternalEmailAddress   bind.Optional[model.ProxyAddress] `ps:"complete=address" help:"The external address; the old one is not kept."`
	MacAttachmentFormat    bind.Optional[model.MacAttachmentFormat]
	MessageBodyFormat      bind.Optional[model.MessageBodyFormat]
	MessageFormat          bind.Optional[model.MessageFormat]
	UseMapiRichTextFormat  bind.Optional[model.UseMapiRichTextFormat] `help:"Always: TNEF to this recipient; Never: no TNEF; UseDefaultSettings: the remote domain and Outlook decide."`
	UsePreferMessageFormat bind.Optional[bool]
}

// NewMailContact is New-MailContact.
type NewMailContact struct {
	Name                 string             `ps:"pos=0,mandatory" help:"The unique name (at most 64 characters)."`
	ExternalEmailAddress model.ProxyAddress `ps:"mandatory,complete=address" help:"The contact's address outside the organization."`
	newMailParams
	queue
}

// GetMailContact is Get-MailContact.
type GetMailContact struct {
	RecipientTypeDetails []model.RecipientTypeDetails `help:"MailContact or MailForestContact."`
	recipientQuery
}

// SetMailContact is Set-MailContact.
type SetMailContact struct {
	Identity               string `ps:"pos=0,mandatory,name,complete=identity" help:"Name, Alias, e-mail address, DN, canonical name or GUID."`
	MaxRecipientPerMessage bind.Optional[model.UnlimitedInt]
	mailFormatParams
	recipientParams
	queue
}

// RemoveMailContact is Remove-MailContact.
type RemoveMailContact struct {
	Identity string `ps:"pos=0,mandatory,name,complete=identity" help:"Name, Alias, e-mail address, DN, canonical name or GUID."`
	scopeParams
	queue
}

func addMailContact(r *cmdlet.Registry) {
	cmdlet.Add[NewMailContact](r, &cmdlet.Info{Name: "New-MailContact", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Creates a mail contact: an external address in the directory (the Exchange 5.5 custom recipient).",
		Description: "New-MailContact creates a contact whose mail goes to ExternalEmailAddress. Alias defaults to the name without spaces; DisplayName to the name. Format settings default to MIME, TextAndHtml and BinHex; set UseMapiRichTextFormat afterwards with Set-MailContact.",
		Examples:    []cmdlet.Example{{Code: "New-MailContact -Name \"Kim Akers\" -ExternalEmailAddress kim@fabrikam.com", Remarks: "Creates the contact Kim Akers."}}})
	cmdlet.Add[GetMailContact](r, &cmdlet.Info{OutputType: reflect.TypeFor[model.MailContact](), Name: "Get-MailContact", Module: moduleName, DefaultSet: "Identity",
		Synopsis:    "Gets mail contacts.",
		Description: "Get-MailContact returns the mail contacts, or those Identity or Anr designate, at most ResultSize (default 1000).",
		Examples:    []cmdlet.Example{{Code: "Get-MailContact | Format-Table Name,ExternalEmailAddress,UseMapiRichTextFormat", Remarks: "Shows each contact's TNEF setting."}}})
	cmdlet.Add[SetMailContact](r, &cmdlet.Info{Name: "Set-MailContact", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Changes a mail contact.",
		Description: "Set-MailContact changes a contact's names, addresses and format settings. UseMapiRichTextFormat Always/Never/UseDefaultSettings decides TNEF for this recipient when the remote domain's TNEFEnabled is $null. MessageFormat Text allows only MessageBodyFormat Text and MacAttachmentFormat BinHex or UuEncode; Mime allows BinHex, AppleSingle or AppleDouble. EmailAddresses accepts @{Add=...; Remove=...} and can't be combined with PrimarySmtpAddress.",
		Examples: []cmdlet.Example{{Code: "Set-MailContact \"Kim Akers\" -UseMapiRichTextFormat Always", Remarks: "Always sends TNEF (rich text) to Kim."},
			{Code: "Set-MailContact kim -EmailAddresses @{Add=\"kim@fabrikam.net\"}", Remarks: "Adds a secondary address."}}})
	cmdlet.Add[RemoveMailContact](r, &cmdlet.Info{Name: "Remove-MailContact", Module: moduleName, ShouldProcess: true, ConfirmByDefault: true,
		Synopsis:    "Removes a mail contact.",
		Description: "Remove-MailContact deletes a mail contact. It asks for confirmation unless -Confirm:$false is given.",
		Examples:    []cmdlet.Example{{Code: "Remove-MailContact kim -Confirm:$false", Remarks: "Removes Kim without asking."}}})
}

// applyNewMail applies the optional New- parameters to r.
func applyNewMail(r addressable, p *newMailParams) error {
	if err := apply(r, p, "PrimarySmtpAddress"); err != nil {
		return err
	}
	if p.PrimarySmtpAddress.Set {
		r.SetPrimarySmtpAddress(p.PrimarySmtpAddress.Value)
	}
	return nil
}

// Process implements [Processor].
func (c *NewMailContact) Process(ctx *cmdlet.Context) error {
	build := func(tx storage.Tx, org *model.Organization) (*model.MailContact, error) {
		m, err := envOf(ctx).NewMailContact(org, c.Name, c.ExternalEmailAddress)
		if err != nil {
			return nil, err
		}
		if err := applyNewMail(m, &c.newMailParams); err != nil {
			return nil, err
		}
		if err := resolveOU(org, &m.OrganizationalUnit, c.OrganizationalUnit); err != nil {
			return nil, err
		}
		m.Refresh(org)
		return m, m.Validate()
	}
	return queueNew(ctx, &c.queue, build, checkMailContact)
}

// checkMailContact checks name and address uniqueness.
func checkMailContact(tx storage.Tx, org *model.Organization, m *model.MailContact) error {
	return checkRecipient(tx, org, m)
}

// Process implements [Processor].
func (c *GetMailContact) Process(ctx *cmdlet.Context) error {
	return getRecipients(ctx, &c.recipientQuery, func(m *model.MailContact) bool {
		return typeDetails(c.RecipientTypeDetails, m.RecipientTypeDetails)
	})
}

// typeDetails reports whether d is one of want (any when want is empty).
func typeDetails(want []model.RecipientTypeDetails, d model.RecipientTypeDetails) bool {
	for _, w := range want {
		if w == d {
			return true
		}
	}
	return len(want) == 0
}

// Process implements [Processor].
func (c *SetMailContact) Process(ctx *cmdlet.Context) error {
	return queueSet(ctx, &c.queue, c.Identity, func(tx storage.Tx, org *model.Organization, m *model.MailContact) error {
		if err := applyRecipient(ctx, m, c, &c.recipientParams); err != nil {
			return err
		}
		if err := apply(m, &c.mailFormatParams, "ExternalEmailAddress"); err != nil {
			return err
		}
		if c.ExternalEmailAddress.Set {
			m.SetExternalEmailAddress(c.ExternalEmailAddress.Value)
		}
		m.Refresh(org)
		if err := m.Validate(); err != nil {
			return err
		}
		if !c.changesIdentity() && !c.ExternalEmailAddress.Set {
			return nil
		}
		return checkRecipient(tx, org, m)
	})
}

// Process implements [Processor].
func (c *RemoveMailContact) Process(ctx *cmdlet.Context) error {
	return queueRemove[model.MailContact](ctx, &c.queue, c.Identity, nil, nil)
}

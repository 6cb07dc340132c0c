package exchange

import (
	"reflect"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// OutlookConfiguration is the Outlook profile of one mailbox, as
// Get-OutlookConfiguration shows it.
type OutlookConfiguration struct {
	Identity            string
	Client              model.OutlookClient
	ComposeFormat       model.ComposeFormat
	InternetFormat      model.InternetFormat
	ReadReceiptResponse model.ReadReceiptResponse
}

// DefaultTableColumns returns the default table view.
func (*OutlookConfiguration) DefaultTableColumns() []string {
	return []string{"Identity", "Client", "ComposeFormat", "InternetFormat"}
}

// TypeName returns exsh's type name for the object.
func (*OutlookConfiguration) TypeName() string { return "Exsh.Model.OutlookConfiguration" }

// GetOutlookConfiguration is Get-OutlookConfiguration (exsh's own).
type GetOutlookConfiguration struct {
	Identity string `ps:"pos=0,name,complete=identity" help:"The mailbox; all mailboxes when omitted."`
}

// SetOutlookConfiguration is Set-OutlookConfiguration (exsh's own).
type SetOutlookConfiguration struct {
	Identity            string                                   `ps:"pos=0,mandatory,name,complete=identity" help:"The mailbox whose Outlook is configured."`
	Client              bind.Optional[model.OutlookClient]       `help:"The mail client; resets the other settings to that client's defaults unless they are given too."`
	ComposeFormat       bind.Optional[model.ComposeFormat]       `help:"Html, RichText or PlainText: the format new messages are written in."`
	InternetFormat      bind.Optional[model.InternetFormat]      `help:"What Outlook does with Rich Text messages to Internet recipients."`
	ReadReceiptResponse bind.Optional[model.ReadReceiptResponse] `help:"How the client answers read-receipt requests."`
	queue
}

func addOutlookConfiguration(r *cmdlet.Registry) {
	cmdlet.Add[GetOutlookConfiguration](r, &cmdlet.Info{OutputType: reflect.TypeFor[OutlookConfiguration](), Name: "Get-OutlookConfiguration", Module: moduleName,
		Synopsis:    "Gets the simulated Outlook settings of mailboxes.",
		Description: "Get-OutlookConfiguration shows, per mailbox, the mail client and its settings: compose format, the Internet format for Rich Text messages to Internet recipients (Convert to HTML, Convert to plain text, Send using Outlook Rich Text) and the read-receipt response.",
		Examples:    []cmdlet.Example{{Code: "Get-OutlookConfiguration Administrator", Remarks: "Shows the Administrator's Outlook settings."}}})
	cmdlet.Add[SetOutlookConfiguration](r, &cmdlet.Info{Name: "Set-OutlookConfiguration", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Changes the simulated Outlook settings of a mailbox.",
		Description: "Set-OutlookConfiguration chooses the mailbox's client (its defaults apply) and overrides ComposeFormat, InternetFormat or ReadReceiptResponse. These settings are the lowest level of the TNEF decision: the remote domain and the mail user or contact come first.",
		Examples:    []cmdlet.Example{{Code: "Set-OutlookConfiguration Administrator -ComposeFormat RichText -InternetFormat SendRichText", Remarks: "Writes Rich Text and keeps it as TNEF for Internet recipients."}}})
}

// outlookConfig returns the Outlook view of m.
func outlookConfig(m *model.Mailbox) *OutlookConfiguration {
	return &OutlookConfiguration{Identity: m.Identity, Client: m.Client, ComposeFormat: m.ComposeFormat,
		InternetFormat: m.InternetFormat, ReadReceiptResponse: m.ReadReceiptResponse}
}

// Process implements [Processor].
func (c *GetOutlookConfiguration) Process(ctx *cmdlet.Context) error {
	var out []*OutlookConfiguration
	org, err := orgView(ctx, func(tx storage.Tx, org *model.Organization) error {
		m, err := matchObjects[model.Mailbox](tx, org, c.Identity)
		for _, mb := range m {
			out = append(out, outlookConfig(mb))
		}
		return err
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, org, err))
	}
	return emitAll(ctx, out)
}

// Process implements [Processor].
func (c *SetOutlookConfiguration) Process(ctx *cmdlet.Context) error {
	return queueSet(ctx, &c.queue, c.Identity, func(_ storage.Tx, _ *model.Organization, m *model.Mailbox) error {
		if c.Client.Set && c.Client.Value != m.Client {
			m.SetClient(c.Client.Value)
		}
		return apply(m, c, "Client")
	})
}

// NewOutlookContact is New-OutlookContact (exsh's own).
type NewOutlookContact struct {
	Mailbox        string                      `ps:"mandatory,complete=identity:Mailbox" help:"The mailbox whose Contacts folder gets the entry."`
	EmailAddress   model.SmtpAddress           `ps:"mandatory,complete=address" help:"The contact's e-mail address."`
	Name           string                      `ps:"pos=0" help:"The display name; the address when omitted."`
	InternetFormat model.ContactInternetFormat `help:"LetOutlookDecide (default), PlainTextOnly or OutlookRichText."`
	queue
}

// GetOutlookContact is Get-OutlookContact.
type GetOutlookContact struct {
	Identity string `ps:"pos=0,name,complete=identity" help:"Mailbox\\Name, the name or the e-mail address; all when omitted."`
	Mailbox  string `ps:"complete=identity:Mailbox" help:"Only this mailbox's contacts."`
}

// SetOutlookContact is Set-OutlookContact.
type SetOutlookContact struct {
	Identity       string                           `ps:"pos=0,mandatory,name,complete=identity" help:"Mailbox\\Name, the name or the e-mail address."`
	Mailbox        string                           `ps:"complete=identity:Mailbox" help:"The mailbox whose contact is meant."`
	EmailAddress   bind.Optional[model.SmtpAddress] `ps:"complete=address"`
	InternetFormat bind.Optional[model.ContactInternetFormat]
	Name           bind.Optional[string]
	queue
}

// RemoveOutlookContact is Remove-OutlookContact.
type RemoveOutlookContact struct {
	Identity string `ps:"pos=0,mandatory,name,complete=identity" help:"Mailbox\\Name, the name or the e-mail address."`
	Mailbox  string `ps:"complete=identity:Mailbox" help:"The mailbox whose contact is meant."`
	queue
}

func addOutlookContact(r *cmdlet.Registry) {
	cmdlet.Add[NewOutlookContact](r, &cmdlet.Info{Name: "New-OutlookContact", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Adds a contact to a mailbox's Outlook Contacts folder.",
		Description: "New-OutlookContact creates an Outlook contact with its per-address Internet format: LetOutlookDecide (use the Outlook-wide setting), PlainTextOnly or OutlookRichText (always TNEF, the 5.5 \"Always send to this recipient in Microsoft Exchange rich-text format\").",
		Examples: []cmdlet.Example{{Code: "New-OutlookContact -Mailbox Administrator -EmailAddress kim@fabrikam.com -Name Kim -InternetFormat OutlookRichText",
			Remarks: "Always sends Rich Text to Kim from the Administrator's Outlook."}}})
	cmdlet.Add[GetOutlookContact](r, &cmdlet.Info{OutputType: reflect.TypeFor[model.OutlookContact](), Name: "Get-OutlookContact", Module: moduleName,
		Synopsis:    "Gets Outlook contacts.",
		Description: "Get-OutlookContact lists the Outlook contacts of every mailbox, or of -Mailbox, or the one Identity names.",
		Examples:    []cmdlet.Example{{Code: "Get-OutlookContact -Mailbox Administrator", Remarks: "Lists the Administrator's contacts."}}})
	cmdlet.Add[SetOutlookContact](r, &cmdlet.Info{Name: "Set-OutlookContact", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Changes an Outlook contact.",
		Description: "Set-OutlookContact changes a contact's name, address or Internet format.",
		Examples:    []cmdlet.Example{{Code: "Set-OutlookContact Kim -Mailbox Administrator -InternetFormat PlainTextOnly", Remarks: "Sends plain text to Kim."}}})
	cmdlet.Add[RemoveOutlookContact](r, &cmdlet.Info{Name: "Remove-OutlookContact", Module: moduleName, ShouldProcess: true, ConfirmByDefault: true,
		Synopsis:    "Removes an Outlook contact.",
		Description: "Remove-OutlookContact deletes a contact from a mailbox's Contacts folder. It asks for confirmation unless -Confirm:$false is given.",
		Examples:    []cmdlet.Example{{Code: "Remove-OutlookContact Kim -Mailbox Administrator -Confirm:$false", Remarks: "Removes Kim."}}})
}

// Process implements [Processor].
func (c *NewOutlookContact) Process(ctx *cmdlet.Context) error {
	build := func(tx storage.Tx, org *model.Organization) (*model.OutlookContact, error) {
		owner, err := storage.Resolve[model.Mailbox](tx, org.Guid, c.Mailbox)
		if err != nil {
			return nil, err
		}
		oc, err := envOf(ctx).NewOutlookContact(org, owner, c.Name, c.EmailAddress)
		if err == nil && c.InternetFormat != "" {
			oc.InternetFormat = c.InternetFormat
		}
		return oc, err
	}
	return queueNew(ctx, &c.queue, build, checkOutlookContact)
}

// checkOutlookContact refuses a second contact with the same name or
// address in one mailbox.
func checkOutlookContact(tx storage.Tx, org *model.Organization, oc *model.OutlookContact) error {
	all, err := listObjects[model.OutlookContact](tx, org)
	for _, o := range all {
		same := strings.EqualFold(o.Name, oc.Name) || strings.EqualFold(string(o.EmailAddress), string(oc.EmailAddress))
		if err == nil && o.Guid != oc.Guid && o.MailboxGuid == oc.MailboxGuid && same {
			err = &model.ExistsError{Kind: model.KindOutlookContact, Property: "Name", Value: o.Identity, UsedBy: o.Identity}
		}
	}
	return err
}

// contacts returns the contacts id designates, within mailbox when
// given; an id "mailbox\name" names the mailbox by any of its identities
// (alias, address...).
func contacts(tx storage.Tx, org *model.Organization, mailbox, id string) ([]*model.OutlookContact, error) {
	given := id
	if owner, name, ok := strings.Cut(id, `\`); ok && mailbox == "" {
		mailbox, id = owner, name
	}
	all, err := listObjects[model.OutlookContact](tx, org)
	if err != nil || mailbox == "" {
		return filterContacts(all, id, err)
	}
	owner, err := storage.Resolve[model.Mailbox](tx, org.Guid, mailbox)
	if err != nil {
		return nil, err
	}
	var mine []*model.OutlookContact
	for _, o := range all {
		if o.MailboxGuid == owner.Guid {
			mine = append(mine, o)
		}
	}
	if m, err := filterContacts(mine, id, nil); err == nil || id == "" {
		return m, err
	}
	return nil, &model.NotFoundError{Kind: model.KindOutlookContact, Identity: given}
}

// filterContacts applies an identity to list.
func filterContacts(list []*model.OutlookContact, id string, err error) ([]*model.OutlookContact, error) {
	if err != nil || id == "" {
		return list, err
	}
	if m := model.Match(list, id); len(m) > 0 {
		return m, nil
	}
	return nil, &model.NotFoundError{Kind: model.KindOutlookContact, Identity: id}
}

// Process implements [Processor].
func (c *GetOutlookContact) Process(ctx *cmdlet.Context) error {
	var out []*model.OutlookContact
	org, err := orgView(ctx, func(tx storage.Tx, org *model.Organization) error {
		var err error
		out, err = contacts(tx, org, c.Mailbox, c.Identity)
		return err
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, org, err))
	}
	return emitAll(ctx, out)
}

// contactGuid resolves one contact and returns its GUID as identity.
func contactGuid(ctx *cmdlet.Context, mailbox, id string) (string, error) {
	var guid string
	org, err := orgView(ctx, func(tx storage.Tx, org *model.Organization) error {
		m, err := contacts(tx, org, mailbox, id)
		if err == nil && len(m) > 1 {
			ids := make([]string, len(m))
			for i, o := range m {
				ids[i] = o.Identity
			}
			err = &model.AmbiguousError{Kind: model.KindOutlookContact, Identity: id, Matches: ids}
		}
		if err == nil {
			guid = m[0].Guid.String()
		}
		return err
	})
	if err != nil {
		return "", translate(ctx, org, err)
	}
	return guid, nil
}

// Process implements [Processor].
func (c *SetOutlookContact) Process(ctx *cmdlet.Context) error {
	guid, err := contactGuid(ctx, c.Mailbox, c.Identity)
	if err != nil {
		return ctx.WriteError(err)
	}
	return queueSet(ctx, &c.queue, guid, func(tx storage.Tx, org *model.Organization, oc *model.OutlookContact) error {
		if err := apply(oc, c); err != nil {
			return err
		}
		oc.Refresh(org)
		if err := oc.Validate(); err != nil {
			return err
		}
		return checkOutlookContact(tx, org, oc)
	})
}

// Process implements [Processor].
func (c *RemoveOutlookContact) Process(ctx *cmdlet.Context) error {
	guid, err := contactGuid(ctx, c.Mailbox, c.Identity)
	if err != nil {
		return ctx.WriteError(err)
	}
	return queueRemove[model.OutlookContact](ctx, &c.queue, guid, nil, nil)
}

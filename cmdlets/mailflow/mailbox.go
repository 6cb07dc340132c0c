package mailflow

import (
	"fmt"
	"os"
	"reflect"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/exchange"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/transport"
)

// Folder is a mailbox folder that holds messages.
type Folder string

// EnumValues lists Inbox and SentItems.
func (Folder) EnumValues() []string { return []string{"Inbox", "SentItems"} }

// Stage is a point of a message's trip whose bytes Export-MailboxMessage
// writes.
type Stage string

// EnumValues lists Submitted, Wire and Delivered.
func (Stage) EnumValues() []string { return []string{"Submitted", "Wire", "Delivered"} }

// GetMailboxMessage is Get-MailboxMessage (exsh's own): the messages of a
// mailbox as its client shows them.
type GetMailboxMessage struct {
	Mailbox   string `ps:"pos=0,mandatory,pipeline=name,alias=Identity,complete=identity:Mailbox" help:"The mailbox."`
	Folder    Folder `help:"Inbox or SentItems; both when omitted."`
	MessageId string `help:"Only the message with this Message-ID."`
}

// ExportMailboxMessage is Export-MailboxMessage (exsh's own): it writes
// the MIME of a message at one stage of its trip to a file.
type ExportMailboxMessage struct {
	Mailbox   string `ps:"mandatory,complete=identity:Mailbox" help:"The mailbox holding the message."`
	MessageId string `ps:"mandatory" help:"The Message-ID of the message."`
	Path      string `ps:"mandatory,complete=path" help:"The .eml file to write."`
	Stage     Stage  `help:"Submitted (as the sender's organization carried it), Wire (what crossed into the recipient's organization, after relays) or Delivered (default)."`
	Folder    Folder `help:"Inbox (default) or SentItems."`
}

func addMailbox(r *cmdlet.Registry) {
	cmdlet.Add[GetMailboxMessage](r, &cmdlet.Info{Name: "Get-MailboxMessage", Module: exchange.Module, OutputType: reflect.TypeFor[transport.View](),
		Synopsis: "Gets the messages of a mailbox as the mailbox's mail client shows them.",
		Description: "Get-MailboxMessage lists the messages in a mailbox's Inbox and Sent Items as its client (Get-OutlookConfiguration -Client) shows them: " +
			"Outlook and Outlook Web App show the rich item a TNEF message carries (Rich Text body, meeting or task request with its buttons, voting buttons, custom form); " +
			"a mail system that does not understand TNEF shows the text and a winmail.dat attachment. Notes say what was lost and why.",
		Examples: []cmdlet.Example{
			{Code: "Get-MailboxMessage Administrator", Remarks: "Lists the Administrator's messages."},
			{Code: "Get-MailboxMessage Administrator -Folder Inbox | Format-List", Remarks: "Shows each received message in full."},
		}})
	cmdlet.Add[ExportMailboxMessage](r, &cmdlet.Info{Name: "Export-MailboxMessage", Module: exchange.Module, ShouldProcess: true,
		Synopsis: "Writes the MIME of a message at one stage of its trip to an .eml file.",
		Description: "Export-MailboxMessage writes the exact bytes of a message: Submitted is the summary TNEF the sender's organization carried, " +
			"Wire what crossed into the recipient's organization (after any relay), Delivered what the recipient's organization stored. " +
			"Open the winmail.dat inside with Get-TnefContent.",
		Examples: []cmdlet.Example{
			{Code: "Export-MailboxMessage -Mailbox Administrator -MessageId $id -Path sent.eml -Stage Submitted -Folder SentItems", Remarks: "Writes the message the Administrator sent as Contoso carried it (summary TNEF)."},
		}})
}

// Process implements [cmdlet.Processor].
func (c *GetMailboxMessage) Process(ctx *cmdlet.Context) error {
	var views []*transport.View
	org, err := exchange.View(ctx, func(tx storage.Tx, org *model.Organization) error {
		m, items, err := mailboxItems(tx, org, c.Mailbox)
		if err != nil {
			return err
		}
		for _, it := range items {
			if c.Folder != "" && it.Folder != string(c.Folder) || c.MessageId != "" && !transport.SameMessageID(it.MessageId, c.MessageId) {
				continue
			}
			if err := transport.ReadBytes(tx, org.Guid, it); err != nil {
				return err
			}
			v, err := transport.ViewOf(it, org, m)
			if err != nil {
				return err
			}
			views = append(views, v)
		}
		return nil
	})
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, org, err))
	}
	for _, v := range views {
		if err := ctx.Emit(v); err != nil {
			return err
		}
	}
	return nil
}

// mailboxItems resolves a mailbox of org and returns its items.
func mailboxItems(tx storage.Tx, org *model.Organization, id string) (*model.Mailbox, []*model.MailboxMessage, error) {
	m, err := storage.Resolve[model.Mailbox](tx, org.Guid, id)
	if err != nil {
		return nil, nil, err
	}
	all, err := storage.List[model.MailboxMessage](tx, org.Guid)
	var out []*model.MailboxMessage
	for _, it := range all {
		if it.MailboxGuid == m.Guid {
			out = append(out, it)
		}
	}
	return m, out, err
}

// Process implements [cmdlet.Processor].
func (c *ExportMailboxMessage) Process(ctx *cmdlet.Context) error {
	folder, stage := string(c.Folder), string(c.Stage)
	if folder == "" {
		folder = "Inbox"
	}
	if stage == "" {
		stage = "Delivered"
	}
	var data []byte
	org, err := exchange.View(ctx, func(tx storage.Tx, org *model.Organization) error {
		_, items, err := mailboxItems(tx, org, c.Mailbox)
		if err != nil {
			return err
		}
		for _, it := range items {
			if it.Folder == folder && transport.SameMessageID(it.MessageId, c.MessageId) {
				if err := transport.ReadBytes(tx, org.Guid, it); err != nil {
					return err
				}
				data, err = stageBytes(tx, it, stage)
				return err
			}
		}
		return &model.NotFoundError{Kind: model.KindMailboxMessage, Identity: c.MessageId}
	})
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, org, err))
	}
	if len(data) == 0 {
		return ctx.WriteError(exchange.Error(ctx, fmt.Sprintf("The message '%s' has no %s stage in the %s folder: the Sent Items copy keeps the Submitted stage, a recipient's copy the Wire and Delivered stages.", c.MessageId, stage, folder),
			"InvalidOperation", "InvalidOperationException"))
	}
	full := ctx.Host.Path(c.Path)
	if ok, err := ctx.ShouldProcess(full, ctx.Command); !ok || err != nil {
		return err
	}
	if err := os.WriteFile(full, data, 0o644); err != nil {
		return ctx.WriteError(cmdlet.TargetError(fmt.Sprintf("Cannot write '%s': %v.", full, err), "WriteError", "IOException", "ExportWriteError", full))
	}
	return nil
}

// stageBytes returns the bytes of item at stage. The Submitted stage of
// a received message is kept on the sender's Sent Items copy, which may
// be in another organization.
func stageBytes(tx storage.Tx, it *model.MailboxMessage, stage string) ([]byte, error) {
	switch {
	case stage == "Wire":
		return it.Wire, nil
	case stage == "Delivered":
		return it.Delivered(), nil
	case it.Submitted != nil:
		return it.Submitted, nil
	}
	orgs, err := storage.Orgs(tx)
	if err != nil {
		return nil, err
	}
	for _, o := range orgs {
		items, err := storage.List[model.MailboxMessage](tx, o.Guid)
		if err != nil {
			return nil, err
		}
		for _, sent := range items {
			if sent.Folder == "SentItems" && transport.SameMessageID(sent.MessageId, it.MessageId) {
				err := transport.ReadBytes(tx, o.Guid, sent)
				return sent.Submitted, err
			}
		}
	}
	return nil, nil
}

package exchange

import (
	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// GetRecipient is Get-Recipient.
type GetRecipient struct {
	RecipientType        []model.RecipientType        `help:"Only these recipient types (UserMailbox, MailUser, MailContact...)."`
	RecipientTypeDetails []model.RecipientTypeDetails `help:"Only these recipient type details."`
	recipientQuery
}

func addRecipient(r *cmdlet.Registry) {
	cmdlet.Add[GetRecipient](r, &cmdlet.Info{Name: "Get-Recipient", Module: moduleName, DefaultSet: "Identity",
		Synopsis:    "Gets every kind of mail-enabled recipient.",
		Description: "Get-Recipient returns mailboxes, mail users and mail contacts together, optionally only the given RecipientType or RecipientTypeDetails, at most ResultSize (default 1000), as ReducedRecipient objects with the properties every recipient shares. Pipe them to Set-Mailbox, Set-MailUser or Set-MailContact to change them.",
		Examples:    []cmdlet.Example{{Code: "Get-Recipient -RecipientType MailContact,MailUser", Remarks: "Lists the recipients outside the organization."}}})
}

// detailsOf maps each recipient type detail to its recipient type.
var detailsOf = map[model.RecipientTypeDetails]model.RecipientType{
	model.RecipientTypeDetailsUserMailbox: model.RecipientTypeUserMailbox, model.RecipientTypeDetailsSharedMailbox: model.RecipientTypeUserMailbox,
	model.RecipientTypeDetailsRoomMailbox: model.RecipientTypeUserMailbox, model.RecipientTypeDetailsEquipmentMailbox: model.RecipientTypeUserMailbox,
	model.RecipientTypeDetailsMailUser: model.RecipientTypeMailUser, model.RecipientTypeDetailsMailContact: model.RecipientTypeMailContact,
}

// Process implements [Processor].
func (c *GetRecipient) Process(ctx *cmdlet.Context) error {
	if err := c.checkTypes(ctx); err != nil {
		return ctx.WriteError(err)
	}
	opath, err := filterRecipients[model.ReducedRecipient](ctx, c.Filter)
	if err != nil {
		return err
	}
	var out []model.Recipient
	org, err := orgView(ctx, func(tx storage.Tx, org *model.Organization) error {
		all, err := recipients(tx, org)
		if err != nil {
			return err
		}
		inUnit, err := c.inUnit(org)
		if err != nil {
			return err
		}
		out, err = c.filter(all, opath, inUnit)
		return err
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, org, err))
	}
	sortBy(out, c.SortBy)
	reduced := make([]*model.ReducedRecipient, len(out))
	for i, r := range out {
		reduced[i] = model.Reduce(r)
	}
	return EmitLimited(ctx, reduced, c.ResultSize)
}

// checkTypes rejects details that belong to none of the given types.
func (c *GetRecipient) checkTypes(ctx *cmdlet.Context) error {
	if len(c.RecipientType) == 0 || len(c.RecipientTypeDetails) == 0 {
		return nil
	}
	for _, d := range c.RecipientTypeDetails {
		for _, t := range c.RecipientType {
			if detailsOf[d] == t {
				return nil
			}
		}
	}
	return errArg(ctx, "None of the specified RecipientTypeDetails are included in any specified recipient type.")
}

// filter applies Identity, OrganizationalUnit, Anr, RecipientType and
// RecipientTypeDetails.
func (c *GetRecipient) filter(all []model.Recipient, opath *model.Filter, inUnit func(any) bool) ([]model.Recipient, error) {
	m := all
	if c.Identity != "" {
		if m = model.Match(all, c.Identity); len(m) == 0 {
			return nil, &model.NotFoundError{Kind: "Recipient", Identity: c.Identity}
		}
	}
	var out []model.Recipient
	for _, r := range m {
		d := model.RecipientTypeDetails(fieldValue(r, "RecipientTypeDetails"))
		if inUnit(r) && anr(r, c.Anr) && typeDetails(c.RecipientTypeDetails, d) && hasType(c.RecipientType, r.RecipientKind()) &&
			(opath == nil || opath.Match(model.Reduce(r))) {
			out = append(out, r)
		}
	}
	return out, nil
}

// hasType reports whether t is one of want (any when want is empty).
func hasType(want []model.RecipientType, t model.RecipientType) bool {
	for _, w := range want {
		if w == t {
			return true
		}
	}
	return len(want) == 0
}

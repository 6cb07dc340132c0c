package cmdlets

import (
	"reflect"
	"sort"
	"strings"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// recipientParams are the Set-* parameters every recipient type shares.
// Alias, DisplayName, Name and the policy flags are applied by name;
// EmailAddresses and PrimarySmtpAddress are handled by
// [exApplyAddresses].
type recipientParams struct {
	AcceptMessagesOnlyFrom                 bind.MultiValued[string]
	AcceptMessagesOnlyFromDLMembers        bind.MultiValued[string]
	AcceptMessagesOnlyFromSendersOrMembers bind.MultiValued[string]
	Alias                                  bind.Optional[string]
	ArbitrationMailbox                     bind.Optional[*string]
	BypassModerationFromSendersOrMembers   bind.MultiValued[string]
	CustomAttribute1                       bind.Optional[string]
	CustomAttribute2                       bind.Optional[string]
	CustomAttribute3                       bind.Optional[string]
	CustomAttribute4                       bind.Optional[string]
	CustomAttribute5                       bind.Optional[string]
	CustomAttribute6                       bind.Optional[string]
	CustomAttribute7                       bind.Optional[string]
	CustomAttribute8                       bind.Optional[string]
	CustomAttribute9                       bind.Optional[string]
	CustomAttribute10                      bind.Optional[string]
	CustomAttribute11                      bind.Optional[string]
	CustomAttribute12                      bind.Optional[string]
	CustomAttribute13                      bind.Optional[string]
	CustomAttribute14                      bind.Optional[string]
	CustomAttribute15                      bind.Optional[string]
	DisplayName                            bind.Optional[string]
	EmailAddresses                         bind.MultiValued[string] `help:"\"TYPE:address\" entries; SMTP: marks the primary address. Not with PrimarySmtpAddress."`
	EmailAddressPolicyEnabled              bind.Optional[bool]
	ExtensionCustomAttribute1              bind.MultiValued[string]
	ExtensionCustomAttribute2              bind.MultiValued[string]
	ExtensionCustomAttribute3              bind.MultiValued[string]
	ExtensionCustomAttribute4              bind.MultiValued[string]
	ExtensionCustomAttribute5              bind.MultiValued[string]
	GrantSendOnBehalfTo                    bind.MultiValued[string]
	HiddenFromAddressListsEnabled          bind.Optional[bool]
	IgnoreDefaultScope                     bind.Switch
	MailTip                                bind.Optional[*string]
	MailTipTranslations                    bind.MultiValued[string]
	MaxReceiveSize                         bind.Optional[model.UnlimitedSize]
	MaxSendSize                            bind.Optional[model.UnlimitedSize]
	ModeratedBy                            bind.MultiValued[string]
	ModerationEnabled                      bind.Optional[bool]
	Name                                   bind.Optional[string]
	PrimarySmtpAddress                     bind.Optional[model.SmtpAddress] `help:"Becomes the primary SMTP address; sets EmailAddressPolicyEnabled $false. Not with EmailAddresses."`
	RejectMessagesFrom                     bind.MultiValued[string]
	RejectMessagesFromDLMembers            bind.MultiValued[string]
	RejectMessagesFromSendersOrMembers     bind.MultiValued[string]
	RequireSenderAuthenticationEnabled     bind.Optional[bool]
	SendModerationNotifications            bind.Optional[model.SendModerationNotifications]
	SimpleDisplayName                      bind.Optional[string]
	UMDtmfMap                              bind.MultiValued[string]
	WindowsEmailAddress                    bind.Optional[model.SmtpAddress]
	DomainController                       string
}

// addressable is a recipient whose addresses the cmdlets can change.
type addressable interface {
	model.Recipient
	SetPrimarySmtpAddress(model.SmtpAddress)
	SetEmailAddresses([]model.ProxyAddress) error
}

// exApplyRecipient applies the shared parameters (and those of params,
// the cmdlet struct) to r, then its addresses.
func exApplyRecipient(ctx *Context, r addressable, params any, p *recipientParams) error {
	skip := []string{"EmailAddresses", "PrimarySmtpAddress", "ExternalEmailAddress"}
	if err := exApply(r, params, skip...); err != nil {
		return err
	}
	if err := exApply(r, p, skip...); err != nil {
		return err
	}
	return exApplyAddresses(ctx, r, p)
}

// exApplyAddresses applies EmailAddresses or PrimarySmtpAddress.
func exApplyAddresses(ctx *Context, r addressable, p *recipientParams) error {
	if p.EmailAddresses.Set && p.PrimarySmtpAddress.Set {
		return exErrArg(ctx, "The EmailAddresses and PrimarySmtpAddress parameters can't be used together.")
	}
	if p.PrimarySmtpAddress.Set {
		r.SetPrimarySmtpAddress(p.PrimarySmtpAddress.Value)
	}
	if !p.EmailAddresses.Set {
		return nil
	}
	list, err := exEditAddresses(r.ProxyAddresses(), p.EmailAddresses)
	if err != nil {
		return err
	}
	return r.SetEmailAddresses(list)
}

// exEditAddresses replaces or edits an address list. An added SMTP:
// address becomes the primary one (the old primary stays as smtp:).
func exEditAddresses(cur []model.ProxyAddress, mv bind.MultiValued[string]) ([]model.ProxyAddress, error) {
	if !mv.IsEdit {
		return model.ParseProxyAddresses(mv.Replace)
	}
	remove, err := exParseAll(mv.Remove)
	if err != nil {
		return nil, err
	}
	add, err := exParseAll(mv.Add)
	if err != nil {
		return nil, err
	}
	_, newPrimary := model.PrimarySmtp(add)
	var vals []string
	for _, p := range cur {
		if exHasAddress(remove, p) {
			continue
		}
		if newPrimary && p.IsPrimary() {
			p.Prefix = "smtp"
		}
		vals = append(vals, p.String())
	}
	for _, p := range add {
		if !exHasAddress(cur, p) || p.IsPrimary() {
			vals = append(exWithout(vals, p), p.String())
		}
	}
	return model.ParseProxyAddresses(vals)
}

// exParseAll parses addresses without a prefix as smtp:.
func exParseAll(vals []string) ([]model.ProxyAddress, error) {
	var out []model.ProxyAddress
	for _, v := range vals {
		p, err := model.ParseProxyAddress(v, "smtp")
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// exHasAddress reports whether list holds p (prefix case ignored).
func exHasAddress(list []model.ProxyAddress, p model.ProxyAddress) bool {
	for _, q := range list {
		if q.Equal(p) {
			return true
		}
	}
	return false
}

// exWithout drops the entries of vals equal to p.
func exWithout(vals []string, p model.ProxyAddress) []string {
	var out []string
	for _, v := range vals {
		if q, err := model.ParseProxyAddress(v, "smtp"); err != nil || !q.Equal(p) {
			out = append(out, v)
		}
	}
	return out
}

// exRecipients returns every recipient of org.
func exRecipients(tx storage.Tx, org *model.Organization) ([]model.Recipient, error) {
	var all []model.Recipient
	mb, err := exList[model.Mailbox](tx, org)
	for _, o := range mb {
		all = append(all, o)
	}
	if err != nil {
		return nil, err
	}
	mu, err := exList[model.MailUser](tx, org)
	for _, o := range mu {
		all = append(all, o)
	}
	if err != nil {
		return nil, err
	}
	mc, err := exList[model.MailContact](tx, org)
	for _, o := range mc {
		all = append(all, o)
	}
	return all, err
}

// changesIdentity reports whether the parameters change what
// exCheckRecipient checks (Name or an address), so that a Set-* of other
// properties skips the check.
func (p *recipientParams) changesIdentity() bool {
	return p.Name.Set || p.EmailAddresses.Set || p.PrimarySmtpAddress.Set || p.WindowsEmailAddress.Set
}

// exCheckRecipient checks that r's Name and addresses are not used by
// another recipient. Only the recipients that share one of those keys
// are read (the store's key index), so the check does not slow down as
// the organization grows.
func exCheckRecipient(tx storage.Tx, org *model.Organization, r model.Recipient) error {
	keys := []string{r.ObjectName()}
	for _, p := range r.ProxyAddresses() {
		keys = append(keys, p.Address)
	}
	var near []model.Recipient
	for _, k := range keys {
		found, err := exRecipientsByKey(tx, org, k, r.ObjectGuid())
		if err != nil {
			return err
		}
		near = append(near, found...)
	}
	if err := model.CheckUniqueName(near, r.ObjectGuid(), r.ObjectName()); err != nil {
		return err
	}
	return model.CheckProxyAddresses(near, r)
}

// exRecipientsByKey returns the recipients of every type, except self,
// that have key among their identity keys.
func exRecipientsByKey(tx storage.Tx, org *model.Organization, key string, self model.Guid) ([]model.Recipient, error) {
	var out []model.Recipient
	mb, err := exFindKey[model.Mailbox](tx, org, key, self)
	for _, o := range mb {
		out = append(out, o)
	}
	if err != nil {
		return nil, err
	}
	mu, err := exFindKey[model.MailUser](tx, org, key, self)
	for _, o := range mu {
		out = append(out, o)
	}
	if err != nil {
		return nil, err
	}
	mc, err := exFindKey[model.MailContact](tx, org, key, self)
	for _, o := range mc {
		out = append(out, o)
	}
	return out, err
}

// exFindKey returns the objects of T, except self, that have key among
// their identity keys: a key is taken literally, never as a GUID or a
// pattern.
func exFindKey[T any, P exObj[T]](tx storage.Tx, org *model.Organization, key string, self model.Guid) ([]P, error) {
	guids, err := tx.Lookup(org.Guid, P(nil).Kind(), key)
	out := make([]P, 0, len(guids))
	for _, g := range guids {
		if err != nil {
			break
		}
		if g == self {
			continue
		}
		var o P
		if o, err = storage.Get[T, P](tx, org.Guid, g); err == nil {
			out = append(out, o)
		}
	}
	return out, err
}

// recipientQuery are the parameters of the recipient Get-* cmdlets.
type recipientQuery struct {
	Identity                 string                            `ps:"pos=0,name,set=Identity" help:"Name, Alias, e-mail address, DN, canonical name or GUID; all when omitted."`
	Anr                      string                            `ps:"set=AnrSet" help:"Ambiguous name resolution: Name, DisplayName or Alias starting with this text."`
	Filter                   string                            `help:"An OPATH filter such as \"Name -like 'A*' -and HiddenFromAddressListsEnabled -eq $false\" (a script block's text also works)."`
	ResultSize               bind.Optional[model.UnlimitedInt] `help:"The most objects to return (default 1000) or Unlimited."`
	SortBy                   string                            `help:"Name, DisplayName or Alias (ascending)."`
	IgnoreDefaultScope       bind.Switch
	ReadFromDomainController bind.Switch
	DomainController         string
}

// exResultWarning is Exchange's warning when ResultSize cut the output.
const exResultWarning = "By default, only the first 1000 items are returned. Use the ResultSize parameter to specify the number of items returned. To return all items, specify \"-ResultSize Unlimited\". Be aware that, depending on the actual number of items, returning all items can take a long time and consume a large amount of memory. Also, we don't recommend storing the results in a variable. Instead, pipe the results to another task or script to perform batch changes."

// exGetRecipients runs a recipient Get-*: identity or Anr, keep, SortBy
// and ResultSize.
func exGetRecipients[T any, P exObj[T]](ctx *Context, q *recipientQuery, keep func(P) bool) error {
	filter, err := exFilter[T](ctx, q.Filter)
	if err != nil {
		return err
	}
	var out []P
	org, err := exOrgView(ctx, func(tx storage.Tx, org *model.Organization) error {
		m, err := exMatch[T, P](tx, org, q.Identity)
		for _, o := range m {
			if (keep == nil || keep(o)) && exAnr(o, q.Anr) && (filter == nil || filter.Match(o)) {
				out = append(out, o)
			}
		}
		return err
	})
	if err != nil {
		return ctx.WriteError(exTranslate(ctx, org, err))
	}
	exSortBy(out, q.SortBy)
	limit, cut := exLimit(q.ResultSize, len(out))
	if err := exEmit(ctx, out[:limit]); err != nil {
		return err
	}
	if cut && !q.ResultSize.Set {
		return ctx.Warn(exResultWarning)
	}
	return nil
}

// exFilter parses an OPATH -Filter for objects of T (nil when empty); a
// bad filter is Exchange's binding failure.
func exFilter[T any](ctx *Context, text string) (*model.Filter, error) {
	if strings.TrimSpace(text) == "" {
		return nil, nil
	}
	f, err := model.ParseFilter(text, reflect.TypeFor[T]())
	if err != nil {
		return nil, &Error{Message: "Cannot bind parameter 'Filter' to the target. Exception setting \"Filter\": \"" + err.Error() + "\"",
			Category: "WriteError", Reason: "ParameterBindingException", ID: "ParameterBindingFailed," + exTaskClass(ctx.Command)}
	}
	return f, nil
}

// exLimit returns how many of n objects ResultSize lets through.
func exLimit(rs bind.Optional[model.UnlimitedInt], n int) (int, bool) {
	limit := 1000
	if rs.Set {
		v, ok := rs.Value.Value()
		if !ok {
			return n, false
		}
		limit = int(v)
	}
	if n > limit {
		return limit, true
	}
	return n, false
}

// exField returns the string property name of obj, or "".
func exField(obj any, name string) string {
	v := reflect.ValueOf(obj)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if f := v.FieldByName(name); f.IsValid() && f.Kind() == reflect.String {
		return f.String()
	}
	return ""
}

// exAnr reports whether Name, DisplayName, FirstName, LastName or Alias
// starts with anr.
func exAnr(obj any, anr string) bool {
	if anr == "" {
		return true
	}
	for _, f := range []string{"Name", "DisplayName", "FirstName", "LastName", "Alias"} {
		if strings.HasPrefix(strings.ToLower(exField(obj, f)), strings.ToLower(anr)) {
			return true
		}
	}
	return false
}

// exSortBy sorts objs by a string property, ascending.
func exSortBy[P any](objs []P, prop string) {
	if prop == "" {
		return
	}
	sort.SliceStable(objs, func(i, j int) bool {
		return strings.ToLower(exField(objs[i], prop)) < strings.ToLower(exField(objs[j], prop))
	})
}

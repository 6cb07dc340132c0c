package exchange

import (
	"reflect"
	"sort"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// recipientParams are the Set-* parameters every recipient type shares.
// Alias, DisplayName, Name and the policy flags are applied by name;
// EmailAddresses and PrimarySmtpAddress are handled by
// [applyAddresses].
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
	EmailAddresses                         bind.MultiValued[string] `ps:"complete=address" help:"\"TYPE:address\" entries; SMTP: marks the primary address. Not with PrimarySmtpAddress."`
	EmailAddressPolicyEnabled              bind.Optional[bool]
	ExtensionCustomAttribute1              bind.MultiValued[string]
	ExtensionCustomAttribute2              bind.MultiValued[string]
	ExtensionCustomAttribute3              bind.MultiValued[string]
	ExtensionCustomAttribute4              bind.MultiValued[string]
	ExtensionCustomAttribute5              bind.MultiValued[string]
	GrantSendOnBehalfTo                    bind.MultiValued[string]
	HiddenFromAddressListsEnabled          bind.Optional[bool]
	MailTip                                bind.Optional[*string]
	MailTipTranslations                    bind.MultiValued[string]
	MaxReceiveSize                         bind.Optional[model.UnlimitedSize]
	MaxSendSize                            bind.Optional[model.UnlimitedSize]
	ModeratedBy                            bind.MultiValued[string]
	ModerationEnabled                      bind.Optional[bool]
	Name                                   bind.Optional[string]
	PrimarySmtpAddress                     bind.Optional[model.SmtpAddress] `ps:"complete=address" help:"Becomes the primary SMTP address; sets EmailAddressPolicyEnabled $false. Not with EmailAddresses."`
	RejectMessagesFrom                     bind.MultiValued[string]
	RejectMessagesFromDLMembers            bind.MultiValued[string]
	RejectMessagesFromSendersOrMembers     bind.MultiValued[string]
	RequireSenderAuthenticationEnabled     bind.Optional[bool]
	SendModerationNotifications            bind.Optional[model.SendModerationNotifications]
	SimpleDisplayName                      bind.Optional[string]
	UMDtmfMap                              bind.MultiValued[string]
	WindowsEmailAddress                    bind.Optional[model.SmtpAddress] `ps:"complete=address"`
	setRecipientParams
}

// addressable is a recipient whose addresses the cmdlets can change.
type addressable interface {
	model.Recipient
	SetPrimarySmtpAddress(model.SmtpAddress)
	SetEmailAddresses([]model.ProxyAddress) error
}

// applyRecipient applies the shared parameters (and those of params,
// the cmdlet struct) to r, then its addresses.
func applyRecipient(ctx *cmdlet.Context, r addressable, params any, p *recipientParams) error {
	skip := []string{"EmailAddresses", "PrimarySmtpAddress", "ExternalEmailAddress"}
	if err := apply(r, params, skip...); err != nil {
		return err
	}
	if err := apply(r, p, skip...); err != nil {
		return err
	}
	return applyAddresses(ctx, r, p)
}

// applyAddresses applies EmailAddresses or PrimarySmtpAddress.
func applyAddresses(ctx *cmdlet.Context, r addressable, p *recipientParams) error {
	if p.EmailAddresses.Set && p.PrimarySmtpAddress.Set {
		return errArg(ctx, "The EmailAddresses and PrimarySmtpAddress parameters can't be used together.")
	}
	if p.PrimarySmtpAddress.Set {
		r.SetPrimarySmtpAddress(p.PrimarySmtpAddress.Value)
	}
	if !p.EmailAddresses.Set {
		return nil
	}
	list, err := editAddresses(r.ProxyAddresses(), p.EmailAddresses)
	if err != nil {
		return err
	}
	return r.SetEmailAddresses(list)
}

// editAddresses replaces or edits an address list. An added SMTP:
// address becomes the primary one (the old primary stays as smtp:).
func editAddresses(cur []model.ProxyAddress, mv bind.MultiValued[string]) ([]model.ProxyAddress, error) {
	if !mv.IsEdit {
		return model.ParseProxyAddresses(mv.Replace)
	}
	remove, err := parseAll(mv.Remove)
	if err != nil {
		return nil, err
	}
	add, err := parseAll(mv.Add)
	if err != nil {
		return nil, err
	}
	_, newPrimary := model.PrimarySmtp(add)
	var vals []string
	for _, p := range cur {
		if hasAddress(remove, p) {
			continue
		}
		if newPrimary && p.IsPrimary() {
			p.Prefix = "smtp"
		}
		vals = append(vals, p.String())
	}
	for _, p := range add {
		if !hasAddress(cur, p) || p.IsPrimary() {
			vals = append(without(vals, p), p.String())
		}
	}
	return model.ParseProxyAddresses(vals)
}

// parseAll parses addresses without a prefix as smtp:.
func parseAll(vals []string) ([]model.ProxyAddress, error) {
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

// hasAddress reports whether list holds p (prefix case ignored).
func hasAddress(list []model.ProxyAddress, p model.ProxyAddress) bool {
	for _, q := range list {
		if q.Equal(p) {
			return true
		}
	}
	return false
}

// without drops the entries of vals equal to p.
func without(vals []string, p model.ProxyAddress) []string {
	var out []string
	for _, v := range vals {
		if q, err := model.ParseProxyAddress(v, "smtp"); err != nil || !q.Equal(p) {
			out = append(out, v)
		}
	}
	return out
}

// recipients returns every recipient of org.
func recipients(tx storage.Tx, org *model.Organization) ([]model.Recipient, error) {
	var all []model.Recipient
	mb, err := listObjects[model.Mailbox](tx, org)
	for _, o := range mb {
		all = append(all, o)
	}
	if err != nil {
		return nil, err
	}
	mu, err := listObjects[model.MailUser](tx, org)
	for _, o := range mu {
		all = append(all, o)
	}
	if err != nil {
		return nil, err
	}
	mc, err := listObjects[model.MailContact](tx, org)
	for _, o := range mc {
		all = append(all, o)
	}
	return all, err
}

// changesIdentity reports whether the parameters change what
// checkRecipient checks (Name or an address), so that a Set-* of other
// properties skips the check.
func (p *recipientParams) changesIdentity() bool {
	return p.Name.Set || p.EmailAddresses.Set || p.PrimarySmtpAddress.Set || p.WindowsEmailAddress.Set
}

// checkRecipient checks that r's Name and addresses are not used by
// another recipient. Only the recipients that share one of those keys
// are read (the store's key index), so the check does not slow down as
// the organization grows.
func checkRecipient(tx storage.Tx, org *model.Organization, r model.Recipient) error {
	keys := []string{r.ObjectName()}
	for _, p := range r.ProxyAddresses() {
		keys = append(keys, p.Address)
	}
	var near []model.Recipient
	for _, k := range keys {
		found, err := recipientsByKey(tx, org, k, r.ObjectGuid())
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

// recipientsByKey returns the recipients of every type, except self,
// that have key among their identity keys.
func recipientsByKey(tx storage.Tx, org *model.Organization, key string, self model.Guid) ([]model.Recipient, error) {
	var out []model.Recipient
	mb, err := findKey[model.Mailbox](tx, org, key, self)
	for _, o := range mb {
		out = append(out, o)
	}
	if err != nil {
		return nil, err
	}
	mu, err := findKey[model.MailUser](tx, org, key, self)
	for _, o := range mu {
		out = append(out, o)
	}
	if err != nil {
		return nil, err
	}
	mc, err := findKey[model.MailContact](tx, org, key, self)
	for _, o := range mc {
		out = append(out, o)
	}
	return out, err
}

// findKey returns the objects of T, except self, that have key among
// their identity keys: a key is taken literally, never as a GUID or a
// pattern.
func findKey[T any, P stored[T]](tx storage.Tx, org *model.Organization, key string, self model.Guid) ([]P, error) {
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
	Identity   string                             `ps:"pos=0,name,set=Identity,complete=identity" help:"Name, Alias, e-mail address, DN, canonical name or GUID; all when omitted."`
	Anr        string                             `ps:"set=AnrSet" help:"Ambiguous name resolution: Name, DisplayName or Alias starting with this text."`
	Filter     string                             `help:"An OPATH filter such as \"Name -like 'A*' -and HiddenFromAddressListsEnabled -eq $false\" (a script block's text also works)."`
	ResultSize bind.Optional[model.UnlimitedUInt] `help:"The most objects to return (default 1000) or Unlimited."`
	SortBy     string                             `ps:"complete=property" help:"Name, DisplayName or Alias (ascending)."`
	// OrganizationalUnit scopes the search to an OU or container and
	// what lies below it.
	OrganizationalUnit string `help:"Only recipients in this OU or container or below it: canonical name (contoso.com/Sales), DN or unique name."`
	readParams
}

// inUnit returns a test of whether a recipient lies in the OU or
// container the query names, or below it (every recipient when it names
// none or the domain itself).
func (q *recipientQuery) inUnit(org *model.Organization) (func(obj any) bool, error) {
	id := strings.TrimSpace(q.OrganizationalUnit)
	root := "DC=" + strings.ReplaceAll(org.DomainName, ".", ",DC=")
	if id == "" || strings.EqualFold(id, org.DomainName) || strings.EqualFold(id, root) {
		return func(any) bool { return true }, nil
	}
	u, err := org.FindOrganizationalUnit(q.OrganizationalUnit)
	if err != nil {
		return nil, err
	}
	return func(obj any) bool {
		ou := fieldValue(obj, "OrganizationalUnit")
		return strings.EqualFold(ou, u.Identity) || len(ou) > len(u.Identity) && strings.EqualFold(ou[:len(u.Identity)+1], u.Identity+"/")
	}, nil
}

// moreWarning is Exchange's warning when a ResultSize given by the user
// cut the output.
const moreWarning = "There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter."

// resultWarning is Exchange's warning when the default ResultSize cut the
// output.
const resultWarning = "By default, only the first 1000 items are returned. Use the ResultSize parameter to specify the number of items returned. To return all items, specify \"-ResultSize Unlimited\". Be aware that, depending on the actual number of items, returning all items can take a long time and consume a large amount of memory. Also, we don't recommend storing the results in a variable. Instead, pipe the results to another task or script to perform batch changes."

// getRecipients runs a recipient Get-*: identity or Anr, keep, SortBy
// and ResultSize.
func getRecipients[T any, P stored[T]](ctx *cmdlet.Context, q *recipientQuery, keep func(P) bool) error {
	filter, err := filterRecipients[T](ctx, q.Filter)
	if err != nil {
		return err
	}
	var out []P
	org, err := orgView(ctx, func(tx storage.Tx, org *model.Organization) error {
		inUnit, err := q.inUnit(org)
		if err != nil {
			return err
		}
		m, err := matchObjects[T, P](tx, org, q.Identity)
		for _, o := range m {
			if (keep == nil || keep(o)) && inUnit(o) && anr(o, q.Anr) && (filter == nil || filter.Match(o)) {
				out = append(out, o)
			}
		}
		return err
	})
	if err != nil {
		return ctx.WriteError(translate(ctx, org, err))
	}
	sortBy(out, q.SortBy)
	return EmitLimited(ctx, out, q.ResultSize)
}

// EmitLimited emits at most ResultSize of objs (1000 by default, all for
// Unlimited, none for 0) and, when objects were left out, Exchange's
// warning: the default-limit one, or "There are more results available
// ..." for a ResultSize the user gave. ResultSize is an
// Unlimited<UInt32> ([model.UnlimitedUInt]), which rejects negative
// values when it is bound; a signed one is still accepted, a negative
// value counting as 0.
func EmitLimited[P any, N int32 | uint32](ctx *cmdlet.Context, objs []P, rs bind.Optional[model.Unlimited[N]]) error {
	limit, cut := applyLimit(rs, len(objs))
	if err := emitAll(ctx, objs[:limit]); err != nil {
		return err
	}
	switch {
	case cut && rs.Set:
		return ctx.Warn(moreWarning)
	case cut:
		return ctx.Warn(resultWarning)
	}
	return nil
}

// filterRecipients parses an OPATH -Filter for objects of T (nil when empty); a
// bad filter is Exchange's binding failure.
func filterRecipients[T any](ctx *cmdlet.Context, text string) (*model.Filter, error) {
	if strings.TrimSpace(text) == "" {
		return nil, nil
	}
	f, err := model.ParseFilter(text, reflect.TypeFor[T]())
	if err != nil {
		return nil, &cmdlet.Error{Message: "Cannot bind parameter 'Filter' to the target. Exception setting \"Filter\": \"" + err.Error() + "\"",
			Category: "WriteError", Reason: "ParameterBindingException", ID: "ParameterBindingFailed," + taskClass(ctx.Command)}
	}
	return f, nil
}

// applyLimit returns how many of n objects ResultSize lets through, and
// whether it left some out.
func applyLimit[N int32 | uint32](rs bind.Optional[model.Unlimited[N]], n int) (int, bool) {
	limit := 1000
	if rs.Set {
		v, ok := rs.Value.Value()
		if !ok {
			return n, false
		}
		limit = max(int(v), 0)
	}
	if n > limit {
		return limit, true
	}
	return n, false
}

// fieldValue returns the string property name of obj, or "".
func fieldValue(obj any, name string) string {
	v := reflect.ValueOf(obj)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if f := v.FieldByName(name); f.IsValid() && f.Kind() == reflect.String {
		return f.String()
	}
	return ""
}

// anr reports whether Name, DisplayName, FirstName, LastName or Alias
// starts with anr.
func anr(obj any, anr string) bool {
	if anr == "" {
		return true
	}
	for _, f := range []string{"Name", "DisplayName", "FirstName", "LastName", "Alias"} {
		if strings.HasPrefix(strings.ToLower(fieldValue(obj, f)), strings.ToLower(anr)) {
			return true
		}
	}
	return false
}

// sortBy sorts objs by a string property, ascending.
func sortBy[P any](objs []P, prop string) {
	if prop == "" {
		return
	}
	sort.SliceStable(objs, func(i, j int) bool {
		return strings.ToLower(fieldValue(objs[i], prop)) < strings.ToLower(fieldValue(objs[j], prop))
	})
}

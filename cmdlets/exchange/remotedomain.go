package exchange

import (
	"fmt"
	"reflect"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// NewRemoteDomain is New-RemoteDomain.
type NewRemoteDomain struct {
	Name       string `ps:"pos=0,mandatory" help:"The unique name of the remote domain (at most 64 characters)."`
	DomainName string `ps:"mandatory" help:"The SMTP domain, such as fabrikam.com or *.fabrikam.com."`
	dcParam
	queue
}

// GetRemoteDomain is Get-RemoteDomain.
type GetRemoteDomain struct {
	Identity  string            `ps:"pos=0,name,set=Identity,complete=identity" help:"The Name, DomainName, DN or GUID of the remote domain; all when omitted."`
	Recipient model.SmtpAddress `ps:"mandatory,set=Recipient" help:"An exsh extension: the e-mail address whose remote domain you want, the most specific entry that matches its domain."`
	dcParam
}

// SetRemoteDomain is Set-RemoteDomain. Every property parameter is
// Optional so that "not given" differs from $false and $null.
type SetRemoteDomain struct {
	Identity                             string `ps:"pos=0,mandatory,name,complete=identity" help:"The Name, DomainName, DN or GUID of the remote domain."`
	AllowedOOFType                       bind.Optional[model.AllowedOOFType]
	AutoForwardEnabled                   bind.Optional[bool]
	AutoReplyEnabled                     bind.Optional[bool]
	ByteEncoderTypeFor7BitCharsets       bind.Optional[model.ByteEncoderTypeFor7BitCharsets]
	CharacterSet                         bind.Optional[*string]
	ContentType                          bind.Optional[model.ContentType]
	DeliveryReportEnabled                bind.Optional[bool]
	DisplaySenderName                    bind.Optional[bool]
	IsInternal                           bind.Optional[bool]
	LineWrapSize                         bind.Optional[model.UnlimitedInt]
	MeetingForwardNotificationEnabled    bind.Optional[bool]
	MessageCountThreshold                bind.Optional[int32]
	Name                                 bind.Optional[string]
	NDRDiagnosticInfoEnabled             bind.Optional[bool]
	NDREnabled                           bind.Optional[bool]
	NonMimeCharacterSet                  bind.Optional[*string]
	PreferredInternetCodePageForShiftJis bind.Optional[model.PreferredInternetCodePageForShiftJis]
	RequiredCharsetCoverage              bind.Optional[*int32]
	TargetDeliveryDomain                 bind.Optional[bool]
	TNEFEnabled                          bind.Optional[*bool]       `help:"$true: always TNEF; $false: never; $null: the recipient and Outlook decide."`
	SendRichText                         bind.Optional[ImsRichText] `help:"An exsh extension for Exchange 5.5 organizations: the IMS option Send Microsoft Exchange Rich Text Formatting, Always, Never or User (TNEFEnabled $true, $false or $null)."`
	TrustedMailInboundEnabled            bind.Optional[bool]
	TrustedMailOutboundEnabled           bind.Optional[bool]
	UseSimpleDisplayName                 bind.Optional[bool]
	dcParam
	queue
}

// ImsRichText is the value of Set-RemoteDomain -SendRichText: the words
// of the Exchange 5.5 IMS for TNEFEnabled.
type ImsRichText string

// EnumValues implements the binder's enumeration interface.
func (ImsRichText) EnumValues() []string { return []string{"Always", "Never", "User"} }

// tnef is the TNEFEnabled value the word stands for.
func (w ImsRichText) tnef() *bool {
	switch w {
	case "Always", "Never":
		b := w == "Always"
		return &b
	}
	return nil
}

// RemoveRemoteDomain is Remove-RemoteDomain.
type RemoveRemoteDomain struct {
	Identity string `ps:"pos=0,mandatory,name,complete=identity" help:"The Name, DomainName, DN or GUID of the remote domain."`
	dcParam
	queue
}

func addRemoteDomain(r *cmdlet.Registry) {
	cmdlet.Add[NewRemoteDomain](r, &cmdlet.Info{Name: "New-RemoteDomain", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Creates a remote domain: message-format settings for mail sent to one external domain.",
		Description: "New-RemoteDomain adds an entry for an external SMTP domain with the default settings of a new entry (TNEFEnabled $null, ContentType MimeHtmlText, AllowedOOFType External). Use Set-RemoteDomain to change them. A remote domain can't be created for a domain the organization accepts mail for. In an Exchange 5.5 organization the entry is an Internet Mail Service e-mail domain and takes effect after Restart-Service MSExchangeIMC.",
		Examples:    []cmdlet.Example{{Code: "New-RemoteDomain -Name Fabrikam -DomainName fabrikam.com", Remarks: "Creates the remote domain Fabrikam for fabrikam.com."}}})
	cmdlet.Add[GetRemoteDomain](r, &cmdlet.Info{OutputType: reflect.TypeFor[model.RemoteDomain](), Name: "Get-RemoteDomain", Module: moduleName,
		Synopsis:    "Gets the remote domains of the organization.",
		Description: "Get-RemoteDomain returns every remote domain, or the one Identity names (Name, DomainName, DN or GUID; * is a wildcard). The built-in Default entry (DomainName *) applies to every external domain that has no entry of its own. In an Exchange 5.5 organization the entries are the Internet Mail Service e-mail domains (Default is the IMS-wide setting) and SendRichText shows TNEFEnabled as the IMS option \"Send Microsoft Exchange Rich Text Formatting\": Always ($true), Never ($false) or User ($null); until Restart-Service MSExchangeIMC the IMS keeps running with the settings of its last start.",
		Examples: []cmdlet.Example{{Code: "Get-RemoteDomain Fabrikam | Format-List Name,DomainName,TNEFEnabled", Remarks: "Shows the TNEF setting of Fabrikam."},
			{Code: "Get-RemoteDomain -Recipient bob@sales.fabrikam.com", Remarks: "Shows which remote domain applies to mail for Bob (exsh extension)."}},
		DefaultSet: "Identity"})
	cmdlet.Add[SetRemoteDomain](r, &cmdlet.Info{Name: "Set-RemoteDomain", Module: moduleName, ShouldProcess: true,
		Synopsis:    "Changes the settings of a remote domain.",
		Description: "Set-RemoteDomain changes how mail to a remote domain is formatted and which messages may reach it. TNEFEnabled is $true (always TNEF/winmail.dat), $false (never) or $null (the mail user or contact, then Outlook, decide). AllowedOOFType InternalLegacy also sets IsInternal $true, and IsInternal $false turns InternalLegacy into ExternalLegacy. The domain name can't be changed. In an Exchange 5.5 organization the entry is an Internet Mail Service e-mail domain: -SendRichText Always, Never or User (an exsh extension, in the words of the IMS) sets the same value as -TNEFEnabled $true, $false or $null, and changes take effect after Restart-Service MSExchangeIMC.",
		Examples: []cmdlet.Example{{Code: "Set-RemoteDomain Fabrikam -TNEFEnabled $false", Remarks: "Never sends TNEF to fabrikam.com."},
			{Code: "Set-RemoteDomain Fabrikam -TNEFEnabled $null", Remarks: "Lets recipients and senders decide again."},
			{Code: "Connect-Organization Litware; Set-RemoteDomain Default -SendRichText Never; Restart-Service MSExchangeIMC", Remarks: "In the Exchange 5.5 organization Litware, turns off Send Microsoft Exchange Rich Text Formatting for the whole Internet Mail Service (exsh extension; the same as -TNEFEnabled $false) and restarts the IMS so that it takes effect."}}})
	cmdlet.Add[RemoveRemoteDomain](r, &cmdlet.Info{Name: "Remove-RemoteDomain", Module: moduleName, ShouldProcess: true, ConfirmByDefault: true,
		Synopsis:    "Removes a remote domain.",
		Description: "Remove-RemoteDomain deletes a remote domain; mail to its domain then follows the Default entry. The Default entry can't be removed. It asks for confirmation unless -Confirm:$false is given.",
		Examples:    []cmdlet.Example{{Code: "Remove-RemoteDomain Fabrikam -Confirm:$false", Remarks: "Removes Fabrikam without asking."}}})
}

// Process implements [Processor].
func (c *NewRemoteDomain) Process(ctx *cmdlet.Context) error {
	build := func(tx storage.Tx, org *model.Organization) (*model.RemoteDomain, error) {
		return envOf(ctx).NewRemoteDomain(org, c.Name, c.DomainName)
	}
	return queueNew(ctx, &c.queue, build, checkNewRemoteDomain)
}

// checkNewRemoteDomain checks collisions and notes the IMS change.
func checkNewRemoteDomain(tx storage.Tx, org *model.Organization, r *model.RemoteDomain) error {
	if err := remoteDomainUnique(tx, org, r); err != nil {
		return err
	}
	return noteIms(tx, org, "New-RemoteDomain "+r.Name)
}

// remoteDomainUnique checks Name and DomainName against the other
// remote domains and the accepted domains.
func remoteDomainUnique(tx storage.Tx, org *model.Organization, r *model.RemoteDomain) error {
	remote, err := listObjects[model.RemoteDomain](tx, org)
	if err != nil {
		return err
	}
	accepted, err := listObjects[model.AcceptedDomain](tx, org)
	if err != nil {
		return err
	}
	return model.CheckNewRemoteDomain(r, remote, accepted)
}

// Process implements [Processor].
func (c *GetRemoteDomain) Process(ctx *cmdlet.Context) error {
	if c.Recipient != "" {
		return c.byRecipient(ctx)
	}
	return getObject[model.RemoteDomain](ctx, c.Identity, nil)
}

// byRecipient emits the remote domain whose settings Exchange applies to
// mail for c.Recipient: the most specific DomainName that covers the
// address's domain. An address in an authoritative accepted domain is
// internal: no remote domain applies, and a warning says so.
func (c *GetRemoteDomain) byRecipient(ctx *cmdlet.Context) error {
	domain := c.Recipient.Domain()
	var (
		best     *model.RemoteDomain
		accepted *model.AcceptedDomain
	)
	org, err := orgView(ctx, func(tx storage.Tx, org *model.Organization) error {
		ads, err := listObjects[model.AcceptedDomain](tx, org)
		if err != nil {
			return err
		}
		if a := model.IsAcceptedDomain(ads, domain); a != nil && a.DomainType == model.AcceptedDomainTypeAuthoritative {
			accepted = a
			return nil
		}
		rds, err := listObjects[model.RemoteDomain](tx, org)
		best = model.BestRemoteDomain(rds, domain)
		return err
	})
	switch {
	case err != nil:
		return ctx.WriteError(translate(ctx, org, err))
	case accepted != nil:
		return ctx.Warn(fmt.Sprintf("%s is in the authoritative accepted domain '%s': mail to it stays inside the organization and no remote domain applies.", c.Recipient, accepted.Name))
	case best == nil:
		return nil
	}
	best.Refresh(org)
	return ctx.Emit(best)
}

// Process implements [Processor].
func (c *SetRemoteDomain) Process(ctx *cmdlet.Context) error {
	return queueSet(ctx, &c.queue, c.Identity, c.mutate)
}

// mutate applies the given parameters to r with the AllowedOOFType and
// IsInternal couplings, then validates.
func (c *SetRemoteDomain) mutate(tx storage.Tx, org *model.Organization, r *model.RemoteDomain) error {
	before := model.Clone(r)
	if err := apply(r, c, "AllowedOOFType", "IsInternal", "SendRichText"); err != nil {
		return err
	}
	if c.SendRichText.Set {
		switch {
		case org.ExchangeVersion != model.Exchange55:
			return &model.ConflictError{Params: []string{"SendRichText"}, Reason: "SendRichText is the Exchange 5.5 Internet Mail Service option; in an " + string(org.ExchangeVersion) + " organization use TNEFEnabled"}
		case c.TNEFEnabled.Set:
			return &model.ConflictError{Params: []string{"SendRichText", "TNEFEnabled"}, Reason: "SendRichText and TNEFEnabled are the same setting; give only one of them"}
		}
		r.TNEFEnabled = c.SendRichText.Value.tnef()
	}
	if c.IsInternal.Set {
		r.SetIsInternal(c.IsInternal.Value)
	}
	if c.AllowedOOFType.Set {
		r.SetAllowedOOFType(c.AllowedOOFType.Value)
	}
	if err := r.Validate(); err != nil {
		return err
	}
	if c.Name.Set {
		if err := remoteDomainUnique(tx, org, r); err != nil {
			return err
		}
	}
	if reflect.DeepEqual(r, before) {
		return nil
	}
	return noteIms(tx, org, "Set-RemoteDomain "+r.Name)
}

// Process implements [Processor].
func (c *RemoveRemoteDomain) Process(ctx *cmdlet.Context) error {
	check := func(r *model.RemoteDomain) error {
		if r.IsDefault() {
			return newError(ctx, "The remote domain '"+r.Name+"' can't be removed because it's the default remote domain (DomainName *) that applies to every external domain.",
				"InvalidOperation", "InvalidOperationException")
		}
		return nil
	}
	after := func(tx storage.Tx, org *model.Organization, r *model.RemoteDomain) error {
		return noteIms(tx, org, "Remove-RemoteDomain "+r.Name)
	}
	return queueRemove(ctx, &c.queue, c.Identity, check, after)
}

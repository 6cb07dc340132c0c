package model

import "strings"

// DefaultRemoteDomainName is the Name of the built-in remote domain whose
// DomainName is "*".
const DefaultRemoteDomainName = "Default"

// RemoteDomain holds the message-format settings Exchange applies to mail
// sent to one external domain (Set-RemoteDomain). Fields are in
// Format-List order.
type RemoteDomain struct {
	DomainName                           string `valid:"domain=wildcard"`
	IsInternal                           bool
	TargetDeliveryDomain                 bool
	ByteEncoderTypeFor7BitCharsets       ByteEncoderTypeFor7BitCharsets
	CharacterSet                         *string
	NonMimeCharacterSet                  *string
	AllowedOOFType                       AllowedOOFType
	AutoReplyEnabled                     bool
	AutoForwardEnabled                   bool
	DeliveryReportEnabled                bool
	NDREnabled                           bool
	MeetingForwardNotificationEnabled    bool
	ContentType                          ContentType
	DisplaySenderName                    bool
	PreferredInternetCodePageForShiftJis PreferredInternetCodePageForShiftJis
	RequiredCharsetCoverage              *int32 `valid:"range=0..100"`
	// TNEFEnabled is $true (always TNEF), $false (never) or $null (the
	// recipient and the sender decide).
	TNEFEnabled *bool
	// SendRichText is TNEFEnabled in the words of the Exchange 5.5
	// Internet Mail Service option "Send Microsoft Exchange Rich Text
	// Formatting": Always ($true), Never ($false) or User ($null). It is
	// derived (read-only) and set only in Exchange55 organizations; $null
	// elsewhere.
	SendRichText               *string
	LineWrapSize               UnlimitedInt `valid:"range=0..132"`
	TrustedMailOutboundEnabled bool
	TrustedMailInboundEnabled  bool
	UseSimpleDisplayName       bool
	NDRDiagnosticInfoEnabled   bool
	MessageCountThreshold      int32 `valid:"range=0..2147483647"`
	ConfigHeader
}

// Kind implements [Object].
func (*RemoteDomain) Kind() Kind { return KindRemoteDomain }

// exchange2013Only are the settings an Exchange 5.5 IMS e-mail domain
// does not have: a student in a 5.5 organization does not see them.
var exchange2013Only = []string{
	"TrustedMailOutboundEnabled", "TrustedMailInboundEnabled", "MeetingForwardNotificationEnabled",
	"TargetDeliveryDomain", "ByteEncoderTypeFor7BitCharsets", "PreferredInternetCodePageForShiftJis",
	"RequiredCharsetCoverage", "NDRDiagnosticInfoEnabled", "MessageCountThreshold", "UseSimpleDisplayName", "IsInternal",
}

// HiddenProperties leaves the 2013-only settings out of an Exchange 5.5
// entry's property list, and SendRichText (the 5.5 word) out of every
// other entry's; both can still be read by name.
func (r *RemoteDomain) HiddenProperties() []string {
	if r != nil && r.SendRichText != nil {
		return exchange2013Only
	}
	return []string{"SendRichText"}
}

// TypeName implements [Object].
func (*RemoteDomain) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Management.DomainContentConfig"
}

// DefaultTableColumns implements [Object]; an Exchange 5.5 entry adds
// its IMS word for TNEFEnabled (SendRichText).
func (r *RemoteDomain) DefaultTableColumns() []string {
	if r != nil && r.SendRichText != nil {
		return []string{"Name", "DomainName", "AllowedOOFType", "SendRichText"}
	}
	return []string{"Name", "DomainName", "AllowedOOFType"}
}

// ImsRichText returns the Exchange 5.5 IMS word for a TNEFEnabled value:
// Always for $true, Never for $false, User for $null.
func ImsRichText(tnef *bool) string {
	switch {
	case tnef == nil:
		return "User"
	case *tnef:
		return "Always"
	}
	return "Never"
}

// IdentityKeys implements [Object]: Name, DistinguishedName, DomainName.
func (r *RemoteDomain) IdentityKeys() []string {
	return []string{r.Name, r.DistinguishedName, r.DomainName}
}

// Refresh implements [Object].
func (r *RemoteDomain) Refresh(org *Organization) {
	r.Identity = r.Name
	r.DistinguishedName = configDN(org, r.Name, "Internet Message Formats", "Global Settings")
	r.setSchema(org, "ms-Exch-Domain-Content-Config", "top", "msExchDomainContentConfig")
	r.ExchangeVersion = "0.1 (8.0.535.0)"
	r.IsValid, r.ObjectState = true, "Unchanged"
	r.SendRichText = nil
	if org != nil && org.ExchangeVersion == Exchange55 {
		w := ImsRichText(r.TNEFEnabled)
		r.SendRichText = &w
	}
}

// IsDefault reports whether r is the built-in entry for "*".
func (r *RemoteDomain) IsDefault() bool { return r.DomainName == "*" }

// NewRemoteDomain returns a remote domain with the defaults of a new
// entry (New-RemoteDomain), validated; check collisions with
// [CheckNewRemoteDomain].
func (e Env) NewRemoteDomain(org *Organization, name, domain string) (*RemoteDomain, error) {
	r := &RemoteDomain{
		ConfigHeader: ConfigHeader{Name: name}, DomainName: strings.ToLower(domain),
		ByteEncoderTypeFor7BitCharsets: ByteEncoderTypeFor7BitCharsetsUndefined,
		AllowedOOFType:                 AllowedOOFTypeExternal, AutoReplyEnabled: true, AutoForwardEnabled: true,
		DeliveryReportEnabled: true, NDREnabled: true, MeetingForwardNotificationEnabled: true,
		ContentType: ContentTypeMimeHtmlText, DisplaySenderName: true,
		PreferredInternetCodePageForShiftJis: PreferredInternetCodePageForShiftJisUndefined,
		NDRDiagnosticInfoEnabled:             true, MessageCountThreshold: 2147483647,
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	e.Stamp(org, r)
	return r, nil
}

// newDefaultRemoteDomain returns the built-in Default entry with the
// on-premises defaults (exchange-cmdlets.md §1).
func (e Env) newDefaultRemoteDomain(org *Organization) *RemoteDomain {
	r, _ := e.NewRemoteDomain(org, DefaultRemoteDomainName, "*")
	r.AutoReplyEnabled, r.AutoForwardEnabled = false, false
	cs := "iso-8859-1"
	r.CharacterSet, r.NonMimeCharacterSet = &cs, ptr(cs)
	return r
}

// ptr returns a pointer to a copy of v.
func ptr[T any](v T) *T { return &v }

// SetAllowedOOFType sets AllowedOOFType with Exchange's coupling:
// InternalLegacy also sets IsInternal $true.
func (r *RemoteDomain) SetAllowedOOFType(v AllowedOOFType) {
	r.AllowedOOFType = v
	if v == AllowedOOFTypeInternalLegacy {
		r.IsInternal = true
	}
}

// SetIsInternal sets IsInternal with Exchange's coupling: $false also
// sets AllowedOOFType ExternalLegacy when it was InternalLegacy.
func (r *RemoteDomain) SetIsInternal(v bool) {
	r.IsInternal = v
	if !v && r.AllowedOOFType == AllowedOOFTypeInternalLegacy {
		r.AllowedOOFType = AllowedOOFTypeExternalLegacy
	}
}

// Validate checks every property constraint and the character sets.
func (r *RemoteDomain) Validate() error {
	if err := checkProperties(r); err != nil {
		return err
	}
	for what, cs := range map[string]*string{"CharacterSet": r.CharacterSet, "NonMimeCharacterSet": r.NonMimeCharacterSet} {
		if cs != nil && !IsCharacterSet(*cs) {
			return invalid(what, *cs, strings.Join(CharacterSets(), ", "))
		}
	}
	return nil
}

// CheckNewRemoteDomain checks that r may be added to an organization
// whose remote and accepted domains are given: unique Name and
// DomainName ([ExistsError]), and no remote domain for an
// accepted-domain namespace ([ConflictError]).
func CheckNewRemoteDomain(r *RemoteDomain, remote []*RemoteDomain, accepted []*AcceptedDomain) error {
	if err := CheckUniqueName(remote, r.Guid, r.Name); err != nil {
		return err
	}
	for _, o := range remote {
		if o.Guid != r.Guid && strings.EqualFold(o.DomainName, r.DomainName) {
			return &ExistsError{Kind: KindRemoteDomain, Property: "DomainName", Value: r.DomainName, UsedBy: o.Name}
		}
	}
	for _, a := range accepted {
		if strings.EqualFold(a.DomainName, r.DomainName) {
			return conflict(r.Name, "the domain "+r.DomainName+" is an accepted domain ("+a.Name+")", "DomainName")
		}
	}
	if a := IsAcceptedDomain(accepted, r.DomainName); a != nil && !strings.Contains(r.DomainName, "*") {
		return conflict(r.Name, "the domain "+r.DomainName+" is in the namespace of the accepted domain "+a.DomainName+" ("+a.Name+")", "DomainName")
	}
	return nil
}

// CheckRemoveRemoteDomain refuses to remove the Default entry
// ([ProtectedError]).
func CheckRemoveRemoteDomain(r *RemoteDomain) error {
	if r.IsDefault() {
		return &ProtectedError{Kind: KindRemoteDomain, Identity: r.Name, Op: "remove", Reason: "the default remote domain cannot be removed"}
	}
	return nil
}

// BestRemoteDomain returns the remote domain that applies to mail for
// domain: the most specific matching DomainName (see [MatchDomain]), or
// nil when none matches.
func BestRemoteDomain(list []*RemoteDomain, domain string) *RemoteDomain {
	var best *RemoteDomain
	bestScore := -1
	for _, r := range list {
		if s, ok := MatchDomain(r.DomainName, domain); ok && s > bestScore {
			best, bestScore = r, s
		}
	}
	return best
}

var characterSets = strings.Fields(`big5 din_66003 euc-jp euc-kr gb18030 gb2312 hz-gb-2312
	iso-2022-jp iso-2022-kr iso-8859-1 iso-8859-2 iso-8859-3 iso-8859-4 iso-8859-5 iso-8859-6
	iso-8859-7 iso-8859-8 iso-8859-9 iso-8859-13 iso-8859-15 koi8-r koi8-u ks_c_5601-1987
	ns_4551-1 sen_850200_b shift_jis utf-7 utf-8 windows-1250 windows-1251 windows-1252
	windows-1253 windows-1254 windows-1255 windows-1256 windows-1257 windows-1258 windows-874`)

// CharacterSets returns the character set names CharacterSet and
// NonMimeCharacterSet accept.
func CharacterSets() []string { return append([]string(nil), characterSets...) }

// IsCharacterSet reports whether s is one of [CharacterSets]
// (case-insensitive).
func IsCharacterSet(s string) bool {
	for _, c := range characterSets {
		if strings.EqualFold(c, s) {
			return true
		}
	}
	return false
}

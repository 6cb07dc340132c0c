package model

// .NET type names of the Exchange enumerations and value types, as
// Exchange Server 2013 declares them. Conversion errors, GetType() and
// Get-Member show them. Nested .NET types are written Outer+Inner, as
// Type.FullName spells them. The exsh-only enumerations (ExchangeVersion,
// OutlookClient and the Outlook option types) have no .NET name.

// TypeName returns the .NET type name.
func (AllowedOOFType) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.SystemConfiguration.AllowedOOFType"
}

// TypeName returns the .NET type name.
func (ByteEncoderTypeFor7BitCharsets) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.SystemConfiguration.ByteEncoderTypeFor7BitCharsetsEnum"
}

// TypeName returns the .NET type name.
func (ContentType) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.SystemConfiguration.ContentType"
}

// TypeName returns the .NET type name.
func (PreferredInternetCodePageForShiftJis) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.SystemConfiguration.PreferredInternetCodePageForShiftJisEnum"
}

// TypeName returns the .NET type name.
func (UseMapiRichTextFormat) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Recipient.UseMapiRichTextFormat"
}

// TypeName returns the .NET type name.
func (MessageFormat) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Recipient.MessageFormat"
}

// TypeName returns the .NET type name.
func (MessageBodyFormat) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Recipient.MessageBodyFormat"
}

// TypeName returns the .NET type name.
func (MacAttachmentFormat) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Recipient.MacAttachmentFormat"
}

// TypeName returns the .NET type name.
func (SendModerationNotifications) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Recipient.TransportModerationNotificationFlags"
}

// TypeName returns the .NET type name.
func (AcceptedDomainType) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomainType"
}

// TypeName returns the .NET type name (a type nested in the
// New-SendConnector task).
func (UsageType) TypeName() string {
	return "Microsoft.Exchange.Management.SystemConfigurationTasks.NewSendConnector+UsageType"
}

// TypeName returns the .NET type name (a type nested in the send
// connector's configuration class).
func (AuthMechanisms) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig+AuthMechanisms"
}

// TypeName returns the .NET type name.
func (ErrorPolicies) TypeName() string { return "Microsoft.Exchange.Data.ErrorPolicies" }

// TypeName returns the .NET type name.
func (ProtocolLoggingLevel) TypeName() string { return "Microsoft.Exchange.Data.ProtocolLoggingLevel" }

// TypeName returns the .NET type name.
func (TlsAuthLevel) TypeName() string { return "Microsoft.Exchange.Data.TlsAuthLevel" }

// TypeName returns the .NET type name.
func (TenantConnectorType) TypeName() string { return "Microsoft.Exchange.Data.TenantConnectorType" }

// TypeName returns the .NET type name.
func (DSNConversionMode) TypeName() string { return "Microsoft.Exchange.Data.DSNConversionOption" }

// TypeName returns the .NET type name.
func (HeaderPromotionMode) TypeName() string { return "Microsoft.Exchange.Data.HeaderPromotionMode" }

// TypeName returns the .NET type name.
func (ShadowMessagePreference) TypeName() string {
	return "Microsoft.Exchange.Data.ShadowMessagePreference"
}

// TypeName returns the .NET type name.
func (RecipientType) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Recipient.RecipientType"
}

// TypeName returns the .NET type name.
func (RecipientTypeDetails) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails"
}

// TypeName returns the .NET type name of Set-Mailbox -Type.
func (MailboxType) TypeName() string {
	return "Microsoft.Exchange.Management.RecipientTasks.ConvertibleMailboxSubType"
}

// TypeName returns the .NET type name.
func (ExternalOofOptions) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Recipient.ExternalOofOptions"
}

// TypeName returns the .NET type name.
func (SmtpAddress) TypeName() string { return "Microsoft.Exchange.Data.SmtpAddress" }

// TypeName returns the .NET type name.
func (ProxyAddress) TypeName() string { return "Microsoft.Exchange.Data.ProxyAddress" }

// TypeName returns the .NET type name.
func (ByteQuantifiedSize) TypeName() string { return "Microsoft.Exchange.Data.ByteQuantifiedSize" }

// TypeName returns the .NET type name.
func (EnhancedTimeSpan) TypeName() string { return "Microsoft.Exchange.Data.EnhancedTimeSpan" }

// TypeName returns the .NET name of the generic type as Type.ToString()
// and conversion errors write it:
// "Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data.ByteQuantifiedSize]",
// "Microsoft.Exchange.Data.Unlimited`1[System.Int32]",
// "Microsoft.Exchange.Data.Unlimited`1[System.UInt32]".
func (u Unlimited[T]) TypeName() string {
	var elem string
	switch v := any(u.value).(type) {
	case interface{ TypeName() string }:
		elem = v.TypeName()
	case int32:
		elem = "System.Int32"
	case uint32:
		elem = "System.UInt32"
	case int64:
		elem = "System.Int64"
	default:
		elem = "System.Object"
	}
	return "Microsoft.Exchange.Data.Unlimited`1[" + elem + "]"
}

package model

import "time"

// Mailbox is a user, shared, room or equipment mailbox (Set-Mailbox),
// plus the configuration of the mail client its user runs (Client,
// ComposeFormat, InternetFormat, ReadReceiptResponse: exsh-specific
// properties that stand in for Outlook's options). Fields are in
// Format-List order.
type Mailbox struct {
	Database                         string
	UseDatabaseRetentionDefaults     bool
	RetainDeletedItemsUntilBackup    bool
	DeliverToMailboxAndForward       bool
	LitigationHoldEnabled            bool
	SingleItemRecoveryEnabled        bool
	RetentionHoldEnabled             bool
	EndDateForRetentionHold          *time.Time
	StartDateForRetentionHold        *time.Time
	RetentionComment                 string
	RetentionUrl                     string
	LitigationHoldDate               *time.Time
	LitigationHoldOwner              string
	LitigationHoldDuration           Unlimited[EnhancedTimeSpan]
	RetentionPolicy                  *string
	ExchangeGuid                     Guid
	IsMailboxEnabled                 bool
	ProhibitSendQuota                UnlimitedSize
	ProhibitSendReceiveQuota         UnlimitedSize
	RecoverableItemsQuota            UnlimitedSize
	RecoverableItemsWarningQuota     UnlimitedSize
	CalendarLoggingQuota             UnlimitedSize
	IsResource                       bool
	IsLinked                         bool
	IsShared                         bool
	LinkedMasterAccount              string
	ResetPasswordOnNextLogon         bool
	ResourceCapacity                 *int32
	ResourceCustom                   []string
	ResourceType                     *string
	SamAccountName                   string
	SCLDeleteThreshold               *int32
	SCLDeleteEnabled                 *bool
	SCLRejectThreshold               *int32
	SCLRejectEnabled                 *bool
	SCLQuarantineThreshold           *int32
	SCLQuarantineEnabled             *bool
	SCLJunkThreshold                 *int32
	SCLJunkEnabled                   *bool
	AntispamBypassEnabled            bool
	ServerLegacyDN                   string
	ServerName                       string
	UseDatabaseQuotaDefaults         *bool
	IssueWarningQuota                UnlimitedSize
	RulesQuota                       ByteQuantifiedSize
	Office                           string
	UserPrincipalName                string
	UMEnabled                        bool
	MaxSafeSenders                   *int32
	MaxBlockedSenders                *int32
	ThrottlingPolicy                 *string
	RoleAssignmentPolicy             string
	SharingPolicy                    string
	ArchiveDatabase                  *string
	ArchiveGuid                      Guid
	ArchiveName                      []string
	ArchiveQuota                     UnlimitedSize
	ArchiveWarningQuota              UnlimitedSize
	ArchiveStatus                    string
	RemoteRecipientType              string
	AddressBookPolicy                *string
	CalendarRepairDisabled           bool
	MessageTrackingReadStatusEnabled bool
	ExternalOofOptions               ExternalOofOptions
	ForwardingAddress                *string
	ForwardingSmtpAddress            *ProxyAddress
	RetainDeletedItemsFor            EnhancedTimeSpan
	Languages                        []string
	OfflineAddressBook               *string
	RecipientLimits                  UnlimitedInt
	AuditEnabled                     bool
	AuditLogAgeLimit                 EnhancedTimeSpan
	AuditAdmin                       []string
	AuditDelegate                    []string
	AuditOwner                       []string
	MailRecipient
	MailRecipientTail
	// Client is the mail client the user runs (exsh-specific).
	Client OutlookClient
	// ComposeFormat is the client's default compose format.
	ComposeFormat ComposeFormat
	// InternetFormat is the client's global option for Rich Text
	// messages to Internet recipients.
	InternetFormat InternetFormat
	// ReadReceiptResponse is how the client answers read-receipt
	// requests.
	ReadReceiptResponse ReadReceiptResponse
	RecipientHeader
}

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
	LitigationHoldDuration           Unlimited[EnhancedTimeSpan] `valid:"range=00:00:00.."`
	RetentionPolicy                  *string
	ExchangeGuid                     Guid
	IsMailboxEnabled                 bool
	ProhibitSendQuota                UnlimitedSize `valid:"range=0..2199023254528"`
	ProhibitSendReceiveQuota         UnlimitedSize `valid:"range=0..2199023254528"`
	RecoverableItemsQuota            UnlimitedSize `valid:"range=0..2199023254528"`
	RecoverableItemsWarningQuota     UnlimitedSize `valid:"range=0..2199023254528"`
	CalendarLoggingQuota             UnlimitedSize `valid:"range=0..2199023254528"`
	IsResource                       bool
	IsLinked                         bool
	IsShared                         bool
	LinkedMasterAccount              string
	ResetPasswordOnNextLogon         bool
	ResourceCapacity                 *int32 `valid:"range=0.."`
	ResourceCustom                   []string
	ResourceType                     *string
	SamAccountName                   string `valid:"sam,len=20"`
	SCLDeleteThreshold               *int32 `valid:"range=0..9"`
	SCLDeleteEnabled                 *bool
	SCLRejectThreshold               *int32 `valid:"range=0..9"`
	SCLRejectEnabled                 *bool
	SCLQuarantineThreshold           *int32 `valid:"range=0..9"`
	SCLQuarantineEnabled             *bool
	SCLJunkThreshold                 *int32 `valid:"range=0..9"`
	SCLJunkEnabled                   *bool
	AntispamBypassEnabled            bool
	ServerLegacyDN                   string
	ServerName                       string
	UseDatabaseQuotaDefaults         *bool
	IssueWarningQuota                UnlimitedSize      `valid:"range=0..2199023254528"`
	RulesQuota                       ByteQuantifiedSize `valid:"range=32KB..256KB"`
	Office                           string             `valid:"len=128"`
	UserPrincipalName                string             `valid:"upn,len=1024"`
	UMEnabled                        bool
	MaxSafeSenders                   *int32 `valid:"range=0.."`
	MaxBlockedSenders                *int32 `valid:"range=0.."`
	ThrottlingPolicy                 *string
	RoleAssignmentPolicy             string
	SharingPolicy                    string
	ArchiveDatabase                  *string
	ArchiveGuid                      Guid
	ArchiveName                      []string
	ArchiveQuota                     UnlimitedSize `valid:"range=0..2199023254528"`
	ArchiveWarningQuota              UnlimitedSize `valid:"range=0..2199023254528"`
	ArchiveStatus                    string
	RemoteRecipientType              string
	AddressBookPolicy                *string
	CalendarRepairDisabled           bool
	MessageTrackingReadStatusEnabled bool
	ExternalOofOptions               ExternalOofOptions
	ForwardingAddress                *string
	ForwardingSmtpAddress            *ProxyAddress    `valid:"smtp"`
	RetainDeletedItemsFor            EnhancedTimeSpan `valid:"range=00:00:00..24855.03:14:07"`
	Languages                        []string
	OfflineAddressBook               *string
	RecipientLimits                  UnlimitedInt `valid:"range=0..2147483647"`
	AuditEnabled                     bool
	AuditLogAgeLimit                 EnhancedTimeSpan `valid:"range=00:00:00..24855.03:14:07"`
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

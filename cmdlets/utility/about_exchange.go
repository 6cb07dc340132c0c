package utility

import (
	"sort"
	"strings"

	"github.com/exsh/exsh/cmdlet"
)

// exchangeTopics are the conceptual topics about the TNEF decision, the
// Exchange 5.5 Internet Mail Service and read receipts, written for the
// students of the labs (from the two seed documents: the 2013 TNEF
// conversion options and Q257396). They join helpTopics at start-up.
var exchangeTopics = []helpTopic{
	{"about_TNEF", "Describes TNEF (winmail.dat), the Exchange format that carries Outlook Rich Text and MAPI properties in Internet mail.", []string{
		"TNEF, the Transport Neutral Encapsulation Format, is Microsoft's own way of packing a MAPI message (Outlook Rich Text, meeting and task requests, voting buttons, forms, the read-receipt request) into one binary stream. Outlook also calls it Outlook Rich Text Format; Exchange 5.5 called it Microsoft Exchange Rich Text Formatting (MS-RTF).",
		"When a message leaves the organization as TNEF it is a MIME message with a plain-text rendering and an application/ms-tnef attachment, usually named winmail.dat. Every Outlook reads the attachment and rebuilds the original message. A mail client that does not understand TNEF shows a plain-text message with a winmail.dat (or win.dat) attachment it can't open.",
		"Inside one Exchange 2013 organization the servers pass Summary TNEF (STNEF), the whole message as TNEF. STNEF never leaves the organization: mail to an outside recipient is either legacy TNEF (winmail.dat) or ordinary MIME (HTML or plain text). Inside an Exchange 5.5 organization the MTA carries the MAPI message itself.",
		"Whether a message to an outside recipient keeps its TNEF is decided by a ladder of settings: the remote domain, the mail user or mail contact, and the sender's Outlook. See about_TNEF_Precedence; for Exchange 5.5 see about_Exchange55_IMS.",
		"Test-TnefConversion shows the decision for one recipient without sending anything; -Explain prints every level of the ladder. Send-TestMessage sends a message through the simulated transport, and Get-TnefContent opens a winmail.dat.",
	}},
	{"about_TNEF_Precedence", "Describes the order in which the remote domain, the mail user or contact and Outlook decide whether mail leaves as TNEF.", []string{
		"Three places can say whether a message to an outside recipient is sent as TNEF. From the lowest priority to the highest they are:",
		"1. The sender's Outlook. Its Internet format (Convert to HTML, the default; Convert to Plain Text; Send using Outlook Rich Text Format) and, for an address in the sender's Contacts folder, the per-recipient format (Let Outlook decide, Send Plain Text only, Send using Outlook Rich Text format). These options only concern messages written in Rich Text: HTML and plain-text messages are not touched. In exsh: Set-OutlookConfiguration and New-OutlookContact or Set-OutlookContact.",
		"2. The mail user or mail contact. UseMapiRichTextFormat Always sends TNEF to that recipient, Never sends no TNEF, UseDefaultSettings (the default) leaves the choice to the others. Set it with Set-MailUser or Set-MailContact; a typed address that is no recipient of the organization has no such setting.",
		"3. The remote domain. TNEFEnabled $true sends TNEF for every message to the domain, $false never, $null (the default) lets the recipient and Outlook decide. Set it with Set-RemoteDomain. The most specific remote domain that matches the recipient's domain applies; the Default entry (*) covers the others.",
		"A higher level that has an answer wins over every lower level: a remote domain with TNEFEnabled $false sends no TNEF even to a contact set to Always. Only when a level has no opinion ($null, UseDefaultSettings, Let Outlook decide) does the next lower level count.",
		"Summary TNEF (STNEF), which Exchange 2013 servers use between themselves, is never sent to an outside recipient: what leaves is legacy TNEF (winmail.dat) or MIME.",
		"exsh can also play three behaviours seen in practice that differ from the documentation (Set-Organization; all off by default). Test-TnefConversion -Explain mentions one only when it is on or when turning it on would change the result, for example: Outlook contacts from the GAL force TNEF: off.",
		"An Exchange 5.5 organization has its own ladder (the e-mail domain's Send rich text, then the recipient's rich-text flag): see about_Exchange55_IMS.",
	}},
	{"about_Exchange55_IMS", "Describes the Exchange 5.5 Internet Mail Service settings for rich text (TNEF), custom recipients and forwarding to a host, as exsh shows them.", []string{
		"In an Exchange 5.5 organization (New-Organization -ExchangeVersion Exchange55) the Internet Mail Service (IMS, service MSExchangeIMC) sends mail to the Internet. Its option Send Microsoft Exchange Rich Text Formatting takes three values: Always (every message as rich text, that is TNEF), Never (no rich text even for recipients that ask for it) and User (the recipient's rich-text flag decides).",
		"The option exists once for the whole IMS and once per e-mail domain; an e-mail domain entry wins for the recipients of its domain. exsh models the e-mail domains as remote domains: the Default entry (*) is the IMS-wide setting and New-RemoteDomain adds an e-mail domain. Get-RemoteDomain shows the option as SendRichText, and Set-RemoteDomain -SendRichText Always, Never or User (an exsh extension) sets it; it is the same setting as TNEFEnabled $true, $false or $null.",
		"A sensible layout keeps the IMS-wide setting at User and adds an e-mail domain set to Always for each partner organization that runs Exchange: rich text to every domain can confuse mail systems that don't understand it.",
		"Under User the flag of the recipient decides. A custom recipient (in exsh a mail contact) has Allow rich text in messages on its Advanced tab: Set-MailContact -UseMapiRichTextFormat Always sets it, Never clears it. For an address the sender typed, or an entry of the sender's personal address book, the client's check box Always send to this recipient in Microsoft Exchange rich text format decides: in exsh an Outlook contact with -InternetFormat OutlookRichText.",
		"When rich text still does not get through, Q257396 suggests sending straight to the other organization's IMS so that no third-party relay or firewall is in the way: Forward all messages to a host, or Specify by e-mail domain for one domain. In exsh a send connector plays this part: Set-SendConnector with -SmartHosts for every domain, or New-SendConnector with the partner's address space. Do the same on every IMS that takes part.",
		"The IMS reads its settings when it starts. After any change to an e-mail domain or to the forwarding, run Restart-Service MSExchangeIMC; until then Get-Service MSExchangeIMC shows that a restart is pending and mail still follows the old settings.",
	}},
	{"about_Read_Receipts", "Describes how read receipts travel between organizations and why they depend on TNEF.", []string{
		"A read receipt is produced by the recipient's mail client when the message is read, not by the server. The sender asks for one (Send-TestMessage -RequestReadReceipt); the recipient's client then sends it, asks the user first, or sends none, as its settings say (Set-OutlookConfiguration -ReadReceiptResponse). Open-MailboxMessage plays the recipient reading the message.",
		"Across organizations the request has to survive the trip. Inside TNEF it is a MAPI property that every Exchange reads. In MIME it becomes a header, and the headers differ: Exchange 5.5 writes Return-Receipt-To, which later versions take as a request for a delivery receipt, and Exchange 5.5 can't read the Disposition-Notification-To header that later versions write. Between Exchange organizations, and above all when one of them runs Exchange 5.5, send rich text (TNEF) to the partner's domain on both sides.",
		"A relay or firewall that strips the MIME structure or drops winmail.dat loses the request with it. To test without them, send directly to the other organization's server (see about_Exchange55_IMS), and keep in mind that a missing receipt proves nothing: a user may always decline to send one.",
		"Meeting requests, task requests and forms need TNEF between organizations for the same reason.",
	}},
}

// topicExamples are the examples of the conceptual topics, shown after
// the long description. Each runs in the help-examples fixture.
var topicExamples = map[string][]cmdlet.Example{
	"about_TNEF": {
		{Code: "Test-TnefConversion kim@fabrikam.com -Explain", Remarks: "Shows, level by level, whether mail to Kim leaves as TNEF."},
		{Code: "Get-TnefContent winmail.dat", Remarks: "Shows what a winmail.dat carries."},
	},
	"about_TNEF_Precedence": {
		{Code: "Set-MailContact kim -UseMapiRichTextFormat Always; Set-RemoteDomain Fabrikam -TNEFEnabled $false; Test-TnefConversion kim@fabrikam.com",
			Remarks: "The remote domain outranks the contact: no TNEF, although Kim's contact asks for it."},
		{Code: "Set-RemoteDomain Fabrikam -TNEFEnabled $null; Set-MailContact kim -UseMapiRichTextFormat Always; Test-TnefConversion kim@fabrikam.com",
			Remarks: "With the remote domain at $null, the contact decides: TNEF."},
	},
	"about_Exchange55_IMS": {
		{Code: "Connect-Organization Litware; Get-RemoteDomain", Remarks: "Lists the IMS-wide setting (Default) and the e-mail domains with their SendRichText."},
		{Code: "Connect-Organization Litware; New-RemoteDomain -Name Contoso -DomainName contoso.com | Out-Null; Set-RemoteDomain Contoso -SendRichText Always; Restart-Service MSExchangeIMC",
			Remarks: "Adds the e-mail domain contoso.com with Send rich text Always and restarts the IMS so that it applies."},
		{Code: "Connect-Organization Litware; New-MailContact -Name 'Ann Beebe' -ExternalEmailAddress ann@contoso.com | Out-Null; Set-MailContact 'Ann Beebe' -UseMapiRichTextFormat Always",
			Remarks: "Creates a custom recipient with Allow rich text in messages selected."},
		{Code: "Connect-Organization Litware; New-SendConnector -Name 'To Contoso' -AddressSpaces contoso.com -DNSRoutingEnabled $false -SmartHosts exch55.contoso.com | Out-Null; Restart-Service MSExchangeIMC",
			Remarks: "Forwards all mail for contoso.com to Contoso's IMS (Specify by e-mail domain) and restarts the IMS."},
	},
	"about_Read_Receipts": {
		{Code: "Set-RemoteDomain Fabrikam -TNEFEnabled $true; $r = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject Minutes -RequestReadReceipt; Connect-Organization Fabrikam; Open-MailboxMessage -Mailbox bob $r.MessageId -SendReadReceipt $true",
			Remarks: "Sends a message that asks for a read receipt as TNEF; Bob, in Fabrikam, reads it and sends the receipt."},
	},
}

// TopicExamples returns the examples of the conceptual help topics, by
// topic name, for the test that runs every help example.
func TopicExamples() map[string][]cmdlet.Example {
	out := make(map[string][]cmdlet.Example, len(topicExamples))
	for k, v := range topicExamples {
		out[k] = append([]cmdlet.Example(nil), v...)
	}
	return out
}

func init() {
	helpTopics = append(helpTopics, exchangeTopics...)
	sort.SliceStable(helpTopics, func(i, j int) bool {
		return strings.ToLower(helpTopics[i].Name) < strings.ToLower(helpTopics[j].Name)
	})
}

# tnef-conversion-options: Contoso (Exchange 2013) writes Rich Text; its
# partners are Fabrikam (Exchange 2013, Outlook users who need meeting
# requests and voting buttons intact) and Litware (a non-Exchange system
# whose users read mail in a webmail client), where Contoso's helpdesk
# tickets go to a ticket system that reads plain text only.
New-Organization -Name Fabrikam -DomainName fabrikam.com | Out-Null
New-Organization -Name Litware -DomainName litware.com -ExchangeVersion NonExchange | Out-Null
Connect-Organization Fabrikam
New-Mailbox -Name 'Kim Akers' -Alias kim -UserPrincipalName kim@fabrikam.com -Password x | Out-Null
Connect-Organization Litware
New-Mailbox -Name 'Lee Gu' -Alias lee -UserPrincipalName lee@litware.com -Password x | Out-Null
New-Mailbox -Name 'Tickets' -Alias tickets -UserPrincipalName tickets@litware.com -Password x | Out-Null
Connect-Organization Contoso
New-MailContact -Name 'Kim Akers' -ExternalEmailAddress kim@fabrikam.com | Out-Null
New-MailContact -Name 'Lee Gu' -ExternalEmailAddress lee@litware.com | Out-Null
New-MailContact -Name 'Litware Tickets' -ExternalEmailAddress tickets@litware.com | Out-Null
Set-OutlookConfiguration Administrator -ComposeFormat RichText
# Last month Kim's meeting requests arrived as plain messages ...
Send-TestMessage -From Administrator -To kim@fabrikam.com -Subject 'Quarterly review' -MeetingRequest -Start '2026-01-05 10:00' -End '2026-01-05 11:00' -Location 'Room 1' | Out-Null
# ... so someone made every domain TNEF, and the mail that followed:
Set-RemoteDomain Default -TNEFEnabled $true
Set-MailContact 'Litware Tickets' -UseMapiRichTextFormat Always
Send-TestMessage -From Administrator -To lee@litware.com -Subject 'Price list' -Body 'The new prices are attached.' | Out-Null
Send-TestMessage -From Administrator -To tickets@litware.com -Subject 'Printer on floor 2 is jammed' -Body 'Please send someone.' | Out-Null

# Fabrikam gets TNEF through a remote domain of its own; every other
# domain follows the default again; the ticket system gets plain text
# from Outlook once neither the contact nor the domain decides.
Connect-Organization Contoso
Set-RemoteDomain Default -TNEFEnabled $null
New-RemoteDomain -Name Fabrikam -DomainName fabrikam.com | Out-Null
Set-RemoteDomain Fabrikam -TNEFEnabled $true
Set-MailContact 'Litware Tickets' -UseMapiRichTextFormat UseDefaultSettings
New-OutlookContact -Mailbox Administrator -Name 'Litware Tickets' -EmailAddress tickets@litware.com -InternetFormat PlainTextOnly | Out-Null
# The proof, on delivered mail:
Send-TestMessage -From Administrator -To kim@fabrikam.com -Subject 'Quarterly review' -MeetingRequest -Start '2026-01-05 10:00' -End '2026-01-05 11:00' -Location 'Room 1' | Out-Null
Send-TestMessage -From Administrator -To kim@fabrikam.com -Subject 'Lunch on Friday?' -VotingButtons 'Yes;No' | Out-Null
Send-TestMessage -From Administrator -To lee@litware.com -Subject 'Price list' -Body 'The new prices, readable this time.' | Out-Null
Send-TestMessage -From Administrator -To tickets@litware.com -Subject 'Printer on floor 2 is jammed' -Body 'Please send someone.' | Out-Null

# The queue: the Internet connector carries litware.com again, and what
# waits is retried.
Connect-Organization Contoso
Set-SendConnector Internet -Enabled $true
Retry-Queue
# The relay: mail for Fabrikam goes straight to Fabrikam's server.
Set-SendConnector 'To Fabrikam' -SmartHosts ex01.fabrikam.com
# The proof: a new message whose receipt matches.
$m = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Contract (again)' -Body 'Please confirm that you read this.' -RequestReadReceipt
Connect-Organization Fabrikam
Open-MailboxMessage -Mailbox bob $m.MessageId -SendReadReceipt $true | Out-Null
Connect-Organization Contoso

# read-receipts-between-orgs: two Exchange 5.5 organizations (Northwind and
# Litware) whose Internet Mail Services forward everything to an ISP relay
# that strips the MIME encoding, with the IMS-wide rich-text setting at
# User. Contoso (Exchange 2013) is the third organization.
New-Organization -Name Northwind -DomainName northwind.com -ExchangeVersion Exchange55 | Out-Null
New-Organization -Name Litware -DomainName litware.com -ExchangeVersion Exchange55 | Out-Null
New-RelayHost relay.isp.example -Behavior FlattenToFirstTextPart | Out-Null
Connect-Organization Contoso
New-Mailbox -Name 'Kim Akers' -Alias kim -UserPrincipalName kim@contoso.com -Password x | Out-Null
Connect-Organization Litware
New-Mailbox -Name 'Lee Long' -Alias lee -UserPrincipalName lee@litware.com -Password x | Out-Null
Set-SendConnector Internet -DNSRoutingEnabled $false -SmartHosts relay.isp.example
Restart-Service MSExchangeIMC
Connect-Organization Northwind
Set-SendConnector Internet -DNSRoutingEnabled $false -SmartHosts relay.isp.example
Restart-Service MSExchangeIMC
# Already in flight: Northwind's Administrator asked Lee for a read receipt
# yesterday; Lee has read the message, the receipt never came.
$m = Send-TestMessage -From Administrator -To lee@litware.com -Subject 'Budget 2001' -Body 'Please confirm that you read this.' -RequestReadReceipt
Connect-Organization Litware
Open-MailboxMessage -Mailbox lee $m.MessageId | Out-Null
Connect-Organization Northwind

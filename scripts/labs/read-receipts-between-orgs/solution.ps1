# The KB's fix on both Internet Mail Services: rich text Always for the
# partner's e-mail domain only (User stays the IMS-wide setting), direct
# forwarding to the partner's IMS past the relay, and a restart.
Connect-Organization Northwind
New-RemoteDomain -Name Litware -DomainName litware.com | Out-Null
Set-RemoteDomain Litware -SendRichText Always
New-SendConnector -Name 'To Litware' -AddressSpaces litware.com -DNSRoutingEnabled $false -SmartHosts exch55.litware.com | Out-Null
Restart-Service MSExchangeIMC
Connect-Organization Litware
New-RemoteDomain -Name Northwind -DomainName northwind.com | Out-Null
Set-RemoteDomain Northwind -SendRichText Always
New-SendConnector -Name 'To Northwind' -AddressSpaces northwind.com -DNSRoutingEnabled $false -SmartHosts exch55.northwind.com | Out-Null
Restart-Service MSExchangeIMC
# The proof: send again, Lee reads it, the receipt comes back.
Connect-Organization Northwind
$m = Send-TestMessage -From Administrator -To lee@litware.com -Subject 'Budget 2001 again' -Body 'Please confirm that you read this.' -RequestReadReceipt
Connect-Organization Litware
Open-MailboxMessage -Mailbox lee $m.MessageId | Out-Null

# Then with Contoso, on Exchange 2013: the 5.5 side as above, and the
# 2013 side sends TNEF back to northwind.com.
Connect-Organization Northwind
New-RemoteDomain -Name Contoso -DomainName contoso.com | Out-Null
Set-RemoteDomain Contoso -SendRichText Always
New-SendConnector -Name 'To Contoso' -AddressSpaces contoso.com -DNSRoutingEnabled $false -SmartHosts ex01.contoso.com | Out-Null
Restart-Service MSExchangeIMC
Connect-Organization Contoso
New-RemoteDomain -Name Northwind -DomainName northwind.com | Out-Null
Set-RemoteDomain Northwind -TNEFEnabled $true
Connect-Organization Northwind
Test-MailRoundTrip -From Administrator -To kim@contoso.com | Out-Null

# troubleshooting: a broken world. Contoso's Internet connector was
# disabled during a clean-up, so mail to Litware waits in a queue; mail to
# Fabrikam goes through a partner hub relay that rewrites Message-IDs, so
# Fabrikam's read receipts no longer match what Contoso sent.
New-Organization -Name Fabrikam -DomainName fabrikam.com | Out-Null
New-Organization -Name Litware -DomainName litware.com -ExchangeVersion NonExchange | Out-Null
New-RelayHost relay.partnerhub.example -Behavior RewriteMessageId | Out-Null
Connect-Organization Fabrikam
New-Mailbox -Name 'Bob Baker' -Alias bob -UserPrincipalName bob@fabrikam.com -Password x | Out-Null
Connect-Organization Litware
New-Mailbox -Name 'Lee Gu' -Alias lee -UserPrincipalName lee@litware.com -Password x | Out-Null
Connect-Organization Contoso
New-SendConnector -Name 'To Fabrikam' -AddressSpaces fabrikam.com -DNSRoutingEnabled $false -SmartHosts relay.partnerhub.example | Out-Null
Set-SendConnector Internet -Enabled $false
# In flight: three invoices for Litware, a contract Bob has read.
foreach ($n in 1..3) {
    Send-TestMessage -From Administrator -To lee@litware.com -Subject "Invoice $n" -Body 'The invoice is attached.' | Out-Null
}
Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Contract' -Body 'Please confirm that you read this.' -RequestReadReceipt | Out-Null
Connect-Organization Fabrikam
Get-MailboxMessage bob -Folder Inbox | Open-MailboxMessage -Mailbox bob -SendReadReceipt $true | Out-Null
Connect-Organization Contoso

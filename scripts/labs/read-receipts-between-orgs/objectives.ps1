# The objectives of read-receipts-between-orgs. Each hashtable is one
# objective: Name (the trainer's column), Text, Hint (shown when it is not
# met) and Test (outputs $true when it is met). The tests only read.
@{
    Name = 'ReceiptFromLitware'
    Text = "A read receipt from Lee (Litware) reached Northwind's Administrator"
    Hint = "Look for 'Read: ...' in Get-MailboxMessage Administrator -Folder Inbox (in Northwind). Trace-Message shows where the request was lost: the KB sends it inside rich text (TNEF), past the relay, on both sides. Then send again and let Lee open it (Open-MailboxMessage)."
    Test = {
        Connect-Organization Northwind
        @(Get-MailboxMessage Administrator -Folder Inbox | Where-Object { $_.ItemType -eq 'Read receipt' -and $_.From -like '*@litware.com>' }).Count -gt 0
    }
}
@{
    Name = 'PerDomainRichText'
    Text = 'Rich text per e-mail domain: Always for the partner, User IMS-wide'
    Hint = "On each IMS, add an e-mail domain for the partner (New-RemoteDomain) with rich text Always (Set-RemoteDomain <name> -SendRichText Always), and leave the Default domain's SendRichText at User: other domains may not understand rich text."
    Test = {
        $ok = $true
        foreach ($side in @('Northwind', 'litware.com'), @('Litware', 'northwind.com')) {
            Connect-Organization $side[0]
            $ok = $ok -and (Get-RemoteDomain Default).SendRichText -eq 'User'
            $ok = $ok -and @(Get-RemoteDomain | Where-Object { $_.DomainName -eq $side[1] -and $_.SendRichText -eq 'Always' }).Count -eq 1
        }
        $ok
    }
}
@{
    Name = 'RequestAsTnef'
    Text = 'Each IMS sends a read-receipt request to the partner as rich text (TNEF)'
    Hint = "Test-TnefConversion <partner address> -RequestReadReceipt -Explain shows what each IMS does now. An IMS uses a changed setting only after Restart-Service MSExchangeIMC (Get-Service MSExchangeIMC shows RestartPending)."
    Test = {
        Connect-Organization Northwind
        $n = (Test-TnefConversion lee@litware.com -RequestReadReceipt).Result
        Connect-Organization Litware
        $n -eq 'TNEF' -and (Test-TnefConversion administrator@northwind.com -RequestReadReceipt).Result -eq 'TNEF'
    }
}
@{
    Name = 'ReceiptFromContoso'
    Text = "A read receipt from Kim (Contoso, Exchange 2013) reached Northwind's Administrator"
    Hint = "Test-MailRoundTrip -From Administrator -To kim@contoso.com (in Northwind) says which hop decided. The 5.5 side needs the same as for Litware (rich text Always for contoso.com, a direct route to Contoso's server ex01.contoso.com, a restart); the 2013 side sends the receipt back as TNEF only when its remote domain for northwind.com has TNEFEnabled `$true."
    Test = {
        Connect-Organization Northwind
        @(Get-MailboxMessage Administrator -Folder Inbox | Where-Object { $_.ItemType -eq 'Read receipt' -and $_.From -like '*@contoso.com>' }).Count -gt 0
    }
}

# The objectives of troubleshooting, checked on the mail that actually
# travelled. Each hashtable is one objective: Name (the trainer's column),
# Text, Hint (shown when it is not met) and Test (outputs $true when it is
# met).
@{
    Name = 'QueueDrained'
    Text = "The invoices stuck in Contoso's queue reached Lee at Litware"
    Hint = "Get-Queue and Get-Message (in Contoso) show what waits and why; Get-SendConnector shows which connector should carry litware.com. After the fix, Retry-Queue sends what waits."
    Test = {
        Connect-Organization Contoso
        $waiting = @(Get-Message).Count
        Connect-Organization Litware
        $waiting -eq 0 -and @(Get-MailboxMessage lee -Folder Inbox | Where-Object { $_.Subject -like 'Invoice *' }).Count -eq 3
    }
}
@{
    Name = 'DirectToFabrikam'
    Text = 'Mail for Fabrikam no longer passes the partner hub relay'
    Hint = "Get-MessageTrackingLog -EventId SEND | Format-Table ConnectorId,ServerHostname,Recipients shows where each message went next. Fabrikam's server is ex01.fabrikam.com; send Bob a new message after the fix."
    Test = {
        Connect-Organization Contoso
        $last = Get-MessageTrackingLog -EventId SEND -Recipients bob@fabrikam.com | Select-Object -Last 1
        $last -and $last.ServerHostname -ne 'relay.partnerhub.example'
    }
}
@{
    Name = 'ReceiptMatched'
    Text = "A read receipt from Bob was matched to the message Contoso sent"
    Hint = "Test-MailRoundTrip -From Administrator -To bob@fabrikam.com tells why a receipt is not matched: compare the Message-ID Contoso sent with the one Bob's receipt names (Trace-Message, Get-MailboxMessage bob in Fabrikam). A Responses entry on the sent item is a matched receipt."
    Test = {
        Connect-Organization Contoso
        @(Get-MailboxMessage Administrator -Folder SentItems | Where-Object { $_.Responses -like 'Read: Bob*' }).Count -gt 0
    }
}

# The objectives of tnef-conversion-options, checked on the mail that
# actually arrived (the latest of its kind) and on the settings. Each
# hashtable is one objective: Name (the trainer's column), Text, Hint
# (shown when it is not met) and Test (outputs $true when it is met).
@{
    Name = 'WebmailReadable'
    Text = "Lee's webmail at Litware shows Contoso's latest mail, not a winmail.dat"
    Hint = "Get-MailboxMessage lee (in Litware) shows what Lee sees. Test-TnefConversion lee@litware.com -Explain tells which setting decides; the remote domain is the highest level. Send Lee a new message after the change."
    Test = {
        Connect-Organization Litware
        $m = Get-MailboxMessage lee -Folder Inbox | Select-Object -Last 1
        $m -and $m.Format -ne 'TNEF' -and @($m.Attachments) -notcontains 'winmail.dat'
    }
}
@{
    Name = 'MeetingsAsTnef'
    Text = "Kim at Fabrikam (Exchange) gets Contoso's meeting requests as TNEF"
    Hint = "Fabrikam runs Exchange and Outlook: give fabrikam.com a remote domain of its own with TNEFEnabled `$true, then send Kim a meeting request (Send-TestMessage -MeetingRequest) and look at Get-MailboxMessage kim in Fabrikam."
    Test = {
        Connect-Organization Fabrikam
        $m = Get-MailboxMessage kim -Folder Inbox | Where-Object { $_.ItemType -eq 'Meeting request' } | Select-Object -Last 1
        $m -and $m.Format -eq 'TNEF'
    }
}
@{
    Name = 'VotingIntact'
    Text = 'Kim can vote on a Contoso message: its voting buttons arrived'
    Hint = "Voting buttons travel only inside TNEF. Send Kim a message with Send-TestMessage -VotingButtons 'Yes;No' once fabrikam.com gets TNEF, and look at its Actions."
    Test = {
        Connect-Organization Fabrikam
        @(Get-MailboxMessage kim -Folder Inbox | Where-Object { $_.ItemType -eq 'Message' -and $_.Actions }).Count -gt 0
    }
}
@{
    Name = 'TicketsPlainText'
    Text = "Litware's ticket system gets Contoso's latest ticket as plain text"
    Hint = "Only Outlook can send plain text to one recipient (a Contacts entry with InternetFormat PlainTextOnly: New-OutlookContact), and Outlook is the lowest level: the mail contact 'Litware Tickets' (UseMapiRichTextFormat) and the remote domain must not decide. Send a new ticket after the change."
    Test = {
        Connect-Organization Litware
        $m = Get-MailboxMessage tickets -Folder Inbox | Select-Object -Last 1
        $m -and $m.Format -eq 'MimeText'
    }
}
@{
    Name = 'DefaultUnset'
    Text = 'Other Internet domains follow the default again (Default TNEFEnabled is $null)'
    Hint = "Set-RemoteDomain Default -TNEFEnabled `$null: TNEF for every domain is what sent Litware winmail.dat."
    Test = {
        Connect-Organization Contoso
        $null -eq (Get-RemoteDomain Default).TNEFEnabled
    }
}

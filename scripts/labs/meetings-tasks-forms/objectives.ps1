# The objectives of meetings-tasks-forms, checked on the items that
# actually arrived. Each hashtable is one objective: Name (the trainer's
# column), Text, Hint (shown when it is not met) and Test (outputs $true
# when it is met).
@{
    Name = 'TaskAccepted'
    Text = "Bob accepted a Contoso task and Contoso's task shows his answer"
    Hint = "A task request is a task only inside TNEF: Get-MailboxMessage bob (in Fabrikam) shows what Bob got. Then Send-TaskResponse -Mailbox bob <MessageId> -Response Accept; the answer must come back as TNEF too, so look at Fabrikam's remote domains as well as Contoso's."
    Test = {
        Connect-Organization Contoso
        @(Get-MailboxMessage Administrator -Folder SentItems | Where-Object { $_.ItemType -eq 'Task request' -and $_.Responses }).Count -gt 0
    }
}
@{
    Name = 'FormArrived'
    Text = "Bob received Contoso's expense report as the custom form IPM.Note.Contoso.Expense"
    Hint = "The message class of a custom form travels only inside TNEF; send the expense report again (Send-TestMessage -MessageClass IPM.Note.Contoso.Expense) once fabrikam.com gets TNEF."
    Test = {
        Connect-Organization Fabrikam
        @(Get-MailboxMessage bob -Folder Inbox | Where-Object { $_.ItemType -like "Form 'IPM.Note.Contoso.Expense'*" }).Count -gt 0
    }
}
@{
    Name = 'MeetingAnsweredAsTnef'
    Text = "Bob's answer to a Contoso meeting request came back to Contoso as TNEF"
    Hint = "Meeting requests survive without TNEF (iCalendar), but the answer comes back in the form Fabrikam's remote domain for contoso.com says. Send-MeetingResponse -Mailbox bob <MessageId> -Response Accept (in Fabrikam) and look at the Format of the answer in Contoso's Inbox."
    Test = {
        Connect-Organization Contoso
        @(Get-MailboxMessage Administrator -Folder Inbox | Where-Object { $_.ItemType -like 'Meeting response*' -and $_.Format -eq 'TNEF' }).Count -gt 0
    }
}
@{
    Name = 'WebmailStillMime'
    Text = "Lee's webmail at Litware still gets Contoso's latest mail as MIME"
    Hint = "TNEF is for Exchange partners only: keep the Default remote domain's TNEFEnabled at `$null and give fabrikam.com a remote domain of its own. Send Lee a message to prove it."
    Test = {
        Connect-Organization Litware
        $m = Get-MailboxMessage lee -Folder Inbox | Select-Object -Last 1
        $m -and $m.Format -ne 'TNEF'
    }
}

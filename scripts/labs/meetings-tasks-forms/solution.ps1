# TNEF both ways between the two Exchange organizations, through remote
# domains of their own; the Default stays as it is for everyone else.
Connect-Organization Contoso
New-RemoteDomain -Name Fabrikam -DomainName fabrikam.com | Out-Null
Set-RemoteDomain Fabrikam -TNEFEnabled $true
Connect-Organization Fabrikam
New-RemoteDomain -Name Contoso -DomainName contoso.com | Out-Null
Set-RemoteDomain Contoso -TNEFEnabled $true
# Send again, and let Bob answer.
Connect-Organization Contoso
$meeting = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Project kickoff (again)' -MeetingRequest -Start '2026-01-05 10:00' -End '2026-01-05 11:00' -Location 'Room 1'
$task = Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Draft the budget (again)' -TaskRequest -DueDate '2026-01-09'
Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Expenses December (again)' -Body 'Hotel 240, train 80' -MessageClass IPM.Note.Contoso.Expense | Out-Null
Send-TestMessage -From Administrator -To lee@litware.com -Subject 'Kickoff notes' -Body 'See you on Monday.' | Out-Null
Connect-Organization Fabrikam
Send-MeetingResponse -Mailbox bob $meeting.MessageId -Response Accept | Out-Null
Send-TaskResponse -Mailbox bob $task.MessageId -Response Accept | Out-Null
Connect-Organization Contoso

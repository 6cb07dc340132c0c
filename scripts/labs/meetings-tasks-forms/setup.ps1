# meetings-tasks-forms: Contoso and Fabrikam both run Exchange 2013 and
# Outlook, with every remote domain at its default (no TNEF). Litware is a
# non-Exchange system whose users read mail in a webmail client. Contoso's
# Administrator writes Rich Text.
New-Organization -Name Fabrikam -DomainName fabrikam.com | Out-Null
New-Organization -Name Litware -DomainName litware.com -ExchangeVersion NonExchange | Out-Null
Connect-Organization Fabrikam
New-Mailbox -Name 'Bob Baker' -Alias bob -UserPrincipalName bob@fabrikam.com -Password x | Out-Null
Connect-Organization Litware
New-Mailbox -Name 'Lee Gu' -Alias lee -UserPrincipalName lee@litware.com -Password x | Out-Null
Connect-Organization Contoso
Set-OutlookConfiguration Administrator -ComposeFormat RichText
# Already sent to Bob this morning: a meeting request, a task and an
# expense report on Contoso's custom form.
Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Project kickoff' -MeetingRequest -Start '2026-01-05 10:00' -End '2026-01-05 11:00' -Location 'Room 1' | Out-Null
Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Draft the budget' -TaskRequest -DueDate '2026-01-09' | Out-Null
Send-TestMessage -From Administrator -To bob@fabrikam.com -Subject 'Expenses December' -Body 'Hotel 240, train 80' -MessageClass IPM.Note.Contoso.Expense | Out-Null

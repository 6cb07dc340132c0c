<#
Lab: "Our partners get winmail.dat" (Exchange 2013, the TNEF conversion options document)

Contoso's Default remote domain was set to always send TNEF, so that meeting
requests reach Fabrikam (an Exchange organization) intact. Since then Litware,
whose people read mail in a webmail client, receives every message from
Contoso as an empty body with a winmail.dat attachment.

Your job: Litware gets readable MIME again, Fabrikam keeps TNEF, and every
other Internet domain follows the default again (TNEFEnabled $null).
Tools: Get-RemoteDomain, New-RemoteDomain, Set-RemoteDomain, Test-TnefConversion.

  exsh -File scripts/lab-winmail.ps1           builds the scenario in the current organization
  exsh -File scripts/lab-winmail.ps1 -Check    checks the objectives (exit code 1 until all pass)
  exsh -File scripts/lab-winmail.ps1 -Reset    removes what the lab created
#>
param([switch]$Check, [switch]$Reset)

$failed = 0
function Test-Objective([string]$Text, [scriptblock]$Test) {
    if (& $Test) { "PASS  $Text" } else { "FAIL  $Text"; $script:failed++ }
}

if ($Reset) {
    Remove-MailContact "Kim Akers" -Confirm:$false -ErrorAction SilentlyContinue
    Remove-MailContact "Lee Gu" -Confirm:$false -ErrorAction SilentlyContinue
    Get-RemoteDomain | Where-Object { $_.Name -ne "Default" } | Remove-RemoteDomain -Confirm:$false
    Set-RemoteDomain Default -TNEFEnabled $null -WarningAction SilentlyContinue
    Set-OutlookConfiguration Administrator -ComposeFormat Html -WarningAction SilentlyContinue
    "The lab is reset."
    return
}

if ($Check) {
    Test-Objective "Litware (webmail) gets MIME, not winmail.dat" {
        (Test-TnefConversion lee@litware.com).Result -ne "TNEF"
    }
    Test-Objective "Fabrikam (Exchange) gets meeting requests as TNEF" {
        (Test-TnefConversion kim@fabrikam.com -MessageClass IPM.Schedule.Meeting.Request).Result -eq "TNEF"
    }
    Test-Objective "Other Internet domains follow the default (Default TNEFEnabled is `$null)" {
        $null -eq (Get-RemoteDomain Default).TNEFEnabled
    }
    if ($failed) { "$failed objective(s) not met yet."; exit 1 }
    "All objectives met."
    return
}

New-MailContact -Name "Kim Akers" -ExternalEmailAddress kim@fabrikam.com -ErrorAction SilentlyContinue | Out-Null
New-MailContact -Name "Lee Gu" -ExternalEmailAddress lee@litware.com -ErrorAction SilentlyContinue | Out-Null
Set-OutlookConfiguration Administrator -ComposeFormat RichText
Set-RemoteDomain Default -TNEFEnabled $true
"Scenario built: Default sends TNEF to every domain. Run this script with -Check when you think it is fixed."

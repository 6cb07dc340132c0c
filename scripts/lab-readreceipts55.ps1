<#
Lab: read receipts between organizations (Exchange Server 5.5, KB Q257396)

Northwind runs Exchange 5.5 with the Internet Mail Service (IMS). Its users
ask for read receipts on mail to Contoso (an Exchange organization), but the
receipts never come back: the IMS sends Contoso plain MIME, which drops the
request. Following the KB: add an e-mail domain for contoso.com whose "Send
Microsoft Exchange Rich Text Formatting" is Always, leave the IMS-wide
setting at User (other domains may not understand rich text), and restart the
IMS so that the change takes effect.
Tools: Connect-Organization, Get-RemoteDomain (SendRichText column),
New-RemoteDomain, Set-RemoteDomain -TNEFEnabled, Get-Service and
Restart-Service MSExchangeIMC, Test-TnefConversion -RequestReadReceipt.

  exsh -File scripts/lab-readreceipts55.ps1           builds the Northwind organization
  exsh -File scripts/lab-readreceipts55.ps1 -Check    checks the objectives (exit code 1 until all pass)
  exsh -File scripts/lab-readreceipts55.ps1 -Reset    removes the Northwind organization
#>
param([switch]$Check, [switch]$Reset)

$failed = 0
function Test-Objective([string]$Text, [scriptblock]$Test) {
    if (& $Test) { "PASS  $Text" } else { "FAIL  $Text"; $script:failed++ }
}

if ($Reset) {
    Remove-Organization Northwind -Confirm:$false -ErrorAction SilentlyContinue
    "The lab is reset."
    return
}

if ($Check) {
    Connect-Organization Northwind
    Test-Objective "A read-receipt request to Contoso leaves as TNEF" {
        (Test-TnefConversion bob@contoso.com -RequestReadReceipt -WarningAction SilentlyContinue).Result -eq "TNEF"
    }
    Test-Objective "The IMS-wide setting stays User" {
        (Get-RemoteDomain Default).SendRichText -eq "User"
    }
    Test-Objective "The IMS runs with the new settings (no restart pending)" {
        -not (Get-Service MSExchangeIMC).RestartPending
    }
    if ($failed) { "$failed objective(s) not met yet."; exit 1 }
    "All objectives met."
    return
}

if (-not (Get-Organization Northwind -ErrorAction SilentlyContinue)) {
    New-Organization -Name Northwind -DomainName northwind.com -ExchangeVersion Exchange55 | Out-Null
}
"Scenario built: connect with 'Connect-Organization Northwind', then run this script with -Check when you think it is fixed."

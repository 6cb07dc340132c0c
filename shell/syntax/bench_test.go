package syntax

import (
	"strings"
	"testing"
)

// BenchmarkParse10kLines parses a 10,000-line script of typical admin lines.
func BenchmarkParse10kLines(b *testing.B) {
	lines := []string{
		`$name = "user$i@contoso.com"`,
		`Set-MailContact -Identity $name -UseMapiRichTextFormat Always -WhatIf`,
		`if ($x.TNEFEnabled -eq $false) { Write-Output "off" } else { $n += 1 }`,
		`Get-RemoteDomain | Where-Object { $_.DomainName -like '*.contoso.com' } | Select-Object Name`,
	}
	var sb strings.Builder
	for i := 0; i < 10000; i++ {
		sb.WriteString(lines[i%len(lines)])
		sb.WriteByte('\n')
	}
	src := sb.String()
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}

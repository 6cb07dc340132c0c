package syntax

import (
	"strings"
	"testing"
)

// script10k is a 10,000-line script of typical admin lines.
func script10k() string {
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
	return sb.String()
}

// BenchmarkTokenize10kLines is the baseline for BenchmarkParse10kLines:
// the tokenizer alone on the same script.
func BenchmarkTokenize10kLines(b *testing.B) {
	src := script10k()
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := Tokenize(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse10kLines parses the 10,000-line script.
func BenchmarkParse10kLines(b *testing.B) {
	src := script10k()
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildGrammar builds the participle parser, which a process
// does once, on its first parse: part of every exsh command's start-up.
func BenchmarkBuildGrammar(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buildGrammar()
	}
}

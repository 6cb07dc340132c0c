package utility

import (
	"strings"

	"github.com/exsh/exsh/shell/value"
)

// helpTopic is one conceptual help topic (about_*): Get-Help shows it and
// lists it next to the cmdlets. Topics are declared only here.
type helpTopic struct {
	Name  string
	Short string
	Long  []string // paragraphs
}

// helpTopics are the conceptual topics exsh answers, sorted by name.
var helpTopics = []helpTopic{
	{"about_Arrays", "Describes arrays, the ordered lists of values that commands output and parameters accept.", []string{
		"Build an array with commas (1,2,3), with @() (always an array, even for zero or one result) or with a range (1..5). Elements are numbered from 0; $a[-1] is the last one and $a[1..2] a slice. An index beyond the end gives $null without an error.",
		"$a.Count tells how many elements there are; every single value has a Count of 1 and $null a Count of 0. $a += $x makes a new array with $x appended.",
		"Capturing a pipeline gives $null for no output, the object itself for one object and an array for more; write @(...) when you need an array in every case.",
	}},
	{"about_Automatic_Variables", "Describes the variables that the shell creates and maintains.", []string{
		"$_ and $PSItem hold the current pipeline object in script blocks (Where-Object, ForEach-Object, calculated properties, catch, switch).",
		"$? is False when the last command wrote an error; $Error lists the recent error records, newest first; $LASTEXITCODE holds the code of the last script that called exit.",
		"$true, $false and $null are constants. $Matches holds the groups of the last successful -match; $args holds the arguments a function did not bind; $PSScriptRoot and $PSCommandPath name the running script; $PSVersionTable describes the shell.",
	}},
	{"about_Booleans", "Describes how values are converted to True or False.", []string{
		"Conditions (if, while, -and, -or, -not, Where-Object) convert their value to a Boolean. False are: $false, $null, 0, the empty string, an empty collection and a one-element collection whose element is false. Everything else is true, including the strings 'False' and '0'.",
		"Boolean parameters such as -TNEFEnabled accept only $true, $false and numbers: the word false without a dollar sign is a string and is refused.",
	}},
	{"about_CommonParameters", "Describes the parameters that every cmdlet accepts.", []string{
		"-ErrorAction (-ea) decides what a non-terminating error does: Continue (show it, the default), SilentlyContinue (hide it), Ignore (hide it and leave it out of $Error), Stop (turn it into a terminating error that try/catch can catch) or Inquire.",
		"-ErrorVariable (-ev) and -OutVariable (-ov) also store the command's errors or output in the variable named (without $; +name appends). -WarningAction (-wa) and -WarningVariable (-wv) do the same for warnings. -Verbose (-vb) shows VERBOSE: messages.",
		"Cmdlets that change the organization also accept -WhatIf (-wi), which only tells what would change, and -Confirm (-cf), which asks first; -Confirm:$false suppresses the question.",
	}},
	{"about_Comparison_Operators", "Describes the operators that compare values.", []string{
		"-eq, -ne, -gt, -ge, -lt and -le compare values; -like and -notlike match wildcard patterns (* ? [a-z]); -match and -notmatch match regular expressions and fill $Matches; -contains, -notcontains, -in and -notin test membership; -replace replaces regular-expression matches; -is and -isnot test types.",
		"String comparisons ignore case. Add c for a case-sensitive operator (-ceq, -clike, -cmatch) or i to state the default (-ieq).",
		"The right operand is converted to the type of the left one, so 1 -eq '1.0' is True. With a collection on the left, the operator returns the matching elements instead of True or False: write $null -eq $x, not $x -eq $null, to test for $null.",
	}},
	{"about_Error_Handling", "Describes terminating and non-terminating errors and how scripts handle them.", []string{
		"A non-terminating error (an object not found by Get-Mailbox, for example) is shown, recorded in $Error and sets $? to False, and the command goes on with the next input. A terminating error (throw, a parameter binding error, a command not found) stops the statement or the script.",
		"try/catch catches terminating errors only: add -ErrorAction Stop, or set $ErrorActionPreference = 'Stop', to make cmdlet errors catchable. In catch, $_ is the error record: $_.Exception.Message is the message and $_.FullyQualifiedErrorId the error identifier.",
	}},
	{"about_Format.ps1xml", "Describes how exsh chooses the layout of output.", []string{
		"Windows PowerShell reads its views from *.format.ps1xml files. exsh has no such files: each object type declares its default table columns next to its type, and exsh does not load format files.",
		"Without a view, an object with four or fewer properties is shown as a table and one with five or more as a list. Format-Table, Format-List and Format-Wide choose the layout explicitly; they must come last in a pipeline.",
	}},
	{"about_Hash_Tables", "Describes hash tables, the dictionaries of keys and values.", []string{
		"Write @{ Name = 'Contoso'; Enabled = $true }, with the entries separated by semicolons or new lines. Keys ignore case; the same key twice in one literal is an error. [ordered]@{...} keeps the order of the keys.",
		"Read and change entries with $h.Name, $h['Name'], $h.Name = 'x', $h.Remove('Name') and $h.ContainsKey('Name'); $h.Keys, $h.Values and $h.Count describe the table.",
		"Exchange cmdlets take @{Add='a','b'; Remove='c'} to add values to, or remove values from, a multi-valued property instead of replacing it. [pscustomobject]@{...} turns a hash table into an object.",
	}},
	{"about_Logical_Operators", "Describes the operators that connect conditions.", []string{
		"-and is True when both sides are true, -or when at least one is, -xor when exactly one is; -not and ! invert a value. -and and -or stop as soon as the result is known.",
		"Operands are converted to Boolean by the rules of about_Booleans; the result is always True or False.",
	}},
	{"about_Numeric_Literals", "Describes how numbers are written.", []string{
		"Integers are decimal (42) or hexadecimal (0x2A); a number with a point or an exponent (1.5, 1e3) is a double. The suffix l makes a long and d a decimal.",
		"The multipliers kb, mb, gb, tb and pb multiply by powers of 1024: 10MB is 10485760. Exchange size parameters such as -MaxSendSize 25MB receive that number of bytes.",
	}},
	{"about_Operator_Precedence", "Describes the order in which operators are evaluated.", []string{
		"From first to last: grouping ( ) $( ) @( ); member access and indexing; casts; the comma; -not and !; the range ..; -f; unary minus; * / %; + -; all comparison operators together with -split, -join, -replace and -as; -and, -or and -xor; the pipeline; assignment.",
		"Operators of the same level are evaluated from left to right. Use parentheses when in doubt: (1,2,3 -join ',') differs from 1,2,(3 -join ',').",
	}},
	{"about_Operators", "Describes the operators of the language.", []string{
		"Arithmetic: + - * / %; with a string on the left, + concatenates and * repeats. Assignment: = += -= *= /= %=, and ++ and -- on variables.",
		"Comparison, logical and string operators are described in about_Comparison_Operators and about_Logical_Operators; -split and -join split and join strings, -f formats ('{0:N2}' -f 3.14159).",
		"Special operators: the call operator & runs a script block or a command named by a string, .. builds a range, :: reads a static member ([math]::Round(2.5)), $( ) evaluates statements inside a string, @( ) always makes an array and , builds one.",
	}},
	{"about_Parameters", "Describes how commands take parameters.", []string{
		"Name a parameter with a dash (-Identity Contoso) or with a colon (-Identity:Contoso). A name may be shortened to any unambiguous prefix (-TNEF for -TNEFEnabled); an ambiguous prefix is an error that lists the candidates.",
		"Positional parameters take values without a name, in order (Get-RemoteDomain Default). A switch parameter is on when present; set it explicitly with a colon (-Confirm:$false). Mandatory parameters must be given; Get-Help <command> -Parameter <name> describes a parameter.",
		"Values are converted to the parameter's type: numbers, Booleans ($true/$false only), enumeration names (case-insensitive), sizes (10MB), time spans (00:15:00) and dates.",
	}},
	{"about_Parsing", "Describes how the shell reads commands.", []string{
		"A statement that starts with a value (a number, a quoted string, a variable, a parenthesis) is read in expression mode: 2+2 is 4. A statement that starts with a name is a command, and its arguments are read in argument mode: Write-Output 2+2 prints the text 2+2.",
		"In argument mode a bare word is a string, a dash followed by a letter is a parameter name, and parentheses, $( ) and @( ) switch back to expression mode. Quote values that contain spaces or special characters.",
		"A line continues on the next one after a trailing pipe, a binary operator, a comma, an open bracket or a backtick at the very end of the line.",
	}},
	{"about_Pipelines", "Describes how commands are combined with the pipe operator.", []string{
		"A pipeline passes the objects that one command outputs to the next command, one at a time: Get-RemoteDomain | Where-Object {$_.TNEFEnabled -eq $false} | Set-RemoteDomain -TNEFEnabled $null.",
		"Each object binds to a parameter of the next command by value or by property name; Get-Help <command> -Full shows which parameters accept pipeline input. What reaches the end of the pipeline is formatted and shown.",
	}},
	{"about_PowerShell_exe", "Describes the command line of exsh.", []string{
		"exsh without arguments starts an interactive shell. exsh -Command '<text>' (or -c) runs the text and exits with 0, or 1 when the last statement failed; exit N exits with N.",
		"exsh -File script.ps1 [arguments] (or exsh script.ps1) runs a UTF-8 script (a byte order mark and CRLF line ends are accepted) and exits with 0, the code of exit N, or 1 when the script stopped on an error. A script given on standard input runs the same way.",
		"-NoProfile and -NonInteractive (no prompts: Read-Host and confirmations are errors), -Version, -Help, and -Database <path> (also $EXSH_DB) are accepted.",
	}},
	{"about_Preference_Variables", "Describes the variables that customize the behavior of the shell.", []string{
		"$ErrorActionPreference (Continue) is the default -ErrorAction; Stop makes every cmdlet error terminating. $WarningPreference (Continue) and $VerbosePreference (SilentlyContinue) control warnings and verbose messages.",
		"$ConfirmPreference (High) and $WhatIfPreference ($false) control confirmation; $FormatEnumerationLimit (4) limits how many values of a collection a table cell shows; $OFS (a space) joins arrays inside strings.",
	}},
	{"about_Quoting_Rules", "Describes single and double quotation marks.", []string{
		"Text in single quotes is taken literally: '$name' is the five characters $name. Write two single quotes for one.",
		"Text in double quotes expands variables and subexpressions: \"Hello $name\" and \"Count: $($list.Count)\". Only the variable itself expands: write $($user.Name) for a property. A backtick escapes the next character (`$, `\", `n for a new line).",
		"Here-strings @' ... '@ and @\" ... \"@ span lines; the closing mark must start a line.",
	}},
	{"about_Script_Blocks", "Describes script blocks, pieces of code in braces.", []string{
		"A script block { ... } is a value that holds code. Where-Object and ForEach-Object run it for each object with $_ set; & $block or & { ... } runs it directly.",
		"A script block given to a parameter that takes pipeline input is evaluated per object (Import-Csv u.csv | Set-MailContact -Identity {$_.Name}). An Exchange -Filter takes the text of the block as an OPATH filter without running it.",
	}},
	{"about_Simplified_Syntax", "Describes the short form of Where-Object and ForEach-Object.", []string{
		"Where-Object Name -like 'Contoso*' is the same as Where-Object {$_.Name -like 'Contoso*'}: the property comes first, then the operator as a parameter, then the value. Where-Object Enabled keeps the objects whose property is true.",
		"ForEach-Object Name outputs the Name of each object. The short form takes one condition only; use a script block for -and and -or.",
	}},
	{"about_Special_Characters", "Describes the escape sequences of double-quoted strings.", []string{
		"In double-quoted strings a backtick starts an escape: `0 null, `a alert, `b backspace, `f form feed, `n new line, `r carriage return, `t tab, `v vertical tab. A backtick before any other character makes it literal: `$, `\" and `` .",
		"At the end of a line, a backtick continues the statement on the next line; nothing, not even a space, may follow it.",
	}},
	{"about_Splatting", "Describes passing parameters from a hash table or an array.", []string{
		"Put parameter names and values in a hash table and pass it with @ instead of $: $p = @{Name='Fabrikam'; ExternalEmailAddress='info@fabrikam.com'}; New-MailContact @p. Switches take $true or $false.",
		"An array passed with @ supplies positional values. Splatted and ordinary parameters can be mixed.",
	}},
	{"about_Tab_Expansion", "Describes completion with the Tab key.", []string{
		"Tab completes the word under the cursor: command names, parameter names after a dash, the values of enumeration parameters, variable names after $, and file names. Pressing Tab again shows the next candidate; Shift+Tab goes back.",
	}},
	{"about_Try_Catch_Finally", "Describes the try, catch and finally blocks.", []string{
		"try { ... } runs statements; catch { ... } runs when one of them raises a terminating error, with $_ set to the error record; finally { ... } always runs. A catch may name an exception type: catch [System.Management.Automation.ItemNotFoundException] { ... }.",
		"Cmdlet errors are non-terminating and are not caught unless the command has -ErrorAction Stop. throw raises a terminating error; throw alone in a catch block raises the error again.",
	}},
}

// findTopic returns the topic called name (case-insensitive).
func findTopic(name string) (helpTopic, bool) {
	for _, t := range helpTopics {
		if strings.EqualFold(t.Name, name) {
			return t, true
		}
	}
	return helpTopic{}, false
}

// topicLines renders a topic as Windows PowerShell prints an about_ file.
func topicLines(t helpTopic, width int) []string {
	p := &helpPage{width: width}
	p.head("TOPIC")
	p.para(4, t.Name)
	p.blank(1)
	p.head("SHORT DESCRIPTION")
	p.para(4, t.Short)
	p.blank(1)
	p.head("LONG DESCRIPTION")
	for i, para := range t.Long {
		if i > 0 {
			p.blank(1)
		}
		p.para(4, para)
	}
	p.blank(1)
	if ex := topicExamples[t.Name]; len(ex) > 0 {
		p.head("EXAMPLES")
		for _, e := range ex {
			p.lines = append(p.lines, "    PS C:\\> "+e.Code)
			p.para(8, e.Remarks)
			p.blank(1)
		}
	}
	return p.lines
}

// textMatches reports whether pattern (with wildcards) matches a word
// run of text: as 5.1's search of the help content, a pattern that
// matches no name is matched against the words of the text.
func textMatches(pattern string, text ...string) bool {
	for _, t := range text {
		for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\n' }) {
			w = strings.Trim(w, ".,;:()'\"")
			if value.MatchWildcard(pattern, w, false) {
				return true
			}
		}
	}
	return false
}

// matchingTopics lists the topics whose name matches pattern.
func matchingTopics(pattern string) []HelpInfoShort {
	var out []HelpInfoShort
	for _, t := range helpTopics {
		if value.MatchWildcard(pattern, t.Name, false) {
			out = append(out, HelpInfoShort{Name: t.Name, Category: "HelpFile", Synopsis: t.Short})
		}
	}
	return out
}

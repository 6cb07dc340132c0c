package shell

import "testing"

// TestExceptionTypes checks the .NET exception of runtime errors, catch
// selection by type and base type, and InnerException.
func TestExceptionTypes(t *testing.T) {
	show := `function Show($e) { $i = $e.Exception.InnerException; $n = if ($i) { $i.GetType().FullName } else { '-' }; '{0} | {1} | {2}' -f $e.Exception.GetType().FullName, $n, $e.CategoryInfo.Reason }; `
	tests := []struct{ name, in, out string }{
		{"divide by zero", "try { 1/0 } catch { Show $_ }", "System.Management.Automation.RuntimeException | System.DivideByZeroException | RuntimeException\n"},
		{"cast", "try { [int]'abc' } catch { Show $_ }", "System.Management.Automation.RuntimeException | System.Management.Automation.PSInvalidCastException | RuntimeException\n"},
		{"method invocation", "try { 'abc'.Substring(10) } catch { Show $_ }", "System.Management.Automation.MethodInvocationException | System.ArgumentOutOfRangeException | MethodInvocationException\n"},
		{"method overload", "try { 'abc'.Substring(1,2,3) } catch { Show $_ }", "System.Management.Automation.MethodException | - | MethodException\n"},
		{"command not found", "try { No-Such } catch { Show $_ }", "System.Management.Automation.CommandNotFoundException | - | CommandNotFoundException\n"},
		{"parameter binding", "try { Get-Thing -Colour 1 } catch { Show $_ }", "System.Management.Automation.ParameterBindingException | - | ParameterBindingException\n"},
		{"bad regex", "try { 'a' -match '(' } catch { Show $_ }", "System.ArgumentException | - | ArgumentException\n"},
		{"throw", "try { throw 'boom' } catch { Show $_ }", "System.Management.Automation.RuntimeException | - | RuntimeException\n"},
		{"call depth", "function r { r }; try { r } catch { Show $_ }", "System.Management.Automation.ScriptCallDepthException | - | ScriptCallDepthException\n"},
		{"format", "try { '{0' -f 1 } catch { Show $_ }", "System.Management.Automation.RuntimeException | System.FormatException | RuntimeException\n"},
		{"static parse", "try { [int]::Parse('x') } catch { Show $_; $_.Exception.Message }", "System.Management.Automation.MethodInvocationException | System.FormatException | MethodInvocationException\nException calling \"Parse\" with \"1\" argument(s): \"Input string was not in a correct format.\"\n"},
		{"record member types", "try { 1/0 } catch { $_.InvocationInfo.GetType().FullName; $_.CategoryInfo.GetType().FullName }", "System.Management.Automation.InvocationInfo\nSystem.Management.Automation.ErrorCategoryInfo\n"},
		{"catch base type", "try { 1/0 } catch [System.ArithmeticException] { 'arith' }", "arith\n"},
		{"catch short name", "try { 1/0 } catch [DivideByZeroException] { 'dbz' }", "dbz\n"},
		{"catch SystemException", "try { throw 'x' } catch [System.SystemException] { 'sys' }", "sys\n"},
		{"catch RuntimeException", "try { No-Such } catch [System.Management.Automation.RuntimeException] { 'rte' }", "rte\n"},
		{"catch skips other types", "try { 1/0 } catch [System.FormatException] { 'fmt' } catch [System.InvalidCastException] { 'cast' } catch { 'any' }", "any\n"},
		{"catch list", "try { [int]'x' } catch [System.DivideByZeroException], [System.InvalidCastException] { 'list' }", "list\n"},
		{"catch inner of method call", "try { 'abc'.Substring(10) } catch [ArgumentOutOfRangeException] { $_.Exception.InnerException.Message }", "startIndex cannot be larger than length of string.\nParameter name: startIndex\n"},
		{"catch parameter binding", "try { Get-Thing -Colour 1 } catch [System.Management.Automation.ParameterBindingException] { 'pbe' }", "pbe\n"},
		{"runtime exception catches a wrapped .NET exception", "try { 'a' -match '(' } catch [System.Management.Automation.RuntimeException] { 'rte' }", "rte\n"},
		{"inner of inner is not tried", "try { try { [int]'x' } catch [System.FormatException] { 'no' } } catch { 'outer' }", "outer\n"},
		{"GetType base", "try { 1/0 } catch { $t = $_.Exception.GetType(); $t.Name; $t.BaseType.FullName; $t.BaseType.BaseType.Name }", "RuntimeException\nSystem.SystemException\nException\n"},
		{"-is exception", "try { 1/0 } catch { $_.Exception -is [System.SystemException]; $_.Exception.InnerException -is [ArithmeticException]; $_.Exception -is [System.FormatException] }", "True\nTrue\nFalse\n"},
		{"type literal", "[System.DivideByZeroException] -eq $null", "False\n"},
		{"null array", "try { $null[0] } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }", "Cannot index into a null array.\nNullArray\nSystem.Management.Automation.RuntimeException\n"},
		{"null index", "$a = 1,2; try { $a[$null] } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }", "Index operation failed; the array index evaluated to null.\nNullArrayIndex\n"},
		{"null key", "$h = @{a=1}; try { $h[$null] } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }", "Index operation failed; the array index evaluated to null.\nNullArrayIndex\n"},
		{"null key assigned", "$h = @{}; try { $h[$null] = 1 } catch { $_.FullyQualifiedErrorId }; $h.Count", "NullArrayIndex\n0\n"},
		{"null index assigned", "$a = 1,2; try { $a[$null] = 9 } catch { $_.FullyQualifiedErrorId }; $a -join ','", "NullArrayIndex\n1,2\n"},
		{"out of range", "$a = 1,2; $null -eq $a[5]; $null -eq $a[-5]; $null -eq 'ab'[9]; 'ab'[-1]", "True\nTrue\nTrue\nb\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs := runFake(t, show+tt.in)
			if out != tt.out || errs != "" {
				t.Errorf("%s\nout: %q\nwant: %q\nerrs: %s", tt.in, out, tt.out, errs)
			}
		})
	}
}

// TestLanguageOps checks -split with options and script blocks, [decimal]
// and -is/-as through the interpreter.
func TestLanguageOps(t *testing.T) {
	tests := []struct{ name, in, out string }{
		{"split simple match", "('a.b' -split '.', 0, 'SimpleMatch') -join '|'", "a|b\n"},
		{"split script block", "('a,b;c' -split { $_ -eq ',' -or $_ -eq ';' }) -join '|'", "a|b|c\n"},
		{"split script block limit", "('a,b,c' -split { $_ -eq ',' }, 2) -join '|'", "a|b,c\n"},
		{"split script block args", "('ab' -split { $args[1] -eq 1 }) -join '|'", "a|\n"},
		{"csplit", "('aXbxc' -csplit 'x') -join '|'", "aXb|c\n"},
		{"split conflict", "try { 'a' -split 'a', 0, 'SimpleMatch,Multiline' } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().Name }", "InvalidSplitOptionCombination\nParseException\n"},
		{"decimal cast", "$d = [decimal]'1.5'; $d.GetType().FullName; $d + 1; ($d + 1.5).GetType().Name", "System.Decimal\n2.5\nDecimal\n"},
		{"decimal division", "[decimal]1 / 3; [decimal]10 / 4", "0.3333333333333333333333333333\n2.5\n"},
		{"decimal exact", "[decimal]'0.1' + [decimal]'0.2' -eq [decimal]'0.3'; 0.1 + 0.2 -eq 0.3", "True\nFalse\n"},
		{"decimal format", "'{0:N2}' -f [decimal]'1234.565'; ([decimal]'2.50').ToString(); ([decimal]'2.345').ToString('F2')", "1,234.57\n2.50\n2.35\n"},
		{"decimal unary minus", "$d = [decimal]'1.5'; -$d; (-$d).GetType().Name", "-1.5\nDecimal\n"},
		{"decimal to int", "[int][decimal]'2.5'; [int][decimal]'3.5'", "2\n4\n"},
		{"decimal -is -as", "[decimal]'1' -is [decimal]; '2.5' -as [decimal]; 'x' -as [decimal]; $null -eq ('x' -as [decimal])", "True\n2.5\nTrue\n"},
		{"array of null", "@($null).Length; @().Length; @($null, $null).Count", "1\n0\n2\n"},
		{"psobject", "[pscustomobject]@{a=1} -is [psobject]; 5 -is [psobject]; 'a' -is [psobject]; @{} -is [psobject]", "True\nFalse\nFalse\nFalse\n"},
		{"interfaces", "(1,2) -is [System.Collections.IEnumerable]; 'ab' -is [Collections.IEnumerable]; 5 -is [Collections.IEnumerable]; @{} -is [Collections.IDictionary]; 'a' -is [IComparable]; 1.5d -is [IFormattable]; 'a' -isnot [IFormattable]", "True\nTrue\nFalse\nTrue\nTrue\nTrue\nTrue\n"},
		{"is as", "5 -is [int]; 5 -is [string]; 5 -isnot [string]; '5' -as [int]; (5 -as [string]).GetType().Name; 5 -is [System.ValueType]; 'a' -is [object]", "True\nFalse\nTrue\n5\nString\nTrue\nTrue\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs := runFake(t, tt.in)
			if out != tt.out || errs != "" {
				t.Errorf("%s\nout: %q\nwant: %q\nerrs: %s", tt.in, out, tt.out, errs)
			}
		})
	}
}

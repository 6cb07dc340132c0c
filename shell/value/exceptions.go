package value

import "strings"

// exceptionTable lists the .NET exception types exsh raises or lets a
// script name in catch, -is and type literals, each with its direct
// base type. It is declared once: catch matching, GetType() (Name,
// BaseType) and -is walk the chain it defines.
var exceptionTable = [][2]string{
	{"System.Exception", "System.Object"},
	{"System.SystemException", "System.Exception"},
	{"System.ApplicationException", "System.Exception"},
	{"System.ArithmeticException", "System.SystemException"},
	{"System.DivideByZeroException", "System.ArithmeticException"},
	{"System.OverflowException", "System.ArithmeticException"},
	{"System.NotFiniteNumberException", "System.ArithmeticException"},
	{"System.ArgumentException", "System.SystemException"},
	{"System.ArgumentNullException", "System.ArgumentException"},
	{"System.ArgumentOutOfRangeException", "System.ArgumentException"},
	{"System.FormatException", "System.SystemException"},
	{"System.IndexOutOfRangeException", "System.SystemException"},
	{"System.InvalidCastException", "System.SystemException"},
	{"System.InvalidOperationException", "System.SystemException"},
	{"System.ObjectDisposedException", "System.InvalidOperationException"},
	{"System.NotSupportedException", "System.SystemException"},
	{"System.NotImplementedException", "System.SystemException"},
	{"System.NullReferenceException", "System.SystemException"},
	{"System.OutOfMemoryException", "System.SystemException"},
	{"System.InsufficientExecutionStackException", "System.SystemException"},
	{"System.StackOverflowException", "System.SystemException"},
	{"System.TimeoutException", "System.SystemException"},
	{"System.UnauthorizedAccessException", "System.SystemException"},
	{"System.Collections.Generic.KeyNotFoundException", "System.SystemException"},
	{"System.IO.IOException", "System.SystemException"},
	{"System.IO.FileNotFoundException", "System.IO.IOException"},
	{"System.IO.DirectoryNotFoundException", "System.IO.IOException"},
	{"System.IO.PathTooLongException", "System.IO.IOException"},
	{"System.Management.Automation.RuntimeException", "System.SystemException"},
	{"System.Management.Automation.ActionPreferenceStopException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.ArgumentTransformationMetadataException", "System.Management.Automation.MetadataException"},
	{"System.Management.Automation.MetadataException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.ValidationMetadataException", "System.Management.Automation.MetadataException"},
	{"System.Management.Automation.CmdletInvocationException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.CommandNotFoundException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.GetValueException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.GetValueInvocationException", "System.Management.Automation.GetValueException"},
	{"System.Management.Automation.SetValueException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.SetValueInvocationException", "System.Management.Automation.SetValueException"},
	{"System.Management.Automation.ItemNotFoundException", "System.Management.Automation.SessionStateException"},
	{"System.Management.Automation.SessionStateException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.DriveNotFoundException", "System.Management.Automation.SessionStateException"},
	{"System.Management.Automation.ProviderNotFoundException", "System.Management.Automation.SessionStateException"},
	{"System.Management.Automation.SessionStateUnauthorizedAccessException", "System.Management.Automation.SessionStateException"},
	{"System.Management.Automation.MethodException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.MethodInvocationException", "System.Management.Automation.MethodException"},
	{"System.Management.Automation.ParameterBindingException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.ParameterBindingArgumentTransformationException", "System.Management.Automation.ParameterBindingException"},
	{"System.Management.Automation.ParameterBindingValidationException", "System.Management.Automation.ParameterBindingException"},
	{"System.Management.Automation.ParentContainsErrorRecordException", "System.SystemException"},
	{"System.Management.Automation.ParseException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.PipelineStoppedException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.PSArgumentException", "System.ArgumentException"},
	{"System.Management.Automation.PSArgumentNullException", "System.ArgumentNullException"},
	{"System.Management.Automation.PSArgumentOutOfRangeException", "System.ArgumentOutOfRangeException"},
	{"System.Management.Automation.PSInvalidCastException", "System.InvalidCastException"},
	{"System.Management.Automation.PSInvalidOperationException", "System.InvalidOperationException"},
	{"System.Management.Automation.PSNotSupportedException", "System.NotSupportedException"},
	{"System.Management.Automation.PSNotImplementedException", "System.NotImplementedException"},
	{"System.Management.Automation.PSSecurityException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.ScriptCallDepthException", "System.SystemException"},
	{"System.Management.Automation.WildcardPatternException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.RemoteException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.Remoting.PSRemotingTransportException", "System.Management.Automation.RuntimeException"},
	{"System.IO.InvalidDataException", "System.SystemException"},
	{"System.Net.Mail.SmtpException", "System.Exception"},
	{"System.Net.Mail.SmtpFailedRecipientException", "System.Net.Mail.SmtpException"},
	{"System.Management.Automation.PropertyAssignmentException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.ExtendedTypeSystemException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.HaltCommandException", "System.SystemException"},
	{"Microsoft.PowerShell.Commands.WriteErrorException", "System.SystemException"},
	{"Microsoft.PowerShell.Commands.HelpNotFoundException", "System.SystemException"},
	// Exchange's own exceptions, as the remote session reports them.
	{"Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException", "Microsoft.Exchange.Data.DataSourceOperationException"},
	{"Microsoft.Exchange.Configuration.Tasks.ManagementObjectAlreadyExistsException", "Microsoft.Exchange.Data.DataSourceOperationException"},
	{"Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException", "Microsoft.Exchange.Data.DataSourceOperationException"},
	{"Microsoft.Exchange.Data.DataValidationException", "Microsoft.Exchange.Data.LocalizedException"},
	{"Microsoft.Exchange.Data.ProxyAddressExistsException", "Microsoft.Exchange.Data.DataValidationException"},
	{"Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException", "Microsoft.Exchange.Data.DataSourceOperationException"},
	{"Microsoft.Exchange.Data.DataSourceOperationException", "Microsoft.Exchange.Data.LocalizedException"},
	{"Microsoft.Exchange.Data.LocalizedException", "System.Exception"},
	{"Microsoft.PowerShell.Commands.ServiceCommandException", "System.SystemException"},
}

// exceptionBase maps a lower-case full name to the entry's full name
// and base; exceptionShort maps a lower-case short name to a full name.
var (
	exceptionBase  = map[string][2]string{}
	exceptionShort = map[string]string{}
)

func init() {
	for _, e := range exceptionTable {
		exceptionBase[strings.ToLower(e[0])] = e
		short := strings.ToLower(e[0][strings.LastIndex(e[0], ".")+1:])
		if _, dup := exceptionShort[short]; !dup {
			exceptionShort[short] = e[0]
		}
	}
}

// LookupException resolves an exception type name as a type literal
// does: the full name, the name without "System.", or (for the
// exception names PowerShell's type accelerators and error reasons use)
// the short name, in any case and with or without brackets. ok is false
// for a name that is not an exception type of the table.
func LookupException(name string) (full string, ok bool) {
	n := strings.ToLower(bareTypeName(name))
	if e, found := exceptionBase[n]; found {
		return e[0], true
	}
	if e, found := exceptionBase["system."+n]; found {
		return e[0], true
	}
	if !strings.Contains(n, ".") {
		full, ok = exceptionShort[n]
	}
	return full, ok
}

// ExceptionChain returns the full names of an exception type and its
// base types, most derived first, ending with System.Exception (and
// System.Object). A name outside the table is a direct
// System.Exception subtype.
func ExceptionChain(name string) []string {
	full, ok := LookupException(name)
	if !ok {
		return []string{name, "System.Exception", "System.Object"}
	}
	var out []string
	for full != "" {
		out = append(out, full)
		e, found := exceptionBase[strings.ToLower(full)]
		if !found {
			break
		}
		full = e[1]
	}
	return out
}

// ExceptionIs reports whether exception type name is want or derives
// from it; want is resolved with [LookupException] (an unknown want
// compares by short name).
func ExceptionIs(name, want string) bool {
	target, ok := LookupException(want)
	if !ok {
		target = bareTypeName(want)
	}
	target = strings.ToLower(target)
	short := target[strings.LastIndex(target, ".")+1:]
	for _, t := range ExceptionChain(name) {
		lt := strings.ToLower(t)
		if lt == target || (!ok && lt[strings.LastIndex(lt, ".")+1:] == short) {
			return true
		}
	}
	return false
}

// ExceptionFullName returns the full name of an exception given by
// full or short name (an error's Reason); unknown names are returned
// as they are.
func ExceptionFullName(name string) string {
	if full, ok := LookupException(name); ok {
		return full
	}
	return name
}

// exceptionType is implemented by values that are .NET exceptions:
// ExceptionType returns the exception's full type name.
type exceptionType interface{ ExceptionType() string }

// baseTypeOf returns the BaseType shown by GetType() for an exception
// value, or "" for other values.
func baseTypeOf(v any) string {
	e, ok := v.(exceptionType)
	if !ok {
		return ""
	}
	chain := ExceptionChain(e.ExceptionType())
	if len(chain) < 2 {
		return "System.Object"
	}
	return chain[1]
}

package value

// SwitchParameter is the value of a [switch] parameter or variable: it
// converts to and compares as the Boolean IsPresent.
type SwitchParameter struct {
	IsPresent bool
}

// TypeName is the .NET name of the type.
func (SwitchParameter) TypeName() string { return switchParameterType }

// ToBool returns IsPresent, as the .NET method does.
func (s SwitchParameter) ToBool() bool { return s.IsPresent }

const switchParameterType = "System.Management.Automation.SwitchParameter"

// toSwitch converts a value to [switch] as it converts to [bool]; $null
// is not present.
func toSwitch(v any) (any, error) { return SwitchParameter{IsPresent: Truthy(v)}, nil }

// String is IsPresent as text, as .NET's ToString gives it.
func (s SwitchParameter) String() string { return scalarString(s.IsPresent) }

// switchMethods are the methods of a SwitchParameter beyond the common ones.
var switchMethods = methodSet{
	"tobool": {[]int{0}, func(v any, _ []any) (any, error) { return v.(SwitchParameter).IsPresent, nil }},
}

// switchDefs are the definitions of [switchMethods] for Get-Member.
var switchDefs = map[string][2]string{
	"tobool": {"ToBool", "bool ToBool()"},
}

package value

// SecureString is System.Security.SecureString: text a script cannot
// read back. Read-Host -AsSecureString and ConvertTo-SecureString make
// it; cmdlets that take a password (New-Mailbox -Password) read the text
// with [SecureString.Plain]. It prints as its type name and has no
// properties.
type SecureString struct {
	// Length is the number of characters (UTF-16 code units), as .NET's.
	Length int
	text   string
}

// NewSecureString returns a SecureString holding text.
func NewSecureString(text string) *SecureString {
	return &SecureString{Length: utf16Len(text), text: text}
}

// Plain returns the text. It is not a PowerShell member.
func (s *SecureString) Plain() string {
	if s == nil {
		return ""
	}
	return s.text
}

// TypeName is the .NET type name.
func (*SecureString) TypeName() string { return "System.Security.SecureString" }

// String is what the console shows: the type name, as .NET's ToString.
func (*SecureString) String() string { return "System.Security.SecureString" }

// HiddenProperties keeps Length out of the default display: a
// SecureString shows as its type name, as in 5.1; Length reads by name.
func (*SecureString) HiddenProperties() []string { return []string{"Length"} }

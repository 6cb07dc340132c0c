package cmdlet

// PathInfo is a location (PowerShell's System.Management.Automation.PathInfo):
// what Get-Location outputs and $PWD holds. It reads as its path.
type PathInfo struct {
	Path string
}

// TypeName is the .NET type name.
func (*PathInfo) TypeName() string { return "System.Management.Automation.PathInfo" }

// DefaultTableColumns is the default table view: Path.
func (*PathInfo) DefaultTableColumns() []string { return []string{"Path"} }

// String returns the path.
func (p *PathInfo) String() string { return p.Path }

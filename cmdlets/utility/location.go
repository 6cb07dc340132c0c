package utility

import (
	"os"
	"reflect"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
)

// Locator is implemented by hosts with a current location (the shell);
// the location cmdlets need it.
type Locator interface {
	// Location returns the current directory.
	Location() string
	// SetLocation makes dir (already resolved and checked) the current
	// directory.
	SetLocation(dir string)
}

// SetLocation is Set-Location: it changes the current directory.
type SetLocation struct {
	Path     string      `ps:"pos=0,value,name,alias=LiteralPath|PSPath,complete=path" help:"The directory to make current (relative to the current one); your home directory when omitted."`
	PassThru bind.Switch `help:"Outputs the new location."`
}

// GetLocation is Get-Location: it outputs the current directory.
type GetLocation struct{}

func addLocation(r *cmdlet.Registry) {
	cmdlet.Add[SetLocation](r, &cmdlet.Info{
		Name: "Set-Location", Aliases: []string{"cd", "chdir", "sl"}, Module: modManagement,
		Synopsis:    "Sets the current working location to a specified location.",
		Description: "The Set-Location cmdlet makes a directory the current location: relative paths of the file cmdlets (Get-Content, Import-Csv, Out-File, Expand-TnefAttachment...) resolve against it. '..' goes up one level; without a path it goes to your home directory.",
		Examples: []cmdlet.Example{
			{Code: "Set-Location labs", Remarks: "Makes the labs subdirectory the current location."},
			{Code: "cd ..", Remarks: "Goes up one level."},
		},
	})
	cmdlet.Add[GetLocation](r, &cmdlet.Info{
		Name: "Get-Location", Aliases: []string{"gl", "pwd"}, Module: modManagement,
		OutputType:  reflect.TypeFor[cmdlet.PathInfo](),
		Synopsis:    "Gets information about the current working location.",
		Description: "The Get-Location cmdlet outputs the current location as an object whose Path property is the directory.",
		Examples:    []cmdlet.Example{{Code: "(Get-Location).Path", Remarks: "Outputs the current directory as a string."}},
	})
}

// errNoLocation is returned by hosts without a current location.
var errNoLocation = cmdlet.NewError("The current location is not available in this host.", "NotImplemented", "NotSupportedException", "LocationNotSupported")

// Process changes the location.
func (c *SetLocation) Process(ctx *cmdlet.Context) error {
	loc, ok := ctx.Host.(Locator)
	if !ok {
		return errNoLocation
	}
	target := c.Path
	if target == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ctx.WriteError(cmdlet.PathNotFound("~"))
		}
		target = home
	}
	full := ctx.Host.Path(target)
	st, err := os.Stat(full)
	switch {
	case err != nil:
		return ctx.WriteError(cmdlet.PathNotFound(full))
	case !st.IsDir():
		return ctx.WriteError(cmdlet.TargetError("Cannot find path '"+full+"' because it is not a directory.",
			"ObjectNotFound", "ItemNotFoundException", "PathNotFound", full))
	}
	loc.SetLocation(full)
	if c.PassThru {
		return ctx.Emit(&cmdlet.PathInfo{Path: full})
	}
	return nil
}

// Process outputs the location.
func (c *GetLocation) Process(ctx *cmdlet.Context) error {
	loc, ok := ctx.Host.(Locator)
	if !ok {
		return errNoLocation
	}
	return ctx.Emit(&cmdlet.PathInfo{Path: loc.Location()})
}

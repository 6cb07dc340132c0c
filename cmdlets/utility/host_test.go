package utility

import (
	"testing"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlet/cmdlettest"
)

// newHost returns a fake host whose registry holds this package's cmdlets.
func newHost(t *testing.T) *cmdlettest.Host {
	r := cmdlet.NewRegistry()
	AddTo(r)
	return cmdlettest.NewHost(t, r)
}

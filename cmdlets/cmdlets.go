// Package cmdlets assembles the cmdlets exsh ships from the packages
// that implement them, one package a domain: [utility] (the PowerShell
// utility, management and core cmdlets), [exchange] (the Exchange
// cmdlets and the conversion decision), [tnef] (winmail.dat files),
// [mailflow] (sending, mailboxes, tracking, queues and relays) and
// [lab] (the training labs).
// The shell knows none of them: cmd/exsh hands it the registry built here.
package cmdlets

import (
	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/exchange"
	"github.com/exsh/exsh/cmdlets/lab"
	"github.com/exsh/exsh/cmdlets/mailflow"
	"github.com/exsh/exsh/cmdlets/tnef"
	"github.com/exsh/exsh/cmdlets/utility"
)

// Registry returns a new registry of every cmdlet exsh ships.
func Registry() *cmdlet.Registry {
	r := cmdlet.NewRegistry()
	utility.AddTo(r)
	exchange.AddTo(r)
	tnef.AddTo(r)
	mailflow.AddTo(r)
	lab.AddTo(r)
	return r
}

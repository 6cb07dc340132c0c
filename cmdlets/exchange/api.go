package exchange

import (
	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// The organization access of the Exchange cmdlets, for the cmdlet
// packages that act on the same organizations (cmdlets/mailflow).

// Module is the module Get-Command shows for the Exchange cmdlets.
const Module = moduleName

// View runs fn in one read transaction with the organization the session
// is connected to, and returns that organization.
func View(ctx *cmdlet.Context, fn func(tx storage.Tx, org *model.Organization) error) (*model.Organization, error) {
	return orgView(ctx, fn)
}

// Translate turns a model or storage error into the error record
// Exchange shows.
func Translate(ctx *cmdlet.Context, org *model.Organization, err error) error {
	return translate(ctx, org, err)
}

// Env returns the clock and GUID source of the running shell.
func Env(ctx *cmdlet.Context) model.Env { return envOf(ctx) }

// Error returns an Exchange-style error whose reason is also the first
// part of its FullyQualifiedErrorId.
func Error(ctx *cmdlet.Context, msg, category, reason string) *cmdlet.Error {
	return newError(ctx, msg, category, reason)
}

// UpdateCurrent runs fn in one write transaction with the organization
// the session is connected to, and returns that organization.
func UpdateCurrent(ctx *cmdlet.Context, fn func(tx storage.Tx, org *model.Organization) error) (*model.Organization, error) {
	st, err := ctx.Host.Store()
	if err != nil {
		return nil, err
	}
	name := ctx.Host.Org()
	var org *model.Organization
	err = st.Update(ctx, func(tx storage.Tx) error {
		o, err := currentOrg(name, tx)
		if err != nil {
			return err
		}
		org = o
		return fn(tx, o)
	})
	return org, err
}

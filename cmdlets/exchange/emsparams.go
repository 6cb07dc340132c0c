package exchange

import "github.com/exsh/exsh/shell/bind"

// The parameters below are the ones EMS 2013 gives its cmdlets that have
// nothing behind them in the lab. They are declared once and embedded, so
// that scripts written for EMS bind unchanged; their help says what they
// mean in exsh.

// dcParam is -DomainController, which every Exchange cmdlet has.
type dcParam struct {
	DomainController string `help:"Accepted for compatibility: the lab has one domain controller, DC1.<domain>, which every cmdlet reads and writes."`
}

// scopeParams are -DomainController and -IgnoreDefaultScope of the
// recipient cmdlets that designate objects.
type scopeParams struct {
	IgnoreDefaultScope bind.Switch `help:"Accepted for compatibility: exsh has no recipient scope; every cmdlet sees the whole forest."`
	dcParam
}

// readParams are the recipient Get- parameters about where to read.
type readParams struct {
	ReadFromDomainController bind.Switch `help:"Accepted for compatibility: exsh reads its one domain controller, never a global catalog that could be behind."`
	scopeParams
}

// upgradeParam is -ForceUpgrade of the recipient Set- cmdlets; -Force
// binds to it by unique prefix where the cmdlet has no -Force.
type upgradeParam struct {
	ForceUpgrade bind.Switch `help:"Accepted for compatibility: exsh objects are always at the current version and never need an upgrade, so there is nothing to confirm."`
}

// setRecipientParams are the no-op parameters of Set-Mailbox,
// Set-MailUser and Set-MailContact.
type setRecipientParams struct {
	upgradeParam
	scopeParams
}

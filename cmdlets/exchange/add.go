package exchange

import "github.com/exsh/exsh/cmdlet"

// AddTo declares the Exchange cmdlets in r.
func AddTo(r *cmdlet.Registry) {
	addAcceptedDomain(r)
	addConversion(r)
	addExchangeServer(r)
	addRecipient(r)
	addMailbox(r)
	addMailContact(r)
	addMailUser(r)
	addOrganization(r)
	addOrgUnit(r)
	addOutlookConfiguration(r)
	addOutlookContact(r)
	addRemoteDomain(r)
	addSendConnector(r)
	addService(r)
	addTransportConfig(r)
}

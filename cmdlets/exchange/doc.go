// Package exchange holds the Exchange Management Shell cmdlets over the
// org database: organizations, accepted and remote domains, recipients,
// Send connectors, transport configuration, servers and services, the
// simulated Outlook settings, and Test-TnefConversion. They report errors
// as EMS does. AddTo declares them; View, UpdateCurrent, Translate, Env
// and Error give other cmdlet packages the same organization access.
//
// It must not import package shell or any terminal library.
package exchange

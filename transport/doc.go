// Package transport is the message pipeline simulator: Send takes what a
// mailbox's client submits and carries it through the simulated world of
// the org database. The categorizer decides the form per recipient
// (package convert), forks the message per form and writes real bytes
// (MIME with go-message, TNEF with package tnef, iCalendar with go-ical);
// Send connectors, smart hosts, DNS and third-party relays route each
// copy; the receiving organization takes it in and delivers it, or
// returns a non-delivery report; a copy without a route waits in a queue
// (Retry). Every hop is a tracking event of its organization and a line of
// the route Trace-Message prints. ViewOf shows a delivered item as the
// mailbox's client does.
//
// It reads and writes only through a storage transaction; the clock and
// GUIDs come from a model.Env, Message-IDs and boundaries from the
// database, so the same lab gives the same bytes. It must not import the
// shell or any cmdlet package.
package transport

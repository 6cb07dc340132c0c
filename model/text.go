package model

// Text form of Exchange objects.
//
// EMS objects reach the shell deserialized from the remote session, and a
// deserialized object converts to text ("Added $d", [string]$d, -join,
// Write-Host, Group-Object's Group column, a property of another object in
// Export-Csv) by the ToString() the server computed: for every
// ConfigurableObject that is its Identity ("Default" for the default
// remote domain, "contoso.com/Users/Kim" for a mailbox, "Transport
// Settings" for the transport configuration). The method below gives that
// text; the shell's value.ToString uses it for any value that has it.

// Identified is implemented by the objects whose text is their Identity.
// ObjectIdentity does not clash with an Exchange property name.
type Identified interface {
	// ObjectIdentity returns the object's Identity as EMS prints it.
	ObjectIdentity() string
}

// ObjectIdentity returns Identity; promoted, it implements [Identified]
// for [AcceptedDomain], [RemoteDomain] and [TransportConfig].
func (h *ConfigHeader) ObjectIdentity() string { return h.Identity }

// ObjectIdentity returns Identity; promoted, it implements [Identified]
// for [Mailbox], [MailUser] and [MailContact].
func (h *RecipientHeader) ObjectIdentity() string { return h.Identity }

// ObjectIdentity implements [Identified].
func (r *ReducedRecipient) ObjectIdentity() string { return r.Identity }

// ObjectIdentity implements [Identified].
func (s *SendConnector) ObjectIdentity() string { return s.Identity }

// ObjectIdentity implements [Identified].
func (s *ExchangeServer) ObjectIdentity() string { return s.Identity }

// ObjectIdentity implements [Identified].
func (c *OutlookContact) ObjectIdentity() string { return c.Identity }

// ObjectIdentity implements [Identified].
func (m *MailboxMessage) ObjectIdentity() string { return m.Identity }

// ObjectIdentity implements [Identified].
func (r *RelayHost) ObjectIdentity() string { return r.Identity }

// ObjectIdentity implements [Identified].
func (q *QueuedMessage) ObjectIdentity() string { return q.Identity }

// ObjectIdentity implements [Identified]: an organization has no
// Identity property; its name stands for it.
func (o *Organization) ObjectIdentity() string { return o.Name }

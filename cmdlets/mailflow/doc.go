// Package mailflow holds the cmdlets of the message pipeline simulator:
// sending (Send-TestMessage), the mailboxes as their clients show them
// (Get-MailboxMessage, Export-MailboxMessage), tracking
// (Get-MessageTrackingLog, Trace-Message), queues and the third-party
// relays between organizations. The pipeline itself is package
// transport.
//
// It must not import package shell or any terminal library.
package mailflow

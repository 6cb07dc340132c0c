package mailflow

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/exchange"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/transport"
)

// DeliveryNotificationOptions is when Send-MailMessage asks for a
// delivery status notification.
type DeliveryNotificationOptions string

// EnumValues lists the .NET values.
func (DeliveryNotificationOptions) EnumValues() []string {
	return []string{"None", "OnSuccess", "OnFailure", "Delay", "Never"}
}

// MailPriority is a message's priority.
type MailPriority string

// EnumValues lists Normal, Low and High.
func (MailPriority) EnumValues() []string { return []string{"Normal", "Low", "High"} }

// SendMailMessage is Send-MailMessage (Windows PowerShell 5.1): an SMTP
// client submitting to a server of a simulated organization, as a script
// or a non-Outlook application does. The message is MIME, never TNEF.
type SendMailMessage struct {
	To                         []string                      `ps:"pos=0,mandatory,complete=address" help:"The recipient addresses."`
	Subject                    string                        `ps:"pos=1,mandatory,alias=sub" help:"The subject."`
	Body                       string                        `ps:"pos=2" help:"The body."`
	SmtpServer                 string                        `ps:"pos=3,alias=ComputerName" help:"The SMTP server: a server of an organization (EX01, ex01.contoso.com, mail.contoso.com) or a relay host; $PSEmailServer when omitted."`
	From                       string                        `ps:"mandatory,complete=address" help:"The sender's address."`
	Attachments                []string                      `ps:"pipeline=value,alias=PsPath,complete=path" help:"Files to attach."`
	Bcc                        []string                      `ps:"complete=address" help:"The Bcc addresses."`
	Cc                         []string                      `ps:"complete=address" help:"The Cc addresses."`
	BodyAsHtml                 bind.Switch                   `ps:"alias=BAH" help:"The body is HTML."`
	Encoding                   string                        `ps:"alias=BE" help:"The body's encoding (exsh writes us-ascii or utf-8)."`
	DeliveryNotificationOption []DeliveryNotificationOptions `ps:"alias=DNO" help:"None, OnSuccess, OnFailure, Delay or Never: asks for delivery status notifications."`
	Priority                   MailPriority                  `help:"Normal, Low or High."`
	Credential                 any                           `help:"Credentials for the server: an authenticated client may send to other domains; an anonymous one only to the server's own."`
	UseSsl                     bind.Switch                   `help:"Uses TLS (no effect in the simulation)."`
	Port                       int                           `help:"The server's port (25 by default; no effect in the simulation)."`
}

func addSMTP(r *cmdlet.Registry) {
	cmdlet.Add[SendMailMessage](r, &cmdlet.Info{Name: "Send-MailMessage", Module: "Microsoft.PowerShell.Utility",
		Synopsis: "Sends an email message through an SMTP server.",
		Description: "The Send-MailMessage cmdlet submits a MIME message to an SMTP server of a simulated organization, as a script or a non-Outlook application would: " +
			"never TNEF, with no Outlook settings. The server delivers to its own mailboxes and, for an authenticated client (-Credential), routes mail to other domains like any message; " +
			"an anonymous client gets 5.7.1 Unable to relay for them. A recipient the server refuses is an error and nothing is sent.",
		Examples: []cmdlet.Example{
			{Code: "Send-MailMessage -To Administrator@contoso.com -From monitor@contoso.com -Subject 'Disk low' -Body 'C: is at 95%' -SmtpServer ex01.contoso.com", Remarks: "A monitoring script mails the Administrator."},
			{Code: "Send-MailMessage -To bob@fabrikam.com -From Administrator@contoso.com -Subject Report -SmtpServer ex01.contoso.com -Credential admin", Remarks: "An authenticated client sends to another organization."},
		}})
}

// Process implements [cmdlet.Processor].
func (c *SendMailMessage) Process(ctx *cmdlet.Context) error {
	server := c.SmtpServer
	if server == "" {
		if v, ok := ctx.Host.Variable("PSEmailServer"); ok {
			server = value.ToString(v)
		}
	}
	if server == "" {
		return &cmdlet.Error{Message: "The email cannot be sent because no SMTP server was specified. You must specify an SMTP server by using either the SmtpServer parameter or the $PSEmailServer variable.",
			Category: "InvalidArgument", Reason: "InvalidOperationException", ID: "System.InvalidOperationException," + smtpClass}
	}
	s := &transport.SMTPSubmission{From: c.From, To: c.To, Cc: c.Cc, Bcc: c.Bcc, Subject: c.Subject, Body: c.Body, HTML: bool(c.BodyAsHtml),
		Priority: string(c.Priority), Authenticated: c.Credential != nil}
	for _, o := range c.DeliveryNotificationOption {
		s.Notify = s.Notify || o == "OnSuccess" || o == "OnFailure" || o == "Delay"
	}
	for _, p := range c.Attachments {
		files, err := ctx.ResolveFiles(p)
		if err != nil {
			return err
		}
		for _, f := range files {
			data, err := readAttachment(f)
			if err != nil {
				return cmdlet.TargetError(fmt.Sprintf("Cannot read '%s': %v.", f, err), "ReadError", "IOException", "AttachmentReadError", f)
			}
			s.Attachments = append(s.Attachments, transport.File{Name: filepath.Base(f), Data: data})
		}
	}
	st, err := ctx.Host.Store()
	if err != nil {
		return exchange.Translate(ctx, nil, err)
	}
	err = st.Update(ctx, func(tx storage.Tx) error {
		_, err := transport.SendSMTP(tx, exchange.Env(ctx), server, s)
		return err
	})
	return smtpError(ctx, err)
}

// smtpClass is the .NET class of Send-MailMessage, which ends its
// errors' FullyQualifiedErrorId (it has no "Command" suffix).
const smtpClass = "Microsoft.PowerShell.Commands.SendMailMessage"

// smtpError reports a failed submission as System.Net.Mail does.
func smtpError(ctx *cmdlet.Context, err error) error {
	var (
		he *transport.HostError
		re *transport.RecipientError
		ae *transport.AddressError
	)
	smtp := func(msg, reason string) error {
		return &cmdlet.Error{Message: msg, Category: "InvalidOperation", Reason: reason, ID: "SmtpException," + smtpClass,
			TargetName: "System.Net.Mail.SmtpClient", TargetType: "SmtpClient"}
	}
	switch {
	case err == nil:
		return nil
	case errors.As(err, &he):
		return smtp(fmt.Sprintf("Unable to connect to the remote server: the remote name could not be resolved: '%s'", he.Host), "SmtpException")
	case errors.As(err, &re):
		return smtp("Mailbox unavailable. The server response was: "+re.Response[4:], "SmtpFailedRecipientException")
	case errors.As(err, &ae):
		return &cmdlet.Error{Message: "The specified string is not in the form required for an e-mail address.", Category: "NotSpecified", Reason: "FormatException",
			ID: "System.FormatException," + smtpClass}
	case errors.Is(err, transport.ErrNoRecipients):
		return smtp("A recipient must be specified.", "InvalidOperationException")
	}
	return exchange.Translate(ctx, nil, err)
}

package tnef

import (
	"bytes"
	"fmt"
	"net/mail"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/tnef"
	"github.com/exsh/exsh/tnef/rtf"
)

// ConvertToTnef is ConvertTo-Tnef: it writes a winmail.dat file.
type ConvertToTnef struct {
	Subject            string         `ps:"mandatory" help:"The subject of the message."`
	Body               string         `help:"The body: text, HTML or RTF as -BodyFormat says."`
	BodyFormat         TnefBodyFormat `help:"PlainText (the default), Html or RichText. RichText takes an RTF document, or text that is turned into one."`
	Attachment         []string       `help:"Files to attach (wildcards allowed)."`
	MessageClass       string         `help:"The message class; IPM.Note by default. Custom forms such as IPM.Note.Contoso.Expense are allowed."`
	RequestReadReceipt bind.Switch    `help:"Asks for a read receipt (PR_READ_RECEIPT_REQUESTED)."`
	From               string         `help:"The sender, as an address or 'Display Name <address>'."`
	To                 []string       `help:"The recipients, as addresses or 'Display Name <address>'."`
	Path               string         `ps:"mandatory,alias=FilePath,complete=path" help:"The file to write (winmail.dat)."`
}

func addConvert(r *cmdlet.Registry) {
	cmdlet.Add[ConvertToTnef](r, &cmdlet.Info{
		Name: "ConvertTo-Tnef", Module: modTnef, ShouldProcess: true, OutputType: reflect.TypeFor[TnefFile](),
		Synopsis: "Writes a message as a TNEF stream (winmail.dat), the way Exchange does.",
		Description: "The ConvertTo-Tnef cmdlet builds an Outlook message from its parameters and writes it as a TNEF stream in the layout Exchange 2013 and later send, " +
			"which the tnef, ytnef and Convert::TNEF decoders read. A plain-text body is stored as PR_BODY with a compressed RTF copy, an HTML body as PR_HTML (UTF-8) " +
			"and a rich-text body as compressed RTF. The cmdlet outputs the file it wrote.",
		Examples: []cmdlet.Example{
			{Code: "ConvertTo-Tnef -Subject 'Lab 1' -Body 'Hello' -Path winmail.dat", Remarks: "Writes a plain-text message."},
			{Code: "ConvertTo-Tnef -Subject Report -Body '<p>See <b>attached</b></p>' -BodyFormat Html -Attachment report.pdf, data.csv -RequestReadReceipt -Path winmail.dat",
				Remarks: "Writes an HTML message with two attachments that asks for a read receipt."},
		},
	})
}

// Process builds and writes the message.
func (c *ConvertToTnef) Process(ctx *cmdlet.Context) error {
	m, err := c.message(ctx)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := tnef.Encode(&buf, m); err != nil {
		return cmdlet.NewError(fmt.Sprintf("The message cannot be written as TNEF: %v.", err), "InvalidData", "InvalidDataException", "TnefEncodeFailed")
	}
	full := ctx.Host.Path(c.Path)
	if ok, err := ctx.ShouldProcess(full, "Create File"); !ok || err != nil {
		return err
	}
	if err := os.WriteFile(full, buf.Bytes(), 0o644); err != nil {
		e := cmdlet.TargetError(fmt.Sprintf("Cannot write '%s': %s.", full, errText(err)), "WriteError", "IOException", "TnefWriteError", full)
		e.Err = err
		return e
	}
	f, err := newTnefFile(full)
	if err != nil {
		return err
	}
	return ctx.Emit(f)
}

// message builds the message from the parameters.
func (c *ConvertToTnef) message(ctx *cmdlet.Context) (*tnef.Message, error) {
	class := c.MessageClass
	if class == "" {
		class = tnef.ClassNote
	}
	m := tnef.NewMessage(class, c.Subject)
	m.SetTime(tnef.PidClientSubmitTime, time.Now().UTC().Truncate(time.Second))
	if c.From != "" {
		name, addr, err := parseAddress("From", c.From)
		if err != nil {
			return nil, err
		}
		m.SetSender(name, addr)
	}
	for _, to := range c.To {
		name, addr, err := parseAddress("To", to)
		if err != nil {
			return nil, err
		}
		m.AddRecipient(tnef.To, name, addr)
	}
	c.setBody(m)
	if c.RequestReadReceipt {
		m.RequestReadReceipt()
	}
	return m, c.attach(ctx, m)
}

// setBody stores the body in the chosen format, with CRLF line breaks.
func (c *ConvertToTnef) setBody(m *tnef.Message) {
	body := strings.ReplaceAll(strings.ReplaceAll(c.Body, "\r\n", "\n"), "\n", "\r\n")
	switch c.BodyFormat {
	case "Html":
		m.SetHTML([]byte(body), 65001)
	case "RichText":
		if strings.HasPrefix(body, `{\rtf`) {
			m.SetRTF([]byte(body))
		} else {
			m.SetRTF(rtf.FromText(body))
		}
	default:
		m.SetText(body)
	}
}

// parseAddress splits "Name <addr>" or a bare address.
func parseAddress(param, s string) (name, addr string, err error) {
	a, perr := mail.ParseAddress(s)
	if perr != nil {
		e := cmdlet.TargetError(fmt.Sprintf("The value '%s' of -%s is not a valid e-mail address.", s, param),
			"InvalidArgument", "ArgumentException", "InvalidEmailAddress", s)
		e.Err = perr
		return "", "", e
	}
	if a.Name == "" {
		return a.Address, a.Address, nil
	}
	return a.Name, a.Address, nil
}

// attach reads each -Attachment file; a missing file stops the cmdlet
// before anything is written.
func (c *ConvertToTnef) attach(ctx *cmdlet.Context, m *tnef.Message) error {
	for _, p := range c.Attachment {
		files, err := ctx.ResolveFiles(p)
		if err != nil {
			return err
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				e := cmdlet.TargetError(fmt.Sprintf("Cannot read '%s': %s.", f, errText(err)), "ReadError", "IOException", "TnefReadError", f)
				e.Err = err
				return e
			}
			m.Attachments = append(m.Attachments, tnef.NewFileAttachment(filepath.Base(f), data, contentType(f)))
		}
	}
	return nil
}

// contentTypes are the MIME types of common attachment extensions. A fixed
// table (rather than the system's mime.types) keeps the output the same on
// every machine.
var contentTypes = map[string]string{
	".txt": "text/plain", ".csv": "text/csv", ".htm": "text/html", ".html": "text/html", ".xml": "text/xml",
	".rtf": "application/rtf", ".pdf": "application/pdf", ".zip": "application/zip", ".json": "application/json",
	".doc": "application/msword", ".xls": "application/vnd.ms-excel", ".ppt": "application/vnd.ms-powerpoint",
	".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
	".jpg":  "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif",
	".eml": "message/rfc822", ".ics": "text/calendar", ".mp3": "audio/mpeg",
}

// contentType is a file's MIME type by its extension;
// application/octet-stream when unknown.
func contentType(name string) string {
	if t, ok := contentTypes[strings.ToLower(filepath.Ext(name))]; ok {
		return t
	}
	return "application/octet-stream"
}

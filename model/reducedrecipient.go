package model

import (
	"reflect"
	"time"
)

// ReducedRecipient is what Get-Recipient returns: the properties every
// kind of recipient shares, so that mailboxes, mail users and mail
// contacts print in one table. Pipe it to Set-Mailbox, Set-MailUser or
// Set-MailContact: they bind its Identity. UseMapiRichTextFormat is
// exsh's addition (blank for mailboxes), so that one table shows the
// TNEF setting of every external recipient.
type ReducedRecipient struct {
	Name                          string
	Alias                         string
	DisplayName                   string
	RecipientType                 RecipientType
	RecipientTypeDetails          RecipientTypeDetails
	PrimarySmtpAddress            SmtpAddress
	EmailAddresses                []ProxyAddress
	ExternalEmailAddress          *ProxyAddress
	HiddenFromAddressListsEnabled bool
	UseMapiRichTextFormat         UseMapiRichTextFormat
	OrganizationalUnit            string
	Identity                      string
	DistinguishedName             string
	Guid                          Guid
	WhenChanged                   time.Time
	WhenCreated                   time.Time
}

// TypeName returns the .NET type Get-Recipient returns.
func (*ReducedRecipient) TypeName() string {
	return "Microsoft.Exchange.Data.Directory.Management.ReducedRecipient"
}

// DefaultTableColumns returns the Get-Recipient table columns.
func (*ReducedRecipient) DefaultTableColumns() []string {
	return []string{"Name", "RecipientType"}
}

// Reduce returns the [ReducedRecipient] view of r: every field of
// ReducedRecipient is copied from r's field of the same name and type;
// an ExternalEmailAddress stays nil for mailboxes.
func Reduce(r Recipient) *ReducedRecipient {
	out := &ReducedRecipient{}
	src := reflect.ValueOf(r)
	if src.Kind() == reflect.Pointer {
		src = src.Elem()
	}
	dst := reflect.ValueOf(out).Elem()
	for i := 0; i < dst.NumField(); i++ {
		f := dst.Type().Field(i)
		v := src.FieldByName(f.Name)
		switch {
		case !v.IsValid():
		case v.Type() == f.Type:
			dst.Field(i).Set(v)
		case f.Type.Kind() == reflect.Pointer && v.Type() == f.Type.Elem():
			p := reflect.New(v.Type())
			p.Elem().Set(v)
			dst.Field(i).Set(p)
		}
	}
	out.EmailAddresses = append([]ProxyAddress(nil), out.EmailAddresses...)
	return out
}

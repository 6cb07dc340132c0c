package cmdlets

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// exRecipientNouns are the nouns whose tasks live in RecipientTasks.
var exRecipientNouns = map[string]bool{"MailUser": true, "MailContact": true, "Mailbox": true, "Recipient": true}

// exTaskClass returns the .NET class Exchange names in the
// FullyQualifiedErrorId of cmdlet cmd ("Get-RemoteDomain" →
// "Microsoft.Exchange.Management.SystemConfigurationTasks.GetRemoteDomain").
func exTaskClass(cmd string) string {
	_, noun, _ := strings.Cut(cmd, "-")
	ns := "SystemConfigurationTasks"
	if exRecipientNouns[noun] {
		ns = "RecipientTasks"
	}
	return "Microsoft.Exchange.Management." + ns + "." + strings.ReplaceAll(cmd, "-", "")
}

// exDC returns the simulated domain controller of org.
func exDC(org *model.Organization) string {
	if org == nil || org.DomainName == "" {
		return "DC01"
	}
	return "DC01." + org.DomainName
}

// exError returns an Exchange-style error: the reason is the exception
// name and also the first part of the error ID.
func exError(ctx *Context, msg, category, reason string) *Error {
	return &Error{Message: msg, Category: category, Reason: reason, ID: reason + "," + exTaskClass(ctx.Command)}
}

// exErrNoOrg reports an empty database.
func exErrNoOrg() error {
	return &Error{Message: "No organization exists. Create one with New-Organization.",
		Category: "ObjectNotFound", Reason: "ManagementObjectNotFoundException", ID: "NoOrganization"}
}

// exErrNotConnected reports that the connected organization is gone.
func exErrNotConnected(name string) error {
	return &Error{Message: fmt.Sprintf("The organization '%s' couldn't be found. Use Connect-Organization to connect to an existing organization.", name),
		Category: "ObjectNotFound", Reason: "ManagementObjectNotFoundException", ID: "OrganizationNotFound", TargetName: name}
}

// exTranslate turns a model or storage error into the error record Exchange
// would show. Errors that are already classified pass through.
func exTranslate(ctx *Context, org *model.Organization, err error) error {
	var (
		ce *Error
		nf *model.NotFoundError
		am *model.AmbiguousError
		ex *model.ExistsError
		pr *model.ProtectedError
		ve *model.ValueError
		co *model.ConflictError
	)
	switch {
	case errors.As(err, &ce):
		return ce
	case errors.Is(err, storage.ErrLocked):
		return exErrDatabase(ctx, err, "ResourceUnavailable")
	case errors.Is(err, storage.ErrCorrupt), errors.Is(err, storage.ErrForeign), errors.Is(err, storage.ErrSchema):
		return exErrDatabase(ctx, err, "InvalidData")
	case errors.As(err, &nf):
		return exErrNotFound(ctx, org, nf.Identity)
	case errors.As(err, &am):
		return exError(ctx, fmt.Sprintf("The operation couldn't be performed because '%s' matches multiple entries: %s.", am.Identity, strings.Join(am.Matches, ", ")),
			"NotSpecified", "ManagementObjectAmbiguousException")
	case errors.As(err, &ex):
		return exErrExists(ctx, org, ex)
	case errors.As(err, &pr):
		return exError(ctx, exSentence(pr.Reason), "InvalidOperation", "InvalidOperationException")
	case errors.As(err, &ve):
		return exErrValue(ctx, ve)
	case errors.As(err, &co):
		return exError(ctx, exSentence(co.Reason), "InvalidArgument", "ArgumentException")
	}
	return err
}

// exErrDatabase reports an organization database that can't be used (held
// by another process, corrupt, foreign or too new) as Exchange reports a
// directory it can't reach: a DataSourceOperationException. The file is
// left as it is.
func exErrDatabase(ctx *Context, err error, category string) *Error {
	return exError(ctx, exSentence(err.Error()), category, "DataSourceOperationException")
}

// exErrNotFound is Exchange's ManagementObjectNotFoundException.
func exErrNotFound(ctx *Context, org *model.Organization, id string) *Error {
	return exError(ctx, fmt.Sprintf("The operation couldn't be performed because object '%s' couldn't be found on '%s'.", id, exDC(org)),
		"NotSpecified", "ManagementObjectNotFoundException")
}

// exErrExists reports a duplicate name, domain or proxy address.
func exErrExists(ctx *Context, org *model.Organization, ex *model.ExistsError) *Error {
	switch ex.Property {
	case "EmailAddresses":
		used := ex.UsedBy
		if org != nil {
			used = org.DomainName + "/Users/" + used
		}
		return exError(ctx, fmt.Sprintf("The proxy address \"%s\" is already being used by \"%s\". Please choose another proxy address.", ex.Value, used),
			"NotSpecified", "ProxyAddressExistsException")
	case "DomainName":
		return exError(ctx, fmt.Sprintf("The domain name '%s' is already used by the %s '%s'.", ex.Value, exKindWords(ex.Kind), ex.UsedBy),
			"NotSpecified", "ADObjectAlreadyExistsException")
	}
	return exError(ctx, fmt.Sprintf("Active Directory operation failed on %s. The object '%s' already exists.", exDC(org), ex.Value),
		"NotSpecified", "ADObjectAlreadyExistsException")
}

// exErrValue reports a value Exchange rejects.
func exErrValue(ctx *Context, ve *model.ValueError) *Error {
	msg := fmt.Sprintf("The value \"%s\" isn't valid for %s.", ve.Actual, ve.What)
	if ve.Valid != "" {
		msg += " Valid values: " + ve.Valid + "."
	}
	return exError(ctx, msg, "InvalidData", "DataValidationException")
}

// exKindWords spells a kind in lower-case words ("remote domain").
func exKindWords(k model.Kind) string {
	var b strings.Builder
	for i, r := range string(k) {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// exSentence capitalizes s and ends it with a period.
func exSentence(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	s = string(r)
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// exErrArg is a parameter-combination error raised by a cmdlet.
func exErrArg(ctx *Context, msg string) *Error {
	return exError(ctx, msg, "InvalidArgument", "ArgumentException")
}

package exchange

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// recipientNouns are the nouns whose tasks live in RecipientTasks.
var recipientNouns = map[string]bool{"MailUser": true, "MailContact": true, "Mailbox": true, "Recipient": true}

// taskClass returns the .NET class Exchange names in the
// FullyQualifiedErrorId of cmdlet cmd ("Get-RemoteDomain" →
// "Microsoft.Exchange.Management.SystemConfigurationTasks.GetRemoteDomain").
func taskClass(cmd string) string {
	_, noun, _ := strings.Cut(cmd, "-")
	ns := "SystemConfigurationTasks"
	if recipientNouns[noun] {
		ns = "RecipientTasks"
	}
	return "Microsoft.Exchange.Management." + ns + "." + strings.ReplaceAll(cmd, "-", "")
}

// domainController returns the simulated domain controller of org.
func domainController(org *model.Organization) string {
	if org == nil || org.DomainName == "" {
		return "DC01"
	}
	return "DC01." + org.DomainName
}

// newError returns an Exchange-style error: the reason is the exception
// name and also the first part of the error ID.
func newError(ctx *cmdlet.Context, msg, category, reason string) *cmdlet.Error {
	return &cmdlet.Error{Message: msg, Category: category, Reason: reason, ID: reason + "," + taskClass(ctx.Command)}
}

// errNoOrg reports an empty database.
func errNoOrg() error {
	return &cmdlet.Error{Message: "No organization exists. Create one with New-Organization.",
		Category: "ObjectNotFound", Reason: "ManagementObjectNotFoundException", ID: "NoOrganization"}
}

// errNotConnected reports that the connected organization is gone.
func errNotConnected(name string) error {
	return &cmdlet.Error{Message: fmt.Sprintf("The organization '%s' couldn't be found. Use Connect-Organization to connect to an existing organization.", name),
		Category: "ObjectNotFound", Reason: "ManagementObjectNotFoundException", ID: "OrganizationNotFound", TargetName: name}
}

// translate turns a model or storage error into the error record Exchange
// would show. Errors that are already classified pass through.
func translate(ctx *cmdlet.Context, org *model.Organization, err error) error {
	var (
		ce *cmdlet.Error
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
		return errDatabase(ctx, err, "ResourceUnavailable")
	case errors.Is(err, storage.ErrCorrupt), errors.Is(err, storage.ErrForeign), errors.Is(err, storage.ErrSchema):
		return errDatabase(ctx, err, "InvalidData")
	case errors.Is(err, storage.ErrAccessDenied):
		return errDatabase(ctx, err, "PermissionDenied")
	case errors.Is(err, storage.ErrReadOnlyFS):
		return errDatabase(ctx, err, "WriteError")
	case errors.Is(err, storage.ErrDirectory):
		return errDatabase(ctx, err, "OpenError")
	case errors.As(err, &nf):
		return errNotFound(ctx, org, nf.Identity)
	case errors.As(err, &am):
		return newError(ctx, fmt.Sprintf("The operation couldn't be performed because '%s' matches multiple entries: %s.", am.Identity, strings.Join(am.Matches, ", ")),
			"NotSpecified", "ManagementObjectAmbiguousException")
	case errors.As(err, &ex):
		return errExists(ctx, org, ex)
	case errors.As(err, &pr):
		return newError(ctx, sentence(pr.Reason), "InvalidOperation", "InvalidOperationException")
	case errors.As(err, &ve):
		return errValue(ctx, ve)
	case errors.As(err, &co):
		return newError(ctx, sentence(co.Reason), "InvalidArgument", "ArgumentException")
	}
	return err
}

// errDatabase reports an organization database that can't be used (held
// by another process, corrupt, foreign or too new, a folder, on a
// read-only file system or not readable) as Exchange reports a
// directory it can't reach: a DataSourceOperationException. The file is
// left as it is.
func errDatabase(ctx *cmdlet.Context, err error, category string) *cmdlet.Error {
	return newError(ctx, sentence(err.Error()), category, "DataSourceOperationException")
}

// errNotFound is Exchange's ManagementObjectNotFoundException.
func errNotFound(ctx *cmdlet.Context, org *model.Organization, id string) *cmdlet.Error {
	return newError(ctx, fmt.Sprintf("The operation couldn't be performed because object '%s' couldn't be found on '%s'.", id, domainController(org)),
		"NotSpecified", "ManagementObjectNotFoundException")
}

// errExists reports a duplicate name, domain or proxy address.
func errExists(ctx *cmdlet.Context, org *model.Organization, ex *model.ExistsError) *cmdlet.Error {
	switch ex.Property {
	case "EmailAddresses":
		used := ex.UsedBy
		if org != nil {
			used = org.DomainName + "/Users/" + used
		}
		return newError(ctx, fmt.Sprintf("The proxy address \"%s\" is already being used by \"%s\". Please choose another proxy address.", ex.Value, used),
			"NotSpecified", "ProxyAddressExistsException")
	case "DomainName":
		return newError(ctx, fmt.Sprintf("The domain name '%s' is already used by the %s '%s'.", ex.Value, kindWords(ex.Kind), ex.UsedBy),
			"NotSpecified", "ADObjectAlreadyExistsException")
	}
	return newError(ctx, fmt.Sprintf("Active Directory operation failed on %s. The object '%s' already exists.", domainController(org), ex.Value),
		"NotSpecified", "ADObjectAlreadyExistsException")
}

// errValue reports a value Exchange rejects (a DataValidationException):
// in Exchange's own words when the model has them, else as "The value
// "x" isn't valid for P. Valid values: ...". Control characters in the
// value are shown as PowerShell escapes.
func errValue(ctx *cmdlet.Context, ve *model.ValueError) *cmdlet.Error {
	msg := ve.Message
	if msg == "" {
		msg = fmt.Sprintf("The value \"%s\" isn't valid for %s.", model.Printable(ve.Actual), ve.What)
		if ve.Valid != "" {
			msg += " Valid values: " + ve.Valid + "."
		}
	}
	return newError(ctx, msg, "InvalidData", "DataValidationException")
}

// kindWords spells a kind in lower-case words ("remote domain").
func kindWords(k model.Kind) string {
	var b strings.Builder
	for i, r := range string(k) {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// sentence capitalizes s and ends it with a period.
func sentence(s string) string {
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

// errArg is a parameter-combination error raised by a cmdlet.
func errArg(ctx *cmdlet.Context, msg string) *cmdlet.Error {
	return newError(ctx, msg, "InvalidArgument", "ArgumentException")
}

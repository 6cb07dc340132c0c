// Package model owns the exsh organization model: the plain Go types that
// mirror Exchange objects (remote domains, accepted domains, recipients,
// send connectors, transport configuration, servers), their value types
// (sizes, time spans, proxy addresses, address spaces), enumerations,
// validation rules, identity resolution and the default object set of a
// new organization.
//
// The package does no I/O and imports nothing from exsh. Storage lives in
// package storage; formatting lives in shell/format.
//
// # Conventions
//
//   - Exported struct fields use Exchange's exact property spelling and are
//     declared in the order Exchange's Format-List shows them, because the
//     shell formats objects by reflecting over exported fields in order.
//   - Runs of properties that several types show in the same order are
//     field blocks embedded by those types ([ConfigHeader],
//     [RecipientHeader], [DirectoryMetadata], [MailRecipient],
//     [MailRecipientTail], [ExternalRecipient]). The shell and
//     encoding/json flatten an embedded block in place, so it changes
//     neither the properties nor the stored records; a block is embedded
//     only where its whole run appears in exactly that order.
//   - Nullable values are pointers, multi-valued properties are slices, and
//     value types with a display form implement [fmt.Stringer].
//   - Every enumeration is a string type implementing [Enum]; its pointer
//     implements [EnumSetter].
//   - How Exchange validates a property (its length, character set,
//     range, or SMTP address syntax) is declared once, in the field's
//     `valid` struct tag (constraints.go); each Validate method enforces
//     the tags of its object, and a rejected value is a [*ValueError].
//   - Errors wrap one of the sentinels [ErrNotFound], [ErrExists],
//     [ErrInvalid], [ErrAmbiguous] or [ErrProtected]; test them with
//     [errors.Is] and extract details with [errors.As].
//   - Time and GUIDs come from an [Env], so output can be deterministic.
//
// Objects are created by the constructors on [Env] (for example
// [Env.NewRemoteDomain]) or all at once by [NewOrganization]. After a
// cmdlet changes an object it calls [Env.Touch], which sets WhenChanged
// and recomputes derived properties (Identity, DistinguishedName).
package model

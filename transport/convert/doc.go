// Package convert is the content-conversion decision engine: for one
// sender, one recipient address and one message it decides the form the
// message takes when it leaves the sending organization's categorizer —
// STNEF (internal), TNEF (winmail.dat), MIME HTML or MIME text — and says
// why, level by level, in the order Exchange consults its settings.
//
// Two ladders decide (message-flow.md §3 and §4): the TNEF ladder (remote
// domain TNEFEnabled, then the mail user or contact's
// UseMapiRichTextFormat, then the sender's Outlook settings, which apply
// to Outlook Rich Text bodies only) and, when the result is not TNEF, the
// encoding ladder (the recipient's preferred message format, the remote
// domain's ContentType, then the body form Outlook produced; then
// LineWrapSize, CharacterSet and ByteEncoderTypeFor7BitCharsets fill in
// the details). Exchange 5.5 organizations follow the Internet Mail
// Service rules of Q257396 instead, and non-Exchange organizations never
// produce TNEF.
//
// The package is pure: it does no I/O and imports only package model. It
// must not import storage, shell or cmdlets; callers build a [Snapshot]
// from storage and pass it in.
package convert

// Package tnef reads and writes TNEF streams (MS-OXTNEF), the
// application/ms-tnef "winmail.dat" attachments Outlook and Exchange use to
// carry MAPI messages through SMTP.
//
// The model is [Message]: MAPI properties ([Props], every value type
// including multi-valued and named properties), recipients and
// [Attachment]s (files, embedded messages, OLE objects). [Decode] reads a
// stream of any layout into it, folding legacy attributes into the
// properties they stand for; [Encode] writes it back in the layout of a
// [Profile], deriving the legacy attributes from the properties so the two
// never disagree. [Reader] gives streaming access to the raw attributes and
// [Dump] lists them. Bodies are read with [Message.Body] (or as plain text
// with [Message.BodyText]) and set with [Message.SetText], [Message.SetHTML]
// and [Message.SetRTF]; compressed and encapsulated RTF live in package
// tnef/rtf.
//
// The writer keeps to what the common decoders (`tnef`, ytnef and
// Convert::TNEF) accept: LZFu-compressed RTF only, no zero-length
// attributes, no bytes after the last checksum, and, unless
// [WithoutCompatChecks] is given, no named-property names over 49
// characters, no value over 512 KiB and no PT_APPTIME or PT_CURRENCY.
// Output depends only on the message and the options: the key comes from
// [WithKey], Message.Key or the content, and nothing reads the clock.
//
// Decoding is bounded by its input. Every count is checked against the bytes
// that remain before anything is allocated for it, attribute buffers grow
// with the data actually read (from a sized source such as *bytes.Reader a
// length beyond the end fails at once), embedded messages nest at most
// [DefaultMaxDepth] deep, and decompressed RTF is at most 8 times its
// compressed size and at most rtf.MaxSize. In all, decoding n bytes
// allocates at most about 16n bytes plus a few MiB, in time linear in n;
// the fuzz test checks the memory bound. A stream needs at least one
// attribute after its key; bytes after the last attribute
// ([ErrTrailingData]) and attachment attributes the decoder does not know
// ([ErrUnknownAttribute], skipped) go to the [WithWarnings] handler. Errors
// are [*Error] values carrying the byte offset and one of the sentinel
// errors.
//
// Code pages 1250–1258, 874, 932, 936, 949, 950, the OEM, ISO-8859 and
// KOI8 pages, UTF-8 and UTF-16 are converted by an internal table package
// (golang.org/x/text is not a dependency of this module).
//
// The package imports only the standard library and its own sub-packages;
// it knows nothing of exsh.
package tnef

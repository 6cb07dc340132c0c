package tnef

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"time"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/tnef"
	"github.com/exsh/exsh/transport/tnefmime"
)

// modTnef is the module Get-Command shows for the TNEF cmdlets.
const modTnef = "Exsh.Tnef"

// TnefBodyFormat is the form of a message body: the -BodyFormat of
// ConvertTo-Tnef and the BodyFormat Get-TnefContent reports ("None" when
// the message has no body).
type TnefBodyFormat string

// EnumValues lists the body formats a message can be written with.
func (TnefBodyFormat) EnumValues() []string { return []string{"PlainText", "Html", "RichText"} }

// bodyFormats names each tnef.BodyKind.
var bodyFormats = map[tnef.BodyKind]TnefBodyFormat{
	tnef.BodyNone: "None", tnef.BodyText: "PlainText", tnef.BodyHTML: "Html", tnef.BodyRTF: "RichText",
}

// TnefMessage is what Get-TnefContent outputs: the summary of one TNEF
// stream and every MAPI property it holds.
type TnefMessage struct {
	MessageClass         string
	Subject              string
	From                 string
	To                   []string // "Name <address>" of each To recipient
	Cc                   []string
	Sent                 any // DateTime (UTC), or $null when the stream has no send time
	BodyFormat           TnefBodyFormat
	Body                 string
	ReadReceiptRequested bool
	Attachments          []*TnefAttachment
	Properties           []*TnefProperty
	Path                 string
}

// TypeName implements the .NET type name.
func (*TnefMessage) TypeName() string { return "Exsh.Tnef.TnefMessage" }

// DefaultTableColumns is the summary view of a message.
func (*TnefMessage) DefaultTableColumns() []string {
	return []string{"MessageClass", "Subject", "BodyFormat", "Attachments"}
}

// TnefAttachment is one attachment of a [TnefMessage].
type TnefAttachment struct {
	Name              string
	Size              int
	ContentType       string
	ContentId         string // Exchange spells it so
	IsEmbeddedMessage bool
	EmbeddedMessage   *TnefMessage // the decoded embedded message, when IsEmbeddedMessage
	Properties        []*TnefProperty
}

// TypeName implements the .NET type name.
func (*TnefAttachment) TypeName() string { return "Exsh.Tnef.TnefAttachment" }

// String returns the attachment's name, as a collection cell shows it.
func (a *TnefAttachment) String() string { return a.Name }

// DefaultTableColumns is the table view of attachments.
func (*TnefAttachment) DefaultTableColumns() []string {
	return []string{"Name", "Size", "ContentType", "IsEmbeddedMessage"}
}

// TnefProperty is one MAPI property: its tag, name, type and value.
type TnefProperty struct {
	Tag   string
	Name  string
	Type  string
	Value any
}

// TypeName implements the .NET type name.
func (*TnefProperty) TypeName() string { return "Exsh.Tnef.TnefProperty" }

// String returns the property's name, as a collection cell shows it.
func (p *TnefProperty) String() string { return p.Name }

// DefaultTableColumns is the table view of properties.
func (*TnefProperty) DefaultTableColumns() []string { return []string{"Tag", "Name", "Type", "Value"} }

// GetTnefContent is Get-TnefContent: it decodes winmail.dat files.
type GetTnefContent struct {
	Path           []string    `ps:"pos=0,mandatory,name,alias=FullName|PSPath|LiteralPath,complete=path" help:"The TNEF files (winmail.dat) or MIME messages (.eml) to read (wildcards allowed)."`
	IgnoreChecksum bind.Switch `help:"Reads streams whose attribute checksums do not match, with a warning for each, as tnef -K does."`
}

func addContent(r *cmdlet.Registry) {
	cmdlet.Add[GetTnefContent](r, &cmdlet.Info{
		Name: "Get-TnefContent", Module: modTnef, OutputType: reflect.TypeFor[TnefMessage](),
		Synopsis: "Reads a TNEF (winmail.dat) stream and shows the Outlook message inside it.",
		Description: "The Get-TnefContent cmdlet decodes TNEF streams, the application/ms-tnef winmail.dat attachments Exchange and Outlook send, " +
			"and outputs one object per file with the message class, subject, sender, send time, body (as text) and attachments, and every MAPI property in Properties. " +
			"A MIME message (.eml) is searched for its TNEF part. Use Format-List * to see every property.",
		Examples: []cmdlet.Example{
			{Code: "Get-TnefContent winmail.dat", Remarks: "Shows the class, subject, body format and attachments of winmail.dat."},
			{Code: "Get-TnefContent message.eml | Format-List *", Remarks: "Decodes the TNEF part of a saved MIME message and shows everything."},
			{Code: "(Get-TnefContent winmail.dat).Properties | Where-Object Name -like '*READ_RECEIPT*'", Remarks: "Lists the read-receipt properties."},
		},
	})
}

// Process decodes each file.
func (g *GetTnefContent) Process(ctx *cmdlet.Context) error {
	return eachFile(ctx, g.Path, func(full string) error { return g.read(ctx, full) })
}

// eachFile calls fn with every file the paths (wildcards allowed) name; a
// path that matches nothing is a non-terminating error.
func eachFile(ctx *cmdlet.Context, paths []string, fn func(full string) error) error {
	for _, p := range paths {
		files, err := ctx.ResolveFiles(p)
		if err != nil {
			if err := ctx.WriteError(err); err != nil {
				return err
			}
			continue
		}
		for _, f := range files {
			if err := fn(f); err != nil {
				return err
			}
		}
	}
	return nil
}

// read emits the content of one file or writes its error.
func (g *GetTnefContent) read(ctx *cmdlet.Context, full string) error {
	m, err := readTnef(ctx, full, bool(g.IgnoreChecksum))
	if m == nil || err != nil {
		return err
	}
	out, bodyErr := newTnefMessage(m, full)
	if bodyErr != nil {
		if err := ctx.Warn(fmt.Sprintf("The body of '%s' is damaged (%v); the text shown may be incomplete.", full, bodyErr)); err != nil {
			return err
		}
	}
	return ctx.Emit(out)
}

// readTnef loads a file with [loadTnef], writes its warnings and, when it
// cannot be decoded, its non-terminating error. The message is nil when
// the file is skipped; the error is a terminating one.
func readTnef(ctx *cmdlet.Context, full string, ignoreChecksum bool) (*tnef.Message, error) {
	m, warnings, err := loadTnef(ctx, full, ignoreChecksum)
	for _, w := range warnings {
		if err := ctx.Warn(w); err != nil {
			return nil, err
		}
	}
	if err != nil {
		return nil, ctx.WriteError(err)
	}
	return m, nil
}

// loadTnef reads and decodes a TNEF file, or the TNEF part of a MIME
// message. Problems that do not stop decoding are returned as warnings
// (bytes after the stream, checksum mismatches with ignoreChecksum, a MIME
// correlator that does not match) or written as verbose messages (skipped
// attachment attributes).
func loadTnef(ctx *cmdlet.Context, full string, ignoreChecksum bool) (*tnef.Message, []string, error) {
	data, err := readFile(full)
	if err != nil {
		e := cmdlet.TargetError(fmt.Sprintf("Cannot read '%s': %s.", full, errText(err)), "ReadError", "IOException", "TnefReadError", full)
		e.Err = err
		return nil, nil, e
	}
	var warnings []string
	opts := []tnef.ReadOption{tnef.WithWarnings(func(w error) {
		var te *tnef.Error
		if errors.Is(w, tnef.ErrUnknownAttribute) && errors.As(w, &te) {
			ctx.Verbose(fmt.Sprintf("Skipped the attachment-level attribute %s at offset %d of '%s': it is not an attachment attribute.", te.Detail, te.Offset, full))
		} else {
			warnings = append(warnings, warningText(full, w))
		}
	})}
	if ignoreChecksum {
		opts = append(opts, tnef.WithChecksumWarnings())
	}
	m, err := decodeTnefFile(data, opts)
	if errors.Is(err, tnefmime.ErrCorrelator) {
		warnings = append(warnings, fmt.Sprintf("The X-MS-TNEF-Correlator header of '%s' does not match the correlation key of its TNEF stream; Outlook ignores such a winmail.dat.", full))
		err = nil
	}
	if err != nil {
		return nil, warnings, decodeError(full, err)
	}
	return m, warnings, nil
}

// maxFileSize bounds the files the TNEF cmdlets read: far more than any
// mail server accepts in one message.
const maxFileSize = 256 << 20

// readFile reads a regular file of at most maxFileSize bytes. Devices and
// pipes are refused before they are opened, since reading them may never
// end (/dev/zero) or never start (a FIFO without a writer).
func readFile(full string) ([]byte, error) {
	st, err := os.Stat(full)
	switch {
	case err != nil:
		return nil, err
	case !st.Mode().IsRegular() && !st.IsDir():
		return nil, errors.New("it is not a file but a device or pipe")
	case st.Size() > maxFileSize:
		return nil, fmt.Errorf("it is larger than %d MB", maxFileSize>>20)
	}
	f, err := os.Open(full)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The buffer is sized from the file, as os.ReadFile does: growing it
	// while reading cost more than decoding what was read.
	b := bytes.NewBuffer(make([]byte, 0, st.Size()+bytes.MinRead))
	_, err = b.ReadFrom(io.LimitReader(f, maxFileSize+1))
	data := b.Bytes()
	if err == nil && len(data) > maxFileSize {
		err = fmt.Errorf("it is larger than %d MB", maxFileSize>>20)
	}
	return data, err
}

// decodeTnefFile decodes data as a TNEF stream when it starts with the
// TNEF signature, else as a MIME message holding one.
func decodeTnefFile(data []byte, opts []tnef.ReadOption) (*tnef.Message, error) {
	if len(data) >= 4 && bytes.Equal(data[:4], []byte{0x78, 0x9F, 0x3E, 0x22}) {
		return tnef.Decode(bytes.NewReader(data), opts...)
	}
	m, _, err := tnefmime.Unwrap(bytes.NewReader(data), opts...)
	return m, err
}

// decodeError is the error record for a file that is not TNEF or is corrupt.
func decodeError(full string, err error) *cmdlet.Error {
	var e *cmdlet.Error
	var te *tnef.Error
	switch {
	case errors.Is(err, tnef.ErrChecksum) && errors.As(err, &te):
		e = cmdlet.TargetError(fmt.Sprintf("The TNEF stream '%s' is corrupt: the checksum of the attribute at offset %d does not match its data. Use -IgnoreChecksum to read it anyway.", full, te.Offset),
			"InvalidData", "InvalidDataException", "TnefChecksumMismatch", full)
	case errors.Is(err, tnefmime.ErrNesting):
		e = cmdlet.TargetError(fmt.Sprintf("The MIME message '%s' nests multiparts more than %d levels deep; it is not read.", full, tnefmime.MaxNesting),
			"InvalidData", "InvalidDataException", "MimeNestedTooDeep", full)
	case errors.As(err, &te) && !errors.Is(err, tnef.ErrSignature):
		e = cmdlet.TargetError(fmt.Sprintf("The TNEF stream '%s' is corrupt: %s at offset %d.", full, sentinelText(te.Err), te.Offset),
			"InvalidData", "InvalidDataException", "InvalidTnefStream", full)
	default: // no signature, not MIME, or MIME without a TNEF part
		e = cmdlet.TargetError(fmt.Sprintf("The file '%s' is not a TNEF stream (winmail.dat) and has no application/ms-tnef part.", full),
			"InvalidData", "InvalidDataException", "NotTnefStream", full)
	}
	e.Err = err
	return e
}

// warningText words a decoding problem that did not stop decoding.
func warningText(full string, w error) string {
	var te *tnef.Error
	if !errors.As(w, &te) {
		return fmt.Sprintf("'%s': %v.", full, w)
	}
	if errors.Is(w, tnef.ErrTrailingData) {
		return fmt.Sprintf("The TNEF stream of '%s' ends at offset %d, before the end of its data; the rest (%s) is ignored.", full, te.Offset, te.Detail)
	}
	if errors.Is(w, tnef.ErrChecksum) {
		return fmt.Sprintf("The checksum of the attribute at offset %d of '%s' does not match its data (%s); the attribute is read anyway.", te.Offset, full, te.Detail)
	}
	return fmt.Sprintf("'%s': %s at offset %d (%s).", full, sentinelText(te.Err), te.Offset, te.Detail)
}

// sentinelText is a tnef sentinel error without its package prefix.
func sentinelText(err error) string { return strings.TrimPrefix(err.Error(), "tnef: ") }

// errText is an operating-system error without the path, capitalized.
func errText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	s := err.Error()
	return strings.ToUpper(s[:1]) + s[1:]
}

// newTnefMessage builds the output object for m; the error is a damaged
// body's.
func newTnefMessage(m *tnef.Message, full string) (*TnefMessage, error) {
	out := &TnefMessage{
		MessageClass: m.Class(), Subject: m.Subject(), From: sender(m.Props), Path: full,
		Properties: properties(m.Props),
	}
	if t, ok := m.Props.Time(tnef.PidClientSubmitTime); ok {
		out.Sent = t
	}
	out.ReadReceiptRequested, _ = m.Props.Bool(tnef.PidReadReceiptRequested)
	for _, r := range m.Recipients {
		switch r.Type() {
		case tnef.To:
			out.To = append(out.To, mailbox(r.Name(), r.Address()))
		case tnef.Cc:
			out.Cc = append(out.Cc, mailbox(r.Name(), r.Address()))
		}
	}
	for _, a := range m.Attachments {
		out.Attachments = append(out.Attachments, newTnefAttachment(a))
	}
	b, err := m.Body()
	out.BodyFormat = bodyFormats[b.Kind]
	out.Body, _ = m.BodyText()
	return out, err
}

// sender returns "Name <address>" of the sender (or the represented
// sender), or whichever part is known.
func sender(ps tnef.Props) string {
	name, ok := ps.String(tnef.PidSenderName)
	if !ok {
		name, _ = ps.String(tnef.PidSentRepresentingName)
	}
	addr, ok := ps.String(tnef.PidSenderEmailAddress)
	if !ok {
		addr, _ = ps.String(tnef.PidSentRepresentingEmailAddress)
	}
	return mailbox(name, addr)
}

// mailbox formats a name and an address as "Name <address>", or whichever
// of the two is known.
func mailbox(name, addr string) string {
	name, addr = strings.TrimRight(name, "\x00"), strings.TrimRight(addr, "\x00")
	switch {
	case name == "" || name == addr:
		return addr
	case addr == "":
		return name
	}
	return name + " <" + addr + ">"
}

// newTnefAttachment summarizes one attachment. Its Size is the number of
// bytes Expand-TnefAttachment writes for it.
func newTnefAttachment(a *tnef.Attachment) *TnefAttachment {
	data, _ := attachmentBytes(a)
	out := &TnefAttachment{Name: a.FileName(), Size: len(data), ContentType: a.MIMEType(),
		IsEmbeddedMessage: a.Embedded != nil, Properties: properties(a.Props)}
	out.ContentId, _ = a.Props.String(tnef.PidAttachContentID)
	if a.Embedded != nil {
		out.EmbeddedMessage, _ = newTnefMessage(a.Embedded, "")
	}
	return out
}

// attachmentBytes returns what is saved for an attachment: the file bytes,
// the OLE object's compound file, or an embedded message re-encoded as a
// TNEF stream.
func attachmentBytes(a *tnef.Attachment) ([]byte, error) {
	switch {
	case a.Embedded != nil:
		var buf bytes.Buffer
		err := tnef.Encode(&buf, a.Embedded, tnef.WithoutCompatChecks())
		return buf.Bytes(), err
	case a.Object != nil:
		return a.Object.Data, nil
	}
	return a.Data, nil
}

// properties converts a property list for display.
func properties(ps tnef.Props) []*TnefProperty {
	out := make([]*TnefProperty, len(ps))
	for i, p := range ps {
		out[i] = &TnefProperty{Tag: p.Tag.String(), Name: p.DisplayName(), Type: p.Tag.Type().String(), Value: propValue(p.Value)}
	}
	return out
}

// propValue turns a property value into a runtime value: integers become
// Int32/Int64, GUIDs their registry form, objects a short description,
// strings lose a terminating NUL and multi-valued properties an array.
func propValue(v any) any {
	switch x := v.(type) {
	case int16:
		return int(x)
	case int32:
		return int(x)
	case uint32:
		return int(x)
	case float32:
		return float64(x)
	case string:
		return strings.TrimRight(x, "\x00")
	case time.Time:
		return x
	case tnef.GUID:
		return x.String()
	case *tnef.Object:
		return fmt.Sprintf("Object %v (%d bytes)", x.IID, len(x.Data))
	case []byte:
		return x
	}
	return multiValue(v)
}

// multiValue converts the slice of a multi-valued property element by
// element; any other value is returned as is.
func multiValue(v any) any {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice {
		return v
	}
	out := make([]any, rv.Len())
	for i := range out {
		out[i] = propValue(rv.Index(i).Interface())
	}
	return out
}

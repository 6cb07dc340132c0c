package tnef

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/utility"
	"github.com/exsh/exsh/internal/safename"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/tnef"
)

// TnefFile is a file the TNEF cmdlets wrote: the FileInfo that
// Get-ChildItem outputs, so it has the same properties and is formatted
// by the same file-system view (grouped under "    Directory: <folder>"
// with Mode, LastWriteTime, Length and Name).
type TnefFile = utility.FileItem

// newTnefFile describes the file just written at full.
func newTnefFile(full string) (*TnefFile, error) {
	st, err := os.Stat(full)
	if err != nil {
		return nil, err
	}
	return utility.NewFileItem(filepath.Dir(full), st), nil
}

// ExpandTnefAttachment is Expand-TnefAttachment: it saves the attachments
// of winmail.dat files.
type ExpandTnefAttachment struct {
	Path           []string    `ps:"pos=0,mandatory,name,alias=FullName|PSPath|LiteralPath,complete=path" help:"The TNEF files (winmail.dat) or MIME messages (.eml) to expand (wildcards allowed)."`
	Destination    string      `ps:"pos=1,alias=DestinationPath,complete=path" help:"The folder to write to; created when missing. The current location by default."`
	IncludeBody    bind.Switch `help:"Also writes the message body, as message.rtf, message.html or message.txt."`
	IgnoreChecksum bind.Switch `help:"Reads streams whose attribute checksums do not match, with a warning for each."`
}

func addExpand(r *cmdlet.Registry) {
	cmdlet.Add[ExpandTnefAttachment](r, &cmdlet.Info{
		Name: "Expand-TnefAttachment", Module: modTnef, ShouldProcess: true, OutputType: reflect.TypeFor[TnefFile](),
		Synopsis: "Saves the attachments of a TNEF (winmail.dat) stream as files.",
		Description: "The Expand-TnefAttachment cmdlet writes every attachment of a TNEF stream (or of the TNEF part of a MIME message) into the destination folder " +
			"and outputs a file object for each file written. Embedded messages are saved as TNEF streams (.tnef) and OLE objects as their compound files. " +
			"Names come from the stream and are made safe: only the last path element is kept, characters Windows forbids become '_', invisible formatting characters such as right-to-left overrides are removed, " +
			"and device names such as CON are prefixed, so nothing is written outside the destination and no name displays as another. A name that is already taken is numbered, as in 'a (1).txt'; existing files are never overwritten.",
		Examples: []cmdlet.Example{
			{Code: "Expand-TnefAttachment winmail.dat -Destination .\\attachments", Remarks: "Saves the attachments of winmail.dat in the attachments folder."},
			{Code: "Expand-TnefAttachment winmail.dat -Destination out -IncludeBody", Remarks: "Also saves the body as message.rtf, message.html or message.txt."},
			{Code: "Get-TnefContent *.dat | Expand-TnefAttachment -Destination out -WhatIf", Remarks: "Shows which files would be written."},
		},
	})
}

// Process expands each file.
func (x *ExpandTnefAttachment) Process(ctx *cmdlet.Context) error {
	dest := ctx.Host.Path(x.Destination)
	return eachFile(ctx, x.Path, func(full string) error { return x.expand(ctx, full, dest) })
}

// item is one file to write: its wanted name and its bytes.
type item struct {
	name string
	data []byte
}

// expand writes the items of one stream into dest. It stops at the first
// file it cannot write or check: the cause (a full disk, a folder that
// cannot be searched or written) would fail the rest too.
func (x *ExpandTnefAttachment) expand(ctx *cmdlet.Context, full, dest string) error {
	m, err := readTnef(ctx, full, bool(x.IgnoreChecksum))
	if m == nil || err != nil {
		return err
	}
	items, err := items(m, bool(x.IncludeBody))
	if err != nil {
		e := cmdlet.TargetError(fmt.Sprintf("An embedded message in '%s' cannot be saved: %v.", full, err), "InvalidData", "InvalidDataException", "InvalidTnefStream", full)
		e.Err = err
		return ctx.WriteError(e)
	}
	if st, err := os.Stat(dest); err == nil && !st.IsDir() {
		e := cmdlet.TargetError(fmt.Sprintf("Cannot expand '%s' into '%s' because it is a file, not a folder.", full, dest), "InvalidArgument", "IOException", "DestinationIsFile", dest)
		return ctx.WriteError(e)
	}
	w := &fileWriter{ctx: ctx, dest: dest}
	w.names = safename.NewNamer(w.exists)
	for _, it := range items {
		if next, err := w.write(it); !next || err != nil {
			return err
		}
	}
	return nil
}

// items lists what to save from m: the body first when asked for, then
// each attachment.
func items(m *tnef.Message, withBody bool) ([]item, error) {
	var items []item
	if withBody {
		if it, ok := bodyItem(m); ok {
			items = append(items, it)
		}
	}
	for _, a := range m.Attachments {
		data, err := attachmentBytes(a)
		if err != nil {
			return nil, err
		}
		name := a.FileName()
		if a.Embedded != nil {
			if s := a.Embedded.Subject(); s != "" {
				name = s
			}
			name += ".tnef"
		}
		items = append(items, item{name: safename.Clean(name, "attachment"), data: data})
	}
	return items, nil
}

// bodyItem is the body in the form Outlook would show it: the RTF
// document, the HTML (in its own charset) or the text as UTF-8.
func bodyItem(m *tnef.Message) (item, bool) {
	b, _ := m.Body()
	switch {
	case b.Kind == tnef.BodyHTML:
		return item{name: "message.html", data: b.HTML}, true
	case b.Kind == tnef.BodyText:
		return item{name: "message.txt", data: []byte(strings.TrimRight(b.Text, "\x00"))}, true
	case len(b.RTF) > 0:
		return item{name: "message.rtf", data: b.RTF}, true
	}
	return item{}, false
}

// fileWriter writes the files of one stream, numbering names already taken
// by this stream or by existing files.
type fileWriter struct {
	ctx     *cmdlet.Context
	dest    string
	names   *safename.Namer
	created bool
}

// exists reports whether name is used in the destination. Only "does not
// exist" means free: any other error (the destination or a folder above it
// is a file, cannot be searched...) is returned.
func (w *fileWriter) exists(name string) (bool, error) {
	_, err := os.Lstat(filepath.Join(w.dest, name))
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	return err == nil, err
}

// write saves one item, or reports what it would do under -WhatIf. After
// an error it returns whether the next item may still be saved: only when
// the numbered names of this one ran out.
func (w *fileWriter) write(it item) (next bool, err error) {
	name, err := w.names.Unique(it.name)
	if err != nil {
		return errors.Is(err, safename.ErrNoFreeName), w.ctx.WriteError(w.nameError(it.name, err))
	}
	full := filepath.Join(w.dest, name)
	if ok, err := w.ctx.ShouldProcess(full, "Create File"); !ok || err != nil {
		return err == nil, err
	}
	if err := w.mkdir(); err != nil {
		return false, w.ctx.WriteError(err)
	}
	if err := writeNew(full, it.data); err != nil {
		e := cmdlet.TargetError(fmt.Sprintf("Cannot write '%s': %s.", full, errText(err)), "WriteError", "IOException", "TnefWriteError", full)
		e.Err = err
		return false, w.ctx.WriteError(e)
	}
	f, err := newTnefFile(full)
	if err != nil {
		return false, w.ctx.WriteError(err)
	}
	return true, w.ctx.Emit(f)
}

// nameError is the error record for a name that could not be chosen.
func (w *fileWriter) nameError(name string, err error) *cmdlet.Error {
	full := filepath.Join(w.dest, name)
	msg := fmt.Sprintf("Cannot check whether '%s' exists: %s.", full, errText(err))
	if errors.Is(err, safename.ErrNoFreeName) {
		msg = fmt.Sprintf("Cannot save '%s': it and the next %d numbered names are all taken.", full, safename.MaxProbes-1)
	}
	e := cmdlet.TargetError(msg, "WriteError", "IOException", "TnefWriteError", full)
	e.Err = err
	return e
}

// mkdir creates the destination folder once.
func (w *fileWriter) mkdir() error {
	if w.created {
		return nil
	}
	if err := os.MkdirAll(w.dest, 0o755); err != nil {
		e := cmdlet.TargetError(fmt.Sprintf("Cannot create the folder '%s': %s.", w.dest, errText(err)), "WriteError", "IOException", "TnefWriteError", w.dest)
		e.Err = err
		return e
	}
	w.created = true
	return nil
}

// writeNew creates full, failing when anything (even a dangling symbolic
// link) is already there, so no existing file is followed or replaced.
func writeNew(full string, data []byte) error {
	f, err := os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

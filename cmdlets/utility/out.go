package utility

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/format"
)

// OutFile is Out-File: it writes the console text of its input to a file.
type OutFile struct {
	FilePath    string       `ps:"pos=0,mandatory,alias=Path,complete=path" help:"The file to write."`
	InputObject any          `ps:"value" help:"The object to write."`
	Encoding    FileEncoding `ps:"pos=1" help:"The character encoding (UTF-8 without a byte order mark by default)."`
	Append      bind.Switch  `help:"Adds to the end of the file."`
	Force       bind.Switch  `help:"Overwrites a read-only file."`
	NoClobber   bind.Switch  `ps:"alias=NoOverwrite" help:"Does not overwrite an existing file."`
	Width       int          `ps:"range=2..2147483647" help:"The line width (the console width by default)."`
	NoNewline   bind.Switch  `help:"Does not end the output with a newline."`

	w   *fileWriter
	out *format.Out
	off bool // -WhatIf or a declined -Confirm: nothing is written
}

// fileWriter encodes what the formatter writes into a file.
type fileWriter struct {
	f   *os.File
	enc FileEncoding
	bom bool
}

func (w *fileWriter) Write(p []byte) (int, error) {
	_, err := w.f.Write(encodeText(string(p), w.enc, w.bom))
	w.bom = false
	return len(p), err
}

// OutNull is Out-Null: it discards its input.
type OutNull struct {
	InputObject any `ps:"value" help:"The object to discard."`
}

// OutString is Out-String: it turns its input into console text.
type OutString struct {
	InputObject any         `ps:"value" help:"The object to convert."`
	Stream      bind.Switch `help:"Outputs one string per line instead of one string."`
	Width       int         `ps:"range=2..2147483647" help:"The line width (the console width by default)."`

	buf bytes.Buffer
	out *format.Out
}

// OutDefault is Out-Default: it formats its input to the console.
type OutDefault struct {
	InputObject any `ps:"value" help:"The object to display."`

	out *format.Out
}

func addOut(r *cmdlet.Registry) {
	cmdlet.Add[OutFile](r, &cmdlet.Info{
		Name: "Out-File", Module: modUtility, ShouldProcess: true,
		Synopsis: "Sends output to a file.",
		Description: "The Out-File cmdlet sends output to a file. It writes the same text the console would show, with lines cut at -Width. " +
			"-Append adds to an existing file and -NoClobber refuses to overwrite one. The > and >> redirection operators do the same.",
		Examples: []cmdlet.Example{
			{Code: "Get-RemoteDomain | Out-File domains.txt", Remarks: "Writes the remote domain table to domains.txt."},
			{Code: "'done' | Out-File log.txt -Append", Remarks: "Adds a line to log.txt."},
		},
	})
	cmdlet.Add[OutNull](r, &cmdlet.Info{
		Name: "Out-Null", Module: modCore,
		Synopsis:    "Hides the output instead of sending it down the pipeline or displaying it.",
		Description: "The Out-Null cmdlet sends its output to NULL, in effect, removing it from the pipeline and preventing the output from being displayed at the screen.",
		Examples:    []cmdlet.Example{{Code: "New-MailContact -Name 'Lee Gu' -ExternalEmailAddress lee@fabrikam.com | Out-Null", Remarks: "Creates a mail contact without displaying it."}},
	})
	cmdlet.Add[OutString](r, &cmdlet.Info{
		Name: "Out-String", Module: modUtility,
		Synopsis:    "Sends objects to the host as a series of strings.",
		Description: "The Out-String cmdlet converts input objects into the text the console would display and outputs it as one string, or one string per line with -Stream.",
		Examples: []cmdlet.Example{
			{Code: "$text = Get-RemoteDomain | Out-String", Remarks: "Stores the remote domain table as text."},
			{Code: "Get-RemoteDomain | Out-String -Stream | Where-Object { $_ -match 'Default' }", Remarks: "Outputs the table line by line and keeps the lines that contain Default."},
		},
	})
	cmdlet.Add[OutDefault](r, &cmdlet.Info{
		Name: "Out-Default", Module: modCore,
		Synopsis:    "Sends the output to the default formatter and to the default output cmdlet.",
		Description: "The Out-Default cmdlet formats its input as the console does at the end of every pipeline and writes it to the host.",
		Examples:    []cmdlet.Example{{Code: "Get-RemoteDomain | Out-Default", Remarks: "Displays the remote domains."}},
	})
}

// Begin opens the file (unless -WhatIf or a declined -Confirm).
func (o *OutFile) Begin(ctx *cmdlet.Context) error {
	ok, err := ctx.ShouldProcess(ctx.Host.Path(o.FilePath), "Output to File")
	if !ok {
		o.off = true
		return err
	}
	f, err := openOutput(ctx, o.FilePath, bool(o.Append), bool(o.NoClobber))
	if err != nil {
		return err
	}
	st, _ := f.Stat()
	o.w = &fileWriter{f: f, enc: o.Encoding, bom: st == nil || st.Size() == 0}
	o.out = format.NewOut(o.w, formatOptions(ctx, o.Width))
	return nil
}

// openOutput opens path for writing (appending, or refusing an existing
// file with noClobber), with PowerShell's errors.
func openOutput(ctx *cmdlet.Context, path string, appendTo, noClobber bool) (*os.File, error) {
	full := ctx.Host.Path(path)
	if noClobber && !appendTo {
		if _, err := os.Stat(full); err == nil {
			return nil, cmdlet.TargetError(fmt.Sprintf("The file '%s' already exists.", full), "ResourceExists", "IOException", "NoClobber", full)
		}
	}
	flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if appendTo {
		flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(full, flag, 0o644)
	if err != nil {
		return nil, openError(full, err)
	}
	return f, nil
}

// openError is PowerShell's FileOpenFailure error.
func openError(full string, err error) *cmdlet.Error {
	msg, reason := err.Error(), "IOException"
	switch {
	case errors.Is(err, fs.ErrNotExist):
		msg, reason = fmt.Sprintf("Could not find a part of the path '%s'.", full), "DirectoryNotFoundException"
	case errors.Is(err, fs.ErrPermission):
		msg, reason = fmt.Sprintf("Access to the path '%s' is denied.", full), "UnauthorizedAccessException"
	}
	e := cmdlet.NewError(msg, "OpenError", reason, "FileOpenFailure")
	e.Err = err
	return e
}

// Process writes one object.
func (o *OutFile) Process(ctx *cmdlet.Context) error {
	if !ctx.HasInput || o.off {
		return nil
	}
	return o.out.Write(ctx.Input)
}

// End flushes and closes the file.
func (o *OutFile) End(*cmdlet.Context) error {
	if o.off {
		return nil
	}
	err := o.out.Close()
	if cerr := o.w.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Process discards the object.
func (*OutNull) Process(*cmdlet.Context) error { return nil }

// Begin prepares the formatter.
func (o *OutString) Begin(ctx *cmdlet.Context) error {
	o.out = format.NewOut(&o.buf, formatOptions(ctx, o.Width))
	return nil
}

// Process formats one object; with -Stream its lines are output at once.
func (o *OutString) Process(ctx *cmdlet.Context) error {
	if !ctx.HasInput {
		return nil
	}
	if err := o.out.Write(ctx.Input); err != nil {
		return err
	}
	if o.Stream {
		return o.flushLines(ctx)
	}
	return nil
}

// flushLines outputs the complete lines written so far.
func (o *OutString) flushLines(ctx *cmdlet.Context) error {
	s := o.buf.String()
	i := strings.LastIndex(s, "\n")
	if i < 0 {
		return nil
	}
	o.buf.Reset()
	o.buf.WriteString(s[i+1:])
	for _, l := range strings.Split(s[:i], "\n") {
		if err := ctx.Emit(l); err != nil {
			return err
		}
	}
	return nil
}

// End outputs the text.
func (o *OutString) End(ctx *cmdlet.Context) error {
	if err := o.out.Close(); err != nil {
		return err
	}
	if o.Stream {
		return o.flushLines(ctx)
	}
	if o.buf.Len() == 0 {
		return nil
	}
	return ctx.Emit(o.buf.String())
}

// Begin prepares the console formatter.
func (o *OutDefault) Begin(ctx *cmdlet.Context) error {
	o.out = format.NewOut(ctx.Host.Console(), formatOptions(ctx, 0))
	return nil
}

// Process displays one object.
func (o *OutDefault) Process(ctx *cmdlet.Context) error {
	if !ctx.HasInput {
		return nil
	}
	return o.out.Write(ctx.Input)
}

// End flushes the formatter.
func (o *OutDefault) End(*cmdlet.Context) error { return o.out.Close() }

package utility

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/value"
)

// GetContent is Get-Content: it outputs the lines of a file.
type GetContent struct {
	Path       []string     `ps:"pos=0,mandatory,name,alias=FullName|PSPath|LiteralPath,complete=path" help:"The files to read (wildcards allowed)."`
	TotalCount int          `ps:"alias=First|Head" help:"How many lines to read from the start."`
	Tail       int          `ps:"alias=Last" help:"How many lines to read from the end."`
	Raw        bind.Switch  `help:"Outputs the whole file as one string."`
	Encoding   FileEncoding `help:"The character encoding (detected from the byte order mark)."`
	ReadCount  int          `help:"Accepted for compatibility; lines are always output one at a time."`
}

// SetContent is Set-Content: it replaces a file's content with lines.
type SetContent struct {
	Path      []string     `ps:"pos=0,mandatory,name,alias=PSPath|LiteralPath,complete=path" help:"The files to write."`
	Value     []any        `ps:"pos=1,value,name" help:"The content, one line per object."`
	NoNewline bind.Switch  `help:"Writes the objects without newlines."`
	Encoding  FileEncoding `help:"The character encoding (UTF-8 without a byte order mark by default)."`
	Force     bind.Switch  `help:"Writes even a read-only file."`
	PassThru  bind.Switch  `help:"Outputs the written content."`

	lines []string
}

// AddContent is Add-Content: it appends lines to a file.
type AddContent struct {
	SetContent
}

func addContent(r *cmdlet.Registry) {
	cmdlet.Add[GetContent](r, &cmdlet.Info{
		Name: "Get-Content", Aliases: []string{"gc", "cat", "type"}, Module: modManagement,
		Synopsis: "Gets the content of the item at the specified location.",
		Description: "The Get-Content cmdlet outputs the lines of a text file as strings, without their line endings. " +
			"-TotalCount reads the first lines, -Tail the last ones and -Raw the whole file as one string.",
		Examples: []cmdlet.Example{
			{Code: "Get-Content users.txt", Remarks: "Outputs each line of users.txt."},
			{Code: "Get-Content log.txt -Tail 5", Remarks: "Outputs the last five lines."},
			{Code: "$text = Get-Content body.txt -Raw", Remarks: "Reads a file as one string."},
		},
	})
	cmdlet.Add[SetContent](r, &cmdlet.Info{
		Name: "Set-Content", Aliases: []string{"sc"}, Module: modManagement, ShouldProcess: true,
		Synopsis:    "Writes new content or replaces existing content in a file.",
		Description: "The Set-Content cmdlet writes its values to a file, one line each, replacing the file's content; the file is created when missing.",
		Examples:    []cmdlet.Example{{Code: "'a','b' | Set-Content list.txt", Remarks: "Writes two lines to list.txt."}},
	})
	cmdlet.Add[AddContent](r, &cmdlet.Info{
		Name: "Add-Content", Aliases: []string{"ac"}, Module: modManagement, ShouldProcess: true,
		Synopsis:    "Adds content to the specified items, such as adding words to a file.",
		Description: "The Add-Content cmdlet appends its values to a file, one line each; the file is created when missing.",
		Examples:    []cmdlet.Example{{Code: "Add-Content log.txt \"Done at $(Get-Date)\"", Remarks: "Appends a line to log.txt."}},
	})
}

// Process reads each file.
func (g *GetContent) Process(ctx *cmdlet.Context) error {
	for _, p := range g.Path {
		files, err := ctx.ResolveFiles(p)
		if err != nil {
			if err := ctx.WriteError(err); err != nil {
				return err
			}
			continue
		}
		for _, f := range files {
			if err := g.read(ctx, f); err != nil {
				return err
			}
		}
	}
	return nil
}

// read outputs one file's lines.
func (g *GetContent) read(ctx *cmdlet.Context, full string) error {
	data, err := os.ReadFile(full)
	if err != nil {
		return ctx.WriteError(readError(full, err))
	}
	text := decodeText(data)
	if g.Raw {
		if text == "" {
			return nil
		}
		return ctx.Emit(text)
	}
	lines := splitLines(text)
	if g.TotalCount > 0 {
		lines = lines[:min(g.TotalCount, len(lines))]
	}
	if g.Tail > 0 {
		lines = lines[max(len(lines)-g.Tail, 0):]
	}
	for _, l := range lines {
		if err := ctx.Emit(l); err != nil {
			return err
		}
	}
	return nil
}

// readError is the error for a file that cannot be read (a directory,
// no permission).
func readError(full string, err error) *cmdlet.Error {
	e := cmdlet.TargetError(fmt.Sprintf("Access to the path '%s' is denied.", full), "PermissionDenied", "UnauthorizedAccessException", "GetContentReaderUnauthorizedAccessError", full)
	e.Err = err
	return e
}

// splitLines splits text at \r\n, \n or \r; a final line ending does not
// start another line.
func splitLines(text string) []string {
	if text == "" {
		return nil
	}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}

// Process collects the values of one input object.
func (s *SetContent) Process(ctx *cmdlet.Context) error {
	for _, v := range s.Value {
		s.lines = append(s.lines, value.ToString(v))
	}
	if s.PassThru {
		return emitAll(ctx, s.Value)
	}
	return nil
}

// End writes the file.
func (s *SetContent) End(ctx *cmdlet.Context) error { return s.write(ctx, false) }

// End appends to the file.
func (a *AddContent) End(ctx *cmdlet.Context) error { return a.write(ctx, true) }

// write stores the collected lines in every path (each one subject to
// -WhatIf and -Confirm).
func (s *SetContent) write(ctx *cmdlet.Context, appendTo bool) error {
	sep := "\n"
	if s.NoNewline {
		sep = ""
	}
	text := strings.Join(s.lines, sep)
	if len(s.lines) > 0 {
		text += sep
	}
	action := "Set Content"
	if appendTo {
		action = "Add Content"
	}
	for _, p := range s.Path {
		ok, err := ctx.ShouldProcess("Path: "+ctx.Host.Path(p), action)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if err := writeFile(ctx, p, text, s.Encoding, appendTo); err != nil {
			if err := ctx.WriteError(err); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeFile writes or appends text to path.
func writeFile(ctx *cmdlet.Context, p, text string, enc FileEncoding, appendTo bool) error {
	full := ctx.Host.Path(p)
	flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if appendTo {
		flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(full, flag, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return cmdlet.TargetError(fmt.Sprintf("Could not find a part of the path '%s'.", full), "ObjectNotFound", "DirectoryNotFoundException", "GetContentWriterDirectoryNotFoundError", full)
		}
		return openError(full, err)
	}
	st, _ := f.Stat()
	_, err = f.Write(encodeText(text, enc, st == nil || st.Size() == 0))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

package shell

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/shell/syntax"
	"github.com/exsh/exsh/shell/value"
)

// ErrorRecord is PowerShell's error record: what $Error holds, what $_ is
// in a catch block, and what is printed in red.
type ErrorRecord struct {
	Exception             *Exception
	TargetObject          any
	CategoryInfo          *CategoryInfo
	FullyQualifiedErrorId string
	InvocationInfo        *InvocationInfo

	command string // prefix "<command> : " of the display, "" for none
	parse   bool
}

// Exception is the exception inside an [ErrorRecord]: a .NET exception
// of the type named by [Exception.TypeName], with the exception it wraps
// (InnerException) where 5.1 has one.
type Exception struct {
	Message        string
	InnerException *Exception

	typ string // full .NET type name; "" until known (see exceptionOf)
}

// TypeName returns the exception's full .NET type name (RuntimeException
// when nothing more precise is known).
func (e *Exception) TypeName() string {
	if e.typ == "" {
		return "System.Management.Automation.RuntimeException"
	}
	return e.typ
}

// ExceptionType returns [Exception.TypeName]; GetType() uses it for the
// base type.
func (e *Exception) ExceptionType() string { return e.TypeName() }

// exceptionFrom converts a value error (and the exceptions it wraps)
// into an [Exception].
func exceptionFrom(ve *value.Error) *Exception {
	e := &Exception{Message: ve.Message, typ: ve.ExceptionType()}
	if ve.Inner != nil {
		e.InnerException = exceptionFrom(ve.Inner)
	}
	return e
}

// String returns the message.
func (e *Exception) String() string { return e.Message }

// CategoryInfo classifies an [ErrorRecord].
type CategoryInfo struct {
	Category   string
	Activity   string
	Reason     string
	TargetName string
	TargetType string

	// remote marks a record that came back from the Exchange server's
	// session: its Reason is a plain string there, not an exception type.
	remote bool
}

// String renders "Category: (Target:Type) [Activity], Reason" as 5.1's
// ErrorCategoryInfo.GetMessage does: an activity, target name or target
// type longer than 40 characters is shortened to its first and last 15
// with "..." between; the reason is shortened only when it is not an
// exception type name, which is the case for errors deserialized from the
// remote Exchange session ("ParameterBindin...mationException", while a
// local error shows "ParameterBindingArgumentTransformationException").
func (c *CategoryInfo) String() string {
	reason := c.Reason
	if c.remote {
		reason = ellipsize(reason)
	}
	return fmt.Sprintf("%s: (%s:%s) [%s], %s", c.Category, ellipsize(c.TargetName), ellipsize(c.TargetType), ellipsize(c.Activity), reason)
}

// ellipsize shortens s beyond 40 characters to "first15...last15".
func ellipsize(s string) string {
	r := []rune(s)
	if len(r) <= 40 {
		return s
	}
	return string(r[:15]) + "..." + string(r[len(r)-15:])
}

// bindReasons are the exception names of binding errors other than
// ParameterBindingException.
var bindReasons = map[string]string{
	bind.IDTransformation:        "ParameterBindingArgumentTransformationException",
	bind.IDNullNotAllowed:        "ParameterBindingValidationException",
	bind.IDEmptyStringNotAllowed: "ParameterBindingValidationException",
	bind.IDValidation:            "ParameterBindingValidationException",
}

// InvocationInfo says where an error happened, and what a function's
// $MyInvocation says of its call.
type InvocationInfo struct {
	MyCommand        *CommandInfo
	InvocationName   string
	ScriptName       string
	ScriptLineNumber int
	OffsetInLine     int
	Line             string
	PositionMessage  string
	length           int
}

// TypeName returns the .NET type name.
func (i *InvocationInfo) TypeName() string { return "System.Management.Automation.InvocationInfo" }

// script reports whether the invocation is a script file's.
func (i *InvocationInfo) script() bool {
	return i.MyCommand != nil && i.MyCommand.CommandType == "ExternalScript"
}

// command is the name of the invoked command, "" for none.
func (i *InvocationInfo) command() string {
	if i.MyCommand == nil {
		return ""
	}
	return i.MyCommand.Name
}

// CommandInfo is an invocation's command ($MyInvocation.MyCommand); it
// reads as its name. A script file's is 5.1's ExternalScriptInfo: its
// Name is the file name, its Path and Definition the full path.
type CommandInfo struct {
	Name        string
	CommandType string
	Definition  string
	Path        string
}

// TypeName returns the .NET type name.
func (c *CommandInfo) TypeName() string {
	switch c.CommandType {
	case "ExternalScript":
		return "System.Management.Automation.ExternalScriptInfo"
	case "Function":
		return "System.Management.Automation.FunctionInfo"
	case "Cmdlet":
		return "System.Management.Automation.CmdletInfo"
	}
	return "System.Management.Automation.CommandInfo"
}

// String returns the name.
func (c *CommandInfo) String() string { return c.Name }

// commandInfo returns the CommandInfo of name, nil for none.
func (s *Session) commandInfo(name string) *CommandInfo {
	if name == "" {
		return nil
	}
	c := &CommandInfo{Name: name}
	if _, ok := s.functions[strings.ToLower(name)]; ok {
		c.CommandType = "Function"
	} else if info, _ := s.opts.Commands.Lookup(name); info != nil {
		c.CommandType = "Cmdlet"
	}
	return c
}

// scriptInfo is the CommandInfo of the script file path.
func scriptInfo(path string) *CommandInfo {
	name := path
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		name = path[i+1:]
	}
	return &CommandInfo{Name: name, CommandType: "ExternalScript", Definition: path, Path: path}
}

// TypeName returns the .NET type name.
func (c *CategoryInfo) TypeName() string { return "System.Management.Automation.ErrorCategoryInfo" }

// String returns the message, as "$_" does.
func (e *ErrorRecord) String() string { return e.Exception.Message }

// TypeName returns the .NET type name.
func (e *ErrorRecord) TypeName() string { return "System.Management.Automation.ErrorRecord" }

// RuntimeError is a terminating error travelling up the call stack.
// Script-terminating ones (throw, -ErrorAction Stop) end the script when
// nothing catches them; the others end only the statement.
type RuntimeError struct {
	Record            *ErrorRecord
	ScriptTerminating bool
}

func (e *RuntimeError) Error() string { return e.Record.Exception.Message }

// Control-flow signals.
type (
	breakSignal    struct{}
	continueSignal struct{}
	returnSignal   struct{}
	exitSignal     struct{ code int }
)

func (breakSignal) Error() string    { return "break" }
func (continueSignal) Error() string { return "continue" }
func (returnSignal) Error() string   { return "return" }
func (e exitSignal) Error() string   { return fmt.Sprintf("exit %d", e.code) }

// source is the text being run, for error positions.
type source struct {
	name  string // "" for interactive input ("At line:N")
	lines []string
	runes map[int][]rune // lines decoded by runeLine, by index
}

func newSource(name, text string) *source {
	return &source{name: name, lines: strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")}
}

// runeLine returns line i (from 0) as runes, decoding each line once:
// positions are columns, and a long line is measured for every
// element of a pipeline on it.
func (src *source) runeLine(i int) []rune {
	if r, ok := src.runes[i]; ok {
		return r
	}
	if src.runes == nil {
		src.runes = map[int][]rune{}
	}
	r := []rune(src.lines[i])
	src.runes[i] = r
	return r
}

// invocation builds the position part of an error at pos with length n.
func (s *Session) invocation(cmd string, pos syntax.Position, n int) *InvocationInfo {
	inv := &InvocationInfo{MyCommand: s.commandInfo(cmd), InvocationName: cmd, ScriptLineNumber: pos.Line, OffsetInLine: pos.Column, length: n}
	if s.src != nil {
		inv.ScriptName = s.src.name
		if pos.Line >= 1 && pos.Line <= len(s.src.lines) {
			inv.Line = s.src.lines[pos.Line-1]
		}
	}
	inv.PositionMessage = positionMessage(inv)
	return inv
}

func positionMessage(inv *InvocationInfo) string {
	where := "line"
	if inv.ScriptName != "" {
		where = inv.ScriptName
	}
	line := strings.TrimRight(inv.Line, "\r")
	col := inv.OffsetInLine
	n := inv.length
	if n < 1 {
		n = 1
	}
	if col-1+n > len([]rune(line)) && col-1 < len([]rune(line)) {
		n = len([]rune(line)) - col + 1
	}
	return fmt.Sprintf("At %s:%d char:%d\n+ %s\n+ %s%s", where, inv.ScriptLineNumber, col,
		line, strings.Repeat(" ", max(col-1, 0)), strings.Repeat("~", n))
}

// record turns any error into an error record positioned at pos.
func (s *Session) record(err error, cmd string, pos syntax.Position, n int) *ErrorRecord {
	var rt *RuntimeError
	if errors.As(err, &rt) {
		return rt.Record
	}
	rec := &ErrorRecord{Exception: &Exception{Message: err.Error()}, command: cmd,
		CategoryInfo: &CategoryInfo{Category: "NotSpecified", Activity: cmd, Reason: "RuntimeException"}}
	rec.FullyQualifiedErrorId = "RuntimeException"
	var ve *value.Error
	var be *bind.Error
	var ce *cmdlet.Error
	switch {
	case errors.As(err, &ve):
		rec.CategoryInfo = &CategoryInfo{Category: ve.Category, Reason: ve.Reason, TargetName: ve.Target, TargetType: ve.TargetType}
		rec.FullyQualifiedErrorId = ve.FQID
		rec.Exception = exceptionFrom(ve)
	case errors.As(err, &be):
		rec.CategoryInfo, rec.FullyQualifiedErrorId = bindCategory(be, cmd, s.exchangeCmdlet(cmd), &rec.Exception.Message)
		if be.Pos.Line > 0 {
			pos = syntax.Position{Line: be.Pos.Line, Column: be.Pos.Column, Offset: be.Pos.Offset}
			n = be.Pos.Length
		}
	case errors.As(err, &ce):
		rec.CategoryInfo = &CategoryInfo{Category: ce.Category, Activity: cmd, Reason: ce.Reason, TargetName: ce.TargetName, TargetType: ce.TargetType}
		rec.FullyQualifiedErrorId = ce.ID
		if cmd != "" && !strings.Contains(ce.ID, ",") {
			rec.FullyQualifiedErrorId += "," + fullName(cmd)
		}
		rec.TargetObject = ce.Target
	}
	exceptionOf(rec)
	rec.InvocationInfo = s.invocation(cmd, pos, n)
	return rec
}

// transformError is the error of a function parameter whose value does
// not convert to the declared type, underlining the argument (or the
// command when the value came from elsewhere).
func (s *Session) transformError(fn, param string, err error, cmd syntax.Position, cmdLen int, arg bind.Pos) *RuntimeError {
	pos, n := cmd, cmdLen
	if arg.Line > 0 {
		pos, n = syntax.Position{Line: arg.Line, Column: arg.Column, Offset: arg.Offset}, arg.Length
	}
	rec := s.record(err, fn, pos, n)
	rec.Exception.Message = fmt.Sprintf("Cannot process argument transformation on parameter '%s'. %s", param, err.Error())
	rec.CategoryInfo = &CategoryInfo{Category: "InvalidData", Activity: baseName(fn), Reason: "ParameterBindingArgumentTransformationException"}
	rec.FullyQualifiedErrorId = "ParameterArgumentTransformationError," + baseName(fn)
	return &RuntimeError{Record: rec}
}

// asCallerError attributes a Write-Error record to the code that called
// Write-Error, as Windows PowerShell 5.1 does: inside a function the
// display starts "<function> : " and points at the function's call; at
// the top of a script file it starts with the script's path; at the top
// of -Command or interactive input it starts with the input's text. The
// FQID is the error id followed by ",<function>" or ",<script file
// name>" (nothing at the top of -Command), not by the cmdlet's class.
func (s *Session) asCallerError(rec *ErrorRecord) {
	rec.FullyQualifiedErrorId = strings.TrimSuffix(rec.FullyQualifiedErrorId, ","+fullName(rec.command))
	if inv, ok := s.getVar("MyInvocation").(*InvocationInfo); ok && !inv.script() {
		rec.command, rec.InvocationInfo = inv.command(), inv
		rec.FullyQualifiedErrorId += "," + baseName(inv.command())
		return
	}
	rec.InvocationInfo = &InvocationInfo{MyCommand: s.commandInfo(rec.command)}
	if s.src == nil {
		return
	}
	if s.src.name != "" {
		rec.command = s.src.name
		rec.FullyQualifiedErrorId += "," + baseName(s.src.name)
		return
	}
	rec.command = strings.TrimRight(strings.Join(s.src.lines, "\n"), "\n")
}

// baseName is the file name of a script path (a function name as it is).
func baseName(p string) string { return p[strings.LastIndexAny(p, `/\`)+1:] }

// parseRecord turns a parse error into its record.
func (s *Session) parseRecord(e *syntax.Error) *ErrorRecord {
	rec := &ErrorRecord{Exception: &Exception{Message: e.Message}, parse: true, FullyQualifiedErrorId: e.ID,
		CategoryInfo: &CategoryInfo{Category: "ParserError", Reason: "ParentContainsErrorRecordException"}}
	rec.InvocationInfo = s.invocation("", syntax.Position{Line: e.Line, Column: e.Column}, e.Length)
	return rec
}

// render writes an error record in the Windows PowerShell 5.1 layout.
func render(w io.Writer, rec *ErrorRecord) {
	exceptionOf(rec)
	ci := rec.CategoryInfo
	details := fmt.Sprintf("    + CategoryInfo          : %s\n    + FullyQualifiedErrorId : %s\n", ci, rec.FullyQualifiedErrorId)
	pos := ""
	if rec.InvocationInfo != nil && rec.InvocationInfo.PositionMessage != "" {
		pos = rec.InvocationInfo.PositionMessage + "\n"
	}
	if rec.parse {
		fmt.Fprintf(w, "%s%s\n%s \n", pos, rec.Exception.Message, details)
		return
	}
	prefix := ""
	if rec.command != "" {
		prefix = rec.command + " : "
	}
	fmt.Fprintf(w, "%s%s\n%s%s \n", prefix, rec.Exception.Message, pos, details)
}

// exchangeCmdlet reports whether cmd is an Exchange cmdlet.
func (s *Session) exchangeCmdlet(cmd string) bool {
	info, _ := s.opts.Commands.Lookup(cmd)
	return info != nil && strings.HasPrefix(info.Module, "Microsoft.Exchange.")
}

// commonType holds the common parameters, which an Exchange proxy
// function binds locally with their types.
var commonType = reflect.TypeFor[bind.Common]()

// bindCategory classifies a binding error of command cmd and returns its
// FQID; msg is the message, which it may rewrite.
//
// In the Exchange Management Shell the Exchange cmdlets are implicit-
// remoting proxy functions whose parameters carry no types, so the FQID
// ends in the command's name, not in a .NET class
// ("NamedParameterNotFound,Set-MailContact"). Name, position, mandatory
// and null checks fail locally in the proxy; a value that does not
// convert fails on the server, where every conversion is an argument
// transformation: the message starts "Cannot process argument
// transformation on parameter", the category is InvalidData and the
// reason, a plain string after deserialization, is shortened
// ("ParameterBindin...mationException"). Transcripts of real EMS errors
// also add "+ PSComputerName" and drop the "<command> : " prefix and the
// position; exsh keeps the 5.1 layout its other Exchange errors use.
func bindCategory(be *bind.Error, cmd string, exchange bool, msg *string) (*CategoryInfo, string) {
	reason := "ParameterBindingException"
	if r, ok := bindReasons[be.ID]; ok {
		reason = r
	}
	ci := &CategoryInfo{Category: be.Category, Activity: cmd, Reason: reason}
	if !exchange {
		return ci, be.ID + "," + fullName(cmd)
	}
	if _, common := commonType.FieldByName(be.Param); common {
		return ci, be.ID + "," + cmd
	}
	switch be.ID {
	case bind.IDCannotConvertArgumentNoMessage:
		*msg = strings.Replace(*msg, "Cannot bind parameter '"+be.Param+"'.",
			"Cannot process argument transformation on parameter '"+be.Param+"'.", 1)
		fallthrough
	case bind.IDTransformation:
		ci.Category, ci.Reason, ci.remote = "InvalidData", bindReasons[bind.IDTransformation], true
		return ci, bind.IDTransformation + "," + cmd
	}
	return ci, be.ID + "," + cmd
}

// fullName is the cmdlet's .NET class name as FQIDs show it.
func fullName(cmd string) string {
	if cmd == "" {
		return ""
	}
	return "Microsoft.PowerShell.Commands." + strings.ReplaceAll(cmd, "-", "") + "Command"
}

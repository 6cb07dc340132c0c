package utility

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/exsh/exsh/cmdlet"
)

// GetHistory is Get-History: the commands entered in this session.
type GetHistory struct {
	Id    []int64 `ps:"pos=0,value,range=1..9223372036854775807" help:"The Ids of the entries to get."`
	Count int     `ps:"pos=1,range=0..32767" help:"The number of most recent entries to get (default 32)."`
}

// InvokeHistory is Invoke-History: it runs a command from the history.
type InvokeHistory struct {
	Id string `ps:"pos=0" help:"The Id of the entry, or the start of its command line; the last entry when omitted."`
}

func addHistory(r *cmdlet.Registry) {
	cmdlet.Add[GetHistory](r, &cmdlet.Info{
		Name: "Get-History", Aliases: []string{"h", "history", "ghy"}, Module: modCore,
		OutputType:  reflect.TypeFor[cmdlet.HistoryInfo](),
		Synopsis:    "Gets a list of the commands entered during the current session.",
		Description: "The Get-History cmdlet gets the session history: the commands entered at the prompt, with their Id, execution status and times. Up and Down arrows recall the persistent history, which also keeps earlier sessions.",
		Examples:    []cmdlet.Example{{Code: "Get-History -Count 5", Remarks: "Gets the five most recent entries."}},
	})
	cmdlet.Add[InvokeHistory](r, &cmdlet.Info{
		Name: "Invoke-History", Aliases: []string{"r", "ihy"}, Module: modCore,
		Synopsis:    "Runs commands from the session history.",
		Description: "The Invoke-History cmdlet writes the command line of a history entry and runs it. Without -Id it runs the last entry; a string Id runs the most recent entry that starts with it.",
		Examples:    []cmdlet.Example{{Code: "r 3", Remarks: "Runs history entry 3."}},
	})
}

// historian returns the host's history or the error PowerShell gives
// when there is none.
func historian(ctx *cmdlet.Context) (cmdlet.Historian, error) {
	h, ok := ctx.Host.(cmdlet.Historian)
	if !ok {
		return nil, cmdlet.NewError("The command history is not available in this host.", "NotImplemented", "NotSupportedException", "HistoryNotSupported")
	}
	return h, nil
}

// Process emits the requested entries.
func (g *GetHistory) Process(ctx *cmdlet.Context) error {
	h, err := historian(ctx)
	if err != nil {
		return ctx.WriteError(err)
	}
	all := h.History()
	if len(g.Id) > 0 {
		return g.byId(ctx, all)
	}
	n := g.Count
	if n <= 0 {
		n = 32
	}
	if len(all) > n {
		all = all[len(all)-n:]
	}
	for _, e := range all {
		if err := ctx.Emit(e); err != nil {
			return err
		}
	}
	return nil
}

func (g *GetHistory) byId(ctx *cmdlet.Context, all []*cmdlet.HistoryInfo) error {
	for _, id := range g.Id {
		e := entryById(all, id)
		if e == nil {
			if err := ctx.WriteError(historyNotFound(strconv.FormatInt(id, 10))); err != nil {
				return err
			}
			continue
		}
		if err := ctx.Emit(e); err != nil {
			return err
		}
	}
	return nil
}

func entryById(all []*cmdlet.HistoryInfo, id int64) *cmdlet.HistoryInfo {
	for _, e := range all {
		if e.Id == id {
			return e
		}
	}
	return nil
}

func historyNotFound(id string) error {
	return cmdlet.NewError(fmt.Sprintf("Cannot locate history for commandline %s.", id), "ObjectNotFound", "ArgumentException", "InvokeHistoryNoHistoryFound")
}

// Process writes the command line and runs it.
func (c *InvokeHistory) Process(ctx *cmdlet.Context) error {
	h, err := historian(ctx)
	if err != nil {
		return ctx.WriteError(err)
	}
	e, err := c.find(h.History())
	if err != nil {
		return ctx.WriteError(err)
	}
	fmt.Fprintln(ctx.Host.Console(), e.CommandLine)
	return h.InvokeLine(e.CommandLine, ctx.Emit)
}

// find picks the entry: by Id, by command-line prefix, else the last.
func (c *InvokeHistory) find(all []*cmdlet.HistoryInfo) (*cmdlet.HistoryInfo, error) {
	if c.Id == "" {
		if len(all) == 0 {
			return nil, cmdlet.NewError("Cannot locate the most recent history.", "ObjectNotFound", "ArgumentException", "InvokeHistoryNoLastHistoryEntryFound")
		}
		return all[len(all)-1], nil
	}
	if id, err := strconv.ParseInt(c.Id, 10, 64); err == nil {
		if e := entryById(all, id); e != nil {
			return e, nil
		}
		return nil, historyNotFound(c.Id)
	}
	for i := len(all) - 1; i >= 0; i-- {
		if strings.HasPrefix(strings.ToLower(all[i].CommandLine), strings.ToLower(c.Id)) {
			return all[i], nil
		}
	}
	return nil, historyNotFound(c.Id)
}

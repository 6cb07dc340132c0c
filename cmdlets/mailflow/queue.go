package mailflow

import (
	"reflect"
	"sort"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/exchange"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/transport"
)

// Queue is one queue of the organization's server, as Get-Queue shows it.
type Queue struct {
	Identity      string
	DeliveryType  string
	Status        string
	MessageCount  int
	NextHopDomain string
	LastError     string
}

// DefaultTableColumns is the queue viewer's view.
func (*Queue) DefaultTableColumns() []string {
	return []string{"Identity", "DeliveryType", "Status", "MessageCount", "NextHopDomain"}
}

// TypeName is Exchange's type name.
func (*Queue) TypeName() string { return "Microsoft.Exchange.Data.QueueViewer.ExtensibleQueueInfo" }

// GetQueue is Get-Queue: the queues that hold messages.
type GetQueue struct {
	Identity string `ps:"pos=0" help:"The queue (Server\\NextHop or Server\\Unreachable); every queue with messages when omitted."`
}

// GetMessage is Get-Message: the messages waiting in queues.
type GetMessage struct {
	Queue string `help:"Only the messages of this queue."`
}

// RetryQueue is Retry-Queue: route the messages of a queue again.
type RetryQueue struct {
	Identity string `ps:"pos=0" help:"The queue; every queue when omitted."`
}

func addQueue(r *cmdlet.Registry) {
	cmdlet.Add[GetQueue](r, &cmdlet.Info{Name: "Get-Queue", Module: exchange.Module, OutputType: reflect.TypeFor[Queue](),
		Synopsis:    "Gets the queues of the organization's transport server that hold messages.",
		Description: "Get-Queue shows the delivery queues of messages waiting for a retry (Status Retry, with the last error) and the Unreachable queue of messages no Send connector routes.",
		Examples:    []cmdlet.Example{{Code: "Get-Queue", Remarks: "Lists the queues with messages."}}})
	cmdlet.Add[GetMessage](r, &cmdlet.Info{Name: "Get-Message", Module: exchange.Module, OutputType: reflect.TypeFor[model.QueuedMessage](),
		Synopsis:    "Gets the messages waiting in the queues.",
		Description: "Get-Message lists the messages waiting in the transport queues of the connected organization, with the error that keeps each one there.",
		Examples:    []cmdlet.Example{{Code: "Get-Message | Format-List", Remarks: "Shows every waiting message and its last error."}}})
	cmdlet.Add[RetryQueue](r, &cmdlet.Info{Name: "Retry-Queue", Module: exchange.Module, ShouldProcess: true,
		Synopsis:    "Routes the messages of a queue again.",
		Description: "Retry-Queue routes the waiting messages again with the Send connectors, smart hosts and relays as they are now: a message that has a route leaves the queue and is delivered.",
		Examples:    []cmdlet.Example{{Code: "Retry-Queue EX01\\Unreachable", Remarks: "Retries the messages no connector routed."}}})
}

// queued returns the messages waiting in the connected organization.
func queued(ctx *cmdlet.Context) ([]*model.QueuedMessage, *model.Organization, error) {
	var out []*model.QueuedMessage
	org, err := exchange.View(ctx, func(tx storage.Tx, org *model.Organization) error {
		var err error
		out, err = storage.List[model.QueuedMessage](tx, org.Guid)
		return err
	})
	return out, org, err
}

// Process implements [cmdlet.Processor].
func (c *GetQueue) Process(ctx *cmdlet.Context) error {
	msgs, org, err := queued(ctx)
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, org, err))
	}
	byName := map[string]*Queue{}
	for _, m := range msgs {
		q := byName[m.Queue]
		if q == nil {
			q = &Queue{Identity: m.Queue, Status: "Retry", DeliveryType: "SmtpDeliveryToMailbox", NextHopDomain: m.Queue[strings.LastIndexByte(m.Queue, '\\')+1:]}
			if strings.HasSuffix(m.Queue, `\Unreachable`) {
				q.DeliveryType, q.Status, q.NextHopDomain = "Unreachable", "Ready", "Unreachable Domain"
			} else {
				q.DeliveryType = "SmartHostConnectorDelivery"
			}
			byName[m.Queue] = q
		}
		q.MessageCount++
		q.LastError = m.LastError
	}
	var out []*Queue
	for _, q := range byName {
		if c.Identity == "" || strings.EqualFold(q.Identity, c.Identity) {
			out = append(out, q)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Identity < out[j].Identity })
	for _, q := range out {
		if err := ctx.Emit(q); err != nil {
			return err
		}
	}
	return nil
}

// Process implements [cmdlet.Processor].
func (c *GetMessage) Process(ctx *cmdlet.Context) error {
	msgs, org, err := queued(ctx)
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, org, err))
	}
	for _, m := range msgs {
		if c.Queue != "" && !strings.EqualFold(m.Queue, c.Queue) {
			continue
		}
		if err := ctx.Emit(m); err != nil {
			return err
		}
	}
	return nil
}

// Process implements [cmdlet.Processor].
func (c *RetryQueue) Process(ctx *cmdlet.Context) error {
	target := c.Identity
	if target == "" {
		target = "all queues"
	}
	if ok, err := ctx.ShouldProcess(target, ctx.Command); !ok || err != nil {
		return err
	}
	org, err := exchange.UpdateCurrent(ctx, func(tx storage.Tx, org *model.Organization) error {
		_, err := transport.Retry(tx, exchange.Env(ctx), org.Guid, c.Identity)
		return err
	})
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, org, err))
	}
	return nil
}

// RemoveMessage is Remove-Message: it deletes a message from its queue.
type RemoveMessage struct {
	Identity string              `ps:"pos=0,mandatory,pipeline=name" help:"The message (Server\\Queue\\Number)."`
	WithNDR  bind.Optional[bool] `help:"$true (default) returns a non-delivery report to the sender; $false deletes silently."`
}

func addRemoveMessage(r *cmdlet.Registry) {
	cmdlet.Add[RemoveMessage](r, &cmdlet.Info{Name: "Remove-Message", Module: exchange.Module, ShouldProcess: true, ConfirmByDefault: true,
		Synopsis:    "Deletes a message from a transport queue.",
		Description: "Remove-Message deletes a waiting message. With -WithNDR $true (the default) the sender gets a non-delivery report; with $false the message disappears silently.",
		Examples:    []cmdlet.Example{{Code: "Get-Message | Remove-Message -WithNDR $false -Confirm:$false", Remarks: "Empties the queues without telling the senders."}}})
}

// Process implements [cmdlet.Processor].
func (c *RemoveMessage) Process(ctx *cmdlet.Context) error {
	if ok, err := ctx.ShouldProcess(c.Identity, ctx.Command); !ok || err != nil {
		return err
	}
	org, err := exchange.UpdateCurrent(ctx, func(tx storage.Tx, org *model.Organization) error {
		return transport.RemoveQueued(tx, exchange.Env(ctx), org.Guid, c.Identity, !c.WithNDR.Set || c.WithNDR.Value)
	})
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, org, err))
	}
	return nil
}

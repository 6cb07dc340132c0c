package mailflow

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/cmdlets/exchange"
	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/shell/bind"
	"github.com/exsh/exsh/storage"
)

// NewRelayHost is New-RelayHost (exsh's own): a third-party SMTP relay or
// firewall on the simulated Internet.
type NewRelayHost struct {
	Name     string                `ps:"pos=0,mandatory" help:"The relay's host name (FQDN), as a smart host or forward-to host names it."`
	Behavior []model.RelayBehavior `help:"What the relay does to the messages it carries; several may combine. PassThrough when omitted."`
}

// GetRelayHost is Get-RelayHost.
type GetRelayHost struct {
	Identity string `ps:"pos=0,complete=identity" help:"The relay's name; every relay when omitted."`
}

// SetRelayHost is Set-RelayHost.
type SetRelayHost struct {
	Identity string                               `ps:"pos=0,mandatory,pipeline=name,complete=identity" help:"The relay's name."`
	Behavior bind.Optional[[]model.RelayBehavior] `help:"The relay's new behaviours."`
}

// RemoveRelayHost is Remove-RelayHost.
type RemoveRelayHost struct {
	Identity string `ps:"pos=0,mandatory,pipeline=name,complete=identity" help:"The relay's name."`
}

func addRelay(r *cmdlet.Registry) {
	behaviours := "PassThrough, StripTnefAttachment (removes winmail.dat), FlattenToFirstTextPart (replaces the MIME message by its first text part), " +
		"DropReceiptHeaders (removes Disposition-Notification-To and Return-Receipt-To), FoldTnefCorrelator (folds X-MS-TNEF-Correlator, which the Exchange 5.5 IMS then cannot match) " +
		"and RewriteMessageId."
	cmdlet.Add[NewRelayHost](r, &cmdlet.Info{Name: "New-RelayHost", Module: exchange.Module, ShouldProcess: true, OutputType: reflect.TypeFor[model.RelayHost](),
		Synopsis:    "Creates a third-party relay host between organizations.",
		Description: "New-RelayHost puts a non-Exchange SMTP relay or firewall on the simulated Internet. A Send connector's smart host or an Exchange 5.5 IMS forward-to host that names it sends mail through it; the relay then delivers by DNS. Behaviours: " + behaviours,
		Examples:    []cmdlet.Example{{Code: "New-RelayHost relay.isp.example -Behavior FlattenToFirstTextPart", Remarks: "A relay that strips the MIME encoding, as in Q257396."}}})
	cmdlet.Add[GetRelayHost](r, &cmdlet.Info{Name: "Get-RelayHost", Module: exchange.Module, OutputType: reflect.TypeFor[model.RelayHost](),
		Synopsis:    "Gets the third-party relay hosts.",
		Description: "Get-RelayHost lists the relays on the simulated Internet and what each does to messages.",
		Examples:    []cmdlet.Example{{Code: "Get-RelayHost", Remarks: "Lists every relay."}}})
	cmdlet.Add[SetRelayHost](r, &cmdlet.Info{Name: "Set-RelayHost", Module: exchange.Module, ShouldProcess: true,
		Synopsis:    "Changes what a relay host does to messages.",
		Description: "Set-RelayHost replaces a relay's behaviours: " + behaviours,
		Examples:    []cmdlet.Example{{Code: "Set-RelayHost relay.isp.example -Behavior PassThrough", Remarks: "The relay now carries messages unchanged."}}})
	cmdlet.Add[RemoveRelayHost](r, &cmdlet.Info{Name: "Remove-RelayHost", Module: exchange.Module, ShouldProcess: true, ConfirmByDefault: true,
		Synopsis:    "Removes a relay host.",
		Description: "Remove-RelayHost takes a relay off the simulated Internet; smart hosts that name it no longer resolve.",
		Examples:    []cmdlet.Example{{Code: "Remove-RelayHost relay.isp.example -Confirm:$false", Remarks: "Removes the relay."}}})
}

// relayUpdate runs fn in one write transaction of the database.
func relayUpdate(ctx *cmdlet.Context, fn func(tx storage.Tx) error) error {
	st, err := ctx.Host.Store()
	if err != nil {
		return err
	}
	return st.Update(ctx, fn)
}

// Process implements [cmdlet.Processor].
func (c *NewRelayHost) Process(ctx *cmdlet.Context) error {
	name := strings.ToLower(strings.TrimSuffix(c.Name, "."))
	if err := model.ValidateSmartHost(name); err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	if ok, err := ctx.ShouldProcess(name, ctx.Command); !ok || err != nil {
		return err
	}
	r := &model.RelayHost{Name: name, Behavior: c.Behavior}
	err := relayUpdate(ctx, func(tx storage.Tx) error {
		found, err := storage.Find[model.RelayHost](tx, model.NilGuid, name)
		if err != nil {
			return err
		}
		if len(found) > 0 {
			return exchange.Error(ctx, fmt.Sprintf("The relay host '%s' already exists.", name), "ResourceExists", "ManagementObjectAlreadyExistsException")
		}
		exchange.Env(ctx).Stamp(nil, r)
		return storage.Put(tx, model.NilGuid, r)
	})
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	return ctx.Emit(r)
}

// Process implements [cmdlet.Processor].
func (c *GetRelayHost) Process(ctx *cmdlet.Context) error {
	st, err := ctx.Host.Store()
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	var found []*model.RelayHost
	err = st.View(ctx, func(tx storage.Tx) error {
		if c.Identity == "" {
			found, err = storage.List[model.RelayHost](tx, model.NilGuid)
			return err
		}
		r, err := storage.Resolve[model.RelayHost](tx, model.NilGuid, c.Identity)
		found = append(found, r)
		return err
	})
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	for _, r := range found {
		if err := ctx.Emit(r); err != nil {
			return err
		}
	}
	return nil
}

// Process implements [cmdlet.Processor].
func (c *SetRelayHost) Process(ctx *cmdlet.Context) error {
	if ok, err := ctx.ShouldProcess(c.Identity, ctx.Command); !ok || err != nil {
		return err
	}
	err := relayUpdate(ctx, func(tx storage.Tx) error {
		r, err := storage.Resolve[model.RelayHost](tx, model.NilGuid, c.Identity)
		if err != nil {
			return err
		}
		if c.Behavior.Set {
			r.Behavior = c.Behavior.Value
		}
		exchange.Env(ctx).Touch(nil, r)
		return storage.Put(tx, model.NilGuid, r)
	})
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	return nil
}

// Process implements [cmdlet.Processor].
func (c *RemoveRelayHost) Process(ctx *cmdlet.Context) error {
	if ok, err := ctx.ShouldProcess(c.Identity, ctx.Command); !ok || err != nil {
		return err
	}
	err := relayUpdate(ctx, func(tx storage.Tx) error {
		r, err := storage.Resolve[model.RelayHost](tx, model.NilGuid, c.Identity)
		if err != nil {
			return err
		}
		return storage.Delete[model.RelayHost](tx, model.NilGuid, r.Guid)
	})
	if err != nil {
		return ctx.WriteError(exchange.Translate(ctx, nil, err))
	}
	return nil
}

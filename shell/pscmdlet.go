package shell

import (
	"strconv"
	"strings"

	"github.com/exsh/exsh/cmdlet"
	"github.com/exsh/exsh/shell/value"
)

// confirmState is what a command remembers of the answers "Yes to All"
// and "No to All" to its confirmation prompts.
type confirmState struct{ yesAll, noAll bool }

// shouldProcess decides ShouldProcess as PowerShell does: under -WhatIf
// it prints what would be done and declines; when ask is set (-Confirm)
// it asks, remembering Yes/No to All in st; otherwise it agrees.
func (s *Session) shouldProcess(st *confirmState, whatIf, ask bool, target, action string) (bool, error) {
	if whatIf {
		s.hostLine("What if: Performing the operation \"" + action + "\" on target \"" + target + "\".")
		return false, nil
	}
	switch {
	case !ask || st.yesAll:
		return true, nil
	case st.noAll:
		return false, nil
	}
	if !s.opts.Interactive {
		return false, cmdlet.NewError("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
			"InvalidOperation", "PSInvalidOperationException", "HostFunctionNotImplemented")
	}
	s.hostLine("\nConfirm\nAre you sure you want to perform this action?\nPerforming the operation \"" + action + "\" on target \"" + target + "\".")
	answer, err := s.ReadLine(`[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y")`)
	if err != nil {
		return false, err
	}
	switch strings.ToUpper(strings.TrimSpace(answer)) {
	case "", "Y":
		return true, nil
	case "A":
		st.yesAll = true
		return true, nil
	case "L":
		st.noAll = true
	}
	return false, nil
}

// call runs a method of $PSCmdlet; ok is false for a method it does not
// have. ShouldProcess(target[, action]) honours the function's -WhatIf
// and -Confirm (through $WhatIfPreference and $ConfirmPreference, which
// the common parameters set); WriteError reports a non-terminating error
// as the function's; ThrowTerminatingError stops the function.
func (p *PSCmdlet) call(s *Session, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "shouldprocess":
		if len(args) < 1 || len(args) > 2 {
			return nil, true, &value.Error{Message: "Cannot find an overload for \"ShouldProcess\" and the argument count: \"" + strconv.Itoa(len(args)) + "\".",
				FQID: "MethodCountCouldNotFindBest", Category: "NotSpecified", Reason: "MethodException"}
		}
		action := p.stage.fn.name
		if len(args) == 2 {
			action = value.ToString(args[1])
		}
		whatIf := value.Truthy(s.getVar("WhatIfPreference"))
		ask := strings.EqualFold(value.ToString(s.getVar("ConfirmPreference")), "Low")
		ok, err := s.shouldProcess(&p.confirm, whatIf, ask, value.ToString(args[0]), action)
		return ok, true, err
	case "writeerror", "throwterminatingerror":
		rec, ok := firstRecord(args)
		if !ok {
			return nil, true, &value.Error{Message: "Cannot convert argument \"errorRecord\" to type \"System.Management.Automation.ErrorRecord\".",
				FQID: "MethodArgumentConversionInvalidCastArgument", Category: "NotSpecified", Reason: "MethodException"}
		}
		if strings.EqualFold(name, "ThrowTerminatingError") {
			return nil, true, &RuntimeError{Record: rec}
		}
		s.report(rec)
		s.lastOK = false
		return nil, true, nil
	}
	return nil, false, nil
}

// firstRecord returns args[0] as an error record.
func firstRecord(args []any) (*ErrorRecord, bool) {
	if len(args) != 1 {
		return nil, false
	}
	rec, ok := args[0].(*ErrorRecord)
	return rec, ok
}

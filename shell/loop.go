package shell

import "strings"

// loopSignal is break or continue with a label: it passes through every
// loop and switch until the one with that label (case-insensitive).
// Unlabelled break and continue stay breakSignal and continueSignal.
type loopSignal struct {
	brk   bool
	label string
}

func (l loopSignal) Error() string {
	if l.brk {
		return "break " + l.label
	}
	return "continue " + l.label
}

// loopControl interprets the error of one iteration of a loop or switch
// labelled label ("" for none): stop ends the loop, and err, when not nil,
// goes on to the code around it. continued reports a continue meant for
// this loop.
func loopControl(err error, label string) (stop, continued bool, _ error) {
	switch e := err.(type) {
	case nil:
		return false, false, nil
	case continueSignal:
		return false, true, nil
	case breakSignal:
		return true, false, nil
	case loopSignal:
		if label != "" && strings.EqualFold(e.label, label) {
			return e.brk, !e.brk, nil
		}
	}
	return true, false, err
}

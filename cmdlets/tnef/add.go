package tnef

import "github.com/exsh/exsh/cmdlet"

// AddTo declares the TNEF cmdlets in r.
func AddTo(r *cmdlet.Registry) {
	addContent(r)
	addConvert(r)
	addExpand(r)
}

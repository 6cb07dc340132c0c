package complete

import "github.com/exsh/exsh/shell/value"

func hashtable() *value.Hashtable {
	h := value.NewHashtable()
	h.Set("Name", "x")
	return h
}

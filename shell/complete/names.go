package complete

import (
	"sort"
	"strings"
)

// Names is a sorted, case-insensitive set of names (identities or
// addresses) that answers prefix queries in logarithmic time. Build it
// once with [NewNames] and share it between requests.
type Names struct {
	lower, names []string
}

// NewNames returns the set of names; duplicates (ignoring case) and empty
// names are dropped.
func NewNames(names []string) *Names {
	type pair struct{ lower, name string }
	pairs := make([]pair, 0, len(names))
	for _, s := range names {
		if s != "" {
			pairs = append(pairs, pair{strings.ToLower(s), s})
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].lower < pairs[j].lower })
	n := &Names{}
	for _, p := range pairs {
		if len(n.lower) > 0 && n.lower[len(n.lower)-1] == p.lower {
			continue
		}
		n.lower, n.names = append(n.lower, p.lower), append(n.names, p.name)
	}
	return n
}

// Prefix returns at most limit names starting with p, ignoring case, in
// sorted order.
func (n *Names) Prefix(p string, limit int) []string {
	if n == nil {
		return nil
	}
	lp := strings.ToLower(p)
	i := sort.SearchStrings(n.lower, lp)
	var out []string
	for ; i < len(n.lower) && len(out) < limit && strings.HasPrefix(n.lower[i], lp); i++ {
		out = append(out, n.names[i])
	}
	return out
}

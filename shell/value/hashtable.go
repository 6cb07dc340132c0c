package value

import (
	"reflect"
	"strings"
)

// Hashtable is a PowerShell hashtable: string keys compare
// case-insensitively (the first spelling is kept), other keys compare by
// type and value, and iteration follows insertion order. The same type
// represents [ordered] dictionaries and $PSBoundParameters; its kind tells
// them apart.
type Hashtable struct {
	keys  []any
	vals  []any
	index map[string]int // lower-cased string key → position
	kind  dictKind
}

// dictKind tells apart the dictionary types that [Hashtable] represents.
type dictKind uint8

const (
	plainKind   dictKind = iota // System.Collections.Hashtable
	orderedKind                 // [ordered]: an OrderedDictionary
	boundKind                   // $PSBoundParameters: a Dictionary<string, object>
)

// boundParametersType is the type of $PSBoundParameters.
const boundParametersType = "System.Management.Automation.PSBoundParametersDictionary"

// NewHashtable returns an empty hashtable.
func NewHashtable() *Hashtable {
	return &Hashtable{index: map[string]int{}}
}

// NewOrdered returns an empty [ordered] dictionary.
func NewOrdered() *Hashtable {
	h := NewHashtable()
	h.kind = orderedKind
	return h
}

// NewBoundParameters returns an empty $PSBoundParameters dictionary: it
// works like a hashtable, but enumerates (and so displays) as
// [KeyValuePair] entries, with Key and Value columns.
func NewBoundParameters() *Hashtable {
	h := NewHashtable()
	h.kind = boundKind
	return h
}

// Entries returns the entries as enumerating h gives them:
// [DictionaryEntry] values, or [KeyValuePair] values for
// $PSBoundParameters.
func (h *Hashtable) Entries() []any {
	out := make([]any, len(h.keys))
	for i, k := range h.keys {
		if s, ok := k.(string); ok && h.kind == boundKind {
			out[i] = KeyValuePair{Key: s, Value: h.vals[i]}
		} else {
			out[i] = DictionaryEntry{Key: k, Value: h.vals[i]}
		}
	}
	return out
}

// plain returns h itself when it is a plain hashtable, else a copy that is.
func (h *Hashtable) plain() *Hashtable {
	if h.kind == plainKind {
		return h
	}
	c := h.Clone()
	c.kind = plainKind
	return c
}

// find returns the position of key or -1.
func (h *Hashtable) find(key any) int {
	if s, ok := key.(string); ok {
		if i, ok := h.index[strings.ToLower(s)]; ok {
			return i
		}
		return -1
	}
	for i, k := range h.keys {
		if _, isStr := k.(string); !isStr && keyEqual(k, key) {
			return i
		}
	}
	return -1
}

// keyEqual compares two non-string keys by type and value.
func keyEqual(a, b any) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		return false
	}
	if ta.Comparable() {
		return a == b
	}
	return reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer()
}

// Get returns the value stored under key.
func (h *Hashtable) Get(key any) (any, bool) {
	if i := h.find(key); i >= 0 {
		return h.vals[i], true
	}
	return nil, false
}

// Set stores v under key, replacing any existing value (the key keeps its
// first spelling and position).
func (h *Hashtable) Set(key, v any) {
	if i := h.find(key); i >= 0 {
		h.vals[i] = v
		return
	}
	h.append(key, v)
}

// append adds a new entry without checking for duplicates.
func (h *Hashtable) append(key, v any) {
	if s, ok := key.(string); ok {
		h.index[strings.ToLower(s)] = len(h.keys)
	}
	h.keys = append(h.keys, key)
	h.vals = append(h.vals, v)
}

// Add stores v under a new key; an existing key is an error worded like
// .NET's "Item has already been added." exception.
func (h *Hashtable) Add(key, v any) error {
	if i := h.find(key); i >= 0 {
		return errDuplicateKey(h.keys[i], key)
	}
	h.append(key, v)
	return nil
}

// Remove deletes key; a missing key is not an error.
func (h *Hashtable) Remove(key any) {
	i := h.find(key)
	if i < 0 {
		return
	}
	h.keys = append(h.keys[:i], h.keys[i+1:]...)
	h.vals = append(h.vals[:i], h.vals[i+1:]...)
	h.reindex()
}

// Clear removes every entry.
func (h *Hashtable) Clear() {
	h.keys, h.vals = nil, nil
	h.index = map[string]int{}
}

// reindex rebuilds the string-key index after a removal.
func (h *Hashtable) reindex() {
	h.index = make(map[string]int, len(h.keys))
	for i, k := range h.keys {
		if s, ok := k.(string); ok {
			h.index[strings.ToLower(s)] = i
		}
	}
}

// Keys returns the keys in iteration order (a copy).
func (h *Hashtable) Keys() []any { return append([]any{}, h.keys...) }

// Values returns the values in iteration order (a copy).
func (h *Hashtable) Values() []any { return append([]any{}, h.vals...) }

// Len returns the number of entries.
func (h *Hashtable) Len() int { return len(h.keys) }

// Clone returns a shallow copy of h.
func (h *Hashtable) Clone() *Hashtable {
	c := &Hashtable{kind: h.kind, index: make(map[string]int, len(h.index))}
	c.keys = append(c.keys, h.keys...)
	c.vals = append(c.vals, h.vals...)
	for k, i := range h.index {
		c.index[k] = i
	}
	return c
}

// ContainsValue reports whether some value equals v by [Equal].
func (h *Hashtable) ContainsValue(v any) bool {
	for _, x := range h.vals {
		if Equal(x, v) {
			return true
		}
	}
	return false
}

// Merge returns a new hashtable holding a's entries followed by b's; a key
// present in both is the PowerShell "Item has already been added." error.
func Merge(a, b *Hashtable) (*Hashtable, error) {
	out := a.Clone()
	for i, k := range b.keys {
		if err := out.Add(k, b.vals[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

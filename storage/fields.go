package storage

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/exsh/exsh/model"
)

// Fields returns, in creation order, the string value of the top-level
// property field of each stored object of a kind (objects without it, or
// whose value is no string, are left out). It scans the records instead
// of decoding them: with 10,000 contacts, decoding every record would make
// the first Tab completion take a quarter of a second.
func Fields(tx Tx, scope model.Guid, kind model.Kind, field string) ([]string, error) {
	var out []string
	err := eachRecord(tx, scope, kind, func(rec []byte) error {
		if v, ok := jsonField(rec, field); ok {
			out = append(out, v)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Ints is [Fields] for a property whose value is an integer: the
// transport finds the last InternalMessageId of a tracking log of
// thousands of events without decoding them.
func Ints(tx Tx, scope model.Guid, kind model.Kind, field string) ([]int64, error) {
	var out []int64
	err := eachRecord(tx, scope, kind, func(rec []byte) error {
		if v, ok := jsonInt(rec, field); ok {
			out = append(out, v)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// jsonField returns the string value of the top-level key of a JSON
// object. It scans the record instead of decoding it: with 10,000
// contacts, decoding every record would make the first Tab take a
// quarter of a second.
func jsonField(rec []byte, key string) (string, bool) {
	i := valueOf(rec, key)
	if i < 0 {
		return "", false
	}
	return stringValue(rec, i)
}

// jsonInt returns the integer value of the top-level key of a JSON
// object, scanning it as jsonField does.
func jsonInt(rec []byte, key string) (int64, bool) {
	i := skipColon(rec, valueOf(rec, key))
	if i < 0 {
		return 0, false
	}
	end := i
	if end < len(rec) && rec[end] == '-' {
		end++
	}
	for end < len(rec) && rec[end] >= '0' && rec[end] <= '9' {
		end++
	}
	v, err := strconv.ParseInt(string(rec[i:end]), 10, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// valueOf returns the index just after the top-level key of a JSON
// object (its closing quote), or -1 when the object has no such key.
func valueOf(rec []byte, key string) int {
	depth, expectKey := 0, false
	for i := 0; i < len(rec); i++ {
		switch rec[i] {
		case '{', '[':
			depth++
			expectKey = depth == 1 && rec[i] == '{'
		case '}', ']':
			depth--
		case ',':
			expectKey = depth == 1
		case '"':
			end := stringEnd(rec, i)
			if end < 0 {
				return -1
			}
			if expectKey && string(rec[i+1:end]) == key {
				return end + 1
			}
			expectKey, i = false, end
		}
	}
	return -1
}

// skipColon skips the colon and blanks between a key and its value at
// i; it returns -1 for -1 or the end of b.
func skipColon(b []byte, i int) int {
	if i < 0 {
		return -1
	}
	for i < len(b) && (b[i] == ':' || b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	if i >= len(b) {
		return -1
	}
	return i
}

// stringEnd returns the index of the quote closing the string at i.
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j
		}
	}
	return -1
}

// stringValue decodes the string value after a key's closing quote.
func stringValue(b []byte, i int) (string, bool) {
	i = skipColon(b, i)
	if i < 0 || b[i] != '"' {
		return "", false
	}
	end := stringEnd(b, i)
	if end < 0 {
		return "", false
	}
	var v string
	if bytes.IndexByte(b[i:end], '\\') < 0 {
		return string(b[i+1 : end]), true
	}
	return v, json.Unmarshal(b[i:end+1], &v) == nil
}

package storage

import (
	"bytes"
	"encoding/json"

	"github.com/exsh/exsh/model"
)

// Fields returns, in creation order, the string value of the top-level
// property field of each stored object of a kind (objects without it, or
// whose value is no string, are left out). It scans the records instead
// of decoding them: with 10,000 contacts, decoding every record would make
// the first Tab completion take a quarter of a second.
func Fields(tx Tx, scope model.Guid, kind model.Kind, field string) ([]string, error) {
	recs, err := tx.List(scope, kind)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, rec := range recs {
		if v, ok := jsonField(rec, field); ok {
			out = append(out, v)
		}
	}
	return out, nil
}

// jsonField returns the string value of the top-level key of a JSON
// object. It scans the record instead of decoding it: with 10,000
// contacts, decoding every record would make the first Tab take a
// quarter of a second.
func jsonField(rec []byte, key string) (string, bool) {
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
				return "", false
			}
			if expectKey && string(rec[i+1:end]) == key {
				return stringValue(rec, end+1)
			}
			expectKey, i = false, end
		}
	}
	return "", false
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
	for i < len(b) && (b[i] == ':' || b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	if i >= len(b) || b[i] != '"' {
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

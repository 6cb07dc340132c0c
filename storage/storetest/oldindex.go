package storetest

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/exsh/exsh/model"
	bolt "go.etcd.io/bbolt"
)

// ForgetKeyNames empties the value of every entry of the key index of
// the objects of kind in the bbolt file at path, as exsh wrote them before
// it kept names there, and returns the distinct names they held. Tests
// use it to check that such files still complete.
func ForgetKeyNames(t testing.TB, path string, kind model.Kind) []string {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var names []string
	err = db.Update(func(tx *bolt.Tx) error {
		root := tx.Bucket([]byte("objects"))
		return root.ForEachBucket(func(scope []byte) error {
			kind := root.Bucket(scope).Bucket([]byte(kind))
			if kind == nil || kind.Bucket([]byte("keys")) == nil {
				return nil
			}
			keys := kind.Bucket([]byte("keys"))
			var held [][]byte
			err := keys.ForEach(func(k, v []byte) error {
				if len(v) > 0 {
					held = append(held, bytes.Clone(k))
					if !slices.Contains(names, string(v)) {
						names = append(names, string(v))
					}
				}
				return nil
			})
			for _, k := range held {
				if err == nil {
					err = keys.Put(k, nil)
				}
			}
			return err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return names
}

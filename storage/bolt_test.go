package storage_test

import (
	"path/filepath"
	"testing"

	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/storage/storetest"
)

func TestBoltConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storage.Store {
		return storage.OpenBolt(filepath.Join(t.TempDir(), "sub", "org.db"), storage.BoltOptions{})
	})
}

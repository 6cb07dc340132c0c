package storage_test

import (
	"testing"

	"github.com/exsh/exsh/storage"
	"github.com/exsh/exsh/storage/storetest"
)

func TestMemoryConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storage.Store {
		m, err := storage.NewMemory(nil)
		if err != nil {
			t.Fatal(err)
		}
		return m
	})
}

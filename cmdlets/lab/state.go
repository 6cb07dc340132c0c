package lab

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage"
)

// state is the record that says which lab a database holds.
type state struct {
	Lab          string
	Organization string // the organization the lab starts in
	Started      time.Time
}

// The state record is kept outside any organization, under a kind and
// GUID of its own.
var (
	stateKind = model.Kind("Lab")
	stateID   = model.Guid{0x1a, 0xb0, 0x1a, 0xb0, 0x1a, 0xb0, 0x1a, 0xb0, 0x1a, 0xb0, 0x1a, 0xb0, 0x1a, 0xb0, 0x1a, 0xb0}
)

// readState returns the lab state of the database, or nil when no lab
// was started in it.
func readState(tx storage.Tx) (*state, error) {
	data, err := tx.Get(model.NilGuid, stateKind, stateID)
	if errors.Is(err, model.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var s state
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("%w: lab record: %v", storage.ErrCorrupt, err)
	}
	return &s, nil
}

// writeState records s.
func writeState(tx storage.Tx, s *state) error {
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	return tx.Put(model.NilGuid, stateKind, stateID, data)
}

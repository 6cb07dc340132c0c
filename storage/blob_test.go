package storage

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/exsh/exsh/model"
)

// TestBlobs stores, reads and deletes a blob beside an object in both
// stores; the object's own record does not carry it.
func TestBlobs(t *testing.T) {
	env := model.DefaultEnv()
	mem, err := NewMemory(ContosoSeed(env))
	if err != nil {
		t.Fatal(err)
	}
	bolt := OpenBolt(filepath.Join(t.TempDir(), "org.db"), BoltOptions{Seed: ContosoSeed(env)})
	defer bolt.Close()
	for name, st := range map[string]Store{"memory": mem, "bolt": bolt} {
		t.Run(name, func(t *testing.T) {
			data := bytes.Repeat([]byte{0, 1, 2, 0xff}, 1000)
			err := st.Update(context.Background(), func(tx Tx) error {
				orgs, err := Orgs(tx)
				if err != nil {
					return err
				}
				org := orgs[0].Guid
				item := &model.MailboxMessage{Mailbox: "Administrator", Folder: "Inbox", Wire: data}
				env.Stamp(orgs[0], item)
				if err := Put(tx, org, item); err != nil {
					return err
				}
				if err := PutBlob(tx, org, item, "Wire", item.Wire); err != nil {
					return err
				}
				got, err := Get[model.MailboxMessage](tx, org, item.Guid)
				if err != nil || got.Wire != nil {
					t.Errorf("the record carries the bytes: %v %d", err, len(got.Wire))
				}
				b, err := Blob(tx, org, item, "Wire")
				if err != nil || !bytes.Equal(b, data) {
					t.Errorf("blob: %v, %d bytes", err, len(b))
				}
				if err := DeleteBlob(tx, org, item, "Wire"); err != nil {
					return err
				}
				if b, err := Blob(tx, org, item, "Wire"); err != nil || b != nil {
					t.Errorf("deleted blob: %v %d", err, len(b))
				}
				return DeleteBlob(tx, org, item, "Wire")
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

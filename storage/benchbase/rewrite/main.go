// Command rewrite is the bare baseline of exsh -Command
// 'Get-MailContact -ResultSize Unlimited | Set-MailContact
// -UseMapiRichTextFormat Always': in one bbolt transaction and one
// durable commit, it decodes every mail contact record of the first
// organization of an exsh file, sets the value, encodes the record and
// writes it back.
//
//	rewrite [-value Always] FILE
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"log"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage/benchbase"
	bolt "go.etcd.io/bbolt"
)

func main() {
	value := flag.String("value", "Always", "UseMapiRichTextFormat to set")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: rewrite [-value V] FILE")
	}
	db, err := bolt.Open(flag.Arg(0), 0o600, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		items, _, err := benchbase.Items(tx, model.KindMailContact)
		if err != nil {
			return err
		}
		type kv struct{ k, v []byte }
		var out []kv
		err = items.ForEach(func(k, v []byte) error {
			var c model.MailContact
			if err := json.Unmarshal(v, &c); err != nil {
				return err
			}
			c.UseMapiRichTextFormat = model.UseMapiRichTextFormat(*value)
			data, err := json.Marshal(&c)
			out = append(out, kv{bytes.Clone(k), data})
			return err
		})
		for _, e := range out {
			if err == nil {
				err = items.Put(e.k, e.v)
			}
		}
		return err
	})
	if err != nil {
		log.Fatal(err)
	}
}

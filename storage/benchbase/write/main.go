// Command write is the bare baseline of exsh -File with N New-MailContact
// statements: it commits N mail contact records, made as New-MailContact
// makes them, to the MailContact items of the first organization of an
// exsh file, one durable bbolt commit per record, and nothing else (no
// identity index, no duplicate check).
//
//	write -n N [-start K] FILE
package main

import (
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"log"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage/benchbase"
	bolt "go.etcd.io/bbolt"
)

func main() {
	n := flag.Int("n", 10000, "number of records")
	start := flag.Int("start", 0, "number of the first contact (names Contact NNNNN)")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: write -n N [-start K] FILE")
	}
	db, err := bolt.Open(flag.Arg(0), 0o600, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	env := model.DefaultEnv()
	for i := *start; i < *start+*n; i++ {
		err := db.Update(func(tx *bolt.Tx) error {
			items, org, err := benchbase.Items(tx, model.KindMailContact)
			if err != nil {
				return err
			}
			c, err := env.NewMailContact(org, fmt.Sprintf("Contact %05d", i),
				model.ProxyAddress{Prefix: "SMTP", Address: fmt.Sprintf("contact%05d@fabrikam.com", i)})
			if err != nil {
				return err
			}
			data, err := json.Marshal(c)
			if err != nil {
				return err
			}
			seq, err := items.NextSequence()
			if err != nil {
				return err
			}
			return items.Put(binary.BigEndian.AppendUint64(nil, seq), data)
		})
		if err != nil {
			log.Fatal(err)
		}
	}
}

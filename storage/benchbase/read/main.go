// Command read is the bare baseline of exsh commands that read: it opens
// an exsh file read-only, decodes every record of one kind of the first
// organization and prints their names (like exsh -Command
// Get-RemoteDomain) or, with -count, their number (like Get-MailContact
// | Measure-Object, all records decoded and held at once).
//
//	read [-kind RemoteDomain] [-count] FILE
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/exsh/exsh/model"
	"github.com/exsh/exsh/storage/benchbase"
	bolt "go.etcd.io/bbolt"
)

func main() {
	kind := flag.String("kind", string(model.KindRemoteDomain), "kind of the records: RemoteDomain or MailContact")
	count := flag.Bool("count", false, "print the number of records instead of their names")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: read [-kind K] [-count] FILE")
	}
	db, err := bolt.Open(flag.Arg(0), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	var names []string
	err = db.View(func(tx *bolt.Tx) error {
		items, _, err := benchbase.Items(tx, model.Kind(*kind))
		if err != nil {
			return err
		}
		var objs []model.Object
		err = items.ForEach(func(_, v []byte) error {
			obj, err := decode(model.Kind(*kind), v)
			objs = append(objs, obj)
			return err
		})
		for _, o := range objs {
			names = append(names, o.ObjectName())
		}
		return err
	})
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	if *count {
		fmt.Fprintf(w, "Count : %d\n", len(names))
		return
	}
	fmt.Fprintf(w, "\nName\n----\n")
	for _, n := range names {
		fmt.Fprintln(w, n)
	}
}

// decode decodes one record of kind.
func decode(kind model.Kind, data []byte) (model.Object, error) {
	var obj model.Object
	switch kind {
	case model.KindRemoteDomain:
		obj = new(model.RemoteDomain)
	case model.KindMailContact:
		obj = new(model.MailContact)
	default:
		return nil, fmt.Errorf("kind %s not supported", kind)
	}
	return obj, json.Unmarshal(data, obj)
}

package tnef_test

import (
	"bytes"
	"fmt"

	"github.com/exsh/exsh/tnef"
)

func Example() {
	m := tnef.NewMessage(tnef.ClassNote, "Quarterly report")
	m.SetText("Numbers attached.\r\n")
	m.Attachments = append(m.Attachments, tnef.NewFileAttachment("q3.csv", []byte("region,total\r\nwest,42\r\n"), "text/csv"))

	var winmail bytes.Buffer
	if err := tnef.Encode(&winmail, m, tnef.WithCorrelator("<q3@contoso.com>")); err != nil {
		fmt.Println(err)
		return
	}

	got, err := tnef.Decode(&winmail)
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := got.Body()
	fmt.Printf("%s %q (%v body %q)\n", got.Class(), got.Subject(), body.Kind, body.Text)
	for _, a := range got.Attachments {
		fmt.Printf("%s %s %d bytes\n", a.FileName(), a.MIMEType(), len(a.Data))
	}
	fmt.Println("correlator", got.Correlator())
	// Output:
	// IPM.Note "Quarterly report" (text body "Numbers attached.\r\n")
	// q3.csv text/csv 23 bytes
	// correlator <q3@contoso.com>
}

package tnef

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/cmdlet/cmdlettest"
	"github.com/exsh/exsh/tnef"
)

// TestGetTnefContentCorrelatorMismatch reads a MIME message whose
// X-MS-TNEF-Correlator differs from the stream's key: the message is still
// shown, with a warning that Outlook would ignore it.
func TestGetTnefContentCorrelatorMismatch(t *testing.T) {
	h := newHost(t)
	m := tnef.NewMessage(tnef.ClassNote, "mismatch")
	m.AddRecipient(tnef.To, "Bo Bell", "bo@fabrikam.com")
	m.AddRecipient(tnef.Cc, "", "cc@fabrikam.com")
	var stream bytes.Buffer
	if err := tnef.Encode(&stream, m, tnef.WithCorrelator("<one@contoso.com>")); err != nil {
		t.Fatal(err)
	}
	eml := "X-MS-TNEF-Correlator: <two@contoso.com>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: application/ms-tnef; name=\"winmail.dat\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString(stream.Bytes()) + "\r\n"
	os.WriteFile(filepath.Join(h.Dir, "m.eml"), []byte(eml), 0o644)
	res := cmdlettest.Run(h, "Get-TnefContent", nil, "m.eml")
	if len(res.Errs) != 0 || len(res.Out) != 1 || len(res.Warnings) != 1 ||
		!strings.Contains(res.Warnings[0], "X-MS-TNEF-Correlator") {
		t.Fatalf("errors %v, %d objects, warnings %q", res.Errs, len(res.Out), res.Warnings)
	}
	got := res.Out[0].(*TnefMessage)
	if got.Subject != "mismatch" || strings.Join(got.To, ";") != "Bo Bell <bo@fabrikam.com>" || strings.Join(got.Cc, ";") != "cc@fabrikam.com" {
		t.Errorf("subject %q, To %q, Cc %q", got.Subject, got.To, got.Cc)
	}
}

// TestGetTnefContentNotAFile reads a device and a file over the size
// limit: each is one read error, where /dev/zero used to be read until
// memory ran out.
func TestGetTnefContentNotAFile(t *testing.T) {
	h := newHost(t)
	big := filepath.Join(h.Dir, "big.dat")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, maxFileSize+1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	tests := map[string]string{big: "It is larger than 256 MB."}
	if _, err := os.Stat("/dev/zero"); err == nil {
		tests["/dev/zero"] = "It is not a file but a device or pipe."
	}
	for path, want := range tests {
		res := within(t, 10*time.Second, func() cmdlettest.Result { return cmdlettest.Run(h, "Get-TnefContent", nil, path) })
		if len(res.Errs) != 1 || len(res.Out) != 0 {
			t.Fatalf("%s: output %v, errors %v; want one error", path, res.Out, res.Errs)
		}
		if e := res.Failed(t); e.ID != "TnefReadError" || e.Message != "Cannot read '"+path+"': "+want {
			t.Errorf("%s: error %s %q", path, e.ID, e.Message)
		}
	}
}

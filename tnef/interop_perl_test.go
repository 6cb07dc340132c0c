package tnef_test

import (
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exsh/exsh/tnef"
)

// perlScript reads a stream with Convert::TNEF and prints, hex-encoded, the
// subject, class and body attributes and each attachment's name, long name
// and size, saving attachment data as att1, att2... in the given directory.
const perlScript = `use strict; use warnings; use Convert::TNEF;
my ($file, $dir) = @ARGV;
my $t = Convert::TNEF->read_in($file, {output_to_core => 'ALL'})
  or die "read_in: $Convert::TNEF::errstr\n";
for my $k (qw(Subject MessageClass Body)) {
  my $v = $t->message->data($k); next unless defined $v; $v =~ s/\0+$//;
  print "$k\t", unpack("H*", $v), "\n";
}
my $i = 0;
for my $a ($t->attachments) {
  $i++; my $d = $a->data;
  my $n = $a->name // ''; $n =~ s/\0+$//;
  my $l = $a->longname // ''; $l =~ s/\0+$//;
  if (defined $d) { open my $fh, '>:raw', "$dir/att$i" or die; print $fh $d; close $fh; }
  print "att\t", unpack("H*", $n), "\t", unpack("H*", $l), "\t", (defined $d ? length($d) : -1), "\n";
}
`

func TestInteropConvertTNEF(t *testing.T) {
	perl := tool(t, "perl")
	script := filepath.Join(t.TempDir(), "read.pl")
	if err := os.WriteFile(script, []byte(perlScript), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(perl, "-MConvert::TNEF", "-e", "1").CombinedOutput(); err != nil {
		missing(t, "perl module Convert::TNEF not installed: "+string(out))
	}
	for name, m := range interopCases() {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			out, err := run(t, perl, script, writeCase(t, m), dir)
			if err != nil {
				t.Fatalf("Convert::TNEF: %v\n%s", err, out)
			}
			if diff := perlExpect(m); out != diff {
				t.Errorf("Convert::TNEF output:\n%s\nwant:\n%s", out, diff)
			}
			for i, a := range m.Attachments {
				if a.Embedded == nil {
					wantFile(t, filepath.Join(dir, fmt.Sprintf("att%d", i+1)), a.Data)
				}
			}
		})
	}
}

// perlExpect is what the script should print for m: legacy attributes in
// the code page, the title as both names (display names are Unicode, which
// Convert::TNEF ignores), and the placeholder for embedded messages.
func perlExpect(m *tnef.Message) string {
	var sb strings.Builder
	h := func(s string) string { return hex.EncodeToString(cp1252(s)) }
	fmt.Fprintf(&sb, "Subject\t%s\nMessageClass\t%s\n", h(m.Subject()), h(tnef.LegacyClass(m.Class())))
	if body, ok := m.Props.String(tnef.PidBody); ok {
		fmt.Fprintf(&sb, "Body\t%s\n", h(body))
	}
	for _, a := range m.Attachments {
		size := len(a.Data)
		if a.Embedded != nil {
			size = len(tnef.EmbeddedPlaceholder)
		}
		fmt.Fprintf(&sb, "att\t%s\t%s\t%d\n", h(a.Title), h(a.Title), size)
	}
	return sb.String()
}

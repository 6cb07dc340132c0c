package tneftest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Tool returns the path of a decoder program, or skips the test (fails it
// under CI) when it is not installed.
func Tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Missing(t, name+" not installed (apt-get install tnef ytnef-tools libconvert-tnef-perl)")
	}
	return p
}

// Run runs a program and returns its standard output and error together.
func Run(name string, args ...string) (string, error) {
	var out bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

// PerlScript reads a stream with Convert::TNEF and prints, hex-encoded, the
// subject, class and body attributes and each attachment's name, long name
// and size, saving attachment data as att1, att2... in the given directory.
// Arguments: the stream's path and the directory.
const PerlScript = `use strict; use warnings; use Convert::TNEF;
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

// Perl returns the perl program and the path of [PerlScript] written to a
// temporary directory, or skips the test (fails it under CI) when perl or
// Convert::TNEF is missing.
func Perl(t testing.TB) (perl, script string) {
	t.Helper()
	perl = Tool(t, "perl")
	if out, err := exec.Command(perl, "-MConvert::TNEF", "-e", "1").CombinedOutput(); err != nil {
		Missing(t, "perl module Convert::TNEF not installed: "+string(out))
	}
	script = filepath.Join(t.TempDir(), "read.pl")
	if err := os.WriteFile(script, []byte(PerlScript), 0o644); err != nil {
		t.Fatal(err)
	}
	return perl, script
}

package cmdlet

import (
	"reflect"
	"testing"
)

func TestPaint(t *testing.T) {
	if got := Paint(Bold+";"+Green, "won"); got != "\x1b[1;32mwon\x1b[0m" {
		t.Errorf("Paint = %q", got)
	}
	if got := Paint("", "plain"); got != "plain" {
		t.Errorf("Paint without a style = %q", got)
	}
}

func TestWrap(t *testing.T) {
	for _, c := range []struct {
		text  string
		width int
		want  []string
	}{
		{"short", 20, []string{"short"}},
		{"categorized as TNEF by the remote domain", 20, []string{"categorized as TNEF", "by the remote domain"}},
		{"ByteEncoderTypeFor7BitCharsets=Undefined", 12, []string{"ByteEncoderT", "ypeFor7BitCh", "arsets=Undef", "ined"}},
		{"ünïcödé wörds wrap by characters", 14, []string{"ünïcödé wörds", "wrap by", "characters"}},
		{"a narrow console does not wrap", 5, []string{"a narrow console does not wrap"}},
	} {
		if got := Wrap(c.text, c.width); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Wrap(%q, %d) = %q, want %q", c.text, c.width, got, c.want)
		}
	}
}

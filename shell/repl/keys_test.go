package repl

import (
	"errors"
	"fmt"
	"testing"

	prompt "github.com/c-bata/go-prompt"
)

// chunkParser delivers fixed chunks, as a terminal delivers what arrived
// together.
type chunkParser struct {
	prompt.ConsoleParser
	chunks []string
}

func (c *chunkParser) Setup() error { return nil }

func (c *chunkParser) Read() ([]byte, error) {
	if len(c.chunks) == 0 {
		return nil, fmt.Errorf("no input")
	}
	b := []byte(c.chunks[0])
	c.chunks = c.chunks[1:]
	return b, nil
}

func TestKeyParserSplitsKeys(t *testing.T) {
	tests := []struct {
		chunks []string
		want   []string
	}{
		{[]string{"Get-RemoteD\t"}, []string{"Get-RemoteD", "\t"}},
		{[]string{"(1+1)\r"}, []string{"(1+1)", "\r"}},
		{[]string{"\x1b[Aab\x1b[B\r"}, []string{"\x1b[A", "ab", "\x1b[B", "\r"}},
		{[]string{"Grüße\tx"}, []string{"Grüße", "\t", "x"}},
		{[]string{"line1\nline2\n"}, []string{"line1", "\n", "line2", "\n"}},
		{[]string{"\x03", "abc"}, []string{"\x03", "abc"}},
		{[]string{"\x1b"}, []string{"\x1b"}},
	}
	for _, tc := range tests {
		k := &keyParser{ConsoleParser: &chunkParser{chunks: tc.chunks}}
		var got []string
		for {
			b, err := k.Read()
			if errors.Is(err, errNoKey) {
				_ = k.Setup() // the next line of input
				continue
			}
			if err != nil {
				break
			}
			got = append(got, string(b))
		}
		if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tc.want) {
			t.Errorf("%q read as %q, want %q", tc.chunks, got, tc.want)
		}
	}
}

// TestKeyParserHoldsAfterEnter: nothing after an Enter is handed out
// before the next line of input is set up, so go-prompt cannot drop it.
func TestKeyParserHoldsAfterEnter(t *testing.T) {
	k := &keyParser{ConsoleParser: &chunkParser{chunks: []string{"a\rb\r"}}}
	for _, want := range []string{"a", "\r"} {
		if b, err := k.Read(); err != nil || string(b) != want {
			t.Fatalf("Read = %q, %v; want %q", b, err, want)
		}
	}
	if _, err := k.Read(); !errors.Is(err, errNoKey) {
		t.Fatalf("Read after Enter = %v, want errNoKey", err)
	}
	_ = k.Setup()
	if b, err := k.Read(); err != nil || string(b) != "b" {
		t.Fatalf("Read after Setup = %q, %v; want b", b, err)
	}
}

package tnef_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/exsh/exsh/tnef"
)

// benchSize is the size of the attachment in the benchmarks.
const benchSize = 8 << 20

func benchMessage() *tnef.Message {
	m := tnef.NewMessage(tnef.ClassNote, "Large attachment")
	m.SetText("See attachment.\r\n")
	m.Attachments = append(m.Attachments, tnef.NewFileAttachment("big.bin", randomBytes(9, benchSize), "application/octet-stream"))
	return m
}

// BenchmarkCopyBaseline copies the same number of bytes with io.Copy: the
// yardstick the codec benchmarks are compared against.
func BenchmarkCopyBaseline(b *testing.B) {
	data := randomBytes(9, benchSize)
	b.SetBytes(benchSize)
	for b.Loop() {
		var buf bytes.Buffer
		io.Copy(&buf, bytes.NewReader(data))
	}
}

func BenchmarkEncode(b *testing.B) {
	m := benchMessage()
	b.SetBytes(benchSize)
	for b.Loop() {
		var buf bytes.Buffer // written like the baseline's copy
		if err := tnef.Encode(&buf, m, tnef.WithoutCompatChecks()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	var buf bytes.Buffer
	if err := tnef.Encode(&buf, benchMessage(), tnef.WithoutCompatChecks()); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(benchSize)
	for b.Loop() {
		if _, err := tnef.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeStream decodes from a reader that hides its length, so
// buffers grow with the data instead of being sized up front.
func BenchmarkDecodeStream(b *testing.B) {
	var buf bytes.Buffer
	if err := tnef.Encode(&buf, benchMessage(), tnef.WithoutCompatChecks()); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(benchSize)
	for b.Loop() {
		if _, err := tnef.Decode(struct{ io.Reader }{bytes.NewReader(data)}); err != nil {
			b.Fatal(err)
		}
	}
}

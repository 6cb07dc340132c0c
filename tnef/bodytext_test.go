package tnef_test

import (
	"testing"

	"github.com/exsh/exsh/tnef"
)

func TestBodyText(t *testing.T) {
	tests := []struct {
		name string
		set  func(m *tnef.Message)
		want string
	}{
		{"none", func(*tnef.Message) {}, ""},
		{"text", func(m *tnef.Message) { m.SetText("Hello\r\nworld\x00") }, "Hello\r\nworld"},
		{"html utf-8", func(m *tnef.Message) {
			m.SetHTML([]byte("<html><head><title>t</title><style>p{}</style></head><body><p>Caf\xc3\xa9 &amp; <b>bar</b></p>"+
				"<!-- note --><div>line<br>two</div><script>x()</script></body></html>"), 65001)
		}, "Café & bar\r\nline\r\ntwo"},
		{"html code page 1252", func(m *tnef.Message) { m.SetHTML([]byte("<p>caf\xe9</p>"), 1252) }, "café"},
		{"native rtf", func(m *tnef.Message) {
			m.SetRTF([]byte(`{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}\f0 Caf\'e9 {\b bold}\par second\u8364?\par}`))
		}, "Café bold\r\nsecond€\r\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := tnef.NewMessage(tnef.ClassNote, "s")
			tc.set(m)
			got, err := m.BodyText()
			if err != nil || got != tc.want {
				t.Errorf("BodyText() = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestNames(t *testing.T) {
	for typ, want := range map[tnef.Type]string{
		tnef.TypeUnicode: "PT_UNICODE", tnef.TypeLong | tnef.MultiValued: "PT_MV_LONG", tnef.Type(0x0099): "0x0099",
	} {
		if got := typ.String(); got != want {
			t.Errorf("Type(%#x).String() = %q, want %q", uint16(typ), got, want)
		}
	}
	named := tnef.NameLocation
	for p, want := range map[*tnef.Property]string{
		{Tag: tnef.NewTag(tnef.PidSubject, tnef.TypeUnicode)}:      "PR_SUBJECT",
		{Tag: tnef.NewTag(tnef.PidAttachDataBin, tnef.TypeObject)}: "PR_ATTACH_DATA_OBJ",
		{Tag: tnef.NewTag(0x6001, tnef.TypeLong)}:                  "0x6001",
		{Tag: tnef.NewTag(0x8000, tnef.TypeString8), Name: &named}: "{00062002-0000-0000-C000-000000000046}:0x8208",
	} {
		if got := p.DisplayName(); got != want {
			t.Errorf("DisplayName(%v) = %q, want %q", p.Tag, got, want)
		}
	}
}

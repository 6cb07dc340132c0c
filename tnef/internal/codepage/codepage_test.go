package codepage

import "testing"

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		cp   uint32
		text string
	}{
		{1250, "Příliš žluťoučký kůň"},
		{1251, "шостий"},
		{1252, "Bodø-damer på vei! €"},
		{1253, "Καλημέρα"},
		{1254, "Günaydın"},
		{1255, "שלום"},
		{1256, "مرحبا"},
		{1257, "Ąžuolas"},
		{1258, "Đà"},
		{932, "こんにちは世界"},
		{936, "你好世界"},
		{949, "안녕하세요"},
		{950, "你好世界"},
		{20866, "шостий"},
		{UTF8, "ünïcødé ✓"},
		{UTF16LE, "ünïcødé ✓ 𝄞"},
		{Latin1, "Grüße"},
	}
	for _, tt := range tests {
		enc := Encode(tt.cp, tt.text)
		if got := Decode(tt.cp, enc); got != tt.text {
			t.Errorf("cp %d: round trip %q -> % x -> %q", tt.cp, tt.text, enc, got)
		}
		if !Supported(tt.cp) {
			t.Errorf("cp %d: not supported", tt.cp)
		}
	}
}

func TestUnmappable(t *testing.T) {
	if got := string(Encode(1252, "a中b")); got != "a?b" {
		t.Errorf("Encode(1252) = %q, want a?b", got)
	}
	if got := Decode(936, []byte{0x81}); got != "\uFFFD" {
		t.Errorf("Decode(936, lone lead) = %q, want U+FFFD", got)
	}
	if got := Decode(9999, []byte{0x80}); got != "€" {
		t.Errorf("unknown code page should fall back to 1252, got %q", got)
	}
}

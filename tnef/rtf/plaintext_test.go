package rtf

import "testing"

func TestPlainText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"tables skipped", `{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\stylesheet{\s0 Normal;}}{\*\generator x;}\f0 Hi\par}`, "Hi\r\n"},
		{"code page", `{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2}`, "Привет"},
		{"unicode and symbols", `{\rtf1\uc1 a\u8364?b\tab c\emdash\~d\{\}}`, "a€b\tc—\u00a0d{}"},
		{"picture skipped", `{\rtf1 x{\pict\wmetafile8 0102ff}y}`, "xy"},
		{"malformed", `{\rtf1 open {\b never closed`, "open never closed"},
	}
	for _, tc := range tests {
		if got := PlainText([]byte(tc.in)); got != tc.want {
			t.Errorf("%s: PlainText = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestFromText(t *testing.T) {
	text := "Grüße {x}\\y\r\n\tline two"
	doc := FromText(text)
	if Detect(doc) != Native {
		t.Fatalf("FromText made a %v document", Detect(doc))
	}
	if got := PlainText(doc); got != text {
		t.Errorf("PlainText(FromText(%q)) = %q", text, got)
	}
}

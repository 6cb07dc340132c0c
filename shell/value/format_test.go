package value

import (
	"testing"
	"time"
)

func TestFormat(t *testing.T) {
	day := time.Date(2026, 8, 1, 15, 4, 5, 123456700, time.UTC)
	tests := []struct {
		format string
		args   []any
		want   string
	}{
		{"{0}{1:d3}@{2}", []any{"user", 7, "contoso.com"}, "user007@contoso.com"},
		{"[{0,-10}]", []any{"ab"}, "[ab        ]"},
		{"[{0,8}]", []any{"ab"}, "[      ab]"},
		{"{{{0}}}", []any{1}, "{1}"},
		{"{0:N2}", []any{1234.5678}, "1,234.57"},
		{"{0:N}", []any{1234567}, "1,234,567.00"},
		{"{0:N0}", []any{1234.5}, "1,235"},
		{"{0:N1}", []any{-0.04}, "0.0"},
		{"{0:D5}", []any{-42}, "-00042"},
		{"{0:X}", []any{255}, "FF"},
		{"{0:x4}", []any{255}, "00ff"},
		{"{0:X}", []any{-1}, "FFFFFFFF"},
		{"{0:F2}", []any{3.14159}, "3.14"},
		{"{0:F0}", []any{2.5}, "3"},
		{"{0:F2}", []any{0.125}, "0.13"},
		{"{0:F1}", []any{5}, "5.0"},
		{"{0:P}", []any{0.1235}, "12.35 %"},
		{"{0:P1}", []any{0.5}, "50.0 %"},
		{"{0:E}", []any{1234.5678}, "1.234568E+003"},
		{"{0:e2}", []any{0.00012}, "1.20e-004"},
		{"{0:C}", []any{1234.5}, "$1,234.50"},
		{"{0:C0}", []any{-5}, "($5)"},
		{"{0:G}", []any{1.5}, "1.5"},
		{"{0:0.00}", []any{3.14159}, "3.14"},
		{"{0:#,##0}", []any{1234567}, "1,234,567"},
		{"{0:#,##0.00}", []any{-1234.5}, "-1,234.50"},
		{"{0:0.#}", []any{2.0}, "2"},
		{"{0:0.#}", []any{2.25}, "2.3"},
		{"{0:#.##}", []any{0.5}, ".5"},
		{"{0:000}", []any{7}, "007"},
		{"{0:0%}", []any{0.25}, "25%"},
		{"{0:0 'MB'}", []any{12}, "12 MB"},
		{"{0:0;(0);zero}", []any{-3}, "(3)"},
		{"{0:0;(0);zero}", []any{0}, "zero"},
		{"{0:yyyy-MM-dd}", []any{day}, "2026-08-01"},
		{"{0:HH:mm:ss}", []any{day}, "15:04:05"},
		{"{0:d}", []any{day}, "8/1/2026"},
		{"{0:D}", []any{day}, "Saturday, August 1, 2026"},
		{"{0:s}", []any{day}, "2026-08-01T15:04:05"},
		{"{0:o}", []any{day}, "2026-08-01T15:04:05.1234567Z"},
		{"{0:MM/dd/yyyy hh:mm tt}", []any{day}, "08/01/2026 03:04 PM"},
		{"{0:ddd MMM d yy}", []any{day}, "Sat Aug 1 26"},
		{"{0:hh\\:mm}", []any{90 * time.Minute}, "01:30"},
		{"{0:g}", []any{90 * time.Minute}, "1:30:00"},
		{"{0:x}", []any{"str"}, "str"},
		{"{0}", []any{nil}, ""},
		{"{0}", []any{1e20}, "1E+20"},
		{"{0} {0}", []any{"a"}, "a a"},
	}
	for _, tt := range tests {
		got, err := Format(tt.format, tt.args)
		if err != nil || got != tt.want {
			t.Errorf("Format(%q, %v) = %q, %v; want %q", tt.format, tt.args, got, err, tt.want)
		}
	}
}

func TestFormatErrors(t *testing.T) {
	const bad = "Error formatting a string: Input string was not in a correct format.."
	for _, f := range []string{"{0", "}", "{x}", "{0:D}", "{0,x}"} {
		args := []any{1}
		if f == "{0:D}" {
			args = []any{1.5}
		}
		_, err := Format(f, args)
		wantErr(t, err, bad, "FormatError")
	}
}

func TestFormatDate(t *testing.T) {
	day := time.Date(2026, 8, 21, 9, 4, 5, 0, time.UTC)
	tests := []struct{ format, want string }{
		{"yyyyMMddHHmmss", "20260821090405"}, {"G", "8/21/2026 9:04:05 AM"}, {"t", "9:04 AM"},
		{"T", "9:04:05 AM"}, {"u", "2026-08-21 09:04:05Z"}, {"r", "Fri, 21 Aug 2026 09:04:05 GMT"},
		{"M", "August 21"}, {"y", "August 2026"}, {"%d", "21"}, {"dddd 'the' d", "Friday the 21"},
		{"h:m:s t", "9:4:5 A"}, {"zzz", "+00:00"}, {"MMMM", "August"}, {`\d`, "d"}, {"fff", "000"},
	}
	for _, tt := range tests {
		got, err := FormatDate(day, tt.format)
		if err != nil || got != tt.want {
			t.Errorf("FormatDate(%q) = %q, %v; want %q", tt.format, got, err, tt.want)
		}
	}
	if _, err := FormatDate(day, "x"); err == nil {
		t.Error("FormatDate(x) should fail")
	}
}

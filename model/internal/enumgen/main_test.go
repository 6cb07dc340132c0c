package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
)

// The checked-in model/enums_gen.go must be exactly what enumgen writes
// from enums.txt now: it is never edited by hand.
func TestCheckedInFileIsGenerated(t *testing.T) {
	want, err := generate(list)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../enums_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		i := 0
		for i < len(gl) && i < len(wl) && gl[i] == wl[i] {
			i++
		}
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		t.Fatalf("model/enums_gen.go is not what enumgen generates (edit internal/enumgen/enums.txt, then run go generate ./model); first difference on line %d:\n have %q\n want %q", i+1, g, w)
	}
	if !regexp.MustCompile(`(?m)^// Code generated .* DO NOT EDIT\.$`).Match(want) {
		t.Error("no standard generated-code header")
	}
}

func TestParseRejects(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"", "no enumerations"},
		{"doc X is.\n", "doc before the first enum"},
		{"\tA = \"a\"\n", "value before the first enum"},
		{"enum color\ndoc color is.\n\tRed = \"Red\"\n", `enum name "color" is not an exported`},
		{"enum Color\n\tRed = \"Red\"\n", "Color has no doc"},
		{"enum Color\ndoc Color is.\n", "Color has no values"},
		{"enum Color\ndoc A color.\n\tRed = \"Red\"\n", `must start with "Color "`},
		{"enum Color\ndoc Color is.\n\tRed = \"Red\"\ndoc More.\n", "doc after the values"},
		{"enum Color\ndoc Color is.\n\tRed = Red\n", "not a Go string literal"},
		{"enum Color\ndoc Color is.\n\tRed = \" Red\"\n", "outer spaces"},
		{"enum Color\ndoc Color is.\n\tRed\n", "want enum, doc, func or"},
		{"enum Color\ndoc Color is.\n\tRed = \"Red\"\n\tCrimson = \"red\"\n", `"red" twice`},
		{"enum Color\ndoc Color is.\n\tRed = \"Red\"\nenum Shade\ndoc Shade is.\n\tRed = \"Dark\"\n", "Red declared again (first on line 3)"},
		{"enum Color\ndoc Color is.\n\tColor = \"Color\"\n", "Color declared again"},
		{"func Parse\n", "func before the first enum"},
		{"enum Color\ndoc Color is.\nfunc\n\tRed = \"Red\"\n", "names no function"},
		{"enum Color\ndoc Color is.\nfunc String\n\tRed = \"Red\"\n", `unknown func "String"`},
		{"enum Color\ndoc Color is.\nfunc Parse Parse\n\tRed = \"Red\"\n", "func Parse twice"},
		{"enum Color\ndoc Color is.\nfunc Parse\nfunc Values\n\tRed = \"Red\"\n", "second func line"},
		{"enum Color\ndoc Color is.\n\tRed = \"Red\"\nfunc Parse\n", "func after the values"},
		{"enum Color\ndoc Color is.\nfunc Parse\n\tParseColor = \"Red\"\n", "ParseColor declared again"},
	} {
		if _, err := parse([]byte(tt.src)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parse(%q) = %v, want an error containing %q", tt.src, err, tt.want)
		}
	}
}

// Parse<Type> and Values are generated only for the enumerations whose
// func line asks for them.
func TestFuncLine(t *testing.T) {
	src := "enum Color\ndoc Color is.\nfunc Values Parse\n\tRed = \"Red\"\n" +
		"enum Shade\ndoc Shade is.\nfunc Parse\n\tDark = \"Dark\"\n" +
		"enum Size\ndoc Size is.\n\tBig = \"Big\"\n"
	out, err := generate([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		decl string
		want bool
	}{
		{"func ParseColor(s string) (Color, error) {", true},
		{"func (Color) Values() []Color {", true},
		{"func ParseShade(s string) (Shade, error) {", true},
		{"func (Shade) Values()", false},
		{"func ParseSize(", false},
		{"func (Size) Values()", false},
		{"func (Size) EnumValues() []string {", true},
		{"func (v *Size) Set(s string) error {", true},
	} {
		if got := bytes.Contains(out, []byte(tt.decl)); got != tt.want {
			t.Errorf("output has %q: %v, want %v", tt.decl, got, tt.want)
		}
	}
}

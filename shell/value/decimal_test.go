package value

import "testing"

func mustDec(t *testing.T, s string) Decimal {
	t.Helper()
	d, ok := parseDecimal(s)
	if !ok {
		t.Fatalf("parseDecimal(%q) failed", s)
	}
	return d
}

func TestDecimalArithmetic(t *testing.T) {
	tests := []struct {
		op   string
		l, r any
		want string
		typ  string
	}{
		{"+", "0.1d", "0.2d", "0.3", "System.Decimal"},
		{"+", "1.50d", 1, "2.50", "System.Decimal"},
		{"+", 1, "1.5d", "2.5", "System.Decimal"},
		{"+", "1.5d", 1.25, "2.75", "System.Decimal"},
		{"-", "1d", "0.01d", "0.99", "System.Decimal"},
		{"*", "1.50d", 2, "3.00", "System.Decimal"},
		{"*", "0.1d", "0.1d", "0.01", "System.Decimal"},
		{"/", "1d", "3d", "0.3333333333333333333333333333", "System.Decimal"},
		{"/", "2d", "3d", "0.6666666666666666666666666667", "System.Decimal"},
		{"/", "10d", "3d", "3.3333333333333333333333333333", "System.Decimal"},
		{"/", "10d", "4d", "2.5", "System.Decimal"},
		{"/", "4.0d", "2d", "2.0", "System.Decimal"},
		{"/", "1d", "0.5d", "2", "System.Decimal"},
		{"%", "7.5d", "2d", "1.5", "System.Decimal"},
		{"%", "-7d", "3d", "-1", "System.Decimal"},
		{"+", "79228162514264337593543950335d", "0.4d", "79228162514264337593543950335", "System.Decimal"},
	}
	for _, tt := range tests {
		l, r := tt.l, tt.r
		if s, ok := l.(string); ok {
			l, _ = ParseNumber(s)
		}
		if s, ok := r.(string); ok {
			r, _ = ParseNumber(s)
		}
		got, err := Binary(tt.op, l, r)
		if err != nil {
			t.Errorf("%v %s %v: %v", tt.l, tt.op, tt.r, err)
			continue
		}
		if ToString(got) != tt.want || TypeName(got) != tt.typ {
			t.Errorf("%v %s %v = %s (%s); want %s (%s)", tt.l, tt.op, tt.r, ToString(got), TypeName(got), tt.want, tt.typ)
		}
	}
}

func TestDecimalErrors(t *testing.T) {
	max, _ := ParseNumber("79228162514264337593543950335d")
	if _, err := Binary("+", max, 1); err == nil || err.Error() != "Value was either too large or too small for a Decimal." {
		t.Errorf("overflow: %v", err)
	}
	_, err := Binary("/", mustDec(t, "1"), 0)
	e, ok := err.(*Error)
	if !ok || e.Message != "Attempted to divide by zero." || e.Inner == nil || e.Inner.ExceptionType() != "System.DivideByZeroException" {
		t.Errorf("1d/0: %#v", err)
	}
}

func TestDecimalConvertCompare(t *testing.T) {
	conv := []struct {
		in   any
		typ  string
		want string
	}{
		{"1.5", "decimal", "1.5"}, {" 1.50 ", "decimal", "1.50"}, {1.1, "decimal", "1.1"},
		{0.1 + 0.2, "decimal", "0.3"}, {3, "decimal", "3"}, {"1e3", "decimal", "1000"},
		{mustDec(t, "2.5"), "int", "2"}, {mustDec(t, "3.5"), "int", "4"}, {mustDec(t, "-2.5"), "long", "-2"},
		{mustDec(t, "1.25"), "double", "1.25"}, {mustDec(t, "1.50"), "string", "1.50"},
	}
	for _, tt := range conv {
		got, err := Convert(tt.in, tt.typ)
		if err != nil || ToString(got) != tt.want {
			t.Errorf("[%s]%v = %v, %v; want %s", tt.typ, tt.in, got, err, tt.want)
		}
	}
	if _, err := Convert("abc", "decimal"); err == nil || err.Error() != `Cannot convert value "abc" to type "System.Decimal". Error: "Input string was not in a correct format."` {
		t.Errorf("[decimal]'abc': %v", err)
	}
	if !Equal(mustDec(t, "1.50"), 1.5) || !Equal(1.5, mustDec(t, "1.5")) || !Equal(mustDec(t, "2"), "2.0") {
		t.Error("decimal equality")
	}
	if c, err := Compare(mustDec(t, "1.5"), 2); err != nil || c >= 0 {
		t.Errorf("1.5d vs 2: %d %v", c, err)
	}
	if c, _ := Compare(3, mustDec(t, "2.99")); c <= 0 {
		t.Errorf("3 vs 2.99d: %d", c)
	}
	if Truthy(mustDec(t, "0.0")) || !Truthy(mustDec(t, "0.1")) {
		t.Error("decimal truthiness")
	}
	if ok, _ := IsType(mustDec(t, "1"), "decimal"); !ok {
		t.Error("-is [decimal]")
	}
	if ok, _ := IsType(mustDec(t, "1"), "System.ValueType"); !ok {
		t.Error("-is [ValueType]")
	}
}

func TestDecimalLiteralsAndFormat(t *testing.T) {
	lits := []struct{ in, want string }{
		{"1.5d", "1.5"}, {"1dkb", "1024"}, {"1.5dkb", "1536.0"}, {"-2.50d", "-2.50"}, {"1e2d", "100"}, {"0.000d", "0.000"},
	}
	for _, tt := range lits {
		v, ok := ParseNumber(tt.in)
		if !ok || TypeName(v) != "System.Decimal" || ToString(v) != tt.want {
			t.Errorf("ParseNumber(%q) = %v (%s), %v; want %s", tt.in, v, TypeName(v), ok, tt.want)
		}
	}
	fmts := []struct {
		v      string
		format string
		want   string
	}{
		{"1234.565", "N2", "1,234.57"}, {"2.345", "N2", "2.35"}, {"-2.345", "F2", "-2.35"},
		{"1.5", "C", "$1.50"}, {"0.125", "P1", "12.5 %"}, {"12345678901234567890.123", "N0", "12,345,678,901,234,567,890"},
	}
	for _, tt := range fmts {
		got, err := FormatValue(mustDec(t, tt.v), tt.format)
		if err != nil || got != tt.want {
			t.Errorf("%sd.ToString(%q) = %q, %v; want %q", tt.v, tt.format, got, err, tt.want)
		}
	}
	if s, _ := Format("{0:N2}|{1}", []any{mustDec(t, "1.005"), mustDec(t, "1.10")}); s != "1.01|1.10" {
		t.Errorf("-f = %q", s)
	}
}

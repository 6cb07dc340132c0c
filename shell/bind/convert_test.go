package bind

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestConvert(t *testing.T) {
	type test struct {
		name    string
		v       any
		t       reflect.Type
		want    any
		wantErr string
	}
	tests := []test{
		{"int64", "12", reflect.TypeFor[int64](), int64(12), ""},
		{"uint8 overflow", 300, reflect.TypeFor[uint8](), nil, "CannotConvertArgumentNoMessage"},
		{"uint negative", -1, reflect.TypeFor[uint](), nil, "CannotConvertArgumentNoMessage"},
		{"float", "1.5", reflect.TypeFor[float64](), 1.5, ""},
		{"bool from float", 2.0, reflect.TypeFor[bool](), true, ""},
		{"switch from null", nil, switchType, Switch(false), ""},
		{"pointer to bool null", nil, reflect.TypeFor[*bool](), (*bool)(nil), ""},
		{"pointer to int", "3", reflect.TypeFor[*int](), ptr(3), ""},
		{"duration ticks", 10_000_000, durationType, time.Second, ""},
		{"duration string", "00:15:00", durationType, 15 * time.Minute, ""},
		{"duration bad", "soon", durationType, nil, "CannotConvertArgumentNoMessage"},
		{"enum exact type", color("Green"), reflect.TypeFor[color](), color("Green"), ""},
		{"enum spaces", " blue ", reflect.TypeFor[color](), color("Blue"), ""},
		{"enum slice", []any{"red", 1}, reflect.TypeFor[[]color](), []color{"Red", "Green"}, ""},
		{"optional int", "4", reflect.TypeFor[Optional[int]](), Optional[int]{true, 4}, ""},
		{"optional any null", nil, reflect.TypeFor[Optional[any]](), Optional[any]{Set: true}, ""},
		{"script block to int", sb("1"), reflect.TypeFor[int](), nil, "CannotConvertArgumentNoMessage"},
		{"struct unsupported", "x", reflect.TypeFor[struct{ A int }](), nil, "CannotConvertArgumentNoMessage"},
		{"date invariant", "1/31/2026", timeType, time.Date(2026, 1, 31, 0, 0, 0, 0, time.Local), ""},
		{"date iso", "2026-01-31", timeType, time.Date(2026, 1, 31, 0, 0, 0, 0, time.Local), ""},
		{"date iso time", "2026-01-31 10:00", timeType, time.Date(2026, 1, 31, 10, 0, 0, 0, time.Local), ""},
		{"date long", "31 January 2026", timeType, time.Date(2026, 1, 31, 0, 0, 0, 0, time.Local), ""},
		{"date bad", "31/01/2026", timeType, nil, "CannotConvertArgumentNoMessage"},
		{"empty array to scalar", []any{}, reflect.TypeFor[string](), nil, "CannotConvertArgument"},
		{"nested array to slice", []any{[]any{1, 2}}, reflect.TypeFor[[]int](), nil, "CannotConvertArgument"},
	}
	uniqueNames(t, tests, func(tt test) string { return tt.name })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Convert(tt.v, tt.t, nil)
			if checkErr(t, err, tt.wantErr, 0) {
				return
			}
			if d := cmp.Diff(tt.want, got.Interface()); d != "" {
				t.Errorf("Convert (-want +got):\n%s", d)
			}
		})
	}
}

// netAddr is a parsed type whose .NET name comes from a pointer method.
type netAddr string

func (a *netAddr) Set(s string) error {
	if s == "bad" {
		return errors.New("invalid address")
	}
	*a = netAddr(s)
	return nil
}

func (*netAddr) TypeName() string { return "Microsoft.Exchange.Data.SmtpAddress" }

func TestConvertNetTypeName(t *testing.T) {
	_, err := Convert("bad", reflect.TypeFor[netAddr](), &Param{Name: "Address", TypeName: "netAddr"})
	want := `Cannot process argument transformation on parameter 'Address'. Cannot convert value "bad" to type "Microsoft.Exchange.Data.SmtpAddress". Error: "invalid address"`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant    %s", err, want)
	}
	p := &Param{Name: "Address", TypeName: "netAddr", Type: reflect.TypeFor[netAddr]()}
	if got := errMissingArgument(p, Pos{}).Error(); !strings.Contains(got, "'Microsoft.Exchange.Data.SmtpAddress'") {
		t.Errorf("missing argument: %s", got)
	}
}

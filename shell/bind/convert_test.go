package bind

import (
	"reflect"
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
		{"uint8 overflow", 300, reflect.TypeFor[uint8](), nil, "Transformation"},
		{"uint negative", -1, reflect.TypeFor[uint](), nil, "Transformation"},
		{"float", "1.5", reflect.TypeFor[float64](), 1.5, ""},
		{"bool from float", 2.0, reflect.TypeFor[bool](), true, ""},
		{"switch from null", nil, switchType, Switch(false), ""},
		{"pointer to bool null", nil, reflect.TypeFor[*bool](), (*bool)(nil), ""},
		{"pointer to int", "3", reflect.TypeFor[*int](), ptr(3), ""},
		{"duration ticks", 10_000_000, durationType, time.Second, ""},
		{"duration string", "00:15:00", durationType, 15 * time.Minute, ""},
		{"duration bad", "soon", durationType, nil, "Transformation"},
		{"enum exact type", color("Green"), reflect.TypeFor[color](), color("Green"), ""},
		{"enum spaces", " blue ", reflect.TypeFor[color](), color("Blue"), ""},
		{"enum slice", []any{"red", 1}, reflect.TypeFor[[]color](), []color{"Red", "Green"}, ""},
		{"optional int", "4", reflect.TypeFor[Optional[int]](), Optional[int]{true, 4}, ""},
		{"optional any null", nil, reflect.TypeFor[Optional[any]](), Optional[any]{Set: true}, ""},
		{"script block to int", sb("1"), reflect.TypeFor[int](), nil, "Transformation"},
		{"struct unsupported", "x", reflect.TypeFor[struct{ A int }](), nil, "Transformation"},
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

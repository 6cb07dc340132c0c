package bind

import (
	"testing"
)

// fuzzNames are the parameter names the fuzzer picks from (prefixes,
// aliases, unknown names and the stop-parsing token included).
var fuzzNames = []string{"Identity", "id", "TNEF", "T", "Force", "Confirm", "cf", "wi", "ea", "Color",
	"Count", "Names", "EmailAddresses", "Timeout", "Size", "Props", "Script", "Anything", "Ptr", "--", "x", ""}

// fuzzValue turns a byte into a runtime value of some kind.
func fuzzValue(b byte, rest []byte) any {
	s := string(rest)
	switch b % 12 {
	case 0:
		return nil
	case 1:
		return s
	case 2:
		return int(b) - 128
	case 3:
		return b%2 == 0
	case 4:
		return float64(b) / 3
	case 5:
		return []any{s, int(b)}
	case 6:
		return ht("Add", s, "Remove", []any{1})
	case 7:
		return ht(s, 1)
	case 8:
		return sb(s)
	case 9:
		return obj("Identity", s, "Count", int(b))
	case 10:
		return []any{}
	}
	return color("Red")
}

// fuzzItems builds command-line items from fuzz bytes, three bytes each.
func fuzzItems(data []byte) []Item {
	var out []Item
	for i := 0; i+2 < len(data) && len(out) < 16; i += 3 {
		k, n, v := data[i], data[i+1], data[i+2]
		rest := data[i+2 : min(len(data), i+5)]
		switch k % 4 {
		case 0:
			out = append(out, Item{Value: fuzzValue(v, rest)})
		case 1:
			out = append(out, Item{Name: fuzzNames[int(n)%len(fuzzNames)], IsParam: true})
		case 2:
			out = append(out, Item{Name: fuzzNames[int(n)%len(fuzzNames)], IsParam: true, Colon: true, Value: fuzzValue(v, rest)})
		default:
			out = append(out, Item{Name: fuzzNames[int(n)%len(fuzzNames)], IsParam: true, Colon: true, Splatted: true, Value: fuzzValue(v, rest)})
		}
	}
	return items(out...)
}

// FuzzBind checks that binding arbitrary command lines and pipeline input
// never panics and fails only with *Error.
func FuzzBind(f *testing.F) {
	spec := mustSpec(f, "Set-Thing", &setThing{}, true, "")
	sets := mustSpec(f, "Get-Sets", &setsThing{}, false, "ById")
	f.Add([]byte("\x00\x00\x01"))
	f.Add([]byte("\x01\x00\x00\x00\x00\x01\x02\x09\x05"))
	f.Add([]byte("\x01\x13\x00\x01\x04\x00\x00\x00\x08"))
	f.Add([]byte("\x02\x0c\x06\x03\x05\x03\x00\x00\x07"))
	f.Fuzz(func(t *testing.T, data []byte) {
		in := fuzzItems(data)
		expect := len(data) > 0 && data[0]&0x80 != 0
		opts := Options{ExpectInput: expect, Eval: eval}
		var st setThing
		if b, err := Bind(spec, &st, in, opts); err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Bind error %T: %v", err, err)
			}
		} else if expect {
			for i := 0; i < len(data) && i < 4; i++ {
				_ = b.BindPipeline(fuzzValue(data[i], data[i:]))
			}
		}
		var ss setsThing
		_, _ = Bind(sets, &ss, in, opts)
	})
}

func BenchmarkBind(b *testing.B) {
	spec := mustSpec(b, "Set-Thing", &setThing{}, true, "")
	in := items(a("contoso.com"), p("TNEFEnable"), a(false), p("Count"), a("3"), pc("Confirm", false))
	b.ReportAllocs()
	for b.Loop() {
		var st setThing
		if _, err := Bind(spec, &st, in, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

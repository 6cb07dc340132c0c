package value

import "time"

// dateAdd builds an AddX(n) method of DateTime.
func dateAdd(unit time.Duration) method {
	return func(v any, a []any) (any, error) {
		f, err := toDouble(a[0])
		if err != nil {
			return nil, err
		}
		return v.(time.Time).Add(time.Duration(f.(float64) * float64(unit))), nil
	}
}

// dateAddDate builds AddMonths/AddYears.
func dateAddDate(months int) method {
	return func(v any, a []any) (any, error) {
		n, err := toInt32(a[0])
		if err != nil {
			return nil, err
		}
		t := v.(time.Time)
		return addMonths(t, n.(int)*months), nil
	}
}

// addMonths adds months like .NET: the day is clamped to the month's end.
func addMonths(t time.Time, months int) time.Time {
	y, m := t.Year(), int(t.Month())-1+months
	y += m / 12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	last := time.Date(y, time.Month(m+2), 0, 0, 0, 0, 0, t.Location()).Day()
	d := min(t.Day(), last)
	return time.Date(y, time.Month(m+1), d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// dateFormatFn builds a ToXString() method from a format.
func dateFormatFn(format string) method {
	return func(v any, _ []any) (any, error) { return FormatDate(v.(time.Time), format) }
}

// dateMethods are the methods of DateTime.
var dateMethods = methodSet{
	"adddays":              {[]int{1}, dateAdd(24 * time.Hour)},
	"addhours":             {[]int{1}, dateAdd(time.Hour)},
	"addminutes":           {[]int{1}, dateAdd(time.Minute)},
	"addseconds":           {[]int{1}, dateAdd(time.Second)},
	"addmilliseconds":      {[]int{1}, dateAdd(time.Millisecond)},
	"addmonths":            {[]int{1}, dateAddDate(1)},
	"addyears":             {[]int{1}, dateAddDate(12)},
	"toshortdatestring":    {[]int{0}, dateFormatFn("d")},
	"tolongdatestring":     {[]int{0}, dateFormatFn("D")},
	"toshorttimestring":    {[]int{0}, dateFormatFn("t")},
	"tolongtimestring":     {[]int{0}, dateFormatFn("T")},
	"touniversaltime":      {[]int{0}, func(v any, _ []any) (any, error) { return v.(time.Time).UTC(), nil }},
	"tolocaltime":          {[]int{0}, func(v any, _ []any) (any, error) { return v.(time.Time).Local(), nil }},
	"add":                  {[]int{1}, func(v any, a []any) (any, error) { return addToDate(v.(time.Time), a[0]) }},
	"subtract":             {[]int{1}, func(v any, a []any) (any, error) { return opSub(v, a[0], false) }},
	"isdaylightsavingtime": {[]int{0}, func(v any, _ []any) (any, error) { return v.(time.Time).IsDST(), nil }},
}

// spanMethods are the methods of TimeSpan.
var spanMethods = methodSet{
	"add":      {[]int{1}, func(v any, a []any) (any, error) { return opAdd(v, a[0], false) }},
	"subtract": {[]int{1}, func(v any, a []any) (any, error) { return opSub(v, a[0], false) }},
	"negate":   {[]int{0}, func(v any, _ []any) (any, error) { return -v.(time.Duration), nil }},
	"duration": {[]int{0}, func(v any, _ []any) (any, error) { return max(v.(time.Duration), -v.(time.Duration)), nil }},
}

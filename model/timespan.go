package model

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// EnhancedTimeSpan is a duration shown as [-][d.]hh:mm:ss[.fffffff]
// ("00:15:00", "2.00:00:00"), like .NET's TimeSpan.
type EnhancedTimeSpan time.Duration

// Duration returns t as a [time.Duration].
func (t EnhancedTimeSpan) Duration() time.Duration { return time.Duration(t) }

// String formats t as [-][d.]hh:mm:ss[.fffffff].
func (t EnhancedTimeSpan) String() string {
	d, sign := time.Duration(t), ""
	if d < 0 {
		d, sign = -d, "-"
	}
	days := d / (24 * time.Hour)
	d -= days * 24 * time.Hour
	h, m, s := d/time.Hour, d%time.Hour/time.Minute, d%time.Minute/time.Second
	out := fmt.Sprintf("%02d:%02d:%02d", h, m, s)
	if frac := d % time.Second; frac != 0 {
		out += fmt.Sprintf(".%07d", frac/100)
	}
	if days > 0 {
		out = fmt.Sprintf("%d.%s", days, out)
	}
	return sign + out
}

// Set implements [Setter].
func (t *EnhancedTimeSpan) Set(s string) error {
	v, err := ParseEnhancedTimeSpan(s)
	if err == nil {
		*t = v
	}
	return err
}

// ParseEnhancedTimeSpan parses [-][d.]hh:mm[:ss[.fffffff]] or a bare
// number of days ("2").
func ParseEnhancedTimeSpan(s string) (EnhancedTimeSpan, error) {
	bad := invalid("EnhancedTimeSpan", s, "dd.hh:mm:ss, for example 00:15:00 or 2.00:00:00")
	t, neg := strings.TrimSpace(s), false
	if strings.HasPrefix(t, "-") {
		t, neg = t[1:], true
	}
	var days int64
	parts := strings.Split(t, ":")
	if len(parts) == 1 {
		n, err := strconv.ParseInt(t, 10, 32)
		if err != nil {
			return 0, bad
		}
		return signed(time.Duration(n)*24*time.Hour, neg), nil
	}
	if len(parts) > 3 {
		return 0, bad
	}
	if i := strings.Index(parts[0], "."); i >= 0 {
		n, err := strconv.ParseInt(parts[0][:i], 10, 32)
		if err != nil {
			return 0, bad
		}
		days, parts[0] = n, parts[0][i+1:]
	}
	d, ok := clockParts(parts)
	if !ok {
		return 0, bad
	}
	return signed(d+time.Duration(days)*24*time.Hour, neg), nil
}

// clockParts parses hh, mm and optional ss[.fff].
func clockParts(parts []string) (time.Duration, bool) {
	limits := []int64{23, 59}
	var d time.Duration
	units := []time.Duration{time.Hour, time.Minute}
	for i := 0; i < 2; i++ {
		n, err := strconv.ParseInt(parts[i], 10, 32)
		if err != nil || n < 0 || n > limits[i] {
			return 0, false
		}
		d += time.Duration(n) * units[i]
	}
	if len(parts) == 3 {
		f, err := strconv.ParseFloat(parts[2], 64)
		if err != nil || f < 0 || f >= 60 || strings.ContainsAny(parts[2], "eE+-") {
			return 0, false
		}
		d += time.Duration(f * float64(time.Second))
	}
	return d, true
}

func signed(d time.Duration, neg bool) EnhancedTimeSpan {
	if neg {
		d = -d
	}
	return EnhancedTimeSpan(d)
}

// MarshalJSON encodes t as its string form.
func (t EnhancedTimeSpan) MarshalJSON() ([]byte, error) { return json.Marshal(t.String()) }

// UnmarshalJSON decodes the string form.
func (t *EnhancedTimeSpan) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	return t.Set(s)
}

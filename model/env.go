package model

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"strings"
	"sync"
	"time"
)

// Guid is a 16-byte object GUID. It prints in the registry form
// Exchange shows (8-4-4-4-12 lower-case hex digits) and marshals as text.
type Guid [16]byte

// NilGuid is the all-zero [Guid].
var NilGuid Guid

// String formats g as xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.
func (g Guid) String() string {
	var b [36]byte
	hex.Encode(b[0:8], g[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], g[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], g[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], g[8:10])
	b[23] = '-'
	hex.Encode(b[24:], g[10:])
	return string(b[:])
}

// IsZero reports whether g is [NilGuid].
func (g Guid) IsZero() bool { return g == NilGuid }

// MarshalText implements encoding.TextMarshaler.
func (g Guid) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *Guid) UnmarshalText(b []byte) error {
	v, err := ParseGuid(string(b))
	if err == nil {
		*g = v
	}
	return err
}

// ParseGuid parses the 8-4-4-4-12 form, with or without braces, or 32
// bare hex digits.
func ParseGuid(s string) (Guid, error) {
	t := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(s), "{"), "}")
	t = strings.ReplaceAll(t, "-", "")
	var g Guid
	if len(t) != 32 {
		return g, invalid("Guid", s, "a GUID such as 0fe2b3c4-1d2e-4f5a-8b9c-0d1e2f3a4b5c")
	}
	if _, err := hex.Decode(g[:], []byte(t)); err != nil {
		return Guid{}, invalid("Guid", s, "hexadecimal digits")
	}
	return g, nil
}

// Env supplies the time and the GUIDs used when objects are created or
// changed. Inject a deterministic Env in tests and golden scripts.
type Env struct {
	// Now returns the current time.
	Now func() time.Time
	// NewGuid returns a fresh GUID.
	NewGuid func() Guid
}

// DefaultEnv uses the wall clock and random version-4 GUIDs.
func DefaultEnv() Env {
	return Env{Now: time.Now, NewGuid: RandomGuid}
}

// RandomGuid returns a random version-4 [Guid].
func RandomGuid() Guid {
	var g Guid
	_, _ = rand.Read(g[:])
	g[6] = g[6]&0x0f | 0x40
	g[8] = g[8]&0x3f | 0x80
	return g
}

// FixedEnv returns a deterministic Env: the clock starts at start and
// advances by step on every call, and GUIDs are sequential
// (00000000-0000-4000-8000-000000000001, …). It is safe for concurrent use.
func FixedEnv(start time.Time, step time.Duration) Env {
	var mu sync.Mutex
	now, n := start, uint64(0)
	return Env{
		Now: func() time.Time {
			mu.Lock()
			defer mu.Unlock()
			t := now
			now = now.Add(step)
			return t
		},
		NewGuid: func() Guid {
			mu.Lock()
			defer mu.Unlock()
			n++
			return SequentialGuid(n)
		},
	}
}

// SequentialGuid returns the n-th GUID of [FixedEnv].
func SequentialGuid(n uint64) Guid {
	var g Guid
	g[6], g[8] = 0x40, 0x80
	binary.BigEndian.PutUint64(g[8:], n)
	g[8] |= 0x80
	return g
}

// now returns the Env time, falling back to the wall clock.
func (e Env) now() time.Time {
	if e.Now == nil {
		return time.Now()
	}
	return e.Now()
}

// guid returns a fresh GUID, falling back to [RandomGuid].
func (e Env) guid() Guid {
	if e.NewGuid == nil {
		return RandomGuid()
	}
	return e.NewGuid()
}

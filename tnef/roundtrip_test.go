package tnef_test

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/exsh/exsh/tnef"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// gen builds random messages whose every value survives encoding: strings
// use characters of the stream code page and carry no NUL, times have 100 ns
// resolution, property ids are unique per list.
type gen struct {
	r  *rand.Rand
	cp uint32
}

var alphabets = map[uint32]string{1252: "abcXYZ 019éüßÆ€", 1251: "abcXYZ 019шйЖ", 936: "abc 019你好世界", 932: "abc 019日本語カ"}

var types = []tnef.Type{tnef.TypeI2, tnef.TypeLong, tnef.TypeR4, tnef.TypeDouble, tnef.TypeCurrency,
	tnef.TypeAppTime, tnef.TypeError, tnef.TypeBoolean, tnef.TypeObject, tnef.TypeI8, tnef.TypeString8,
	tnef.TypeUnicode, tnef.TypeSysTime, tnef.TypeCLSID, tnef.TypeBinary}

func (g *gen) str(cp bool) string {
	alpha := []rune(alphabets[g.cp])
	if !cp {
		alpha = append(alpha, []rune("Ωж日🎄")...)
	}
	var sb strings.Builder
	for range g.r.IntN(12) {
		sb.WriteRune(alpha[g.r.IntN(len(alpha))])
	}
	return sb.String()
}

func (g *gen) bytes() []byte {
	b := make([]byte, g.r.IntN(40))
	for i := range b {
		b[i] = byte(g.r.UintN(256))
	}
	return b
}

func (g *gen) guid() (id tnef.GUID) {
	copy(id[:], g.bytes())
	id[0] = byte(g.r.UintN(255) + 1)
	return id
}

func (g *gen) scalar(t tnef.Type) any {
	switch t {
	case tnef.TypeI2:
		return int16(g.r.Uint32())
	case tnef.TypeLong:
		return int32(g.r.Uint32())
	case tnef.TypeR4:
		return g.r.Float32()
	case tnef.TypeDouble, tnef.TypeAppTime:
		return g.r.NormFloat64()
	case tnef.TypeCurrency, tnef.TypeI8:
		return int64(g.r.Uint64())
	case tnef.TypeError:
		return g.r.Uint32()
	case tnef.TypeBoolean:
		return g.r.IntN(2) == 1
	case tnef.TypeObject:
		return &tnef.Object{IID: g.guid(), Data: g.bytes()}
	case tnef.TypeString8, tnef.TypeUnicode:
		return g.str(t == tnef.TypeString8)
	case tnef.TypeSysTime:
		return time.Unix(g.r.Int64N(1<<34)-11644473600, g.r.Int64N(1e7)*100).UTC()
	case tnef.TypeCLSID:
		return g.guid()
	}
	return g.bytes()
}

func (g *gen) multi(t tnef.Type) any {
	vals := make([]any, g.r.IntN(4))
	for i := range vals {
		vals[i] = g.scalar(t)
	}
	return sliceOf(t, vals)
}

func (g *gen) props(n int, avoid ...uint16) tnef.Props {
	var ps tnef.Props
	used := map[uint16]bool{}
	for _, id := range avoid {
		used[id] = true
	}
	for range g.r.IntN(n + 1) {
		t := types[g.r.IntN(len(types))]
		p := tnef.Property{}
		if g.r.IntN(3) == 0 {
			p.Name = g.name()
			p.Tag = tnef.NewTag(0x8000, t)
		} else {
			id := uint16(g.r.IntN(0x7FFF) + 1)
			if used[id] {
				continue
			}
			used[id] = true
			p.Tag = tnef.NewTag(id, t)
		}
		if t != tnef.TypeObject && g.r.IntN(4) == 0 {
			p.Tag |= tnef.Tag(tnef.MultiValued)
			p.Value = g.multi(t)
		} else {
			p.Value = g.scalar(t)
		}
		ps.Set(p)
	}
	return ps
}

func (g *gen) name() *tnef.Name {
	sets := []tnef.GUID{tnef.PSPublicStrings, tnef.PSETIDCommon, tnef.PSETIDAppointment, g.guid()}
	n := &tnef.Name{Set: sets[g.r.IntN(len(sets))], Kind: tnef.NameKind(g.r.IntN(2))}
	if n.Kind == tnef.NameID {
		n.ID = g.r.Uint32()
	} else {
		n.Str = "n" + g.str(false)
	}
	return n
}

func (g *gen) message(key uint16, depth int) *tnef.Message {
	g.cp = []uint32{1252, 1251, 936, 932}[g.r.IntN(4)]
	m := &tnef.Message{Key: key, CodePage: g.cp, Props: g.props(30)}
	for range g.r.IntN(3) {
		m.Recipients = append(m.Recipients, tnef.Recipient{Props: g.props(5)})
	}
	for range g.r.IntN(4) {
		m.Attachments = append(m.Attachments, g.attachment(key, depth))
	}
	return m
}

func (g *gen) attachment(key uint16, depth int) *tnef.Attachment {
	a := &tnef.Attachment{
		Rendering: tnef.Rendering{Type: tnef.AttachFile, Position: g.r.Uint32(), Width: 1, Flags: g.r.Uint32()},
		Title:     g.str(true),
		Props:     g.props(8, tnef.PidAttachDataBin),
	}
	switch g.r.IntN(4) {
	case 0:
		if depth < 2 {
			cp := g.cp
			a.Embedded = g.message(key, depth+1)
			g.cp = cp
		}
	case 1:
		a.Object = &tnef.Object{IID: tnef.IIDStorage, Data: g.bytes()}
	default:
		a.Data = g.bytes()
	}
	return a
}

func TestRoundTrip(t *testing.T) {
	for seed := range uint64(300) {
		g := &gen{r: rand.New(rand.NewPCG(seed, 11))}
		m := g.message(uint16(g.r.UintN(0xFFFF)+1), 0)
		profile := tnef.Profile(seed % 5)
		if profile == tnef.ProfilePure {
			clearTitles(m) // the pure layout has no attAttachTitle
		}
		var buf bytes.Buffer
		if err := tnef.Encode(&buf, m, tnef.WithoutCompatChecks(), tnef.WithProfile(profile)); err != nil {
			t.Fatalf("seed %d: Encode: %v", seed, err)
		}
		got, err := tnef.Decode(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("seed %d (%v): Decode: %v", seed, profile, err)
		}
		if diff := cmp.Diff(m, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("seed %d (%v): decode(encode(m)) differs (-m +got):\n%s", seed, profile, diff)
		}
	}
}

func clearTitles(m *tnef.Message) {
	for _, a := range m.Attachments {
		a.Title = ""
		if a.Embedded != nil {
			clearTitles(a.Embedded)
		}
	}
}

package tnef

import (
	"encoding/binary"
	"encoding/hex"
	"strings"
	"time"
)

// legacyClasses maps PR_MESSAGE_CLASS values to the legacy names
// attMessageClass carries (MS-OXTNEF). Other classes travel unchanged.
var legacyClasses = map[string]string{
	"IPM.Note":                       "IPM.Microsoft Mail.Note",
	"REPORT.IPM.Note.IPNRN":          "IPM.Microsoft Mail.Read Receipt",
	"REPORT.IPM.Note.NDR":            "IPM.Microsoft Mail.Non-Delivery",
	"IPM.Schedule.Meeting.Request":   "IPM.Microsoft Schedule.MtgReq",
	"IPM.Schedule.Meeting.Resp.Pos":  "IPM.Microsoft Schedule.MtgRespP",
	"IPM.Schedule.Meeting.Resp.Neg":  "IPM.Microsoft Schedule.MtgRespN",
	"IPM.Schedule.Meeting.Resp.Tent": "IPM.Microsoft Schedule.MtgRespA",
	"IPM.Schedule.Meeting.Canceled":  "IPM.Microsoft Schedule.MtgCncl",
}

// LegacyClass returns the attMessageClass value for a message class.
// Classes compare case-insensitively.
func LegacyClass(class string) string {
	for k, v := range legacyClasses {
		if strings.EqualFold(k, class) {
			return v
		}
	}
	return class
}

// ClassFromLegacy returns the message class for an attMessageClass value.
func ClassFromLegacy(legacy string) string {
	for k, v := range legacyClasses {
		if strings.EqualFold(v, legacy) {
			return k
		}
	}
	return legacy
}

// dtrLen is the size of a DTR date.
const dtrLen = 14

func parseDTR(b []byte) (time.Time, bool) {
	if len(b) < dtrLen {
		return time.Time{}, false
	}
	f := func(i int) int { return int(binary.LittleEndian.Uint16(b[2*i:])) }
	return time.Date(f(0), time.Month(f(1)), f(2), f(3), f(4), f(5), 0, time.UTC), true
}

func encodeDTR(t time.Time) []byte {
	t = t.UTC()
	b := make([]byte, 0, dtrLen)
	for _, v := range []int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), int(t.Weekday())} {
		b = binary.LittleEndian.AppendUint16(b, uint16(v))
	}
	return b
}

// Importance values (PR_IMPORTANCE) and legacy priorities (attPriority)
// run in opposite directions: importance 2 (high) is priority 1.
func priorityFromImportance(imp int64) uint16 { return uint16(3 - min(max(imp, 0), 2)) }

func importanceFromPriority(p uint16) int32 { return int32(3 - min(max(p, 1), 3)) }

// hexKey formats a search key as attMessageID does: upper-case hex.
func hexKey(b []byte) string { return strings.ToUpper(hex.EncodeToString(b)) }

func parseRendering(b []byte) (Rendering, bool) {
	if len(b) < 14 {
		return Rendering{}, false
	}
	le := binary.LittleEndian
	return Rendering{Type: AttachType(le.Uint16(b)), Position: le.Uint32(b[2:]),
		Width: le.Uint16(b[6:]), Height: le.Uint16(b[8:]), Flags: le.Uint32(b[10:])}, true
}

func (r Rendering) encode() []byte {
	le := binary.LittleEndian
	b := le.AppendUint16(nil, uint16(r.Type))
	b = le.AppendUint32(b, r.Position)
	b = le.AppendUint16(b, r.Width)
	b = le.AppendUint16(b, r.Height)
	return le.AppendUint32(b, r.Flags)
}

// trp is the sender triple of attFrom.
type trp struct{ name, addrType, addr string }

// parseTRP reads attFrom: u16 id, u16 total, u16 name length, u16 address
// length, then the two NUL-terminated strings.
func parseTRP(b []byte, decode func([]byte) string) (trp, bool) {
	if len(b) < 8 {
		return trp{}, false
	}
	le := binary.LittleEndian
	cch, cb := int(le.Uint16(b[4:])), int(le.Uint16(b[6:]))
	if 8+cch+cb > len(b) {
		return trp{}, false
	}
	name := decode(b[8 : 8+cch])
	addr := decode(b[8+cch : 8+cch+cb])
	t := trp{name: name, addr: addr}
	if typ, rest, ok := strings.Cut(addr, ":"); ok {
		t.addrType, t.addr = typ, rest
	}
	return t, true
}

package tnef

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"time"
)

// Dump writes a readable listing of a TNEF stream: every attribute with
// its level, length and decoded value, and every property of the property
// lists, recursing into embedded messages. It is meant for golden files and
// debugging (the `tnefdump` test command); its format may change.
func Dump(w io.Writer, r io.Reader, opts ...ReadOption) error {
	return dump(&dumper{w: w}, r, newReadConfig(opts), 0, "")
}

type dumper struct {
	w  io.Writer
	cp uint32
}

func (d *dumper) printf(indent, format string, args ...any) {
	fmt.Fprintf(d.w, indent+format+"\n", args...)
}

func dump(d *dumper, r io.Reader, cfg readConfig, base int64, indent string) error {
	tr, err := newReader(r, cfg, base)
	if err != nil {
		return err
	}
	d.printf(indent, "key 0x%04X", tr.Key)
	for {
		a, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		data, err := tr.Data()
		if err != nil {
			return err
		}
		if err := d.attr(a, data, cfg, indent); err != nil {
			return err
		}
	}
}

var levelNames = map[Level]string{LevelMessage: "msg", LevelAttachment: "att"}

func (d *dumper) attr(a Attr, data []byte, cfg readConfig, indent string) error {
	head := fmt.Sprintf("%s %v (%d bytes)", levelNames[a.Level], a.ID, len(data))
	switch a.ID {
	case AttrMsgProps, AttrAttachment:
		d.printf(indent, "%s", head)
		return d.props(a, data, cfg, indent+"  ")
	case AttrRecipTable:
		d.printf(indent, "%s", head)
		return d.recipients(a, data, cfg, indent+"  ")
	case AttrOemCodepage:
		if len(data) >= 4 {
			d.cp = binary.LittleEndian.Uint32(data)
		}
	}
	d.printf(indent, "%s: %s", head, d.attrValue(a.ID, data))
	return nil
}

func (d *dumper) attrValue(id AttrID, data []byte) string {
	le := binary.LittleEndian
	switch {
	case id == AttrAttachRendData:
		r, _ := parseRendering(data)
		return fmt.Sprintf("%+v", r)
	case id.isString():
		return fmt.Sprintf("%q", (&decoder{m: &Message{CodePage: d.cp}}).str(data))
	case id>>16 == 3:
		t, _ := parseDTR(data)
		return t.Format("2006-01-02 15:04:05")
	case id>>16 == 4 && len(data) >= 2:
		return fmt.Sprint(le.Uint16(data))
	case (id>>16 == 5 || id>>16 == 8 || id == AttrOemCodepage) && len(data) >= 4:
		return fmt.Sprintf("%d", le.Uint32(data))
	}
	return summary(data)
}

// isString reports whether the attribute holds an 8-bit string.
func (a AttrID) isString() bool {
	return a>>16 == 1 || a>>16 == 2 || a>>16 == 7 || a == AttrAttachTransportFilename
}

// summary shows the length and first bytes of b.
func summary(b []byte) string {
	if len(b) <= 24 {
		return fmt.Sprintf("% x", b)
	}
	return fmt.Sprintf("%d bytes: % x …", len(b), b[:24])
}

func (d *dumper) props(a Attr, data []byte, cfg readConfig, indent string) error {
	p := &propReader{b: data, base: a.Offset + headerLen, cp: d.cp}
	ps, err := p.list()
	d.list(ps, p.objects, cfg, indent)
	return err
}

func (d *dumper) recipients(a Attr, data []byte, cfg readConfig, indent string) error {
	p := &propReader{b: data, base: a.Offset + headerLen, cp: d.cp}
	n, err := p.count(4)
	for i := 0; err == nil && i < n; i++ {
		var ps Props
		ps, err = p.list()
		d.printf(indent, "row %d", i)
		d.list(ps, nil, cfg, indent+"  ")
	}
	return err
}

func (d *dumper) list(ps Props, objects []objectAt, cfg readConfig, indent string) {
	for _, p := range ps {
		d.printf(indent, "%v %s: %s", p.Tag, propName(p), formatValue(p.Value))
		if o, ok := p.Value.(*Object); ok && o.IID == IIDMessage && strings.Count(indent, "  ") < 2*cfg.maxDepth {
			d.embedded(o, objects, cfg, indent+"  ")
		}
	}
}

func (d *dumper) embedded(o *Object, objects []objectAt, cfg readConfig, indent string) {
	var base int64
	for _, at := range objects {
		if at.obj == o {
			base = at.offset
		}
	}
	inner := &dumper{w: d.w}
	if err := dump(inner, bytes.NewReader(o.Data), cfg, base, indent); err != nil {
		d.printf(indent, "error: %v", err)
	}
}

func propName(p Property) string {
	if p.Name != nil {
		return p.Name.String()
	}
	if p.Tag == NewTag(PidAttachDataBin, TypeObject) {
		return "PR_ATTACH_DATA_OBJ"
	}
	if n, ok := propNames[p.Tag.ID()]; ok {
		return n
	}
	return fmt.Sprintf("0x%04X", p.Tag.ID())
}

func formatValue(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case []byte:
		return summary(x)
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case *Object:
		return fmt.Sprintf("object %v, %s", x.IID, summary(x.Data))
	case [][]byte:
		parts := make([]string, len(x))
		for i, b := range x {
			parts[i] = summary(b)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprintf("%v", v)
}

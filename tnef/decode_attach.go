package tnef

// attachmentAttrs are the attributes an attachment is made of.
var attachmentAttrs = map[AttrID]bool{
	AttrAttachRendData: true, AttrAttachTitle: true, AttrAttachData: true, AttrAttachment: true,
	AttrAttachMetaFile: true, AttrAttachTransportFilename: true, AttrAttachCreateDate: true,
	AttrAttachModifyDate: true,
}

// attachmentAttr handles an attachment-level attribute. attAttachRendData
// starts a new attachment; any other attachment attribute without one
// starts one too. Other attributes are skipped, with a warning, so that
// they create no nameless attachment.
func (d *decoder) attachmentAttr(a Attr, data []byte) error {
	if !attachmentAttrs[a.ID] {
		d.cfg.warn(errAt(a.Offset, ErrUnknownAttribute, "%v", a.ID))
		return nil
	}
	if a.ID == AttrAttachRendData || d.att == nil {
		d.endAttachment()
		d.att = &Attachment{}
		d.m.Attachments = append(d.m.Attachments, d.att)
	}
	switch a.ID {
	case AttrAttachRendData:
		d.att.Rendering, _ = parseRendering(data)
	case AttrAttachTitle:
		d.att.Title = d.str(data)
	case AttrAttachData:
		d.att.Data = data
	case AttrAttachment:
		return d.attachmentProps(a, data)
	case AttrAttachMetaFile:
		d.attLeg.Set(Property{Tag: NewTag(PidAttachRendering, TypeBinary), Value: data})
	case AttrAttachTransportFilename:
		d.attLeg.Set(Property{Tag: NewTag(PidAttachTransportName, TypeUnicode), Value: d.str(data)})
	case AttrAttachCreateDate, AttrAttachModifyDate:
		if t, ok := parseDTR(data); ok {
			d.attLeg.Set(Property{Tag: NewTag(legacyIDs[a.ID], TypeSysTime), Value: t})
		}
	}
	return nil
}

// attachmentProps reads attAttachment and moves PR_ATTACH_DATA_BIN and
// PR_ATTACH_DATA_OBJ into the attachment's fields. Only the properties just
// read are searched, so an attachment split over many attAttachment
// attributes costs linear time.
func (d *decoder) attachmentProps(a Attr, data []byte) error {
	ps, objects, err := d.props(a, data)
	if err != nil {
		d.att.Props = append(d.att.Props, ps...)
		return err
	}
	p, _ := ps.Get(PidAttachDataBin)
	ps.Delete(PidAttachDataBin)
	d.att.Props = append(d.att.Props, ps...)
	switch v := p.Value.(type) {
	case []byte:
		if len(d.att.Data) == 0 {
			d.att.Data = v
		}
	case *Object:
		return d.attachObject(v, objects)
	}
	return nil
}

func (d *decoder) attachObject(obj *Object, objects []objectAt) error {
	if obj.IID != IIDMessage {
		d.att.Object = obj
		return nil
	}
	for _, o := range objects {
		if o.obj == obj {
			m, err := d.decodeEmbedded(o)
			d.att.Embedded = m
			return err
		}
	}
	return nil
}

// endAttachment completes the current attachment: properties from legacy
// attributes fill in what attAttachment lacks.
func (d *decoder) endAttachment() {
	if d.att != nil {
		d.att.Props = merge(d.att.Props, d.attLeg)
		if d.att.Embedded != nil {
			d.att.Data = nil // the placeholder sentence of attAttachData
		}
	}
	d.att, d.attLeg = nil, nil
}

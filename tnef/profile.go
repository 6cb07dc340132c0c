package tnef

// Profile is an attribute layout: which legacy attributes a writer emits
// and in what order (tnef.md §2). All profiles write the same properties.
type Profile int

// Profiles observed in real streams.
const (
	// ProfileExchange is what Exchange 2013 and later and Exchange Online
	// write (profile D); the default.
	ProfileExchange Profile = iota
	// ProfileOutlook is Outlook 2002–2016 client-side TNEF (profile B): no
	// attSubject or attDateSent, meeting attributes before attMsgProps.
	ProfileOutlook
	// ProfileLegacyExchange is Exchange 2003–2013 server-side TNEF (profile
	// C): no attMessageClass or attSubject.
	ProfileLegacyExchange
	// ProfileOutlook97 is the Outlook 97/2000 layout (profile A).
	ProfileOutlook97
	// ProfilePure is TNEF_PURE (profile E): only properties; file bytes go
	// into PR_ATTACH_DATA_BIN.
	ProfilePure
)

// layout lists the attributes a profile writes, in order. An attribute is
// skipped when the message has nothing for it. attRecipTable is written
// whenever the message has recipients.
type layout struct {
	message    []AttrID
	attachment []AttrID
}

var layouts = map[Profile]layout{
	ProfileExchange: {
		message: []AttrID{AttrTnefVersion, AttrOemCodepage, AttrMessageID, AttrPriority,
			AttrDateSent, AttrDateModified, AttrMessageClass, AttrSubject, AttrDateStart,
			AttrDateEnd, AttrBody, AttrRecipTable, AttrMsgProps},
		attachment: []AttrID{AttrAttachRendData, AttrAttachTitle, AttrAttachCreateDate,
			AttrAttachModifyDate, AttrAttachMetaFile, AttrAttachData, AttrAttachment},
	},
	ProfileOutlook: {
		message: []AttrID{AttrTnefVersion, AttrOemCodepage, AttrMessageClass, AttrDateStart,
			AttrDateEnd, AttrAidOwner, AttrRequestRes, AttrRecipTable, AttrMsgProps},
		attachment: []AttrID{AttrAttachRendData, AttrAttachModifyDate, AttrAttachData,
			AttrAttachTitle, AttrAttachMetaFile, AttrAttachment},
	},
	ProfileLegacyExchange: {
		message: []AttrID{AttrTnefVersion, AttrOemCodepage, AttrMessageID, AttrPriority,
			AttrDateSent, AttrDateModified, AttrRecipTable, AttrMsgProps},
		attachment: []AttrID{AttrAttachRendData, AttrAttachTitle, AttrAttachCreateDate,
			AttrAttachModifyDate, AttrAttachData, AttrAttachment},
	},
	ProfileOutlook97: {
		message: []AttrID{AttrTnefVersion, AttrOemCodepage, AttrMessageClass, AttrMessageID,
			AttrOriginalMessageClass, AttrDateModified, AttrDateSent, AttrSubject, AttrPriority,
			AttrBody, AttrRecipTable, AttrMsgProps},
		attachment: []AttrID{AttrAttachRendData, AttrAttachCreateDate, AttrAttachModifyDate,
			AttrAttachTitle, AttrAttachMetaFile, AttrAttachData, AttrAttachment},
	},
	ProfilePure: {
		message:    []AttrID{AttrTnefVersion, AttrOemCodepage, AttrRecipTable, AttrMsgProps},
		attachment: []AttrID{AttrAttachRendData, AttrAttachment},
	},
}

// String returns the profile's name.
func (p Profile) String() string {
	return [...]string{"exchange", "outlook", "legacy-exchange", "outlook97", "pure"}[p]
}

// hasSubject reports whether the layout writes attSubject.
func (l layout) hasSubject() bool {
	for _, id := range l.message {
		if id == AttrSubject {
			return true
		}
	}
	return false
}

// WriteOption configures [Encode].
type WriteOption func(*writeConfig)

type writeConfig struct {
	profile    Profile
	key        uint16
	correlator string
	compat     bool
}

func newWriteConfig(opts []WriteOption) writeConfig {
	c := writeConfig{profile: ProfileExchange, compat: true}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// WithProfile selects the attribute layout (default [ProfileExchange]).
func WithProfile(p Profile) WriteOption { return func(c *writeConfig) { c.profile = p } }

// WithKey sets the legacy key (must be non-zero). Without it the writer
// uses Message.Key, else a key derived from the message's content, so the
// output is deterministic.
func WithKey(k uint16) WriteOption { return func(c *writeConfig) { c.key = k } }

// WithCorrelator stores s plus a NUL as PR_TNEF_CORRELATION_KEY, the value
// the MIME header X-MS-TNEF-Correlator must repeat (usually the Message-ID).
func WithCorrelator(s string) WriteOption { return func(c *writeConfig) { c.correlator = s } }

// WithoutCompatChecks lets the writer emit what tnef, ytnef or
// Convert::TNEF cannot read (long property names, values over 512 KiB,
// PT_APPTIME/PT_CURRENCY, over 1000 properties or values) instead of failing
// with [ErrCompat]. Subjects and plain bodies too long for the legacy
// attributes are still truncated or omitted there, never in properties.
func WithoutCompatChecks() WriteOption { return func(c *writeConfig) { c.compat = false } }

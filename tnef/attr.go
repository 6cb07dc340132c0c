package tnef

import "fmt"

// Signature is the first u32 of every TNEF stream.
const Signature = 0x223E9F78

// Level says whether an attribute belongs to the message or an attachment.
type Level uint8

// Attribute levels.
const (
	LevelMessage    Level = 0x01
	LevelAttachment Level = 0x02
)

// AttrID is a full 32-bit attribute ID: data type in the high word, id in
// the low word.
type AttrID uint32

// Attribute IDs (MS-OXTNEF).
const (
	AttrOwner                   AttrID = 0x00060000
	AttrSentFor                 AttrID = 0x00060001
	AttrDelegate                AttrID = 0x00060002
	AttrOriginalMessageClass    AttrID = 0x00070006
	AttrDateStart               AttrID = 0x00030006
	AttrDateEnd                 AttrID = 0x00030007
	AttrAidOwner                AttrID = 0x00050008
	AttrRequestRes              AttrID = 0x00040009
	AttrFrom                    AttrID = 0x00008000
	AttrSubject                 AttrID = 0x00018004
	AttrDateSent                AttrID = 0x00038005
	AttrDateRecd                AttrID = 0x00038006
	AttrMessageStatus           AttrID = 0x00068007
	AttrMessageClass            AttrID = 0x00078008
	AttrMessageID               AttrID = 0x00018009
	AttrParentID                AttrID = 0x0001800A
	AttrConversationID          AttrID = 0x0001800B
	AttrBody                    AttrID = 0x0002800C
	AttrPriority                AttrID = 0x0004800D
	AttrAttachData              AttrID = 0x0006800F
	AttrAttachTitle             AttrID = 0x00018010
	AttrAttachMetaFile          AttrID = 0x00068011
	AttrAttachCreateDate        AttrID = 0x00038012
	AttrAttachModifyDate        AttrID = 0x00038013
	AttrDateModified            AttrID = 0x00038020
	AttrAttachTransportFilename AttrID = 0x00069001
	AttrAttachRendData          AttrID = 0x00069002
	AttrMsgProps                AttrID = 0x00069003
	AttrRecipTable              AttrID = 0x00069004
	AttrAttachment              AttrID = 0x00069005
	AttrTnefVersion             AttrID = 0x00089006
	AttrOemCodepage             AttrID = 0x00069007
)

var attrNames = map[AttrID]string{
	AttrOwner: "attOwner", AttrSentFor: "attSentFor", AttrDelegate: "attDelegate",
	AttrOriginalMessageClass: "attOriginalMessageClass", AttrDateStart: "attDateStart",
	AttrDateEnd: "attDateEnd", AttrAidOwner: "attAidOwner", AttrRequestRes: "attRequestRes",
	AttrFrom: "attFrom", AttrSubject: "attSubject", AttrDateSent: "attDateSent",
	AttrDateRecd: "attDateRecd", AttrMessageStatus: "attMessageStatus",
	AttrMessageClass: "attMessageClass", AttrMessageID: "attMessageID",
	AttrParentID: "attParentID", AttrConversationID: "attConversationID", AttrBody: "attBody",
	AttrPriority: "attPriority", AttrAttachData: "attAttachData", AttrAttachTitle: "attAttachTitle",
	AttrAttachMetaFile: "attAttachMetaFile", AttrAttachCreateDate: "attAttachCreateDate",
	AttrAttachModifyDate: "attAttachModifyDate", AttrDateModified: "attDateModified",
	AttrAttachTransportFilename: "attAttachTransportFilename",
	AttrAttachRendData:          "attAttachRendData", AttrMsgProps: "attMsgProps",
	AttrRecipTable: "attRecipTable", AttrAttachment: "attAttachment",
	AttrTnefVersion: "attTnefVersion", AttrOemCodepage: "attOemCodepage",
}

// String returns the MS-OXTNEF name, such as "attSubject", or the hex ID.
func (a AttrID) String() string {
	if n, ok := attrNames[a]; ok {
		return n
	}
	return fmt.Sprintf("attr%#08x", uint32(a))
}

// Attr is the header of one attribute in a stream.
type Attr struct {
	Level  Level
	ID     AttrID
	Len    uint32 // data length in bytes
	Offset int64  // offset of the level byte in the stream
}

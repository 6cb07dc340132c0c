package model

import "time"

// Directory header blocks. Exchange shows the properties of its ADObject
// base class at the end of every directory object's Format-List; the
// blocks below hold the runs of them that several types share, and are
// embedded where the run appears (see the package conventions). They
// carry only methods that read their own fields (ObjectGuid, ObjectName,
// stamps); the methods that describe a type to the shell (Kind,
// TypeName, DefaultTableColumns) and Refresh and IdentityKeys stay on
// each object type, so embedding a block adds no such method.

// DirectoryMetadata is the Active Directory bookkeeping every directory
// object shows near the end of its Format-List: its GUID, schema category
// and classes, change and creation times, and the domain controller that
// answered. It is embedded by [ConfigHeader] and [RecipientHeader], and
// by [ExchangeServer] and [SendConnector], whose headers differ.
type DirectoryMetadata struct {
	Guid              Guid
	ObjectCategory    string
	ObjectClass       []string
	WhenChanged       time.Time
	WhenCreated       time.Time
	WhenChangedUTC    time.Time
	WhenCreatedUTC    time.Time
	OriginatingServer string
}

// ObjectGuid returns Guid; promoted, it implements [Object].
func (d *DirectoryMetadata) ObjectGuid() Guid { return d.Guid }

// stamps points at Guid and the four time fields; promoted, it
// implements [Object].
func (d *DirectoryMetadata) stamps() stampRefs {
	return stampRefs{&d.Guid, &d.WhenCreated, &d.WhenChanged, &d.WhenCreatedUTC, &d.WhenChangedUTC}
}

// setSchema sets the derived properties shared by directory objects:
// ObjectCategory (from the schema class name category), ObjectClass and
// OriginatingServer.
func (d *DirectoryMetadata) setSchema(org *Organization, category string, classes ...string) {
	d.ObjectCategory = schemaCategory(org, category)
	d.ObjectClass = classes
	d.OriginatingServer = originatingServer(org)
}

// ConfigHeader is the directory header that ends the Format-List of a
// configuration object ([AcceptedDomain], [RemoteDomain],
// [TransportConfig]).
type ConfigHeader struct {
	AdminDisplayName  string
	ExchangeVersion   string
	Name              string `valid:"name,len=64"`
	DistinguishedName string
	Identity          string
	DirectoryMetadata
	IsValid     bool
	ObjectState string
}

// ObjectName returns Name; promoted, it implements [Object].
func (h *ConfigHeader) ObjectName() string { return h.Name }

// RecipientHeader is the directory header that ends the Format-List of
// a recipient ([Mailbox], [MailUser], [MailContact]).
type RecipientHeader struct {
	Identity          string
	IsValid           bool
	ExchangeVersion   string
	Name              string `valid:"name,len=64"`
	DistinguishedName string
	DirectoryMetadata
	ObjectState string
}

// ObjectName returns Name; promoted, it implements [Object].
func (h *RecipientHeader) ObjectName() string { return h.Name }

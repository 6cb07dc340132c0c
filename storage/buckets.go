package storage

// Bucket and key names of the bbolt file. Change them only with a schema
// migration.
var (
	bucketMeta    = []byte("exsh")
	bucketObjects = []byte("objects")
	bucketItems   = []byte("items")
	bucketIndex   = []byte("index")
	bucketKeys    = []byte("keys") // folded identity key, 0, GUID → the record's Name ("" in older files)
	keySchema     = []byte("schema")
)

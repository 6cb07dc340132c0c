package storage

// Bucket and key names of the bbolt file. Change them only with a schema
// migration.
var (
	bucketMeta    = []byte("exsh")
	bucketObjects = []byte("objects")
	bucketItems   = []byte("items")
	bucketIndex   = []byte("index")
	keySchema     = []byte("schema")
)

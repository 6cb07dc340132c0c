package storage

// Bucket and key names of the bbolt file. Change them only with a schema
// migration.
var (
	bucketMeta    = []byte("exsh")
	bucketObjects = []byte("objects")
	bucketItems   = []byte("items")
	bucketIndex   = []byte("index")
	bucketKeys    = []byte("keys")   // folded identity key, 0, GUID → nothing
	bucketKeysOf  = []byte("keysof") // GUID → its folded keys, 0-separated
	keySchema     = []byte("schema")
)

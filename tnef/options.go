package tnef

// Default decoding limits.
const (
	// DefaultMaxDepth is how deep embedded messages may nest.
	DefaultMaxDepth = 8
	// DefaultMaxAttributeSize bounds one attribute's data (1 GiB).
	DefaultMaxAttributeSize = 1 << 30
)

// ReadOption configures [Decode], [NewReader] and [Dump].
type ReadOption func(*readConfig)

type readConfig struct {
	checksumWarn bool
	warn         func(error)
	maxDepth     int
	maxAttr      uint32
}

func newReadConfig(opts []ReadOption) readConfig {
	c := readConfig{warn: func(error) {}, maxDepth: DefaultMaxDepth, maxAttr: DefaultMaxAttributeSize}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// WithChecksumWarnings makes attribute checksum mismatches warnings (passed
// to the [WithWarnings] handler) instead of errors, as `tnef -K` and
// Convert::TNEF's ignore_checksum do.
func WithChecksumWarnings() ReadOption {
	return func(c *readConfig) { c.checksumWarn = true }
}

// WithWarnings sets a handler for problems that do not stop decoding:
// trailing data ([ErrTrailingData]), skipped attachment attributes
// ([ErrUnknownAttribute]), checksum mismatches when [WithChecksumWarnings]
// is set, and undecodable optional values.
func WithWarnings(f func(error)) ReadOption {
	return func(c *readConfig) { c.warn = f }
}

// WithMaxDepth limits how deep embedded messages may nest (default
// [DefaultMaxDepth]); deeper ones fail with [ErrDepth].
func WithMaxDepth(n int) ReadOption {
	return func(c *readConfig) { c.maxDepth = n }
}

// WithMaxAttributeSize limits the data length of any attribute (default
// [DefaultMaxAttributeSize]); longer ones fail with [ErrTooLarge].
func WithMaxAttributeSize(n uint32) ReadOption {
	return func(c *readConfig) { c.maxAttr = n }
}

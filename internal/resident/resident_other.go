//go:build !linux

package resident

// dropReadOnly does nothing where exsh knows no way to drop mappings.
func dropReadOnly() {}

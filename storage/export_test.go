package storage

import "os"

// CheckFile runs the checks of a store's first write (see [Bolt.verify])
// on the file at path, for tests and benchmarks.
func CheckFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	m, err := readHeader(f)
	if err != nil {
		return err
	}
	return checkFile(f, m)
}

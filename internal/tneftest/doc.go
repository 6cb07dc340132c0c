// Package tneftest holds what the TNEF tests of several packages share:
// the facts of the shared sample corpus (../shared/testdata/tnef and its
// MANIFEST.md) as a Go table, where to find the corpus, and how to run the
// independent decoders (`tnef`, ytnef/ytnefprint and perl's Convert::TNEF).
//
// Missing resources skip the calling test, or fail it when the CI
// environment variable is set. The package is imported by tests only; it
// imports the tnef package and the standard library.
package tneftest

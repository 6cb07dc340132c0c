// Package storage persists the exsh organization model. It is the only
// package that imports bbolt.
//
// A [Store] runs closures in transactions: [Store.View] for reading and
// [Store.Update] for writing; when the closure returns an error nothing
// changes. Inside a transaction, the typed helpers ([Get], [List], [Put],
// [Delete], [Resolve], [Orgs], [PutOrg], [DeleteOrg], [SaveOrgSet]) read
// and write [model] values. Values read out are always fresh copies.
// [LoadOrgSet] reads a whole organization; the transport applies
// LoadOrgSet(...).Effective() (see [model.OrgSet.Effective]).
//
// Two implementations exist: [Bolt], a bbolt file, and [Memory], an
// in-memory fake used by tests. Both pass the conformance suite in
// storage/storetest.
//
// # The bbolt file and several processes
//
// bbolt locks the file (flock) for as long as it is open: exclusively
// when open for writing, shared when open read-only. So that several exsh
// processes can share one file, [Bolt] opens the file lazily on the first
// View or Update, read-only for View and read-write for Update, and
// closes it in [Bolt.Release], which the shell calls at the end of each
// run and before it waits for the user. Between the statements of a run
// the file is kept for a short hold lease ([Holder]), so that a script of
// many statements does not reopen it for each. While the interactive
// prompt waits, the file may stay open read-only (a shared lock) for
// completion ([Lingerer]): it is given up to a process that waits for it,
// after a while without keys, and before the next entry runs. A process that waits for
// the lock keeps a marker file next to the database (its name plus
// ".waiting"); a process whose lease is over does not take the file again
// while that marker is fresh, so the waiter gets it soon even while a
// long script runs. A writer that cannot get the lock within the timeout
// (2 s by default) gets [ErrLocked]; it never hangs.
//
// A missing or empty file is created (with its parent directories) and
// seeded by [BoltOptions.Seed]. An existing file is validated read-only
// before anything is written: a file that is not bbolt gives
// [ErrCorrupt], a bbolt file without exsh's schema bucket gives
// [ErrForeign], and a schema newer than this build gives [ErrSchema];
// such files are never modified. Older schemas are migrated (see
// [SchemaVersion]). A path that the system refuses gives [ErrReadOnlyFS]
// (a read-only file system, when the file must be created or written),
// [ErrAccessDenied] or [ErrDirectory].
//
// # Damage
//
// bbolt trusts the pages of its file: a truncated file, or a damaged
// page, makes it panic or read outside its memory map. [Bolt] therefore
// checks the file it opens, under the file's lock, before bbolt reads a
// page of it: every time, that its meta pages are intact and that the
// file holds all its pages (a stat and two small reads); and the first
// time a store opens the file, for reading or writing, its whole
// structure (storage/check.go: every page in use is the page it was
// reached as, of the right type, with its contents within it and its
// keys non-empty and in order, reached once, and the freelist lists the other pages).
// A file that fails gives [ErrCorrupt], with an error that names the
// file and what is wrong (not a database, and what it is instead;
// truncated; a damaged meta page; a damaged page), and is left
// unchanged: nothing is written to a damaged file. The structural check
// runs once per store, and the shell opens one store per process; it
// reads the file once, in order (see BenchmarkFileCheck for its cost).
// Damage that no structure shows (a changed byte inside a record) is
// found, if at all, when the record is decoded.
//
// Should bbolt still panic on a damaged page (the file damaged by
// another program after the check), the panic is recovered and returned
// as an error that matches [ErrCorrupt]; the store then closes the file
// and refuses to write for the rest of its life. A panic of the caller's
// own transaction function is not recovered.
//
// Layout (bucket names in buckets.go): bucket "exsh" holds the schema
// version; bucket "objects" holds one bucket per scope (the nil GUID for
// organizations, otherwise an organization GUID), one bucket per
// [model.Kind] inside it, and in each kind bucket an "items" bucket
// (creation sequence → JSON), an "index" bucket (GUID → sequence, then
// the record's folded identity keys, NUL-separated) and a "keys" bucket
// (folded key, NUL, GUID → the record's Name, for completion; empty in
// files written before it was kept): the identity-key index behind
// [Tx.Lookup] and [Find]. [Put]
// indexes an object's [model.Indexed] keys (else all its identity keys),
// so that resolving an identity or checking a name or address for
// duplicates reads a handful of records, whatever the size of the
// organization.
package storage

package storage

import "github.com/exsh/exsh/model"

// inPlace is implemented by the transactions of [Bolt] and [Memory]:
// they can show a record where it is stored, without the copy that
// [Tx.Get] and [Tx.List] return. A record shown in place is valid only
// while fn runs, and fn must neither change it nor keep it (nor any
// slice of it). The typed helpers decode and scan records this way: a
// list of 10,000 contacts then never holds a copy of every record
// besides the decoded objects. A panic inside fn, while it reads the
// memory map of the file, is damage (see [Bolt]): the fns are this
// package's own.
type inPlace interface {
	// record calls fn with the record of id, or returns an error
	// wrapping [model.ErrNotFound].
	record(scope model.Guid, kind model.Kind, id model.Guid, fn func(rec []byte) error) error
	// each calls fn with each record of a kind in creation order,
	// stopping at the first error.
	each(scope model.Guid, kind model.Kind, fn func(rec []byte) error) error
}

// withRecord calls fn with the record of id: in place when tx can show
// it so (see [inPlace]), else a copy from [Tx.Get].
func withRecord(tx Tx, scope model.Guid, kind model.Kind, id model.Guid, fn func(rec []byte) error) error {
	if p, ok := tx.(inPlace); ok {
		return p.record(scope, kind, id, fn)
	}
	rec, err := tx.Get(scope, kind, id)
	if err != nil {
		return err
	}
	return fn(rec)
}

// eachRecord calls fn with each record of a kind in creation order,
// stopping at the first error: in place when tx can show them so (see
// [inPlace]), else copies from [Tx.List].
func eachRecord(tx Tx, scope model.Guid, kind model.Kind, fn func(rec []byte) error) error {
	if p, ok := tx.(inPlace); ok {
		return p.each(scope, kind, fn)
	}
	recs, err := tx.List(scope, kind)
	if err != nil {
		return err
	}
	for i, rec := range recs {
		recs[i] = nil // garbage once seen: a long list is not held twice
		if err := fn(rec); err != nil {
			return err
		}
	}
	return nil
}

// indexedPutter is implemented by the transaction of [Bolt]: putIndexed
// is [Tx.Put] followed by [Tx.SetKeys], in fewer searches of the file.
type indexedPutter interface {
	putIndexed(scope model.Guid, kind model.Kind, id model.Guid, data []byte, keys []string) error
}

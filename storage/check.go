package storage

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// This file checks a bbolt file on its own, without bbolt: bbolt trusts
// the page numbers and offsets it finds in the file, so that a damaged
// page can make it read outside its memory map or panic, and its own
// consistency check (Tx.Check) runs in a goroutine of its own, where
// such a fault would end the process. Here every page number and offset
// is checked against the file or the page it lies in before it is used.
//
// The layout (bbolt's internal/common, in the machine's byte order): a
// page starts with a 16-byte header (id uint64, flags uint16, count
// uint16, overflow uint32), followed by count 16-byte elements. A branch
// element is (pos uint32, ksize uint32, child page uint64), a leaf
// element (flags uint32, pos uint32, ksize uint32, vsize uint32); pos
// counts from the element itself, the key is followed by the value. A
// leaf element with the bucket flag holds a bucket: (root page uint64,
// sequence uint64), followed, when root is 0, by the bucket's own leaf
// page (an inline bucket). Pages 0 and 1 are meta pages: after the page
// header, magic, version, page size and flags (uint32 each), the root
// bucket (root page, sequence), the freelist page, the high-water mark
// (the number of pages in use), the transaction id and an FNV-64a
// checksum of the fields before it (uint64 each). bbolt uses the valid
// meta page with the higher transaction id. The freelist page lists free
// page ids (uint64 each); a count of 0xFFFF means that the first of them
// is the real count.

const (
	pageHeaderSize = 16
	elementSize    = 16
	metaSize       = 64
	metaSummed     = 56 // the meta fields the checksum covers
	bucketHeader   = 16

	branchPage   = 0x01
	leafPage     = 0x02
	freelistPage = 0x10
	bucketEntry  = 0x01

	boltMagic   = 0xED0CDAED
	boltVersion = 2
	noFreelist  = ^uint64(0)
	maxPageSize = 1 << 24
	maxDepth    = 100 // no healthy file comes near: a tree of 4 KB pages is a handful of levels deep
)

var order = binary.NativeEndian

// meta is what the checks use of a meta page.
type meta struct {
	pageSize uint64
	root     uint64
	freelist uint64
	pages    uint64 // the high-water mark
	txid     uint64
}

// errNoMagic is decodeMeta's answer for a page that is not a meta page
// at all, errCutShort for the start of one.
var (
	errNoMagic  = errors.New("not a meta page")
	errCutShort = errors.New("cut short")
)

// decodeMeta decodes the meta page at the start of p.
func decodeMeta(p []byte) (meta, error) {
	if len(p) < pageHeaderSize+4 || order.Uint32(p[pageHeaderSize:]) != boltMagic {
		return meta{}, errNoMagic
	}
	if len(p) < pageHeaderSize+metaSize {
		return meta{}, errCutShort
	}
	m := p[pageHeaderSize:]
	if v := order.Uint32(m[4:]); v != boltVersion {
		return meta{}, fmt.Errorf("it has bbolt format version %d, not %d", v, boltVersion)
	}
	h := fnv.New64a()
	h.Write(m[:metaSummed])
	if h.Sum64() != order.Uint64(m[metaSummed:]) {
		return meta{}, errors.New("its checksum does not match")
	}
	ps := uint64(order.Uint32(m[8:]))
	if ps < 512 || ps > maxPageSize || ps&(ps-1) != 0 {
		return meta{}, fmt.Errorf("its page size %d is not valid", ps)
	}
	if pages := order.Uint64(m[40:]); pages < 3 {
		return meta{}, fmt.Errorf("it counts %d pages, fewer than a database has", pages)
	}
	return meta{
		pageSize: ps,
		root:     order.Uint64(m[16:]),
		freelist: order.Uint64(m[32:]),
		pages:    order.Uint64(m[40:]),
		txid:     order.Uint64(m[48:]),
	}, nil
}

// readMeta reads and decodes the meta page at offset off of f.
func readMeta(f io.ReaderAt, off int64) (meta, error) {
	var buf [pageHeaderSize + metaSize]byte
	n, _ := f.ReadAt(buf[:], off)
	return decodeMeta(buf[:n])
}

// readHeader checks the meta pages of the bbolt file f and its length,
// and returns the meta page bbolt uses. It reads a few hundred bytes. A
// file that is not bbolt at all is described by its content.
func readHeader(f *os.File) (meta, error) {
	st, err := f.Stat()
	if err != nil {
		return meta{}, err
	}
	size := st.Size()
	m0, err0 := readMeta(f, 0)
	pageSize := m0.pageSize
	var m1 meta
	err1 := errNoMagic
	if err0 == nil {
		m1, err1 = readMeta(f, int64(pageSize))
	} else {
		// Look for the second meta page as bbolt does, at each page size.
		for ps := uint64(1024); ps <= maxPageSize && int64(ps) < size; ps *= 2 {
			m, err := readMeta(f, int64(ps))
			if err == nil && m.pageSize == ps {
				m1, err1, pageSize = m, nil, ps
				break
			}
			if err != nil && !errors.Is(err, errNoMagic) && errors.Is(err1, errNoMagic) {
				err1 = err // a damaged meta page rather than none
			}
		}
	}
	switch {
	case errors.Is(err0, errCutShort):
		return meta{}, truncated(size, 0)
	case errors.Is(err0, errNoMagic) && errors.Is(err1, errNoMagic):
		return meta{}, notDatabase(f)
	case err0 != nil && err1 != nil:
		return meta{}, fmt.Errorf("both meta pages are damaged (page 0: %v; page 1: %v)", err0, err1)
	case size < int64(2*pageSize):
		return meta{}, truncated(size, 2*pageSize)
	case err0 != nil:
		return meta{}, fmt.Errorf("meta page 0 is damaged: %v", err0)
	case err1 != nil:
		return meta{}, fmt.Errorf("meta page 1 is damaged: %v", err1)
	}
	m := m0
	if m1.txid > m0.txid {
		m = m1
	}
	if m.pages > uint64(size)/pageSize {
		return meta{}, truncated(size, m.pages*pageSize)
	}
	return m, nil
}

// truncated describes a file shorter than its pages, which need need
// bytes (0: unknown).
func truncated(size int64, need uint64) error {
	if need == 0 {
		return fmt.Errorf("the file is truncated: it has only %d bytes", size)
	}
	return fmt.Errorf("the file is truncated: it has %d bytes, its pages need %d", size, need)
}

// notDatabase describes a file that is not a bbolt database.
func notDatabase(f io.ReaderAt) error {
	head := make([]byte, 512)
	n, _ := f.ReadAt(head, 0)
	return fmt.Errorf("it is %s, not a database", describe(head[:n]))
}

// signatures are the starts of some files that get mistaken for a
// database.
var signatures = []struct{ prefix, kind string }{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF8", "a GIF image"},
	{"%PDF-", "a PDF document"},
	{"PK\x03\x04", "a ZIP archive"},
	{"\x1f\x8b", "a gzip file"},
	{"SQLite format 3\x00", "an SQLite database"},
	{"\x7fELF", "a program"},
}

// describe says what a file that starts with head is.
func describe(head []byte) string {
	for _, s := range signatures {
		if bytes.HasPrefix(head, []byte(s.prefix)) {
			return s.kind
		}
	}
	text := !bytes.ContainsFunc(head, func(r rune) bool {
		return r < ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\f'
	})
	if text {
		return "a text file"
	}
	return "binary data"
}

// checkFile checks the structure of the bbolt file f, whose current
// meta page is m (see readHeader): every page reachable from the root
// bucket lies below the high-water mark, says it is the page it was
// reached as, is a branch or leaf page with its elements, keys and
// bucket values within its bounds, is reached once, and holds keys in
// order within the range its parent gives it; the freelist lists pages
// below the high-water mark that are not in use, once each; and every
// page is either in use or free. A panic (damage the checks missed) is
// reported as damage.
//
// It runs in two steps. [walker.scan] reads the file once, in order,
// and checks each page within itself (see [walker.inspect]), keeping
// only what the second step needs of it. [walker.tree] then walks the
// pages from the root, as bbolt reaches them, on what scan kept. What
// is wrong within a page is reported only when the walk reaches it: a
// free page may hold anything.
func checkFile(f io.ReaderAt, m meta) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("a page is damaged (%v)", r)
		}
	}()
	w := &walker{
		f:        f,
		pageSize: int(m.pageSize),
		pages:    make([]pageInfo, m.pages),
		keys:     make([]byte, 0, keyBlock),
		seen:     make([]bool, m.pages),
	}
	if err := w.scan(); err != nil {
		return err
	}
	w.seen[0], w.seen[1] = true, true
	if err := w.tree(m.root, 0, nil, nil); err != nil {
		return err
	}
	if m.freelist == noFreelist {
		return nil // free pages are not recorded: nothing to compare
	}
	if err := w.freelist(m.freelist); err != nil {
		return err
	}
	for id, ok := range w.seen {
		if !ok {
			return fmt.Errorf("page %d is neither in use nor free", id)
		}
	}
	return nil
}

// walker holds what checkFile knows of the pages of a file.
type walker struct {
	f        io.ReaderAt
	pageSize int
	pages    []pageInfo // by id, up to the high-water mark
	links    []link     // the links of all pages, in order (see pageInfo)
	keys     []byte     // the block keep copies keys into; never nil
	seen     []bool     // pages found in use or free
}

// pageInfo is what scan keeps of a page for the walk: its header and,
// when it is a branch or leaf page that can be the page it says it is
// (see inspect), what is wrong within it, or else its first and last
// keys (when it has elements) and its links, links[from:to].
type pageInfo struct {
	id          uint64 // the id its header gives
	flags       uint16
	count       uint16 // its number of elements
	overflow    uint32
	damage      error
	first, last []byte
	from, to    int
}

// link is a page a page refers to: a child of a branch page, with the
// branch element's key, or the root page of a bucket in a leaf page,
// depth levels below the leaf page (2 or more for a bucket inside an
// inline bucket).
type link struct {
	id    uint64
	key   []byte
	depth int
}

// chunkSize is how much of the file scan reads at a time.
const chunkSize = 1 << 20

// scan reads the file's pages up to the high-water mark in order, a
// chunk at a time, and keeps what the walk needs of each (see inspect).
// Reading the file in order costs less than a read, or a page fault of
// a memory map, for each page the walk reaches; and checking each page
// where it lies in the chunk leaves little to keep: the headers, the
// keys of branch pages and the first and last key of each leaf page.
func (w *walker) scan() error {
	ps := w.pageSize
	chunk := make([]byte, max(ps, chunkSize/ps*ps))
	for first := 0; first < len(w.pages); {
		buf := chunk[:min(len(chunk), (len(w.pages)-first)*ps)]
		if _, err := w.f.ReadAt(buf, int64(first)*int64(ps)); err != nil {
			return err
		}
		for ; len(buf) > 0; buf, first = buf[ps:], first+1 {
			w.pages[first] = w.inspect(uint64(first), buf)
		}
	}
	return nil
}

// inspect returns what the walk needs of page id, which buf starts with
// (buf goes on with the pages after it in the chunk): its header and,
// for a branch or leaf page that says it is page id and whose overflow
// pages lie in the file, what is wrong within it (the bounds of its
// elements, the order of its keys, an empty branch page, its buckets
// and inline buckets), its first and last keys and its links. The walk
// refuses other pages on their header.
func (w *walker) inspect(id uint64, buf []byte) pageInfo {
	info := pageInfo{
		id:       order.Uint64(buf),
		flags:    order.Uint16(buf[8:]),
		count:    order.Uint16(buf[10:]),
		overflow: order.Uint32(buf[12:]),
	}
	if info.id != id || info.flags != branchPage && info.flags != leafPage || id+uint64(info.overflow) >= uint64(len(w.pages)) {
		return info
	}
	size := int(1+info.overflow) * w.pageSize
	p, err := w.whole(buf[:min(len(buf), size)], id, size)
	if err == nil {
		err = bounds(p, size, id)
	}
	info.from = len(w.links)
	switch {
	case err != nil:
	case info.flags == branchPage:
		err = w.branch(p, id)
	default:
		err = w.leaf(p, id, 0)
	}
	info.to = len(w.links)
	switch {
	case err != nil:
		info.damage = err
	case info.count > 0:
		info.first, info.last = w.keep(key(p, 0)), w.keep(key(p, int(info.count)-1))
	}
	return info
}

// whole returns what the checks read of page id (see need), of size
// bytes with its overflow pages, given p, the start of it: p, or more
// of the page read from the file when that goes on past p.
func (w *walker) whole(p []byte, id uint64, size int) ([]byte, error) {
	for n := need(p); n > len(p); n = need(p) {
		if n > size {
			return nil, fmt.Errorf("page %d is damaged: its elements lie outside it", id)
		}
		p = make([]byte, n)
		if _, err := w.f.ReadAt(p, int64(id)*int64(w.pageSize)); err != nil {
			return nil, err
		}
	}
	return p[:need(p)], nil
}

// need returns how much of page p the checks read: its header, its
// elements, their keys and the values of its buckets, or the ids of a
// freelist. When p is too short to tell, it returns more than len(p).
func need(p []byte) int {
	n := int(order.Uint16(p[10:]))
	if order.Uint16(p[8:]) == freelistPage {
		if n == 0xFFFF && len(p) >= pageHeaderSize+8 {
			n = 1 + int(min(order.Uint64(p[pageHeaderSize:]), 1<<40))
		}
		return pageHeaderSize + 8*n
	}
	end := pageHeaderSize + n*elementSize
	for i := 0; i < n && end <= len(p); i++ {
		e := pageHeaderSize + i*elementSize
		if order.Uint16(p[8:]) == branchPage {
			end = max(end, e+int(order.Uint32(p[e:]))+int(order.Uint32(p[e+4:])))
		} else if keyEnd := e + int(order.Uint32(p[e+4:])) + int(order.Uint32(p[e+8:])); order.Uint32(p[e:])&bucketEntry != 0 {
			end = max(end, keyEnd+int(order.Uint32(p[e+12:])))
		} else {
			end = max(end, keyEnd)
		}
	}
	return end
}

// bounds checks that the elements of page p (in page id) and their keys
// lie within p, and their values within the page's size bytes (p holds
// all of an inline page but only what the checks read of others).
func bounds(p []byte, size int, id uint64) error {
	if len(p) < pageHeaderSize {
		return fmt.Errorf("page %d is damaged: shorter than a page header", id)
	}
	branch, n := order.Uint16(p[8:]) == branchPage, int(order.Uint16(p[10:]))
	if pageHeaderSize+n*elementSize > len(p) {
		return fmt.Errorf("page %d is damaged: its elements lie outside it", id)
	}
	for i := range n {
		e := pageHeaderSize + i*elementSize
		keyEnd, valueEnd := e+int(order.Uint32(p[e:]))+int(order.Uint32(p[e+4:])), 0
		if !branch {
			keyEnd = e + int(order.Uint32(p[e+4:])) + int(order.Uint32(p[e+8:]))
			valueEnd = keyEnd + int(order.Uint32(p[e+12:]))
			if order.Uint32(p[e:])&bucketEntry != 0 {
				keyEnd = valueEnd // the checks read a bucket's value
			}
		}
		if keyEnd > len(p) || valueEnd > size {
			return fmt.Errorf("page %d is damaged: its element %d lies outside it", id, i)
		}
	}
	return nil
}

// key returns the key of element i of the branch or leaf page p, whose
// bounds are checked.
func key(p []byte, i int) []byte {
	e := pageHeaderSize + i*elementSize
	if order.Uint16(p[8:]) == branchPage {
		return p[e+int(order.Uint32(p[e:])):][:order.Uint32(p[e+4:])]
	}
	return p[e+int(order.Uint32(p[e+4:])):][:order.Uint32(p[e+8:])]
}

// inOrder checks k, the key of element i of the branch or leaf page p
// (in page id): bbolt writes no empty key, and asserts that a page it
// reads has none; and the keys of a page are in ascending order.
func inOrder(p []byte, i int, k []byte, id uint64) error {
	switch {
	case len(k) == 0:
		return fmt.Errorf("page %d is damaged: its element %d has an empty key", id, i)
	case i > 0 && bytes.Compare(key(p, i-1), k) >= 0:
		return fmt.Errorf("page %d is damaged: its keys are out of order", id)
	}
	return nil
}

// branch checks the branch page p (page id), whose bounds are checked:
// it has elements, their keys are in order (see inOrder); and links it
// to its children.
func (w *walker) branch(p []byte, id uint64) error {
	n := int(order.Uint16(p[10:]))
	if n == 0 {
		return fmt.Errorf("page %d is damaged: an empty branch page", id)
	}
	for i := range n {
		k := key(p, i)
		if err := inOrder(p, i, k, id); err != nil {
			return err
		}
		w.links = append(w.links, link{id: order.Uint64(p[pageHeaderSize+i*elementSize+8:]), key: w.keep(k)})
	}
	return nil
}

// leaf checks the leaf page p (page id, or the page of an inline bucket
// in page id, depth levels below it), whose bounds are checked: its keys
// are in order (see inOrder), its buckets' values hold a bucket, and its inline
// buckets are leaf pages that pass these checks; and links page id to
// the root pages of its other buckets.
func (w *walker) leaf(p []byte, id uint64, depth int) error {
	for i := range int(order.Uint16(p[10:])) {
		k := key(p, i)
		if err := inOrder(p, i, k, id); err != nil {
			return err
		}
		e := pageHeaderSize + i*elementSize
		if order.Uint32(p[e:])&bucketEntry == 0 {
			continue
		}
		v := p[e+int(order.Uint32(p[e+4:]))+len(k):][:order.Uint32(p[e+12:])]
		if len(v) < bucketHeader {
			return fmt.Errorf("page %d is damaged: a bucket of %d bytes", id, len(v))
		}
		if root := order.Uint64(v); root != 0 {
			w.links = append(w.links, link{id: root, depth: depth + 1})
			continue
		}
		inline := v[bucketHeader:]
		if err := bounds(inline, len(inline), id); err != nil {
			return err
		}
		if order.Uint16(inline[8:]) != leafPage {
			return fmt.Errorf("page %d is damaged: an inline bucket that is not a leaf page", id)
		}
		if err := w.leaf(inline, id, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// keyBlock is the size of the blocks keep copies keys into.
const keyBlock = 64 << 10

// keep returns a copy of key that is never nil. It copies the keys into
// blocks, rather than allocate each, and never moves them.
func (w *walker) keep(key []byte) []byte {
	if cap(w.keys)-len(w.keys) < len(key) {
		w.keys = make([]byte, 0, max(keyBlock, len(key)))
	}
	w.keys = append(w.keys, key...)
	return w.keys[len(w.keys)-len(key) : len(w.keys) : len(w.keys)]
}

// tree checks the B+tree whose root is page id, at depth level of the
// walk; its keys must lie in [lo, hi) (nil: unbounded).
func (w *walker) tree(id uint64, level int, lo, hi []byte) error {
	if level >= maxDepth {
		return fmt.Errorf("page %d is more than %d levels deep", id, maxDepth)
	}
	p, err := w.page(id)
	if err != nil {
		return err
	}
	// The keys of p are in order (inspect checked), so all of them lie
	// in [lo, hi) when its first key is lo and its last key is below hi.
	// bbolt makes the parent's key for a page the page's first key, so a
	// first key that differs was damaged (bbolt would add a key to the
	// parent rather than replace it when it rewrites the page).
	switch {
	case p.count == 0:
	case lo != nil && !bytes.Equal(p.first, lo):
		return fmt.Errorf("page %d is damaged: its first key is not its parent's key for it", id)
	case hi != nil && bytes.Compare(p.last, hi) >= 0:
		return fmt.Errorf("page %d is damaged: a key out of its parent's range", id)
	}
	links := w.links[p.from:p.to]
	for i, l := range links {
		if p.flags == leafPage {
			err = w.tree(l.id, level+l.depth, nil, nil)
		} else {
			next := hi
			if i+1 < len(links) {
				next = links[i+1].key
			}
			err = w.tree(l.id, level+1, l.key, next)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// page returns what scan kept of page id, which is in use, and marks it
// and its overflow pages seen; its error is what is wrong with the page.
func (w *walker) page(id uint64) (*pageInfo, error) {
	if id < 2 || id >= uint64(len(w.pages)) {
		return nil, fmt.Errorf("a page refers to page %d, not a data page of the file's %d", id, len(w.pages))
	}
	p := &w.pages[id]
	if p.id != id {
		return nil, fmt.Errorf("page %d is damaged: it says it is page %d", id, p.id)
	}
	if p.flags != branchPage && p.flags != leafPage {
		return nil, fmt.Errorf("page %d is damaged: its type is %#x, not a branch or leaf page", id, p.flags)
	}
	if err := w.mark(id, uint64(p.overflow), "in use"); err != nil {
		return nil, err
	}
	return p, p.damage
}

// mark records pages id to id+overflow as seen for what (in use or
// free).
func (w *walker) mark(id, overflow uint64, what string) error {
	if id+overflow >= uint64(len(w.pages)) {
		return fmt.Errorf("page %d is damaged: its %d overflow pages run past the file's %d pages", id, overflow, len(w.pages))
	}
	for i := id; i <= id+overflow; i++ {
		if w.seen[i] {
			return fmt.Errorf("page %d is damaged: it is %s but was already found elsewhere", i, what)
		}
		w.seen[i] = true
	}
	return nil
}

// freelist checks the freelist page id and the pages it lists. It reads
// the freelist from the file: scan keeps only its header.
func (w *walker) freelist(id uint64) error {
	if id < 2 || id >= uint64(len(w.pages)) {
		return fmt.Errorf("the freelist page %d is not a data page of the file's %d", id, len(w.pages))
	}
	info := w.pages[id]
	if info.id != id || info.flags != freelistPage {
		return fmt.Errorf("the freelist page %d is damaged", id)
	}
	if err := w.mark(id, uint64(info.overflow), "the freelist"); err != nil {
		return err
	}
	p := make([]byte, w.pageSize)
	if _, err := w.f.ReadAt(p, int64(id)*int64(w.pageSize)); err != nil {
		return err
	}
	p, err := w.whole(p, id, int(1+info.overflow)*w.pageSize)
	if err != nil {
		return err
	}
	ids := p[pageHeaderSize:]
	if order.Uint16(p[10:]) == 0xFFFF {
		ids = ids[8:]
	}
	for i := 0; i < len(ids); i += 8 {
		free := order.Uint64(ids[i:])
		if free < 2 || free >= uint64(len(w.pages)) {
			return fmt.Errorf("the freelist lists page %d, not a data page of the file's %d", free, len(w.pages))
		}
		if err := w.mark(free, 0, "free"); err != nil {
			return err
		}
	}
	return nil
}

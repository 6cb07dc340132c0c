package tnef

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// headerLen is the size of an attribute header: level, ID and length.
const headerLen = 9

// maxTrailing bounds how many bytes after the stream are counted for the
// trailing-data warning, so that an endless source cannot hang the reader.
const maxTrailing = 1 << 20

// initialBuffer is the most the reader allocates for an attribute's data
// before the data has arrived; the buffer then grows with what is read.
const initialBuffer = 64 << 10

// Reader reads the attributes of a TNEF stream one by one, in the manner of
// archive/tar: [Reader.Next] advances to the next attribute and the Reader
// itself reads that attribute's data. Checksums are verified as data is
// consumed, so attributes of any size stream through without buffering.
type Reader struct {
	Key uint16 // the stream's legacy key

	br     source
	sized  interface{ Len() int } // the source, when it knows its remaining length
	cfg    readConfig
	base   int64 // offset of this stream inside the outermost one
	off    int64 // bytes consumed
	cur    Attr
	attrs  int  // attributes read
	done   bool // the end of the stream was reached
	left   uint32
	sum    uint16
	inAttr bool
}

// NewReader reads the signature and key and returns a Reader positioned
// before the first attribute. A *bytes.Reader is read in place (see
// [Reader.Data]).
func NewReader(r io.Reader, opts ...ReadOption) (*Reader, error) {
	return newReader(r, newReadConfig(opts), 0)
}

func newReader(r io.Reader, cfg readConfig, base int64) (*Reader, error) {
	tr := &Reader{cfg: cfg, base: base}
	if br, ok := r.(*bytes.Reader); ok {
		tr.br = memorySource(br)
	} else {
		tr.br = bufio.NewReaderSize(r, 32<<10)
		tr.sized, _ = r.(interface{ Len() int })
	}
	var hdr [6]byte
	if _, err := io.ReadFull(tr.br, hdr[:]); err != nil {
		return nil, errAt(base, ErrSignature, "stream shorter than 6 bytes")
	}
	tr.off = 6
	if sig := binary.LittleEndian.Uint32(hdr[:]); sig != Signature {
		return nil, errAt(base, ErrSignature, "got %#08x", sig)
	}
	tr.Key = binary.LittleEndian.Uint16(hdr[4:])
	return tr, nil
}

// Next skips the rest of the current attribute and returns the header of the
// next one. At the end of the stream it returns io.EOF; bytes after the last
// attribute that cannot start one are reported to the warning handler as
// [ErrTrailingData], as the `tnef` program does. A stream without any
// attribute after its key is an error.
func (r *Reader) Next() (Attr, error) {
	if r.inAttr {
		if _, err := io.Copy(io.Discard, r); err != nil {
			return Attr{}, err
		}
	}
	if r.done {
		return Attr{}, io.EOF
	}
	level, err := r.br.ReadByte()
	switch {
	case err == io.EOF && r.attrs == 0:
		return Attr{}, errAt(r.base+r.off, ErrTruncated, "no attribute after the key")
	case err == io.EOF:
		r.done = true
		return Attr{}, io.EOF
	case err != nil:
		return Attr{}, err
	case level != byte(LevelMessage) && level != byte(LevelAttachment) && r.attrs == 0:
		return Attr{}, errAt(r.base+r.off, ErrAttribute, "no attribute after the key: level byte %#02x", level)
	case level != byte(LevelMessage) && level != byte(LevelAttachment):
		return Attr{}, r.trailing()
	}
	var hdr [headerLen - 1]byte
	if _, err := io.ReadFull(r.br, hdr[:]); err != nil {
		return Attr{}, errAt(r.base+r.off, ErrTruncated, "attribute header")
	}
	r.cur = Attr{Level: Level(level), ID: AttrID(binary.LittleEndian.Uint32(hdr[:])),
		Len: binary.LittleEndian.Uint32(hdr[4:]), Offset: r.base + r.off}
	r.off += headerLen
	r.attrs++
	r.left, r.sum, r.inAttr = r.cur.Len, 0, true
	return r.cur, r.checkSize()
}

// checkSize fails fast when an attribute claims more bytes than the limit or
// than a sized source still holds.
func (r *Reader) checkSize() error {
	if r.cur.Len > r.cfg.maxAttr {
		return errAt(r.cur.Offset, ErrTooLarge, "%v claims %d bytes, limit %d", r.cur.ID, r.cur.Len, r.cfg.maxAttr)
	}
	if left, ok := r.remaining(); ok && int64(r.cur.Len)+2 > int64(left) {
		return errAt(r.cur.Offset, ErrTruncated, "%v claims %d bytes, %d remain", r.cur.ID, r.cur.Len, left)
	}
	return nil
}

// remaining returns how many bytes the source still holds, when it knows.
func (r *Reader) remaining() (int, bool) {
	if r.sized != nil {
		return r.sized.Len() + r.br.Buffered(), true
	}
	if m, ok := r.br.(*memory); ok {
		return len(m.b), true
	}
	return 0, false
}

// trailing reports the bytes after the stream, the first of which has been
// read, counting at most maxTrailing of them.
func (r *Reader) trailing() error {
	r.done = true
	n, _ := io.Copy(io.Discard, io.LimitReader(r.br, maxTrailing))
	detail := fmt.Sprintf("%d bytes", n+1)
	switch {
	case n == 0:
		detail = "1 byte"
	case n == maxTrailing:
		detail = fmt.Sprintf("%d bytes or more", n+1)
	}
	r.cfg.warn(errAt(r.base+r.off, ErrTrailingData, "%s", detail))
	return io.EOF
}

// Read reads the current attribute's data. It returns io.EOF at the end of
// the data, after checking the checksum.
func (r *Reader) Read(p []byte) (int, error) {
	if !r.inAttr {
		return 0, io.EOF
	}
	if r.left == 0 {
		return 0, r.finish()
	}
	n, err := r.br.Read(p[:min(uint32(len(p)), r.left)])
	r.sum += checksum(p[:n])
	r.left -= uint32(n)
	r.off += int64(n)
	if err != nil && r.left > 0 {
		r.inAttr = false
		return n, errAt(r.cur.Offset, ErrTruncated, "%v data: %d of %d bytes missing", r.cur.ID, r.left, r.cur.Len)
	}
	return n, nil
}

// finish reads and checks the checksum after the data.
func (r *Reader) finish() error {
	r.inAttr = false
	var ck [2]byte
	if _, err := io.ReadFull(r.br, ck[:]); err != nil {
		return errAt(r.cur.Offset, ErrTruncated, "%v checksum", r.cur.ID)
	}
	r.off += 2
	if got := binary.LittleEndian.Uint16(ck[:]); got != r.sum {
		err := errAt(r.cur.Offset, ErrChecksum, "%v: stored %#04x, computed %#04x", r.cur.ID, got, r.sum)
		if !r.cfg.checksumWarn {
			return err
		}
		r.cfg.warn(err)
	}
	return io.EOF
}

// Data reads all of the current attribute's data. Memory grows with the
// bytes actually read, so a header that lies about its length costs nothing.
// From a *bytes.Reader source the data is not copied: it is a slice of the
// reader's bytes (checkSize saw that they hold it).
func (r *Reader) Data() ([]byte, error) {
	if m, ok := r.br.(*memory); ok && r.inAttr && r.left > 0 && int(r.left) <= len(m.b) {
		data := m.next(int(r.left))
		r.sum += checksum(data)
		r.off += int64(len(data))
		r.left = 0
		if err := r.finish(); err != io.EOF {
			return data, err
		}
		return data, nil
	}
	size := min(r.left, initialBuffer)
	if r.sized != nil {
		size = r.left // checkSize saw that the source holds this much
	}
	var buf []byte
	if size > 0 {
		buf = make([]byte, 0, size+1)
	}
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, len(buf))
		}
		n, err := r.Read(buf[len(buf):min(cap(buf), len(buf)+int(r.left)+1)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// source is what a Reader reads the stream from: a bufio.Reader over the
// caller's reader, or the bytes of a *bytes.Reader.
type source interface {
	io.Reader
	io.ByteReader
	Buffered() int
}

// memory is a source over a byte slice.
type memory struct{ b []byte }

// memorySource takes the unread bytes of br, which the Reader then owns.
func memorySource(br *bytes.Reader) *memory {
	var m memory
	br.WriteTo(&m) // one Write of the unread bytes, kept by m
	return &m
}

// Write keeps p: it is only given the unread bytes of a bytes.Reader,
// which the stream then reads in place.
func (m *memory) Write(p []byte) (int, error) {
	m.b = p
	return len(p), nil
}

// next returns the next n bytes, capped so that appending to them cannot
// overwrite what follows.
func (m *memory) next(n int) []byte {
	b := m.b[:n:n]
	m.b = m.b[n:]
	return b
}

func (m *memory) Read(p []byte) (int, error) {
	if len(m.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, m.b)
	m.b = m.b[n:]
	return n, nil
}

func (m *memory) ReadByte() (byte, error) {
	if len(m.b) == 0 {
		return 0, io.EOF
	}
	c := m.b[0]
	m.b = m.b[1:]
	return c, nil
}

// Buffered is the number of bytes left.
func (m *memory) Buffered() int { return len(m.b) }

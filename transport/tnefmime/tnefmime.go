package tnefmime

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"mime/quotedprintable"
	"strings"
	"sync"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"
	"github.com/exsh/exsh/tnef"
)

// MIME names used for TNEF.
const (
	ContentType     = "application/ms-tnef"
	ContentTypeVnd  = "application/vnd.ms-tnef"
	FileName        = "winmail.dat"
	CorrelatorField = "X-MS-TNEF-Correlator"
)

// Errors returned by [Find] and [Unwrap].
var (
	// ErrNoTNEF means the message has no TNEF part.
	ErrNoTNEF = errors.New("tnefmime: no tnef part")
	// ErrCorrelator means X-MS-TNEF-Correlator and the stream's
	// PR_TNEF_CORRELATION_KEY differ; MAPI says to ignore the TNEF then.
	ErrCorrelator = errors.New("tnefmime: tnef correlator mismatch")
	// ErrNesting means multiparts nest more than [MaxNesting] deep.
	ErrNesting = errors.New("tnefmime: multiparts nested too deep")
)

// MaxNesting is how deep [Find] follows multiparts inside multiparts. Real
// messages nest a few levels; each level costs a reader and a copy of the
// path for every part below it, so a message of nothing but nested
// multiparts would cost memory and time quadratic in its size.
const MaxNesting = 64

// Options controls [Wrap].
type Options struct {
	// Correlator goes into X-MS-TNEF-Correlator. It must equal the
	// correlation key given to tnef.Encode (tnef.WithCorrelator); Exchange
	// uses the Message-ID.
	Correlator string
	// Text is the plain-text rendering of the body for the first part.
	Text string
	// Boundary is the multipart boundary. Empty derives one from the
	// correlator and the TNEF bytes, so output is deterministic.
	Boundary string
}

// Wrap writes a legacy-TNEF message: header h (Subject, From, To, Date,
// Message-ID...) plus X-MS-TNEF-Correlator, then multipart/mixed with a
// text/plain part and, last, stream as the winmail.dat attachment.
func Wrap(w io.Writer, h message.Header, stream []byte, opt Options) error {
	boundary := opt.Boundary
	if boundary == "" {
		boundary = deriveBoundary(opt.Correlator, stream)
	}
	h.SetContentType("multipart/mixed", map[string]string{"boundary": boundary})
	h.Set("MIME-Version", "1.0")
	h.Set(CorrelatorField, opt.Correlator)
	mw, err := message.CreateWriter(w, h)
	if err != nil {
		return err
	}
	if err := writeText(mw, opt.Text); err != nil {
		return err
	}
	if err := WritePart(mw, stream); err != nil {
		return err
	}
	return mw.Close()
}

func deriveBoundary(correlator string, stream []byte) string {
	f := fnv.New64a()
	f.Write([]byte(correlator))
	f.Write(stream)
	return fmt.Sprintf("_000_%016x_", f.Sum64())
}

func writeText(mw *message.Writer, text string) error {
	var h message.Header
	h.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
	h.Set("Content-Transfer-Encoding", "quoted-printable")
	pw, err := mw.CreatePart(h)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(pw, text); err != nil {
		return err
	}
	return pw.Close()
}

// WritePart adds stream to a multipart writer as the TNEF attachment, with
// its fields in Exchange's order: Content-Disposition, then
// Content-Transfer-Encoding (base64), then Content-Type.
func WritePart(mw *message.Writer, stream []byte) error {
	var h message.Header
	// go-message writes fields in reverse order of addition.
	h.Add("Content-Type", ContentType+`; name="`+FileName+`"`)
	h.Add("Content-Transfer-Encoding", "base64")
	h.Add("Content-Disposition", `attachment; filename="`+FileName+`"`)
	pw, err := mw.CreatePart(h)
	if err != nil {
		return err
	}
	if _, err := pw.Write(stream); err != nil {
		return err
	}
	return pw.Close()
}

// WriteSummary writes a summary-TNEF (STNEF) message, the form Exchange
// uses between its own servers: the whole message is one
// application/ms-tnef entity with binary transfer encoding. Never send it
// to an external recipient.
func WriteSummary(w io.Writer, h message.Header, stream []byte) error {
	h.SetContentType(ContentType, map[string]string{"name": FileName})
	h.Set("Content-Transfer-Encoding", "binary")
	h.Set("MIME-Version", "1.0")
	mw, err := message.CreateWriter(w, h)
	if err != nil {
		return err
	}
	if _, err := mw.Write(stream); err != nil {
		return err
	}
	return mw.Close()
}

// Part is a TNEF part found in a MIME message.
type Part struct {
	ContentType string // application/ms-tnef or application/vnd.ms-tnef
	FileName    string // usually winmail.dat
	Correlator  string // X-MS-TNEF-Correlator of the top-level header
	Data        []byte // the decoded stream
}

// Find reads a MIME message and returns its TNEF parts in order, looking
// into nested multiparts, at most [MaxNesting] deep ([ErrNesting]). The
// top-level entity itself counts when it is TNEF (summary TNEF). Only
// the TNEF parts are decoded: the charset or an unknown transfer encoding
// of another part is not an error.
//
// A base64 TNEF part is decoded in one pass over its whole body. On
// corrupt base64 the error is a [base64.CorruptInputError] whose offset
// is the byte offset in the part's body as it is written (counted from
// the byte after the blank line that ends the part's header, line breaks
// and white space included); the part comes with what was decoded before
// the error.
func Find(r io.Reader) ([]Part, error) {
	f := finder{}
	// The first TNEF part's data is read into a buffer sized from what is
	// left of r, when r knows it: the data is no larger than that.
	if l, ok := r.(interface{ Len() int }); ok {
		f.hint = l.Len()
	}
	lr := &headerLimit{r: r, n: maxHeaderBytes}
	br := bufio.NewReader(lr)
	h, err := textproto.ReadHeader(br)
	if err != nil {
		return nil, fmt.Errorf("tnefmime: %w", err)
	}
	lr.n = -1
	top := message.Header{Header: h}
	f.correlator = strings.TrimSpace(top.Get(CorrelatorField))
	switch err := f.walk(top, br, 0); {
	case errors.Is(err, ErrNesting):
		return f.parts, err
	case err != nil:
		return f.parts, fmt.Errorf("tnefmime: %w", err)
	}
	return f.parts, nil
}

// finder walks the multipart tree of a message for [Find].
type finder struct {
	correlator string
	// hint is the size of the buffer the next TNEF part's data is read
	// into, 0 when unknown.
	hint  int
	parts []Part
}

// walk visits the entity with header h and raw body at the given depth
// of multiparts: it descends into a multipart and takes a TNEF part.
func (f *finder) walk(h message.Header, body io.Reader, depth int) error {
	if depth > MaxNesting {
		return ErrNesting
	}
	t, params, _ := h.ContentType()
	if strings.HasPrefix(t, "multipart/") {
		mr := textproto.NewMultipartReader(body, params["boundary"])
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			if err := f.walk(message.Header{Header: p.Header}, p, depth+1); err != nil {
				return err
			}
		}
	}
	if !strings.EqualFold(t, ContentType) && !strings.EqualFold(t, ContentTypeVnd) {
		return nil
	}
	p := Part{ContentType: strings.ToLower(t), FileName: params["name"], Correlator: f.correlator}
	if _, dp, err := h.ContentDisposition(); err == nil && dp["filename"] != "" {
		p.FileName = dp["filename"]
	}
	enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding")))
	switch enc {
	case "base64", "quoted-printable", "7bit", "8bit", "binary", "":
	default:
		return fmt.Errorf("unhandled Content-Transfer-Encoding %q of the TNEF part", enc)
	}
	var err error
	p.Data, err = decodeBody(enc, body, f.hint)
	f.parts = append(f.parts, p)
	f.hint = 0
	return err
}

// decodeBody reads a body in transfer encoding enc and decodes it, into
// a buffer of hint bytes when hint is not 0. On an error it returns what
// it decoded before.
func decodeBody(enc string, body io.Reader, hint int) ([]byte, error) {
	switch {
	case enc == "base64":
		return decodeBase64(body, hint)
	case enc == "quoted-printable":
		return io.ReadAll(quotedprintable.NewReader(body))
	case hint == 0:
		return io.ReadAll(body)
	}
	b := bytes.NewBuffer(make([]byte, 0, hint+bytes.MinRead))
	_, err := b.ReadFrom(body)
	return b.Bytes(), err
}

// rawPool holds the buffers the base64 text of TNEF parts is read into
// before it is decoded, up to maxPooled bytes each (a larger one is left
// to the garbage collector at once).
var rawPool = sync.Pool{New: func() any { return new([]byte) }}

// maxPooled is the largest buffer rawPool keeps.
const maxPooled = 4 << 20

// decodeBase64 reads base64 text from r and decodes it at once: the text
// is read whole (into a buffer of hint bytes when hint is not 0), and
// its spaces and tabs become line breaks, which encoding/base64 skips.
// This is what go-message's decoder does, without its chain of readers
// that go a few bytes at a time.
func decodeBase64(r io.Reader, hint int) ([]byte, error) {
	bp := rawPool.Get().(*[]byte)
	text, readErr := readAll(r, (*bp)[:0], hint)
	if cap(text) <= maxPooled {
		*bp = text
		defer rawPool.Put(bp)
	}
	for _, c := range []byte{' ', '\t'} {
		for i := bytes.IndexByte(text, c); i >= 0; {
			text[i] = '\n'
			j := bytes.IndexByte(text[i+1:], c)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	breaks := bytes.Count(text, []byte{'\n'}) + bytes.Count(text, []byte{'\r'})
	data := make([]byte, (len(text)-breaks+3)/4*3)
	n, err := base64.StdEncoding.Decode(data, text)
	if readErr != nil {
		err = readErr
	}
	return data[:n], err
}

// readAll appends what is left of r to b, which it first grows to hint
// bytes when it is smaller.
func readAll(r io.Reader, b []byte, hint int) ([]byte, error) {
	if cap(b) < hint+bytes.MinRead {
		b = make([]byte, 0, hint+bytes.MinRead)
	}
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// maxHeaderBytes bounds the top-level header, as go-message's reader
// does.
const maxHeaderBytes = 1 << 20

// errHeaderTooBig reports a top-level header over maxHeaderBytes.
var errHeaderTooBig = errors.New("message: header exceeds maximum size")

// headerLimit reads from r, at most n bytes while n is not negative.
type headerLimit struct {
	r io.Reader
	n int64
}

// Read implements io.Reader.
func (l *headerLimit) Read(p []byte) (int, error) {
	if l.n < 0 {
		return l.r.Read(p)
	}
	if l.n == 0 {
		return 0, errHeaderTooBig
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// Unwrap finds the first TNEF part of a MIME message and decodes it. When
// the message has an X-MS-TNEF-Correlator that differs from the stream's
// PR_TNEF_CORRELATION_KEY, it returns the decoded message with an error
// wrapping [ErrCorrelator]; the caller decides whether to ignore the TNEF.
func Unwrap(r io.Reader, opts ...tnef.ReadOption) (*tnef.Message, *Part, error) {
	parts, err := Find(r)
	if err != nil {
		return nil, nil, err
	}
	if len(parts) == 0 {
		return nil, nil, ErrNoTNEF
	}
	p := &parts[0]
	m, err := tnef.Decode(bytes.NewReader(p.Data), opts...)
	if err != nil {
		return m, p, err
	}
	if key := m.Correlator(); p.Correlator != "" && key != "" && key != p.Correlator {
		return m, p, fmt.Errorf("%w: header %q, stream %q", ErrCorrelator, p.Correlator, key)
	}
	return m, p, nil
}
